import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { MovableClock } from '../clock.js';

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

/** `POST /__test/clock {advanceMs}`: exists only when the server runs with AMENDS_TEST_CLOCK=true. */
export function testClockRoutes(app: FastifyInstance, clock: MovableClock): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/__test/clock',
    {
      schema: {
        hide: true,
        body: z.object({ advanceMs: z.number().int().min(0).max(YEAR_MS) }).strict(),
        response: { 200: z.object({ now: z.string() }) },
      },
    },
    (request) => {
      clock.advance(request.body.advanceMs);
      return { now: clock.now().toISOString() };
    },
  );
}
