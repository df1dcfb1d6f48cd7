import type { PartnerRole } from '../protocol/index.js';
import type {
  ApologyRecord,
  CaseState,
  DisclosureQuestion,
  ExpectationItem,
  RoleSwapStory,
} from './case-state.js';
import { casePlan, lieStatus } from './causes.js';
import type { CaseEvent } from './events.js';

type Patch<T> = (item: T) => T;

function updateWhere<T>(items: readonly T[], match: (item: T) => boolean, patch: Patch<T>): T[] {
  return items.map((item) => (match(item) ? patch(item) : item));
}

function withRoleSwap(state: CaseState, role: PartnerRole, story: RoleSwapStory): CaseState {
  return {
    ...state,
    exercises: { ...state.exercises, roleSwap: { ...state.exercises.roleSwap, [role]: story } },
  };
}

/** Applies every event except `caseOpened`; the switch is exhaustive over the event union. */
export function evolveSteps(
  state: CaseState,
  event: Exclude<CaseEvent, { type: 'caseOpened' }>,
): CaseState {
  switch (event.type) {
    case 'causesChanged': {
      const plan = casePlan(event.causes);
      return {
        ...state,
        causes: event.causes,
        path: plan.path,
        lies: {
          ...state.lies,
          count: plan.liesAlreadyCounted + state.lies.entries.length,
          status: lieStatus(plan.liesAlreadyCounted + state.lies.entries.length),
        },
      };
    }
    case 'partnerInvited':
      return {
        ...state,
        invitations: [
          ...state.invitations.map((invitation) =>
            invitation.usedBy === null ? { ...invitation, replaced: true } : invitation,
          ),
          {
            id: event.invitationId,
            invitedBy: event.by,
            inviterRole: event.inviterRole,
            inviteeRole: event.inviteeRole,
            createdAt: event.at,
            expiresAt: event.expiresAt,
            usedBy: null,
            usedAt: null,
            replaced: false,
          },
        ],
      };
    case 'partnerJoined':
      return {
        ...state,
        members: [
          ...state.members,
          { userId: event.by, role: event.role, joinedAt: event.at, invitedBy: event.invitedBy },
        ],
        invitations: updateWhere(
          state.invitations,
          (invitation) => invitation.id === event.invitationId,
          (invitation) => ({ ...invitation, usedBy: event.by, usedAt: event.at }),
        ),
      };
    case 'casePaused':
      return { ...state, status: 'paused', pausedBy: event.by };
    case 'caseResumed':
      return { ...state, status: 'active', pausedBy: null };
    case 'caseLeft':
      return { ...state, status: 'left', leftBy: event.by, pausedBy: null };
    case 'stepOpened':
      return {
        ...state,
        step: event.step,
        stepOpenedAt: { ...state.stepOpenedAt, [event.step]: event.at },
      };

    case 'disclosureDrafted':
      return { ...state, disclosure: { ...state.disclosure, draftRef: event.ref } };
    case 'disclosureSent':
      return {
        ...state,
        disclosure: {
          ...state.disclosure,
          sentRef: event.ref,
          sentAt: event.at,
          wholeTruthConfirmed: true,
        },
      };
    case 'disclosureDelivered':
      return { ...state, disclosure: { ...state.disclosure, deliveredAt: event.at } };
    case 'disclosureAcknowledged':
      return { ...state, disclosure: { ...state.disclosure, acknowledgedAt: event.at } };
    case 'questionAsked': {
      const question: DisclosureQuestion = {
        id: event.questionId,
        ref: event.ref,
        askedAt: event.at,
        answerRef: null,
        answeredAt: null,
      };
      return {
        ...state,
        disclosure: { ...state.disclosure, questions: [...state.disclosure.questions, question] },
      };
    }
    case 'questionAnswered':
      return {
        ...state,
        disclosure: {
          ...state.disclosure,
          questions: updateWhere(
            state.disclosure.questions,
            (question) => question.id === event.questionId,
            (question) => ({ ...question, answerRef: event.ref, answeredAt: event.at }),
          ),
        },
      };

    case 'reactionWritten':
      return {
        ...state,
        reaction: {
          ...state.reaction,
          entries: [
            ...state.reaction.entries,
            { id: event.reactionId, ref: event.ref, private: event.private, at: event.at },
          ],
        },
      };
    case 'coolingPeriodChosen':
      // A new cooling period asks both partners again whether they are ready.
      return {
        ...state,
        reaction: { ...state.reaction, coolingUntil: event.until },
        readiness: { amender: null, hurt: null },
      };
    case 'readinessMarked':
      return { ...state, readiness: { ...state.readiness, [event.role]: event.at } };
    case 'conversationOpened':
      return { ...state, conversation: { ...state.conversation, openedAt: event.at } };
    case 'messageSent':
      return {
        ...state,
        conversation: { ...state.conversation, messageCount: state.conversation.messageCount + 1 },
      };

    case 'causesListSubmitted':
      return {
        ...state,
        exercises: {
          ...state.exercises,
          causes: {
            ...state.exercises.causes,
            [event.role]: { causes: event.causes, noteRef: event.noteRef, at: event.at },
          },
        },
      };
    case 'causesRevealed':
      return { ...state, exercises: { ...state.exercises, causesRevealed: event.comparison } };
    case 'ownMistakeNamed':
      return {
        ...state,
        exercises: {
          ...state.exercises,
          ownMistakes: [
            ...state.exercises.ownMistakes,
            { id: event.mistakeId, by: event.role, ref: event.ref, at: event.at },
          ],
        },
      };
    case 'roleSwapStoryWritten':
      return withRoleSwap(state, event.role, {
        storyRef: event.ref,
        writtenAt: event.at,
        rating: null,
        commentRef: null,
        ratedAt: null,
      });
    case 'roleSwapRated': {
      const story = state.exercises.roleSwap[event.storyOf];
      if (story === null) return state;
      return withRoleSwap(state, event.storyOf, {
        ...story,
        rating: event.rating,
        commentRef: event.commentRef,
        ratedAt: event.at,
      });
    }

    case 'apologyDrafted':
      return { ...state, apology: { ...state.apology, draftRef: event.ref } };
    case 'apologySent': {
      const apology: ApologyRecord = {
        id: event.apologyId,
        ref: event.ref,
        sentAt: event.at,
        answer: null,
        missingRef: null,
        answeredAt: null,
      };
      return {
        ...state,
        apology: { ...state.apology, history: [...state.apology.history, apology] },
      };
    }
    case 'apologyAnswered':
      return {
        ...state,
        apology: {
          ...state.apology,
          doorClosed: event.answer === 'cant',
          history: updateWhere(
            state.apology.history,
            (apology) => apology.id === event.apologyId,
            (apology) => ({
              ...apology,
              answer: event.answer,
              missingRef: event.missingRef,
              answeredAt: event.at,
            }),
          ),
        },
      };
    case 'newApologyWelcomed':
      return { ...state, apology: { ...state.apology, doorClosed: false } };

    case 'expectationAdded': {
      const item: ExpectationItem = {
        id: event.expectationId,
        author: event.author,
        ref: event.ref,
        addedAt: event.at,
        mark: null,
        markedAt: null,
      };
      return { ...state, expectations: [...state.expectations, item] };
    }
    case 'expectationMarked':
      return {
        ...state,
        expectations: updateWhere(
          state.expectations,
          (item) => item.id === event.expectationId,
          (item) => ({ ...item, mark: event.mark, markedAt: event.at }),
        ),
      };
    case 'lieRecorded': {
      const count = state.lies.count + 1;
      return {
        ...state,
        lies: {
          count,
          status: lieStatus(count),
          entries: [
            ...state.lies.entries,
            { id: event.lieId, ref: event.ref, admitted: event.admitted, at: event.at },
          ],
        },
      };
    }
    case 'reflectionSubmitted':
      return {
        ...state,
        reflection: {
          ...state.reflection,
          reflectedAt: { ...state.reflection.reflectedAt, [event.role]: event.at },
        },
      };
    case 'fullPathChosen':
      return {
        ...state,
        reflection: {
          ...state.reflection,
          fullPathChosen: { ...state.reflection.fullPathChosen, [event.role]: true },
        },
      };
    case 'fullPathOpened':
      return { ...state, path: 'full' };
  }
}
