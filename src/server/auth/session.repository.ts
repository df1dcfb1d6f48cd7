import type { Kysely } from 'kysely';
import type { Database, SessionRow, UserRow } from '../db/schema.js';

/** Owns the SQL of sign-in sessions; tokens are stored only as hashes. */
export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(session: SessionRow): Promise<void> {
    await this.db.insertInto('sessions').values(session).execute();
  }

  /** The session's user, if the session exists and has not expired at `nowIso`. */
  findUser(tokenHash: string, nowIso: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', nowIso)
      .executeTakeFirst();
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Forgets this person's sessions that have expired (they can no longer be used anyway). */
  async deleteExpired(userId: string, nowIso: string): Promise<void> {
    await this.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('expires_at', '<=', nowIso)
      .execute();
  }
}
