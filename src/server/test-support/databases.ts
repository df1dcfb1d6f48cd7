import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Where the API tests find PostgreSQL; this machine kind has it at 127.0.0.1:5432, trust auth. */
export const POSTGRES_ADMIN_URL =
  process.env.AMENDS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  dataDir: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

async function canReachPostgres(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: POSTGRES_ADMIN_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether the PostgreSQL tests run here; said aloud once, so a skipped run is never silent. */
export const postgresAvailable: boolean = await canReachPostgres();
if (!postgresAvailable) {
  console.warn(
    `\n  PostgreSQL tests SKIPPED: nothing answered at ${POSTGRES_ADMIN_URL}.\n` +
      '  Start PostgreSQL or set AMENDS_TEST_POSTGRES_URL to run them.\n',
  );
}

/** The databases every storage test runs on: SQLite always, PostgreSQL when reachable. */
export const DATABASE_KINDS = postgresAvailable
  ? (['sqlite', 'postgres'] as const)
  : (['sqlite'] as const);

/** A fresh, empty database of the given kind: a temp folder, or a new PostgreSQL database. */
export async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'amends-test-'));
  if (kind === 'sqlite') {
    const drop = (): Promise<void> => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    };
    return { dataDir, drop };
  }
  const name = `amends_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
