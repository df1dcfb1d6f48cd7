import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { z } from 'zod';
import type { LiveHub, LiveSignal } from './live-hub.js';

const CHANNEL = 'amends_live';

const Notice = z.object({
  origin: z.string(),
  caseId: z.string(),
  signal: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('changed') }),
    z.object({ kind: z.literal('typing'), userId: z.string() }),
  ]),
});

/**
 * Carries live signals between several servers in front of one PostgreSQL (LISTEN/NOTIFY), so a
 * message sent through one server reaches a page connected to another. Presence stays per server.
 * Only ids travel on the channel, never content.
 */
export class PostgresRelay {
  private readonly origin = randomUUID();
  private readonly listener: pg.Client;
  private readonly sender: pg.Pool;

  constructor(
    databaseUrl: string,
    private readonly hub: LiveHub,
    private readonly onError: (error: unknown) => void,
  ) {
    this.listener = new pg.Client({ connectionString: databaseUrl });
    this.sender = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    // An idle sending connection that the database ends must not take the server down.
    this.sender.on('error', onError);
  }

  /** Starts listening, and sends this server's own signals to the others from now on. */
  async start(): Promise<void> {
    this.listener.on('notification', (message) => {
      this.receive(message.payload);
    });
    this.listener.on('error', this.onError);
    await this.listener.connect();
    await this.listener.query(`listen ${CHANNEL}`);
    this.hub.onPublish((caseId, signal) => {
      this.send(caseId, signal);
    });
  }

  async stop(): Promise<void> {
    await this.listener.end();
    await this.sender.end();
  }

  private send(caseId: string, signal: LiveSignal): void {
    if (signal.kind === 'presence') return;
    const payload = JSON.stringify({ origin: this.origin, caseId, signal });
    this.sender.query('select pg_notify($1, $2)', [CHANNEL, payload]).catch(this.onError);
  }

  private receive(payload: string | undefined): void {
    let parsed: z.infer<typeof Notice>;
    try {
      parsed = Notice.parse(JSON.parse(payload ?? ''));
    } catch (error) {
      this.onError(error);
      return;
    }
    if (parsed.origin === this.origin) return;
    this.hub.deliver(parsed.caseId, parsed.signal);
  }
}
