import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { authRoutes } from './auth/auth.routes.js';
import { SessionRepository } from './auth/session.repository.js';
import { Sessions } from './auth/session.js';
import { UserRepository } from './auth/user.repository.js';
import { CaseRepository } from './cases/case.repository.js';
import { caseRoutes } from './cases/case.routes.js';
import { CaseService } from './cases/case.service.js';
import { InvitationRepository } from './cases/invitation.repository.js';
import { invitationRoutes } from './cases/invitation.routes.js';
import { LiveHub } from './live/live-hub.js';
import { liveRoutes } from './live/live.routes.js';
import { PostgresRelay } from './live/postgres-relay.js';
import { MovableClock, systemClock, type Clock } from './clock.js';
import type { ServerConfig } from './config.js';
import type { Store } from './db/database.js';
import { loadOrCreateSecret } from './db/secret.repository.js';
import { healthRoutes } from './http/health.routes.js';
import { handleError, notFound, sendProblem } from './http/problem.js';
import { loggerOptions } from './http/logging.js';
import { testClockRoutes } from './http/test-clock.routes.js';
import { VERSION } from './version.js';

export interface AppOptions {
  config: ServerConfig;
  store: Store;
  clock?: Clock;
  /** Where log lines go (standard output by default); tests read them from here. */
  logStream?: NodeJS.WritableStream;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the whole HTTP application on an open, migrated store; the caller listens and closes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, store } = options;
  const movable = config.testClock && options.clock === undefined ? new MovableClock() : undefined;
  const clock = options.clock ?? movable?.now ?? systemClock;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  const cookieSecret = await loadOrCreateSecret(store.db, 'cookie', clock());
  await app.register(fastifyCookie, { secret: cookieSecret });
  await app.register(fastifyCsrf, {
    cookieKey: 'amends_csrf',
    cookieOpts: {
      signed: true,
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: config.secureCookies,
    },
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return typeof header === 'string' ? header : undefined;
    },
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: 600,
    timeWindow: '1 minute',
    // A WebSocket upgrade injected in tests has no address; count it under one key, not a crash.
    keyGenerator: (request) => (request.ip as string | undefined) ?? 'no-address',
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Amends API',
        description: 'The HTTP API of Amends. Content is opaque to the server.',
        version: VERSION,
      },
    },
    transform: jsonSchemaTransform,
  });

  const sessions = new Sessions(new SessionRepository(store.db), clock, config.secureCookies);
  app.decorateRequest('user', null);
  app.addHook('onRequest', sessions.load);
  app.addHook('onRequest', (request, reply, done) => {
    if (UNSAFE_METHODS.has(request.method) && request.url.startsWith('/api/')) {
      app.csrfProtection(request, reply, done);
    } else {
      done();
    }
  });

  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });

  const users = new UserRepository(store.db);
  const live = new LiveHub();
  if (config.databaseUrl !== undefined) {
    const relay = new PostgresRelay(config.databaseUrl, live, (error: unknown) => {
      app.log.error({ err: error }, 'live relay error');
    });
    await relay.start();
    app.addHook('onClose', () => relay.stop());
  }
  const service = new CaseService(store.db, clock, live);
  healthRoutes(app, { store });
  authRoutes(app, { users, sessions, clock, authRateLimit: config.authRateLimit });
  caseRoutes(app, { cases: new CaseRepository(store.db), service, users, live, clock });
  invitationRoutes(app, {
    service,
    invitations: new InvitationRepository(store.db),
    users,
    clock,
  });
  liveRoutes(app, { service, live });
  if (movable !== undefined) {
    app.log.warn(
      'test clock enabled: POST /__test/clock moves time forward. Never use this in production.',
    );
    testClockRoutes(app, movable);
  }
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const webDir = config.webDir;
  const hasWeb = webDir !== undefined && existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: path.resolve(webDir), wildcard: true });
  }
  app.setNotFoundHandler(
    { preHandler: app.rateLimit({ max: 120, timeWindow: '1 minute' }) },
    (request, reply) => {
      const wantsPage =
        hasWeb &&
        request.method === 'GET' &&
        !request.url.startsWith('/api/') &&
        !request.url.startsWith('/api?');
      if (wantsPage) return reply.type('text/html').sendFile('index.html');
      return sendProblem(reply, notFound());
    },
  );
  return app;
}
