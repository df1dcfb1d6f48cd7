import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type ServerConfigInput } from '../config.js';
import { migrateToLatest, openStore, type Store } from '../db/database.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private current = new Date('2026-11-25T09:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  clock: TestClock;
  database: TestDatabase;
  /** Stops the app but keeps the data, as a crash or a restart would. */
  stop(): Promise<void>;
  /** Stops and deletes the data. */
  close(): Promise<void>;
}

/** The real application on a real, fresh database of the given kind. */
export async function startTestServer(
  kind: 'sqlite' | 'postgres',
  overrides: ServerConfigInput = {},
  existing?: { database: TestDatabase; clock: TestClock },
  logStream?: NodeJS.WritableStream,
): Promise<TestServer> {
  const database = existing?.database ?? (await createTestDatabase(kind));
  const clock = existing?.clock ?? new TestClock();
  const config = loadConfig(
    {
      dataDir: database.dataDir,
      databaseUrl: database.databaseUrl,
      logLevel: 'silent',
      authRateLimit: 1000,
      ...overrides,
    },
    {},
  );
  const store = openStore(config);
  await migrateToLatest(store);
  const app = await buildApp({
    config,
    store,
    clock: clock.now,
    ...(logStream === undefined ? {} : { logStream }),
  });
  await app.ready();
  const stop = async (): Promise<void> => {
    await app.close();
    await store.close();
  };
  return {
    app,
    store,
    clock,
    database,
    stop,
    close: async () => {
      await stop();
      await database.drop();
    },
  };
}

/** A browser-like client: keeps cookies between requests and sends the CSRF token on changes. */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(private app: FastifyInstance) {}

  /** Points the client at a restarted app, keeping its cookies as a browser would. */
  reconnect(app: FastifyInstance): void {
    this.app = app;
  }

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(options.headers ?? {})) {
      if (typeof value === 'string') headers[key] = value;
    }
    if (method !== 'GET' && options.csrf !== false) {
      this.csrfToken ??= await this.fetchCsrf();
      headers['x-csrf-token'] = this.csrfToken;
    }
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const response = await this.app.inject({ ...options, headers });
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date }[]) {
      if (
        cookie.value === '' ||
        (cookie.expires !== undefined && cookie.expires.getTime() < Date.now())
      ) {
        this.cookies.delete(cookie.name);
      } else {
        this.cookies.set(cookie.name, cookie.value);
      }
    }
    return response;
  }

  /** The Cookie header this client would send, for a WebSocket upgrade. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url });
  }

  post(url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    return this.request({
      method: 'POST',
      url,
      ...(payload === undefined
        ? {}
        : { payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } }),
    });
  }

  private async fetchCsrf(): Promise<string> {
    const response = await this.request({ method: 'GET', url: '/api/csrf' });
    return response.json<{ token: string }>().token;
  }
}

let counter = 0;

/** A unique, valid sign-up body. */
export function buildUser(
  overrides: Partial<{ email: string; password: string; displayName: string }> = {},
) {
  counter += 1;
  return {
    email: `person${counter}.${Math.random().toString(36).slice(2, 8)}@example.org`,
    password: 'a long and careful passphrase',
    displayName: `Person ${counter}`,
    ...overrides,
  };
}

/** Signs a fresh person up and returns their client. */
export async function signedUpClient(
  app: FastifyInstance,
  user = buildUser(),
): Promise<TestClient> {
  const client = new TestClient(app);
  const response = await client.post('/api/auth/signup', user);
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  return client;
}

/** A unique, valid case body. */
export function buildCase(
  overrides: Partial<{ title: string; causes: string[]; role: string }> = {},
): { title: string; causes: string[]; role: string } {
  return {
    title: 'The night of the party',
    causes: ['betrayal', 'lie'],
    role: 'amender',
    ...overrides,
  };
}
