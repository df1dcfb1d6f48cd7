import type { UserId } from '../protocol/index.js';
import { isDisclosureDelivered, memberWithRole } from './case-queries.js';
import type { CaseState } from './case-state.js';
import { accepted } from './commands.js';
import type { Decision, DisclosureCommand } from './commands.js';
import type { CaseEvent } from './events.js';
import { asRole, firstRefusal, refuseIfBlank, refuseOnReflectionPath } from './guards.js';
import { refuse } from './result.js';

/** Step 1 (make a clean breast of it): draft, send with "whole truth", acknowledge, questions. */
export function decideDisclosure(
  state: CaseState,
  command: DisclosureCommand,
  actor: UserId,
  at: string,
): Decision {
  switch (command.type) {
    case 'draftDisclosure': {
      // Drafts are private and allowed from the first minute, even when practising alone.
      const amender = asRole(state, actor, 'amender', 'write the disclosure');
      if (!amender.ok) return amender;
      const refusal = firstRefusal(
        () => refuseIfBlank(command.ref, 'the draft'),
        () => (isDisclosureDelivered(state) ? alreadyDelivered() : undefined),
      );
      return refusal ?? accepted({ type: 'disclosureDrafted', at, by: actor, ref: command.ref });
    }
    case 'sendDisclosure': {
      const amender = asRole(state, actor, 'amender', 'send the disclosure');
      if (!amender.ok) return amender;
      const refusal = firstRefusal(
        () => refuseOnReflectionPath(state),
        () => (isDisclosureDelivered(state) ? alreadyDelivered() : undefined),
        () => refuseIfBlank(command.ref, 'the disclosure'),
        () =>
          command.wholeTruthConfirmed
            ? undefined
            : refuse('invalid', 'Please confirm that this is the whole truth before you send it.'),
      );
      if (refusal !== undefined) return refusal;
      const events: CaseEvent[] = [
        { type: 'disclosureSent', at, by: actor, ref: command.ref, wholeTruthConfirmed: true },
      ];
      // Before the hurt partner joins, the disclosure waits, unseen; it is delivered when they join.
      if (memberWithRole(state, 'hurt') !== undefined)
        events.push({ type: 'disclosureDelivered', at, by: actor });
      return accepted(...events);
    }
    case 'acknowledgeDisclosure': {
      const hurt = asRole(state, actor, 'hurt', 'acknowledge the disclosure');
      if (!hurt.ok) return hurt;
      const refusal = firstRefusal(
        () => refuseOnReflectionPath(state),
        () =>
          isDisclosureDelivered(state)
            ? undefined
            : refuse('not_ready', "There's no disclosure to acknowledge yet."),
        () =>
          state.disclosure.acknowledgedAt === null
            ? undefined
            : refuse('already_done', 'You have already acknowledged the disclosure.'),
      );
      return refusal ?? accepted({ type: 'disclosureAcknowledged', at, by: actor });
    }
    case 'askQuestion': {
      const hurt = asRole(state, actor, 'hurt', 'ask questions about the disclosure');
      if (!hurt.ok) return hurt;
      const refusal = firstRefusal(
        () =>
          isDisclosureDelivered(state)
            ? undefined
            : refuse('not_ready', 'You can ask questions once the disclosure has reached you.'),
        () => refuseIfBlank(command.questionId, 'an id for the question'),
        () => refuseIfBlank(command.ref, 'your question'),
        () =>
          state.disclosure.questions.some((question) => question.id === command.questionId)
            ? refuse('already_done', 'This question was already asked.')
            : undefined,
      );
      return (
        refusal ??
        accepted({
          type: 'questionAsked',
          at,
          by: actor,
          questionId: command.questionId,
          ref: command.ref,
        })
      );
    }
    case 'answerQuestion': {
      const amender = asRole(state, actor, 'amender', 'answer questions about the disclosure');
      if (!amender.ok) return amender;
      const question = state.disclosure.questions.find(
        (candidate) => candidate.id === command.questionId,
      );
      const refusal = firstRefusal(
        () =>
          question === undefined
            ? refuse('not_found', "That question isn't part of this case.")
            : undefined,
        () =>
          question?.answerRef == null
            ? undefined
            : refuse('already_done', 'This question has already been answered.'),
        () => refuseIfBlank(command.ref, 'your answer'),
      );
      return (
        refusal ??
        accepted({
          type: 'questionAnswered',
          at,
          by: actor,
          questionId: command.questionId,
          ref: command.ref,
        })
      );
    }
  }
}

function alreadyDelivered(): ReturnType<typeof refuse> {
  return refuse(
    'already_done',
    'Your disclosure has already reached your partner. To add to it, answer their questions or say it in the conversation.',
  );
}
