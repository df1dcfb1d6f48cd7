import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type {} from '@fastify/websocket';
import { LiveServerMessage } from '../../protocol/index.js';
import { DATABASE_KINDS } from '../test-support/databases.js';
import { buildJoinedCase, must, newItemId } from '../test-support/journey.js';
import {
  signedUpClient,
  startTestServer,
  type TestClient,
  type TestServer,
} from '../test-support/test-server.js';

type WebSocket = Awaited<ReturnType<FastifyInstance['injectWS']>>;

/** A live channel with a queue of what the server said, read one message at a time. */
class Channel {
  private readonly queue: LiveServerMessage[] = [];
  private waiting: ((message: LiveServerMessage) => void) | undefined;

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = LiveServerMessage.parse(JSON.parse(data.toString('utf8')));
      if (this.waiting === undefined) this.queue.push(message);
      else {
        this.waiting(message);
        this.waiting = undefined;
      }
    });
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  next(): Promise<LiveServerMessage> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** The next message of a type, skipping the others (presence comes and goes). */
  async nextOf<T extends LiveServerMessage['type']>(
    type: T,
  ): Promise<Extract<LiveServerMessage, { type: T }>> {
    for (;;) {
      const message = await this.next();
      if (message.type === type) return message as Extract<LiveServerMessage, { type: T }>;
    }
  }
}

describe.each(DATABASE_KINDS)('the live channel on %s', (kind) => {
  let server: TestServer;
  let amender: TestClient;
  let hurt: TestClient;
  let caseId: string;
  const open: WebSocket[] = [];

  const connect = async (
    client: TestClient,
    headers: Record<string, string> = {},
  ): Promise<Channel> => {
    const socket = await server.app.injectWS(`/api/cases/${caseId}/live`, {
      headers: { cookie: client.cookieHeader(), ...headers },
    });
    open.push(socket);
    return new Channel(socket);
  };

  beforeEach(async () => {
    server = await startTestServer(kind);
    ({ amender, hurt, caseId } = await buildJoinedCase(server.app));
  });
  afterEach(async () => {
    for (const socket of open.splice(0)) socket.terminate();
    await server.close();
  });

  it('sends what happened since the cursor, then each new entry once, in order', async () => {
    const channel = await connect(hurt);
    channel.send({ v: 1, type: 'subscribe', after: 0 });
    const backlog = await channel.nextOf('entries');
    expect(backlog.entries.map((entry) => entry.event.type)).toContain('disclosureSent');

    await must(hurt, caseId, { type: 'acknowledgeDisclosure' });
    const live = await channel.nextOf('entries');
    expect(live.entries[0]?.seq).toBe(backlog.lastSeq + 1);
    expect(live.entries.map((entry) => entry.event.type)).toContain('disclosureAcknowledged');

    // A reconnect from the last seen entry gets nothing twice and nothing lost.
    channel.socket.terminate();
    await must(hurt, caseId, { type: 'askQuestion', questionId: newItemId(), ref: 'Why?' });
    const again = await connect(hurt);
    again.send({ v: 1, type: 'subscribe', after: live.lastSeq });
    const missed = await again.nextOf('entries');
    expect(missed.entries.map((entry) => entry.seq)).toEqual([live.lastSeq + 1]);
    expect(missed.entries[0]?.event).toMatchObject({ type: 'questionAsked', ref: 'Why?' });
  });

  it('shows who is here and who is typing, to the other person only', async () => {
    const mine = await connect(amender);
    mine.send({ v: 1, type: 'subscribe', after: 0 });
    const theirs = await connect(hurt);
    theirs.send({ v: 1, type: 'subscribe', after: 0 });
    for (;;) {
      const presence = await mine.nextOf('presence');
      if (presence.online.length === 2) break;
    }
    theirs.send({ v: 1, type: 'typing' });
    const typing = await mine.nextOf('typing');
    expect(typing.userId).not.toBe('');
    mine.send({ v: 1, type: 'ping' });
    expect((await mine.nextOf('pong')).type).toBe('pong');
  });

  it('answers a message it does not understand with an error, and stays open', async () => {
    const channel = await connect(hurt);
    channel.send({ v: 1, type: 'delete everything' });
    expect(await channel.nextOf('error')).toMatchObject({
      message: expect.stringContaining('not understood'),
    });
    channel.send({ v: 1, type: 'ping' });
    expect((await channel.nextOf('pong')).type).toBe('pong');
  });

  it('refuses a stranger, a signed-out visitor and another site’s page', async () => {
    const stranger = await signedUpClient(server.app);
    await expect(connect(stranger)).rejects.toThrow(/404/);
    await expect(server.app.injectWS(`/api/cases/${caseId}/live`)).rejects.toThrow(/401/);
    await expect(connect(hurt, { origin: 'https://evil.example' })).rejects.toThrow(/403/);
  });
});

describe.runIf(DATABASE_KINDS.includes('postgres' as never))(
  'two servers on one PostgreSQL',
  () => {
    it('a message sent through one server reaches a page connected to the other', async () => {
      const first = await startTestServer('postgres');
      const second = await startTestServer(
        'postgres',
        {},
        { database: first.database, clock: first.clock },
      );
      try {
        const { hurt, caseId } = await buildJoinedCase(first.app);
        await must(hurt, caseId, { type: 'acknowledgeDisclosure' });
        const socket = await second.app.injectWS(`/api/cases/${caseId}/live`, {
          headers: { cookie: hurt.cookieHeader() },
        });
        const channel = new Channel(socket);
        channel.send({ v: 1, type: 'subscribe', after: 0 });
        const backlog = await channel.nextOf('entries');

        await must(hurt, caseId, {
          type: 'askQuestion',
          questionId: newItemId(),
          ref: 'Through the first.',
        });
        const relayed = await channel.nextOf('entries');
        expect(relayed.entries[0]?.seq).toBe(backlog.lastSeq + 1);
        expect(relayed.entries[0]?.event).toMatchObject({ ref: 'Through the first.' });
        socket.terminate();
      } finally {
        await second.stop();
        await first.close();
      }
    });
  },
);
