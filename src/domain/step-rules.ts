import type { CaseStep, UserId } from '../protocol/index.js';
import {
  isConversationOpen,
  isForgiven,
  ownMistakesBy,
  unansweredQuestions,
} from './case-queries.js';
import type { CaseState } from './case-state.js';
import type { StepOpened } from './events.js';

/**
 * What step 3 waits for. The apology comes after the truth and after the conversation's work:
 * the disclosure acknowledged and every question answered, the conversation held, the causes
 * revealed, an own mistake named by each, and each role-swap story rated by the other.
 */
export type ApologyRequirement =
  | 'disclosure_acknowledged'
  | 'questions_answered'
  | 'conversation_opened'
  | 'causes_revealed'
  | 'amender_own_mistake'
  | 'hurt_own_mistake'
  | 'amender_story_rated'
  | 'hurt_story_rated';

/** The requirements of the apology step that are not met yet (empty: the step can open). */
export function missingForApology(state: CaseState): readonly ApologyRequirement[] {
  const missing: ApologyRequirement[] = [];
  if (state.disclosure.acknowledgedAt === null) missing.push('disclosure_acknowledged');
  if (unansweredQuestions(state) > 0) missing.push('questions_answered');
  if (!isConversationOpen(state)) missing.push('conversation_opened');
  if (state.exercises.causesRevealed === null) missing.push('causes_revealed');
  if (ownMistakesBy(state, 'amender') === 0) missing.push('amender_own_mistake');
  if (ownMistakesBy(state, 'hurt') === 0) missing.push('hurt_own_mistake');
  if (state.exercises.roleSwap.amender?.rating == null) missing.push('amender_story_rated');
  if (state.exercises.roleSwap.hurt?.rating == null) missing.push('hurt_story_rated');
  return missing;
}

/** The step that should open now, if the current one's work is done. */
export function nextStepDue(state: CaseState): CaseStep | undefined {
  if (state.path !== 'full' || state.status === 'left') return undefined;
  switch (state.step) {
    case 'disclosure':
      // Step 1 ends when the hurt partner has acknowledged the whole truth.
      return state.disclosure.acknowledgedAt === null ? undefined : 'conversation';
    case 'conversation':
      return missingForApology(state).length === 0 ? 'apology' : undefined;
    case 'apology':
      // "I forgive you" ends step 3; sincerity (step 4) comes next.
      return isForgiven(state) ? 'sincerity' : undefined;
    case 'sincerity':
    case 'compensation':
    case 'settled':
      // Steps 4 and 5 move on their own rules (issue: the repair journey, part 2).
      return undefined;
  }
}

/** The `stepOpened` event for the step that is due, if any (the actor's command completed it). */
export function stepOpenedIfDue(state: CaseState, by: UserId, at: string): StepOpened | undefined {
  const step = nextStepDue(state);
  return step === undefined ? undefined : { type: 'stepOpened', at, by, step, from: state.step };
}
