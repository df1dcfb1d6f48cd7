import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** A case as one member sees it: the row, its causes and that member's role. */
export interface MemberCaseRow {
  id: string;
  title: string;
  step: string;
  created_at: string;
  updated_at: string;
  role: string;
  causes: string[];
}

/** Owns the SQL of cases, their causes and their members. */
export class CaseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The cases a person is a member of, most recently changed first. */
  async listForMember(userId: string): Promise<MemberCaseRow[]> {
    const rows = await this.memberCases(userId)
      .orderBy('cases.updated_at', 'desc')
      .orderBy('cases.id')
      .execute();
    return this.withCauses(rows);
  }

  /** The case if this person is a member of it; a non-member gets nothing, not even existence. */
  async findForMember(caseId: string, userId: string): Promise<MemberCaseRow | undefined> {
    const row = await this.memberCases(userId).where('cases.id', '=', caseId).executeTakeFirst();
    if (row === undefined) return undefined;
    const [withCauses] = await this.withCauses([row]);
    return withCauses;
  }

  /** Cases joined with this person's membership: a case they are not in is never selected. */
  private memberCases(userId: string) {
    return this.db
      .selectFrom('cases')
      .innerJoin('case_members', 'case_members.case_id', 'cases.id')
      .select([
        'cases.id',
        'cases.title',
        'cases.step',
        'cases.created_at',
        'cases.updated_at',
        'case_members.role',
      ])
      .where('case_members.user_id', '=', userId);
  }

  private async withCauses(rows: Omit<MemberCaseRow, 'causes'>[]): Promise<MemberCaseRow[]> {
    if (rows.length === 0) return [];
    const causes = await this.db
      .selectFrom('case_causes')
      .select(['case_id', 'cause'])
      .where(
        'case_id',
        'in',
        rows.map((row) => row.id),
      )
      .execute();
    const byCase = new Map<string, string[]>();
    for (const { case_id, cause } of causes) {
      byCase.set(case_id, [...(byCase.get(case_id) ?? []), cause]);
    }
    return rows.map((row) => ({ ...row, causes: byCase.get(row.id) ?? [] }));
  }
}
