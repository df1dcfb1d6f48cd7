import type { DomainError, ErrorCode } from '../../domain/index.js';
import { notFound, Problem } from '../http/problem.js';

const STATUS: Record<ErrorCode, number> = {
  not_member: 404,
  not_found: 404,
  wrong_role: 403,
  wrong_step: 409,
  not_ready: 409,
  waiting_for_partner: 409,
  cooling: 409,
  already_done: 409,
  paused: 409,
  closed: 409,
  own_invitation: 409,
  invalid: 400,
  invitation_used: 410,
  invitation_expired: 410,
  invitation_replaced: 410,
};

/**
 * A refused command as an HTTP problem. A non-member learns nothing, not even that the case
 * exists: their refusal is the same 404 as for a case that does not exist.
 */
export function refusalProblem(error: DomainError): Problem {
  if (error.code === 'not_member') return notFound();
  return new Problem(STATUS[error.code], error.code, error.message);
}
