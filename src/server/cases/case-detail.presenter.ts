import {
  nextActions,
  openInvitation,
  unansweredQuestions,
  type CaseState,
} from '../../domain/index.js';
import type { UserId } from '../../protocol/index.js';
import type { CaseDetail } from '../../protocol/index.js';
import type { MemberCaseRow } from './case.repository.js';
import { presentCase } from './case.presenter.js';

export interface DetailContext {
  readonly row: MemberCaseRow;
  readonly state: CaseState;
  readonly seq: number;
  readonly viewer: UserId;
  readonly names: ReadonlyMap<string, string>;
  readonly online: readonly string[];
  readonly now: Date;
}

/** A case's standing for one member: each field chosen, no written content. */
export function presentCaseDetail(context: DetailContext): CaseDetail {
  const { state, viewer, now } = context;
  const invitation = openInvitation(state, now);
  const next = nextActions(state, viewer, now);
  const { exercises } = state;
  return {
    ...presentCase(context.row),
    status: state.status,
    path: state.path,
    members: state.members.map((member) => ({
      role: member.role,
      displayName: context.names.get(member.userId) ?? 'Someone',
      isMe: member.userId === viewer,
      online: context.online.includes(member.userId),
    })),
    openInvitation:
      invitation === undefined || invitation.invitedBy !== viewer
        ? null
        : { expiresAt: invitation.expiresAt, inviteeRole: invitation.inviteeRole },
    next: { todo: [...next.todo], waitingFor: [...next.waitingFor] },
    progress: {
      disclosure: {
        sent:
          state.disclosure.sentAt !== null &&
          (state.disclosure.deliveredAt !== null || state.openedBy === viewer),
        delivered: state.disclosure.deliveredAt !== null,
        acknowledged: state.disclosure.acknowledgedAt !== null,
        openQuestions: unansweredQuestions(state),
      },
      coolingUntil: state.reaction.coolingUntil,
      ready: { amender: state.readiness.amender !== null, hurt: state.readiness.hurt !== null },
      conversationOpen: state.conversation.openedAt !== null,
      causesSubmitted: {
        amender: exercises.causes.amender !== null,
        hurt: exercises.causes.hurt !== null,
      },
      causesRevealed:
        exercises.causesRevealed === null
          ? null
          : {
              agreed: [...exercises.causesRevealed.agreed],
              onlyAmender: [...exercises.causesRevealed.onlyAmender],
              onlyHurt: [...exercises.causesRevealed.onlyHurt],
            },
      ownMistakes: {
        amender: exercises.ownMistakes.filter((mistake) => mistake.by === 'amender').length,
        hurt: exercises.ownMistakes.filter((mistake) => mistake.by === 'hurt').length,
      },
      roleSwap: {
        amender: {
          written: exercises.roleSwap.amender !== null,
          rating: exercises.roleSwap.amender?.rating ?? null,
        },
        hurt: {
          written: exercises.roleSwap.hurt !== null,
          rating: exercises.roleSwap.hurt?.rating ?? null,
        },
      },
      apologies: state.apology.history.map((apology) => ({
        id: apology.id,
        sentAt: apology.sentAt,
        answer: apology.answer,
      })),
      apologyDoorClosed: state.apology.doorClosed,
      lies: { count: state.lies.count, status: state.lies.status },
    },
    lastSeq: context.seq,
  };
}
