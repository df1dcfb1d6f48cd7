import type { CaseStep, MemberRole, PartnerRole, UserId } from '../protocol/index.js';
import type { ApologyRecord, CaseMember, CaseState } from './case-state.js';
import { STEP_ORDER } from './case-state.js';

/** The role this user holds in the case, or undefined when they are not a member. */
export function roleOf(state: CaseState, userId: UserId): MemberRole | undefined {
  return state.members.find((member) => member.userId === userId)?.role;
}

/** The member holding a role, if someone holds it yet. */
export function memberWithRole(state: CaseState, role: MemberRole): CaseMember | undefined {
  return state.members.find((member) => member.role === role);
}

/** The other partner's role. */
export function otherRole(role: PartnerRole): PartnerRole {
  return role === 'amender' ? 'hurt' : 'amender';
}

/** True while only the opener is in the case: the "practice alone" phase. */
export function isAlone(state: CaseState): boolean {
  return state.members.length < 2;
}

/** True when both partners are members. */
export function bothPartnersIn(state: CaseState): boolean {
  return (
    memberWithRole(state, 'amender') !== undefined && memberWithRole(state, 'hurt') !== undefined
  );
}

/** The position of a step in the five-step order (0 = disclosure). */
export function stepIndex(step: CaseStep): number {
  return STEP_ORDER.indexOf(step);
}

/** True when the case has reached (or passed) the given step. */
export function hasReached(state: CaseState, step: CaseStep): boolean {
  return stepIndex(state.step) >= stepIndex(step);
}

/** Step 1: the hurt partner can see the disclosure (it was sent and they are in the case). */
export function isDisclosureDelivered(state: CaseState): boolean {
  return state.disclosure.deliveredAt !== null;
}

/** Step 1: questions about the disclosure that still wait for an answer. */
export function unansweredQuestions(state: CaseState): number {
  return state.disclosure.questions.filter((question) => question.answerRef === null).length;
}

/** Step 2: true when the cooling period chosen by the hurt partner is over at `now`. */
export function coolingIsOver(state: CaseState, now: Date): boolean {
  const until = state.reaction.coolingUntil;
  return until === null || now.getTime() >= Date.parse(until);
}

/** Step 2: true once the live conversation has opened. */
export function isConversationOpen(state: CaseState): boolean {
  return state.conversation.openedAt !== null;
}

/** Step 2: how many own mistakes a partner has named. */
export function ownMistakesBy(state: CaseState, role: PartnerRole): number {
  return state.exercises.ownMistakes.filter((mistake) => mistake.by === role).length;
}

/** Step 3: the most recent apology sent, if any. */
export function latestApology(state: CaseState): ApologyRecord | undefined {
  return state.apology.history.at(-1);
}

/** Step 3: the apology that waits for the hurt partner's answer, if one does. */
export function pendingApology(state: CaseState): ApologyRecord | undefined {
  const latest = latestApology(state);
  return latest !== undefined && latest.answer === null ? latest : undefined;
}

/** Step 3: true once the hurt partner has answered "I forgive you". */
export function isForgiven(state: CaseState): boolean {
  return state.apology.history.some((apology) => apology.answer === 'forgive');
}
