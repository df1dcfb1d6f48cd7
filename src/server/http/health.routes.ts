import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { HealthResponse } from '../../protocol/index.js';
import type { Store } from '../db/database.js';
import { VERSION } from '../version.js';

/** `GET /api/health`: 200 when the server is up and its database answers. */
export function healthRoutes(app: FastifyInstance, { store }: { store: Store }): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Is the server up?',
        response: { 200: HealthResponse },
      },
    },
    async () => {
      await sql`select 1`.execute(store.db);
      return { status: 'ok' as const, database: store.kind, version: VERSION };
    },
  );
}
