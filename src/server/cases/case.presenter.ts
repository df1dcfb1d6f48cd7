import {
  CAUSES,
  CaseId,
  CaseStep,
  MemberRole,
  type CaseSummary,
  type Cause,
} from '../../protocol/index.js';
import type { MemberCaseRow } from './case.repository.js';

const causeOrder = (cause: Cause): number => CAUSES.indexOf(cause);

/** The fields of a case that leave the server, for the member who asked. */
export function presentCase(row: MemberCaseRow): CaseSummary {
  const causes = row.causes
    .filter((cause): cause is Cause => (CAUSES as readonly string[]).includes(cause))
    .sort((a, b) => causeOrder(a) - causeOrder(b));
  return {
    id: CaseId.parse(row.id),
    title: row.title,
    causes,
    myRole: MemberRole.parse(row.role),
    step: CaseStep.parse(row.step),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
