import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Owns the SQL of invitation links: only a hash of each link's secret is kept. */
export class InvitationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: {
    tokenHash: string;
    invitationId: string;
    caseId: string;
    createdAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('invitations')
      .values({
        token_hash: row.tokenHash,
        invitation_id: row.invitationId,
        case_id: row.caseId,
        created_at: row.createdAt,
      })
      .execute();
  }

  findByTokenHash(
    tokenHash: string,
  ): Promise<{ invitation_id: string; case_id: string } | undefined> {
    return this.db
      .selectFrom('invitations')
      .select(['invitation_id', 'case_id'])
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  }
}
