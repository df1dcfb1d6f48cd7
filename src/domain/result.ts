/**
 * Why a command was refused. Codes are stable (clients and API tests match on them); messages are
 * for people and may be reworded.
 */
export type ErrorCode =
  | 'not_member'
  | 'wrong_role'
  | 'wrong_step'
  | 'not_ready'
  | 'waiting_for_partner'
  | 'cooling'
  | 'already_done'
  | 'not_found'
  | 'invalid'
  | 'paused'
  | 'closed'
  | 'invitation_used'
  | 'invitation_expired'
  | 'invitation_replaced'
  | 'own_invitation';

/** A refusal: a stable code and a kind, human message. */
export interface DomainError {
  readonly code: ErrorCode;
  readonly message: string;
}

/** Either a value or a refusal; the domain never throws for a refused command. */
export type Result<T> = { readonly ok: true; readonly value: T } | Refusal;

/** The refused half of every result. */
export interface Refusal {
  readonly ok: false;
  readonly error: DomainError;
}

/** Builds a refusal. */
export function refuse(code: ErrorCode, message: string): Refusal {
  return { ok: false, error: { code, message } };
}

/** Builds a success. */
export function succeed<T>(value: T): Result<T> {
  return { ok: true, value };
}
