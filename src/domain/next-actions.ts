import type { CaseId, CaseStep, MemberRole, PartnerRole, UserId } from '../protocol/index.js';
import {
  bothPartnersIn,
  coolingIsOver,
  isConversationOpen,
  isDisclosureDelivered,
  otherRole,
  ownMistakesBy,
  pendingApology,
  roleOf,
  unansweredQuestions,
} from './case-queries.js';
import type { CaseState } from './case-state.js';
import { casePlan } from './causes.js';
import { expectationsAwaitingMark, expectationsToMark } from './expectations.js';
import { openInvitation } from './invitation.js';

/** Something this person can do now; the web app words it. */
export type ToDoKind =
  | 'resume_case'
  | 'invite_partner'
  | 'write_reflection'
  | 'choose_full_path'
  | 'send_disclosure'
  | 'acknowledge_disclosure'
  | 'answer_questions'
  | 'choose_cooling_period'
  | 'mark_ready'
  | 'submit_causes_list'
  | 'name_own_mistake'
  | 'write_role_swap_story'
  | 'rate_role_swap'
  | 'send_apology'
  | 'answer_apology'
  | 'mark_expectations';

/** Something this person waits for from the other (or from the clock). */
export type WaitKind =
  | 'resume'
  | 'partner_to_join'
  | 'partner_reflection'
  | 'partner_full_path'
  | 'disclosure'
  | 'acknowledgement'
  | 'answers'
  | 'cooling_period'
  | 'partner_ready'
  | 'partner_causes_list'
  | 'partner_own_mistake'
  | 'partner_role_swap_story'
  | 'partner_role_swap_rating'
  | 'apology'
  | 'apology_answer'
  | 'new_apology_welcome'
  | 'expectation_marks';

/** One line of the home page; `until` for time-bound waits, `count` for piles. */
export interface NextItem<Kind extends string> {
  readonly kind: Kind;
  readonly until?: string;
  readonly count?: number;
}

/** What one person needs to do next in a case, and what they are waiting for (home page). */
export interface NextActions {
  readonly caseId: CaseId;
  readonly role: MemberRole | null;
  readonly step: CaseStep;
  readonly closed: boolean;
  readonly todo: readonly NextItem<ToDoKind>[];
  readonly waitingFor: readonly NextItem<WaitKind>[];
}

interface Lists {
  readonly todo: NextItem<ToDoKind>[];
  readonly waitingFor: NextItem<WaitKind>[];
}

/** The next actions of `userId` in the case at `now` (non-members and closed cases get none). */
export function nextActions(state: CaseState, userId: UserId, now: Date): NextActions {
  const role = roleOf(state, userId) ?? null;
  const closed = state.status === 'left' || state.step === 'settled';
  const lists: Lists = { todo: [], waitingFor: [] };
  const base = { caseId: state.id, role, step: state.step, closed };
  if (role === null || role === 'mediator' || closed) return { ...base, ...lists };
  if (state.status === 'paused') {
    if (state.pausedBy === userId) lists.todo.push({ kind: 'resume_case' });
    else lists.waitingFor.push({ kind: 'resume' });
    return { ...base, ...lists };
  }
  if (!bothPartnersIn(state)) addAloneItems(state, role, now, lists);
  else if (state.path === 'reflection') addReflectionItems(state, role, lists);
  else addStepItems(state, role, now, lists);
  if (bothPartnersIn(state)) addExpectationItems(state, role, lists);
  return { ...base, ...lists };
}

function addAloneItems(state: CaseState, role: PartnerRole, now: Date, lists: Lists): void {
  const invitation = openInvitation(state, now);
  if (invitation === undefined) lists.todo.push({ kind: 'invite_partner' });
  else lists.waitingFor.push({ kind: 'partner_to_join', until: invitation.expiresAt });
  // Practice alone: the opener can prepare what the steps will ask of them.
  if (state.path === 'reflection' && state.reflection.reflectedAt[role] === null)
    lists.todo.push({ kind: 'write_reflection' });
  if (state.path === 'full' && role === 'amender' && state.disclosure.sentRef === null)
    lists.todo.push({ kind: 'send_disclosure' });
}

