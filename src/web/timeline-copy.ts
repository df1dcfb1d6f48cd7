import { Cause, CaseStep } from '../protocol/index.js';
import { CAUSE_COPY, describeStep, formatWhen } from './copy.js';
import type { TimelineEvent } from './journey.js';

/** Who did it, as the reader says it: "You", or the other person's name. */
export interface Actor {
  readonly name: string;
  readonly isMe: boolean;
}

// Drafts are saved as the person types: the timeline would be all drafts, so they stay out.
const UNTOLD = new Set(['disclosureDrafted', 'apologyDrafted']);

/** Whether an entry belongs in "What happened" at all. */
export function isTold(event: TimelineEvent): boolean {
  return !UNTOLD.has(event.type);
}

const causesOf = (value: unknown): string => {
  const parsed = Cause.array().safeParse(value);
  return parsed.success ? parsed.data.map((cause) => CAUSE_COPY[cause].label).join(', ') : '';
};

/** One line of the timeline, a plain sentence: "Sam asked a question." */
export function describeEvent(event: TimelineEvent, who: Actor): string {
  const name = who.name;
  // The verbs agree with "You" and with a name alike, so one sentence serves both.
  switch (event.type) {
    case 'caseOpened':
      return `${name} opened the case (${causesOf(event.causes)}).`;
    case 'causesChanged':
      return `${name} changed what broke the trust to: ${causesOf(event.causes)}.`;
    case 'partnerInvited':
      return `${name} made an invitation link.`;
    case 'partnerJoined':
      return `${name} joined the case.`;
    case 'casePaused':
      return `${name} paused the case.`;
    case 'caseResumed':
      return `${name} resumed the case.`;
    case 'caseLeft':
      return `${name} left the case.`;
    case 'stepOpened': {
      const step = CaseStep.safeParse(event.step);
      return step.success ? `${describeStep(step.data)} began.` : 'A new step began.';
    }
    case 'disclosureSent':
      return `${name} sent the whole truth.`;
    case 'disclosureDelivered':
      return 'The whole truth was shared.';
    case 'disclosureAcknowledged':
      return `${name} read the whole truth and said so.`;
    case 'questionAsked':
      return `${name} asked a question.`;
    case 'questionAnswered':
      return `${name} answered a question.`;
    case 'reactionWritten':
      return event.private === true
        ? `${name} wrote a private reaction.`
        : `${name} shared a reaction.`;
    case 'coolingPeriodChosen':
      return typeof event.until === 'string'
        ? `${name} chose a pause until ${formatWhen(event.until)}.`
        : `${name} chose a pause.`;
    case 'readinessMarked':
      return `${name} said ${who.isMe ? 'you are' : 'they are'} ready to talk.`;
    case 'conversationOpened':
      return 'The conversation opened.';
    case 'messageSent':
      return `${name} sent a message.`;
    case 'causesListSubmitted':
      return `${name} chose what broke the trust, privately.`;
    case 'causesRevealed':
      return 'Both lists of causes were shown.';
    case 'ownMistakeNamed':
      return `${name} named a mistake of ${who.isMe ? 'your' : 'their'} own.`;
    case 'roleSwapStoryWritten':
      return `${name} told the story from the other side.`;
    case 'roleSwapRated':
      return `${name} said how well ${who.isMe ? 'you were' : 'they were'} understood.`;
    case 'apologySent':
      return `${name} sent an apology.`;
    case 'apologyAnswered':
      return `${name} answered the apology.`;
    case 'newApologyWelcomed':
      return `${name} opened the door to a new apology.`;
    case 'expectationAdded':
      return `${name} added an expectation.`;
    case 'expectationMarked':
      return `${name} marked an expectation.`;
    case 'lieRecorded':
      return `${name} recorded a lie.`;
    case 'reflectionSubmitted':
      return `${name} wrote a reflection.`;
    case 'fullPathChosen':
      return `${name} chose to walk the full path.`;
    case 'fullPathOpened':
      return 'The full path opened.';
    default:
      return 'Something happened.';
  }
}
