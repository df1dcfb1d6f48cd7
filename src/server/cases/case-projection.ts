import type { Kysely } from 'kysely';
import type { CaseState } from '../../domain/index.js';
import type { Database } from '../db/schema.js';

/**
 * Keeps the `cases`, `case_causes` and `case_members` tables in step with the timeline, in the
 * same transaction, so lists and membership checks never replay events.
 */
export async function syncProjection(
  db: Kysely<Database>,
  before: CaseState | undefined,
  after: CaseState,
  title?: string,
): Promise<void> {
  if (before === undefined) {
    await db
      .insertInto('cases')
      .values({
        id: after.id,
        title: title ?? '',
        step: after.step,
        created_by: after.openedBy,
        created_at: after.openedAt,
        updated_at: after.updatedAt,
      })
      .execute();
  } else {
    await db
      .updateTable('cases')
      .set({ step: after.step, updated_at: after.updatedAt })
      .where('id', '=', after.id)
      .execute();
  }
  if (before === undefined || before.causes.join() !== after.causes.join()) {
    await db.deleteFrom('case_causes').where('case_id', '=', after.id).execute();
    await db
      .insertInto('case_causes')
      .values(after.causes.map((cause) => ({ case_id: after.id, cause })))
      .execute();
  }
  const known = new Set(before?.members.map((member) => member.userId) ?? []);
  const joined = after.members.filter((member) => !known.has(member.userId));
  if (joined.length > 0) {
    await db
      .insertInto('case_members')
      .values(
        joined.map((member) => ({
          case_id: after.id,
          user_id: member.userId,
          role: member.role,
          joined_at: member.joinedAt,
        })),
      )
      .execute();
  }
}