function addReflectionItems(state: CaseState, role: PartnerRole, lists: Lists): void {
  const other = otherRole(role);
  if (state.reflection.reflectedAt[role] === null) lists.todo.push({ kind: 'write_reflection' });
  else if (!state.reflection.fullPathChosen[role]) lists.todo.push({ kind: 'choose_full_path' });
  if (state.reflection.reflectedAt[other] === null)
    lists.waitingFor.push({ kind: 'partner_reflection' });
  else if (state.reflection.fullPathChosen[role] && !state.reflection.fullPathChosen[other]) {
    lists.waitingFor.push({ kind: 'partner_full_path' });
  }
}

function addStepItems(state: CaseState, role: PartnerRole, now: Date, lists: Lists): void {
  const questions = unansweredQuestions(state);
  if (questions > 0) {
    if (role === 'amender') lists.todo.push({ kind: 'answer_questions', count: questions });
    else lists.waitingFor.push({ kind: 'answers', count: questions });
  }
  switch (state.step) {
    case 'disclosure':
      if (role === 'amender') {
        if (state.disclosure.sentRef === null) lists.todo.push({ kind: 'send_disclosure' });
        else lists.waitingFor.push({ kind: 'acknowledgement' });
      } else if (isDisclosureDelivered(state)) lists.todo.push({ kind: 'acknowledge_disclosure' });
      else lists.waitingFor.push({ kind: 'disclosure' });
      return;
    case 'conversation':
      if (isConversationOpen(state)) addExerciseItems(state, role, lists);
      else addReadinessItems(state, role, now, lists);
      return;
    case 'apology':
      addApologyItems(state, role, lists);
      return;
    case 'sincerity':
    case 'compensation':
    case 'settled':
      return;
  }
}

function addReadinessItems(state: CaseState, role: PartnerRole, now: Date, lists: Lists): void {
  const until = state.reaction.coolingUntil;
  if (role === 'hurt' && until === null && state.readiness.hurt === null)
    lists.todo.push({ kind: 'choose_cooling_period' });
  if (!coolingIsOver(state, now) && until !== null) {
    lists.waitingFor.push({ kind: 'cooling_period', until });
    return;
  }
  if (state.readiness[role] === null) lists.todo.push({ kind: 'mark_ready' });
  if (state.readiness[otherRole(role)] === null) lists.waitingFor.push({ kind: 'partner_ready' });
}

function addExerciseItems(state: CaseState, role: PartnerRole, lists: Lists): void {
  const other = otherRole(role);
  const { causes, causesRevealed, roleSwap } = state.exercises;
  if (causes[role] === null) lists.todo.push({ kind: 'submit_causes_list' });
  else if (causesRevealed === null) lists.waitingFor.push({ kind: 'partner_causes_list' });
  if (ownMistakesBy(state, role) === 0) lists.todo.push({ kind: 'name_own_mistake' });
  if (ownMistakesBy(state, other) === 0) lists.waitingFor.push({ kind: 'partner_own_mistake' });
  if (roleSwap[role] === null) lists.todo.push({ kind: 'write_role_swap_story' });
  else if (roleSwap[role].rating === null)
    lists.waitingFor.push({ kind: 'partner_role_swap_rating' });
  const theirs = roleSwap[other];
  if (theirs === null) lists.waitingFor.push({ kind: 'partner_role_swap_story' });
  else if (theirs.rating === null) lists.todo.push({ kind: 'rate_role_swap' });
}

function addApologyItems(state: CaseState, role: PartnerRole, lists: Lists): void {
  const pending = pendingApology(state) !== undefined;
  if (role === 'amender') {
    if (pending) lists.waitingFor.push({ kind: 'apology_answer' });
    else if (state.apology.doorClosed) lists.waitingFor.push({ kind: 'new_apology_welcome' });
    else lists.todo.push({ kind: 'send_apology' });
  } else if (pending) lists.todo.push({ kind: 'answer_apology' });
  // After "I can't" nothing is asked of the hurt partner: forgiveness is never pressed for.
  else if (!state.apology.doorClosed) lists.waitingFor.push({ kind: 'apology' });
}

function addExpectationItems(state: CaseState, role: PartnerRole, lists: Lists): void {
  if (casePlan(state.causes).disclosureFirst && state.disclosure.acknowledgedAt === null) return;
  const toMark = expectationsToMark(state, role).length;
  if (toMark > 0) lists.todo.push({ kind: 'mark_expectations', count: toMark });
  const awaiting = expectationsAwaitingMark(state, role).length;
  if (awaiting > 0) lists.waitingFor.push({ kind: 'expectation_marks', count: awaiting });
}
