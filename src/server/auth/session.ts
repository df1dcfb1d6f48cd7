import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import type { UserRow } from '../db/schema.js';
import { unauthenticated } from '../http/problem.js';
import type { SessionRepository } from './session.repository.js';

export const SESSION_COOKIE = 'amends_session';
const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, set by `loadSession`; null when there is none. */
    user: UserRow | null;
  }
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Server-side sessions behind an HTTP-only, SameSite cookie that holds only a random token. */
export class Sessions {
  constructor(
    private readonly repository: SessionRepository,
    private readonly clock: Clock,
    private readonly secureCookies: boolean,
  ) {}

  /** Starts a session for the user and sets its cookie on the reply. */
  async start(reply: FastifyReply, userId: string): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock();
    const expires = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
    await this.repository.deleteExpired(userId, now.toISOString());
    await this.repository.insert({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
    });
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secureCookies,
      path: '/',
      expires,
    });
  }

  /** An onRequest hook: finds who is signed in, if anyone. */
  readonly load = async (request: FastifyRequest): Promise<void> => {
    const token = request.cookies[SESSION_COOKIE];
    request.user =
      token === undefined || token === ''
        ? null
        : ((await this.repository.findUser(hashToken(token), this.clock().toISOString())) ?? null);
  };

  /** Ends the current session on the server and clears its cookie. */
  async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = request.cookies[SESSION_COOKIE];
    if (token !== undefined && token !== '') await this.repository.delete(hashToken(token));
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}

/** A preHandler for private routes: 401 unless someone is signed in. */
export function requireUser(request: FastifyRequest): Promise<void> {
  return request.user === null ? Promise.reject(unauthenticated()) : Promise.resolve();
}

/** The signed-in user of a request that passed `requireUser`. */
export function signedInUser(request: FastifyRequest): UserRow {
  if (request.user === null) throw unauthenticated();
  return request.user;
}
