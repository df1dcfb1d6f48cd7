import type { Cause, CaseId, CaseStep, PartnerRole, UserId } from '../protocol/index.js';
import type { ApologyAnswer, ExpectationMark } from './case-state.js';
import type { CausesComparison } from './causes.js';
import type { ContentRef, InvitationId, ItemId } from './ids.js';

/** What every timeline entry carries: when it happened (ISO 8601) and who did it. */
interface Entry<Type extends string> {
  readonly type: Type;
  readonly at: string;
  readonly by: UserId;
}

export type CaseOpened = Entry<'caseOpened'> & {
  readonly caseId: CaseId;
  readonly causes: readonly Cause[];
  readonly role: PartnerRole;
};
export type CausesChanged = Entry<'causesChanged'> & { readonly causes: readonly Cause[] };
export type PartnerInvited = Entry<'partnerInvited'> & {
  readonly invitationId: InvitationId;
  readonly inviterRole: PartnerRole;
  readonly inviteeRole: PartnerRole;
  readonly expiresAt: string;
};
export type PartnerJoined = Entry<'partnerJoined'> & {
  readonly role: PartnerRole;
  readonly invitationId: InvitationId;
  readonly invitedBy: UserId;
};
export type CasePaused = Entry<'casePaused'>;
export type CaseResumed = Entry<'caseResumed'>;
export type CaseLeft = Entry<'caseLeft'>;
export type StepOpened = Entry<'stepOpened'> & {
  readonly step: CaseStep;
  readonly from: CaseStep;
};

export type DisclosureDrafted = Entry<'disclosureDrafted'> & { readonly ref: ContentRef };
export type DisclosureSent = Entry<'disclosureSent'> & {
  readonly ref: ContentRef;
  readonly wholeTruthConfirmed: true;
};
/** The disclosure became visible to the hurt partner: on sending, or when they joined (`by`). */
export type DisclosureDelivered = Entry<'disclosureDelivered'>;
export type DisclosureAcknowledged = Entry<'disclosureAcknowledged'>;
export type QuestionAsked = Entry<'questionAsked'> & {
  readonly questionId: ItemId;
  readonly ref: ContentRef;
};
export type QuestionAnswered = Entry<'questionAnswered'> & {
  readonly questionId: ItemId;
  readonly ref: ContentRef;
};

export type ReactionWritten = Entry<'reactionWritten'> & {
  readonly reactionId: ItemId;
  readonly ref: ContentRef;
  readonly private: boolean;
};
export type CoolingPeriodChosen = Entry<'coolingPeriodChosen'> & { readonly until: string };
export type ReadinessMarked = Entry<'readinessMarked'> & { readonly role: PartnerRole };
export type ConversationOpened = Entry<'conversationOpened'>;
export type MessageSent = Entry<'messageSent'> & {
  readonly messageId: ItemId;
  readonly ref: ContentRef;
};

/** Private to its writer; the lists become visible together in `causesRevealed`. */
export type CausesListSubmitted = Entry<'causesListSubmitted'> & {
  readonly role: PartnerRole;
  readonly causes: readonly Cause[];
  readonly noteRef: ContentRef | null;
};
export type CausesRevealed = Entry<'causesRevealed'> & {
  readonly amender: readonly Cause[];
  readonly hurt: readonly Cause[];
  readonly comparison: CausesComparison;
};
export type OwnMistakeNamed = Entry<'ownMistakeNamed'> & {
  readonly mistakeId: ItemId;
  readonly role: PartnerRole;
  readonly ref: ContentRef;
};
export type RoleSwapStoryWritten = Entry<'roleSwapStoryWritten'> & {
  readonly role: PartnerRole;
  readonly ref: ContentRef;
};
/** `storyOf` is the role of the partner who wrote the story being rated. */
export type RoleSwapRated = Entry<'roleSwapRated'> & {
  readonly storyOf: PartnerRole;
  readonly rating: number;
  readonly commentRef: ContentRef | null;
};

export type ApologyDrafted = Entry<'apologyDrafted'> & { readonly ref: ContentRef };
export type ApologySent = Entry<'apologySent'> & {
  readonly apologyId: ItemId;
  readonly ref: ContentRef;
};
export type ApologyAnswered = Entry<'apologyAnswered'> & {
  readonly apologyId: ItemId;
  readonly answer: ApologyAnswer;
  readonly missingRef: ContentRef | null;
};
export type NewApologyWelcomed = Entry<'newApologyWelcomed'>;

export type ExpectationAdded = Entry<'expectationAdded'> & {
  readonly expectationId: ItemId;
  readonly author: PartnerRole;
  readonly ref: ContentRef;
};
export type ExpectationMarked = Entry<'expectationMarked'> & {
  readonly expectationId: ItemId;
  readonly mark: ExpectationMark;
};
export type LieRecorded = Entry<'lieRecorded'> & {
  readonly lieId: ItemId;
  readonly ref: ContentRef;
  readonly admitted: boolean;
};
/** Private to its writer. */
export type ReflectionSubmitted = Entry<'reflectionSubmitted'> & {
  readonly role: PartnerRole;
  readonly ref: ContentRef;
};
export type FullPathChosen = Entry<'fullPathChosen'> & { readonly role: PartnerRole };
export type FullPathOpened = Entry<'fullPathOpened'>;

/** One append-only entry of a case's timeline. */
export type CaseEvent =
  | CaseOpened
  | CausesChanged
  | PartnerInvited
  | PartnerJoined
  | CasePaused
  | CaseResumed
  | CaseLeft
  | StepOpened
  | DisclosureDrafted
  | DisclosureSent
  | DisclosureDelivered
  | DisclosureAcknowledged
  | QuestionAsked
  | QuestionAnswered
  | ReactionWritten
  | CoolingPeriodChosen
  | ReadinessMarked
  | ConversationOpened
  | MessageSent
  | CausesListSubmitted
  | CausesRevealed
  | OwnMistakeNamed
  | RoleSwapStoryWritten
  | RoleSwapRated
  | ApologyDrafted
  | ApologySent
  | ApologyAnswered
  | NewApologyWelcomed
  | ExpectationAdded
  | ExpectationMarked
  | LieRecorded
  | ReflectionSubmitted
  | FullPathChosen
  | FullPathOpened;

export type CaseEventType = CaseEvent['type'];
