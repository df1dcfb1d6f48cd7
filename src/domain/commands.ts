import type { Cause, CaseId, PartnerRole } from '../protocol/index.js';
import type { ApologyAnswer, ExpectationMark } from './case-state.js';
import type { CaseEvent } from './events.js';
import type { ContentRef, InvitationId, ItemId } from './ids.js';
import type { Refusal } from './result.js';

/** Opening, membership and the case's life: pause, resume, leave. */
export type MembershipCommand =
  | {
      readonly type: 'openCase';
      readonly caseId: CaseId;
      readonly causes: readonly Cause[];
      readonly role: PartnerRole;
    }
  | { readonly type: 'changeCauses'; readonly causes: readonly Cause[] }
  | {
      readonly type: 'invitePartner';
      readonly invitationId: InvitationId;
      readonly ttlDays?: number;
    }
  | { readonly type: 'joinCase'; readonly invitationId: InvitationId }
  | { readonly type: 'pauseCase' }
  | { readonly type: 'resumeCase' }
  | { readonly type: 'leaveCase' };

/** Step 1: the disclosure and its questions. */
export type DisclosureCommand =
  | { readonly type: 'draftDisclosure'; readonly ref: ContentRef }
  | {
      readonly type: 'sendDisclosure';
      readonly ref: ContentRef;
      readonly wholeTruthConfirmed: boolean;
    }
  | { readonly type: 'acknowledgeDisclosure' }
  | { readonly type: 'askQuestion'; readonly questionId: ItemId; readonly ref: ContentRef }
  | { readonly type: 'answerQuestion'; readonly questionId: ItemId; readonly ref: ContentRef };

/** Step 2: reaction, cooling, readiness and the live conversation. */
export type ConversationCommand =
  | {
      readonly type: 'writeReaction';
      readonly reactionId: ItemId;
      readonly ref: ContentRef;
      readonly private: boolean;
    }
  | { readonly type: 'chooseCoolingPeriod'; readonly until: string }
  | { readonly type: 'markReady' }
  | { readonly type: 'sendMessage'; readonly messageId: ItemId; readonly ref: ContentRef };

/** Step 2: the causes, own-mistakes and role-swap exercises. */
export type ExerciseCommand =
  | {
      readonly type: 'submitCausesList';
      readonly causes: readonly Cause[];
      readonly noteRef?: ContentRef;
    }
  | { readonly type: 'nameOwnMistake'; readonly mistakeId: ItemId; readonly ref: ContentRef }
  | { readonly type: 'writeRoleSwapStory'; readonly ref: ContentRef }
  | { readonly type: 'rateRoleSwap'; readonly rating: number; readonly commentRef?: ContentRef };

/** Step 3: the apology and its answers. */
export type ApologyCommand =
  | { readonly type: 'draftApology'; readonly ref: ContentRef }
  | { readonly type: 'sendApology'; readonly apologyId: ItemId; readonly ref: ContentRef }
  | {
      readonly type: 'answerApology';
      readonly apologyId: ItemId;
      readonly answer: ApologyAnswer;
      readonly missingRef?: ContentRef;
    }
  | { readonly type: 'welcomeNewApology' };

/** Available outside the steps: the expectations map, the lie counter, the reflection path. */
export type SideCommand =
  | { readonly type: 'addExpectation'; readonly expectationId: ItemId; readonly ref: ContentRef }
  | {
      readonly type: 'markExpectation';
      readonly expectationId: ItemId;
      readonly mark: ExpectationMark;
    }
  | { readonly type: 'recordLie'; readonly lieId: ItemId; readonly ref: ContentRef }
  | { readonly type: 'submitReflection'; readonly ref: ContentRef }
  | { readonly type: 'chooseFullPath' };

/** Everything a person can ask of a case. */
export type CaseCommand =
  | MembershipCommand
  | DisclosureCommand
  | ConversationCommand
  | ExerciseCommand
  | ApologyCommand
  | SideCommand;

export type CaseCommandType = CaseCommand['type'];

/** The command of one type, e.g. `CommandOf<'sendApology'>`. */
export type CommandOf<Type extends CaseCommandType> = Extract<CaseCommand, { type: Type }>;

/** The answer to a command: the events to append, or a refusal. */
export type Decision = { readonly ok: true; readonly events: readonly CaseEvent[] } | Refusal;

/** A successful decision carrying these events. */
export function accepted(...events: CaseEvent[]): Decision {
  return { ok: true, events };
}
