import type { CaseStep, PartnerRole, UserId } from '../protocol/index.js';
import { hasReached, roleOf } from './case-queries.js';
import type { CaseState } from './case-state.js';
import { refuse, succeed } from './result.js';
import type { Refusal, Result } from './result.js';

const ROLE_NAMES: Readonly<Record<PartnerRole, string>> = {
  amender: 'the person making amends',
  hurt: 'the person who was hurt',
};

/** How a role is named in messages ("the person who was hurt"). */
export function roleName(role: PartnerRole): string {
  return ROLE_NAMES[role];
}

/** Refuses anything in a case that was left or settled: it stays readable, nothing more happens. */
export function refuseIfClosed(state: CaseState): Refusal | undefined {
  if (state.status === 'left') {
    return refuse(
      'closed',
      'This case was closed when one of you left it. You can still read it, but nothing more can happen here.',
    );
  }
  if (state.step === 'settled') {
    return refuse(
      'closed',
      'This case is settled. It stays here to read, and the matter is closed.',
    );
  }
  return undefined;
}

/**
 * Finds the actor's partner role for an action: they must be a member, the case open and not
 * paused, and they must be one of the two partners (the mediator has their own commands).
 */
export function asPartner(
  state: CaseState,
  actor: UserId,
  action: string,
  allowWhilePaused = false,
): Result<PartnerRole> {
  const role = roleOf(state, actor);
  if (role === undefined) return refuse('not_member', 'You are not a member of this case.');
  const closed = refuseIfClosed(state);
  if (closed !== undefined) return closed;
  if (state.status === 'paused' && !allowWhilePaused) {
    return refuse(
      'paused',
      'This case is paused. It continues when the person who paused it resumes it.',
    );
  }
  if (role === 'mediator') return refuse('wrong_role', `Only the two partners can ${action}.`);
  return succeed(role);
}

/** Like asPartner, but only the given role may act (e.g. only the hurt partner acknowledges). */
export function asRole(
  state: CaseState,
  actor: UserId,
  wanted: PartnerRole,
  action: string,
): Result<PartnerRole> {
  const found = asPartner(state, actor, action);
  if (!found.ok) return found;
  if (found.value !== wanted) {
    const name = roleName(wanted);
    return refuse('wrong_role', `Only ${name} can ${action}.`);
  }
  return found;
}

/** Refuses while the case is on the reflection path (no_initial_trust) and the steps are not open. */
export function refuseOnReflectionPath(state: CaseState): Refusal | undefined {
  return state.path === 'reflection'
    ? refuse(
        'wrong_step',
        'This case starts with a reflection: the steps open if you both choose to go on after it.',
      )
    : undefined;
}

/** Refuses when the case has not reached the given step yet. */
export function refuseBeforeStep(state: CaseState, step: CaseStep): Refusal | undefined {
  return (
    refuseOnReflectionPath(state) ??
    (hasReached(state, step) ? undefined : refuse('wrong_step', "This step isn't open yet."))
  );
}

/** Refuses a blank opaque value (an id or a content reference). */
export function refuseIfBlank(value: string | undefined, what: string): Refusal | undefined {
  return value !== undefined && value.trim().length > 0
    ? undefined
    : refuse('invalid', `Please include ${what}.`);
}

/** The first refusal among several checks, evaluated in order. */
export function firstRefusal(
  ...checks: readonly (() => Refusal | undefined)[]
): Refusal | undefined {
  for (const check of checks) {
    const refusal = check();
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}
