import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZodError } from 'zod';
import { buildApp } from '../server/app.js';
import { loadConfig, type ServerConfig } from '../server/config.js';
import { migrateToLatest, openStore } from '../server/db/database.js';
import { parseFlags, UsageError } from './args.js';
import { EXIT_OK, type CliIo } from './io.js';

const STORE_FLAGS = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

// dist/src/cli/serve.command.js → dist/web, where `npm run build` puts the web app.
const DEFAULT_WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');

function configFrom(values: {
  port?: string;
  host?: string;
  data?: string;
  'database-url'?: string;
}): ServerConfig {
  try {
    return loadConfig({
      port: values.port,
      host: values.host,
      dataDir: values.data,
      databaseUrl: values['database-url'],
      webDir: DEFAULT_WEB_DIR,
    });
  } catch (error) {
    if (error instanceof ZodError) {
      throw new UsageError(
        error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'),
      );
    }
    throw error;
  }
}

/** `amends serve`: opens and migrates the database, serves the API and the web app until a signal. */
export async function runServe(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    ...STORE_FLAGS,
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
  });
  const config = configFrom(values);
  const store = openStore(config);
  await migrateToLatest(store);
  const app = await buildApp({ config, store });
  app.addHook('onClose', () => store.close());
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: store.kind, location: store.location }, 'database ready');
  io.stdout.write(
    `Amends is running at ${address.replace('127.0.0.1', 'localhost')} (${store.kind})\n`,
  );

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      app.log.info({ signal }, 'shutting down');
      void app.close().then(resolve);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return EXIT_OK;
}

/** `amends migrate`: brings the database up to date and says what it applied. */
export async function runMigrate(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, STORE_FLAGS);
  const config = configFrom(values);
  const store = openStore(config);
  try {
    const { results = [] } = await migrateToLatest(store);
    const applied = results.filter((result) => result.status === 'Success');
    io.stdout.write(
      applied.length === 0
        ? `The database is up to date (${store.kind}).\n`
        : applied.map((result) => `applied ${result.migrationName}\n`).join(''),
    );
  } finally {
    await store.close();
  }
  return EXIT_OK;
}
