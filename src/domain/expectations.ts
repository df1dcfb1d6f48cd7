import type { PartnerRole, UserId } from '../protocol/index.js';
import { otherRole } from './case-queries.js';
import type { CaseState, ExpectationItem, ExpectationMark } from './case-state.js';
import { casePlan } from './causes.js';
import { accepted } from './commands.js';
import type { Decision, SideCommand } from './commands.js';
import { asPartner, firstRefusal, refuseIfBlank } from './guards.js';
import { refuse } from './result.js';
import type { Refusal } from './result.js';

const MARKS: readonly ExpectationMark[] = ['knew', 'didnt_know', 'dont_agree'];

type ExpectationCommand = Extract<SideCommand, { type: 'addExpectation' | 'markExpectation' }>;

/** Betrayal: the whole truth comes before anything else, so the map waits for the acknowledgement. */
function refuseBeforeTruth(state: CaseState): Refusal | undefined {
  return casePlan(state.causes).disclosureFirst && state.disclosure.acknowledgedAt === null
    ? refuse(
        'wrong_step',
        'After a betrayal the whole truth comes first: the expectations map opens once the disclosure has been acknowledged.',
      )
    : undefined;
}

/** The expectations map (available at any time, central for unmet_expectations): list, then mark. */
export function decideExpectation(
  state: CaseState,
  command: ExpectationCommand,
  actor: UserId,
  at: string,
): Decision {
  const partner = asPartner(state, actor, 'use the expectations map');
  if (!partner.ok) return partner;
  const role = partner.value;
  if (command.type === 'addExpectation') {
    const refusal = firstRefusal(
      () => refuseBeforeTruth(state),
      () => refuseIfBlank(command.expectationId, 'an id for the expectation'),
      () => refuseIfBlank(command.ref, 'what you expect'),
      () =>
        state.expectations.some((item) => item.id === command.expectationId)
          ? refuse('already_done', 'This expectation is already on the map.')
          : undefined,
    );
    return (
      refusal ??
      accepted({
        type: 'expectationAdded',
        at,
        by: actor,
        expectationId: command.expectationId,
        author: role,
        ref: command.ref,
      })
    );
  }
  const item = state.expectations.find((candidate) => candidate.id === command.expectationId);
  const refusal = firstRefusal(
    () => refuseBeforeTruth(state),
    () =>
      item === undefined
        ? refuse('not_found', "That expectation isn't on this case's map.")
        : undefined,
    () =>
      item?.author === role
        ? refuse('wrong_role', 'Your partner marks what you expect, and you mark what they expect.')
        : undefined,
    () =>
      item?.mark === null
        ? undefined
        : refuse('already_done', 'You have already marked this expectation.'),
    () =>
      MARKS.includes(command.mark)
        ? undefined
        : refuse('invalid', "Please mark it: I knew, I didn't know, or I don't agree."),
  );
  return (
    refusal ??
    accepted({
      type: 'expectationMarked',
      at,
      by: actor,
      expectationId: command.expectationId,
      mark: command.mark,
    })
  );
}

/** Accepted expectations (the other knew, or did not know but agrees) become explicit agreements. */
export function agreements(state: CaseState): readonly ExpectationItem[] {
  return state.expectations.filter((item) => item.mark === 'knew' || item.mark === 'didnt_know');
}

/** Disputed expectations are carried into the step 2 conversation's agenda. */
export function conversationAgenda(state: CaseState): readonly ExpectationItem[] {
  return state.expectations.filter((item) => item.mark === 'dont_agree');
}

/** The partner's expectations this role still has to mark. */
export function expectationsToMark(
  state: CaseState,
  role: PartnerRole,
): readonly ExpectationItem[] {
  return state.expectations.filter((item) => item.author === otherRole(role) && item.mark === null);
}

/** Expectations this role listed that the partner has not marked yet. */
export function expectationsAwaitingMark(
  state: CaseState,
  role: PartnerRole,
): readonly ExpectationItem[] {
  return state.expectations.filter((item) => item.author === role && item.mark === null);
}
