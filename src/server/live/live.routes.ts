import type {} from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { WebSocket } from 'ws';
import type { UserId } from '../../protocol/index.js';
import {
  CaseParams,
  LIVE_VERSION,
  LiveClientMessage,
  type LiveServerMessage,
} from '../../protocol/index.js';
import { requireUser, signedInUser } from '../auth/session.js';
import type { CaseService } from '../cases/case.service.js';
import { presentEntries } from '../cases/timeline.presenter.js';
import { Problem } from '../http/problem.js';
import type { LiveHub } from './live-hub.js';

/** Closes for a policy violation (bad origin, bad message, too many messages). */
const POLICY_VIOLATION = 1008;
const MAX_MESSAGE_BYTES = 4096;
const MAX_MESSAGES_PER_MINUTE = 240;

/** Refuses a socket opened by another site's page: cookies alone must not open a case. */
function sameOrigin(request: FastifyRequest): Promise<void> {
  const origin = request.headers.origin;
  if (origin === undefined) return Promise.resolve();
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  return host === request.headers.host
    ? Promise.resolve()
    : Promise.reject(
        new Problem(403, 'bad_origin', 'This page may not open a live connection here.'),
      );
}

/** `GET /api/cases/:caseId/live`: a member's live channel (new entries, presence, typing). */
export function liveRoutes(
  app: FastifyInstance,
  { service, live }: { service: CaseService; live: LiveHub },
): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/cases/:caseId/live',
    {
      websocket: true,
      preHandler: [
        requireUser,
        sameOrigin,
        async (request: FastifyRequest) => {
          const { caseId } = CaseParams.parse(request.params);
          await service.loadForMember(caseId, signedInUser(request).id as UserId);
        },
      ],
      schema: { tags: ['live'], summary: 'Live channel of a case (WebSocket)', params: CaseParams },
    },
    (socket: WebSocket, request) => {
      const caseId = request.params.caseId;
      const viewer = signedInUser(request).id as UserId;
      new LiveConnection(socket, caseId, viewer, service, live, request).start();
    },
  );
}

/** One open channel: sends each entry once, in order, from the cursor the client gave. */
class LiveConnection {
  private cursor: number | undefined;
  private sending: Promise<void> = Promise.resolve();
  private cleanups: (() => void)[] = [];
  private received: number[] = [];

  constructor(
    private readonly socket: WebSocket,
    private readonly caseId: string,
    private readonly viewer: UserId,
    private readonly service: CaseService,
    private readonly live: LiveHub,
    private readonly request: FastifyRequest,
  ) {}

  start(): void {
    this.socket.on('message', (data: Buffer, isBinary: boolean) => {
      this.onMessage(data.toString('utf8'), isBinary);
    });
    this.socket.on('close', () => {
      for (const cleanup of this.cleanups) cleanup();
      this.cleanups = [];
    });
  }

  private send(message: LiveServerMessage): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private onMessage(text: string, isBinary: boolean): void {
    const now = Date.now();
    this.received = this.received.filter((at) => now - at < 60_000);
    this.received.push(now);
    if (
      isBinary ||
      text.length > MAX_MESSAGE_BYTES ||
      this.received.length > MAX_MESSAGES_PER_MINUTE
    ) {
      this.socket.close(POLICY_VIOLATION, 'Too much, or not text.');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = LiveClientMessage.safeParse(json);
    if (!parsed.success) {
      this.send({ v: LIVE_VERSION, type: 'error', message: 'That message was not understood.' });
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'subscribe':
        this.subscribe(message.after);
        return;
      case 'typing':
        this.live.publish(this.caseId, { kind: 'typing', userId: this.viewer });
        return;
      case 'ping':
        this.send({ v: LIVE_VERSION, type: 'pong' });
        return;
    }
  }

  private subscribe(after: number): void {
    const first = this.cursor === undefined;
    this.cursor = after;
    if (first) {
      this.cleanups.push(
        this.live.subscribe(this.caseId, (signal) => {
          if (signal.kind === 'changed') this.catchUp();
          else if (signal.kind === 'presence') this.sendPresence();
          else if (signal.userId !== this.viewer) {
            this.send({ v: LIVE_VERSION, type: 'typing', userId: signal.userId });
          }
        }),
        this.live.join(this.caseId, this.viewer),
      );
    }
    this.catchUp();
    this.sendPresence();
  }

  private sendPresence(): void {
    this.send({ v: LIVE_VERSION, type: 'presence', online: this.live.online(this.caseId) });
  }

  /** Sends what is new since the cursor; chained so that entries never go out of order. */
  private catchUp(): void {
    this.sending = this.sending.then(async () => {
      if (this.cursor === undefined || this.socket.readyState !== this.socket.OPEN) return;
      try {
        const { entries, lastSeq } = await this.service.timeline(
          this.caseId,
          this.viewer,
          this.cursor,
        );
        if (lastSeq <= this.cursor) return;
        this.cursor = lastSeq;
        this.send({ v: LIVE_VERSION, type: 'entries', entries: presentEntries(entries), lastSeq });
      } catch (error) {
        // Removed from the case, or the database is gone: end the channel; the client reconnects.
        this.request.log.warn({ err: error }, 'live catch-up failed');
        this.socket.close(1011, 'Please reconnect.');
      }
    });
  }
}
