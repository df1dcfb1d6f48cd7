import { CaseStep } from '../protocol/index.js';
import type { Cause, CaseId, MemberRole, PartnerRole, UserId } from '../protocol/index.js';
import type { CasePath, CausesComparison, LieStatus } from './causes.js';
import type { ContentRef, InvitationId, ItemId } from './ids.js';

/** The order of the five steps and the closed end (the protocol lists them in order); a case moves forward only. */
export const STEP_ORDER: readonly CaseStep[] = CaseStep.options;

/** Whether the case is running, paused by someone, or was left (closed). */
export type CaseStatus = 'active' | 'paused' | 'left';

export interface CaseMember {
  readonly userId: UserId;
  readonly role: MemberRole;
  readonly joinedAt: string;
  /** Who sent the invitation this member accepted; null for the person who opened the case. */
  readonly invitedBy: UserId | null;
}

export interface InvitationRecord {
  readonly id: InvitationId;
  readonly invitedBy: UserId;
  readonly inviterRole: PartnerRole;
  readonly inviteeRole: PartnerRole;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedBy: UserId | null;
  readonly usedAt: string | null;
  /** A newer invitation to the same case replaces an unused older one. */
  readonly replaced: boolean;
}

export interface DisclosureQuestion {
  readonly id: ItemId;
  readonly ref: ContentRef;
  readonly askedAt: string;
  readonly answerRef: ContentRef | null;
  readonly answeredAt: string | null;
}

/** Step 1. Sent before the hurt partner joined, it is delivered (made visible) when they join. */
export interface DisclosureState {
  readonly draftRef: ContentRef | null;
  readonly sentRef: ContentRef | null;
  readonly sentAt: string | null;
  readonly wholeTruthConfirmed: boolean;
  readonly deliveredAt: string | null;
  readonly acknowledgedAt: string | null;
  readonly questions: readonly DisclosureQuestion[];
}

export interface ReactionEntry {
  readonly id: ItemId;
  readonly ref: ContentRef;
  readonly private: boolean;
  readonly at: string;
}

/** Step 2, before the conversation: the hurt partner's reaction space and cooling period. */
export interface ReactionState {
  readonly entries: readonly ReactionEntry[];
  readonly coolingUntil: string | null;
}

/** When each partner said they are ready for the conversation (null: not yet). */
export type Readiness = Readonly<Record<PartnerRole, string | null>>;

export interface ConversationState {
  readonly openedAt: string | null;
  readonly messageCount: number;
}

export interface CausesList {
  readonly causes: readonly Cause[];
  readonly noteRef: ContentRef | null;
  readonly at: string;
}

export interface OwnMistake {
  readonly id: ItemId;
  readonly by: PartnerRole;
  readonly ref: ContentRef;
  readonly at: string;
}

/** A role-swap story written by one partner and rated (1–5) by the other. */
export interface RoleSwapStory {
  readonly storyRef: ContentRef;
  readonly writtenAt: string;
  readonly rating: number | null;
  readonly commentRef: ContentRef | null;
  readonly ratedAt: string | null;
}

/** Step 2's exercises; lists and stories are keyed by the role of their writer. */
export interface ExercisesState {
  readonly causes: Readonly<Record<PartnerRole, CausesList | null>>;
  readonly causesRevealed: CausesComparison | null;
  readonly ownMistakes: readonly OwnMistake[];
  readonly roleSwap: Readonly<Record<PartnerRole, RoleSwapStory | null>>;
}

export type ApologyAnswer = 'forgive' | 'not_yet' | 'cant';

export interface ApologyRecord {
  readonly id: ItemId;
  readonly ref: ContentRef;
  readonly sentAt: string;
  readonly answer: ApologyAnswer | null;
  /** With not_yet: what is still missing, in the hurt partner's words. */
  readonly missingRef: ContentRef | null;
  readonly answeredAt: string | null;
}

/** Step 3: the private draft and the history of sent apologies, oldest first. */
export interface ApologyState {
  readonly draftRef: ContentRef | null;
  readonly history: readonly ApologyRecord[];
  /** After "I can't", a new apology waits until the hurt partner opens the door again. */
  readonly doorClosed: boolean;
}

export type ExpectationMark = 'knew' | 'didnt_know' | 'dont_agree';

export interface ExpectationItem {
  readonly id: ItemId;
  readonly author: PartnerRole;
  readonly ref: ContentRef;
  readonly addedAt: string;
  readonly mark: ExpectationMark | null;
  readonly markedAt: string | null;
}

export interface LieEntry {
  readonly id: ItemId;
  readonly ref: ContentRef;
  /** True when the amender admitted it, false when the hurt partner found it out. */
  readonly admitted: boolean;
  readonly at: string;
}

/** The lie counter; for a `lie` case the lie that opened it is already counted. */
export interface LieLedger {
  readonly count: number;
  readonly status: LieStatus;
  readonly entries: readonly LieEntry[];
}

/** The reflection path (no_initial_trust): each reflects, then both may choose the full path. */
export interface ReflectionState {
  readonly reflectedAt: Readonly<Record<PartnerRole, string | null>>;
  readonly fullPathChosen: Readonly<Record<PartnerRole, boolean>>;
}

/** Everything the domain knows about one case, rebuilt from its events. */
export interface CaseState {
  readonly id: CaseId;
  readonly causes: readonly Cause[];
  readonly openedBy: UserId;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly members: readonly CaseMember[];
  readonly invitations: readonly InvitationRecord[];
  readonly step: CaseStep;
  readonly stepOpenedAt: Partial<Readonly<Record<CaseStep, string>>>;
  readonly path: CasePath;
  readonly status: CaseStatus;
  readonly pausedBy: UserId | null;
  readonly leftBy: UserId | null;
  readonly disclosure: DisclosureState;
  readonly reaction: ReactionState;
  readonly readiness: Readiness;
  readonly conversation: ConversationState;
  readonly exercises: ExercisesState;
  readonly apology: ApologyState;
  readonly expectations: readonly ExpectationItem[];
  readonly lies: LieLedger;
  readonly reflection: ReflectionState;
}
