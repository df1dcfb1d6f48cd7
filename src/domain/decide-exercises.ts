import type { PartnerRole, UserId } from '../protocol/index.js';
import { isConversationOpen, otherRole } from './case-queries.js';
import type { CaseState } from './case-state.js';
import { compareCauses, isValidDiagnosis } from './causes.js';
import { accepted } from './commands.js';
import type { Decision, ExerciseCommand } from './commands.js';
import type { CaseEvent } from './events.js';
import { asPartner, firstRefusal, refuseBeforeStep, refuseIfBlank } from './guards.js';
import { refuse } from './result.js';
import type { Refusal } from './result.js';

/** The lowest and highest marks for "how well did they understand me" (role swap). */
export const ROLE_SWAP_RATING_MIN = 1;
export const ROLE_SWAP_RATING_MAX = 5;

/** The exercises happen inside the live conversation, so they wait until it has opened. */
function refuseBeforeConversation(state: CaseState): Refusal | undefined {
  return (
    refuseBeforeStep(state, 'conversation') ??
    (isConversationOpen(state)
      ? undefined
      : refuse('not_ready', 'The exercises start once the conversation has opened.'))
  );
}

function refuseBlankOptional(value: string | undefined, what: string): Refusal | undefined {
  return value === undefined ? undefined : refuseIfBlank(value, what);
}

/** Step 2's exercises: causes revealed together, own mistakes, and the role swap. */
export function decideExercise(
  state: CaseState,
  command: ExerciseCommand,
  actor: UserId,
  at: string,
): Decision {
  const partner = asPartner(state, actor, 'do the exercises');
  if (!partner.ok) return partner;
  const role: PartnerRole = partner.value;
  const other = otherRole(role);
  switch (command.type) {
    case 'submitCausesList': {
      const refusal = firstRefusal(
        () => refuseBeforeConversation(state),
        () =>
          state.exercises.causes[role] === null
            ? undefined
            : refuse(
                'already_done',
                'You have already handed in your list. It is shown when both lists are in.',
              ),
        () =>
          isValidDiagnosis(command.causes)
            ? undefined
            : refuse('invalid', 'Please choose at least one cause, each at most once.'),
        () => refuseBlankOptional(command.noteRef, 'your note'),
      );
      if (refusal !== undefined) return refusal;
      const events: CaseEvent[] = [
        {
          type: 'causesListSubmitted',
          at,
          by: actor,
          role,
          causes: command.causes,
          noteRef: command.noteRef ?? null,
        },
      ];
      const theirs = state.exercises.causes[other];
      // The method asks whether both read the causes the same way: neither list is seen before both are in.
      if (theirs !== null) {
        const amender = role === 'amender' ? command.causes : theirs.causes;
        const hurt = role === 'hurt' ? command.causes : theirs.causes;
        events.push({
          type: 'causesRevealed',
          at,
          by: actor,
          amender,
          hurt,
          comparison: compareCauses(amender, hurt),
        });
      }
      return accepted(...events);
    }
    case 'nameOwnMistake': {
      const refusal = firstRefusal(
        () => refuseBeforeConversation(state),
        () => refuseIfBlank(command.mistakeId, 'an id for the mistake'),
        () => refuseIfBlank(command.ref, 'the mistake you want to name'),
        () =>
          state.exercises.ownMistakes.some((mistake) => mistake.id === command.mistakeId)
            ? refuse('already_done', 'You have already named this one.')
            : undefined,
      );
      return (
        refusal ??
        accepted({
          type: 'ownMistakeNamed',
          at,
          by: actor,
          mistakeId: command.mistakeId,
          role,
          ref: command.ref,
        })
      );
    }
    case 'writeRoleSwapStory': {
      const refusal = firstRefusal(
        () => refuseBeforeConversation(state),
        () =>
          state.exercises.roleSwap[role] === null
            ? undefined
            : refuse('already_done', 'You have already written your story.'),
        () => refuseIfBlank(command.ref, 'your story'),
      );
      return (
        refusal ?? accepted({ type: 'roleSwapStoryWritten', at, by: actor, role, ref: command.ref })
      );
    }
    case 'rateRoleSwap': {
      const theirs = state.exercises.roleSwap[other];
      const refusal = firstRefusal(
        () => refuseBeforeConversation(state),
        () =>
          theirs === null
            ? refuse('not_ready', "There's no story to rate yet: your partner hasn't written it.")
            : undefined,
        () =>
          theirs?.rating === null
            ? undefined
            : refuse('already_done', 'You have already rated this story.'),
        () =>
          Number.isInteger(command.rating) &&
          command.rating >= ROLE_SWAP_RATING_MIN &&
          command.rating <= ROLE_SWAP_RATING_MAX
            ? undefined
            : refuse(
                'invalid',
                `Please rate from ${ROLE_SWAP_RATING_MIN} to ${ROLE_SWAP_RATING_MAX}.`,
              ),
        () => refuseBlankOptional(command.commentRef, 'your comment'),
      );
      return (
        refusal ??
        accepted({
          type: 'roleSwapRated',
          at,
          by: actor,
          storyOf: other,
          rating: command.rating,
          commentRef: command.commentRef ?? null,
        })
      );
    }
  }
}
