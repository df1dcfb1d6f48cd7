import type { UserId } from '../protocol/index.js';
import {
  coolingIsOver,
  isConversationOpen,
  isDisclosureDelivered,
  otherRole,
} from './case-queries.js';
import type { CaseState } from './case-state.js';
import { accepted } from './commands.js';
import type { ConversationCommand, Decision } from './commands.js';
import type { CaseEvent } from './events.js';
import { asPartner, asRole, firstRefusal, refuseBeforeStep, refuseIfBlank } from './guards.js';
import { refuse } from './result.js';
import type { Refusal } from './result.js';

/** The longest cooling period the hurt partner can choose at once; they may choose again after. */
export const MAX_COOLING_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Step 2 (expect the emotional reaction): reaction space, cooling, readiness, live messages. */
export function decideConversation(
  state: CaseState,
  command: ConversationCommand,
  actor: UserId,
  now: Date,
): Decision {
  const at = now.toISOString();
  switch (command.type) {
    case 'writeReaction': {
      const hurt = asRole(state, actor, 'hurt', 'write in the reaction space');
      if (!hurt.ok) return hurt;
      const refusal = firstRefusal(
        () =>
          isDisclosureDelivered(state)
            ? undefined
            : refuse('not_ready', 'The reaction space opens once the disclosure has reached you.'),
        () => refuseIfBlank(command.reactionId, 'an id for this entry'),
        () => refuseIfBlank(command.ref, 'what you wrote'),
        () =>
          state.reaction.entries.some((entry) => entry.id === command.reactionId)
            ? refuse('already_done', 'This entry is already saved.')
            : undefined,
      );
      return (
        refusal ??
        accepted({
          type: 'reactionWritten',
          at,
          by: actor,
          reactionId: command.reactionId,
          ref: command.ref,
          private: command.private,
        })
      );
    }
    case 'chooseCoolingPeriod': {
      const hurt = asRole(state, actor, 'hurt', 'choose the cooling period');
      if (!hurt.ok) return hurt;
      const refusal = firstRefusal(
        () => refuseBeforeStep(state, 'conversation'),
        () =>
          isConversationOpen(state)
            ? refuse('already_done', 'The conversation has already opened.')
            : undefined,
        () => refuseCoolingEnd(command.until, now),
      );
      return (
        refusal ??
        accepted({
          type: 'coolingPeriodChosen',
          at,
          by: actor,
          until: new Date(command.until).toISOString(),
        })
      );
    }
    case 'markReady': {
      const partner = asPartner(state, actor, 'say you are ready');
      if (!partner.ok) return partner;
      const role = partner.value;
      const refusal = firstRefusal(
        () => refuseBeforeStep(state, 'conversation'),
        () =>
          isConversationOpen(state)
            ? refuse('already_done', 'The conversation is already open.')
            : undefined,
        () =>
          state.readiness[role] === null
            ? undefined
            : refuse('already_done', "You have already said you're ready."),
        () => (coolingIsOver(state, now) ? undefined : refuseCooling(role === 'hurt')),
      );
      if (refusal !== undefined) return refusal;
      const events: CaseEvent[] = [{ type: 'readinessMarked', at, by: actor, role }];
      // The conversation opens at the second "ready": both said it, and the cooling period is over.
      if (state.readiness[otherRole(role)] !== null)
        events.push({ type: 'conversationOpened', at, by: actor });
      return accepted(...events);
    }
    case 'sendMessage': {
      const partner = asPartner(state, actor, 'write in the conversation');
      if (!partner.ok) return partner;
      const refusal = firstRefusal(
        () => refuseBeforeStep(state, 'conversation'),
        () =>
          isConversationOpen(state)
            ? undefined
            : refuse('not_ready', "The conversation opens when you both say you're ready."),
        () => refuseIfBlank(command.messageId, 'an id for the message'),
        () => refuseIfBlank(command.ref, 'your message'),
      );
      return (
        refusal ??
        accepted({
          type: 'messageSent',
          at,
          by: actor,
          messageId: command.messageId,
          ref: command.ref,
        })
      );
    }
  }
}

function refuseCoolingEnd(until: string, now: Date): Refusal | undefined {
  const end = Date.parse(until);
  if (Number.isNaN(end))
    return refuse(
      'invalid',
      'Please choose a valid date and time for the end of the cooling period.',
    );
  if (end < now.getTime()) return refuse('invalid', "The cooling period can't end in the past.");
  if (end > now.getTime() + MAX_COOLING_DAYS * DAY_MS) {
    return refuse(
      'invalid',
      `A cooling period can last up to ${MAX_COOLING_DAYS} days; you can choose another one after it.`,
    );
  }
  return undefined;
}

/** The page shows when the pause ends, in the reader's own time zone; the message need not. */
function refuseCooling(isHurt: boolean): Refusal {
  const whose = isHurt ? 'you chose' : 'your partner chose';
  return refuse(
    'cooling',
    `The pause ${whose} is not over yet. You can say you're ready once it ends${isHurt ? ', or choose a shorter one' : ''}.`,
  );
}
