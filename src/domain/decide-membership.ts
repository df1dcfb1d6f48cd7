import type { UserId } from '../protocol/index.js';
import { bothPartnersIn, isAlone } from './case-queries.js';
import type { CaseState } from './case-state.js';
import { isValidDiagnosis } from './causes.js';
import { accepted } from './commands.js';
import type { Decision, MembershipCommand } from './commands.js';
import type { CaseEvent } from './events.js';
import { asPartner, refuseIfBlank, refuseIfClosed } from './guards.js';
import {
  findInvitation,
  invitationExpiry,
  inviteeRoleFor,
  isValidTtl,
  refuseInvitation,
} from './invitation.js';
import type { InvitationId } from './ids.js';
import { refuse } from './result.js';

const DIAGNOSIS_HINT = 'Please choose at least one thing that broke the trust, each at most once.';

type Open = Extract<MembershipCommand, { type: 'openCase' }>;

/** Opens a case: the opener chooses the causes (the diagnosis) and their own role. */
export function decideOpenCase(
  state: CaseState | undefined,
  command: Open,
  actor: UserId,
  at: string,
): Decision {
  if (state !== undefined) return refuse('already_done', 'This case is already open.');
  const blank = refuseIfBlank(command.caseId, 'an id for the case');
  if (blank !== undefined) return blank;
  if (!isValidDiagnosis(command.causes)) return refuse('invalid', DIAGNOSIS_HINT);
  return accepted({
    type: 'caseOpened',
    at,
    by: actor,
    caseId: command.caseId,
    causes: command.causes,
    role: command.role,
  });
}

/** Decides the membership commands (diagnosis, invitation, pause, resume, leave) on an open case. */
export function decideMembership(
  state: CaseState,
  command: Exclude<MembershipCommand, Open>,
  actor: UserId,
  now: Date,
): Decision {
  const at = now.toISOString();
  switch (command.type) {
    case 'changeCauses': {
      const partner = asPartner(state, actor, 'change the diagnosis');
      if (!partner.ok) return partner;
      if (!isAlone(state)) {
        return refuse(
          'wrong_step',
          'The diagnosis can change only while you practise alone, before your partner joins.',
        );
      }
      if (!isValidDiagnosis(command.causes)) return refuse('invalid', DIAGNOSIS_HINT);
      return accepted({ type: 'causesChanged', at, by: actor, causes: command.causes });
    }
    case 'invitePartner': {
      const partner = asPartner(state, actor, 'invite a partner');
      if (!partner.ok) return partner;
      if (bothPartnersIn(state))
        return refuse('already_done', 'Your partner is already in this case.');
      const ttlDays = command.ttlDays;
      if (ttlDays !== undefined && !isValidTtl(ttlDays)) {
        return refuse('invalid', 'An invitation can last from 1 to 30 whole days.');
      }
      const blank = refuseIfBlank(command.invitationId, 'an id for the invitation');
      if (blank !== undefined) return blank;
      if (findInvitation(state, command.invitationId) !== undefined) {
        return refuse('invalid', 'That invitation id is already in use.');
      }
      return accepted({
        type: 'partnerInvited',
        at,
        by: actor,
        invitationId: command.invitationId,
        inviterRole: partner.value,
        inviteeRole: inviteeRoleFor(partner.value),
        expiresAt: invitationExpiry(now, ttlDays),
      });
    }
    case 'joinCase':
      return decideJoin(state, command.invitationId, actor, now);
    case 'pauseCase': {
      const partner = asPartner(state, actor, 'pause the case', true);
      if (!partner.ok) return partner;
      if (state.status === 'paused') return refuse('already_done', 'This case is already paused.');
      return accepted({ type: 'casePaused', at, by: actor });
    }
    case 'resumeCase': {
      const partner = asPartner(state, actor, 'resume the case', true);
      if (!partner.ok) return partner;
      if (state.status !== 'paused') return refuse('already_done', "This case isn't paused.");
      if (state.pausedBy !== actor) {
        return refuse(
          'wrong_role',
          'Only the person who paused the case can resume it. Take the time you both need.',
        );
      }
      return accepted({ type: 'caseResumed', at, by: actor });
    }
    case 'leaveCase': {
      const partner = asPartner(state, actor, 'leave the case', true);
      if (!partner.ok) return partner;
      return accepted({ type: 'caseLeft', at, by: actor });
    }
  }
}

/** Accepting an invitation binds the invitee to the other role; a sent disclosure becomes visible. */
function decideJoin(state: CaseState, id: InvitationId, actor: UserId, now: Date): Decision {
  const closed = refuseIfClosed(state);
  if (closed !== undefined) return closed;
  const invitation = findInvitation(state, id);
  const refusal = refuseInvitation(state, invitation, actor, now);
  if (refusal !== undefined || invitation === undefined) {
    return refusal ?? refuse('not_found', "This invitation link isn't valid.");
  }
  const at = now.toISOString();
  const events: CaseEvent[] = [
    {
      type: 'partnerJoined',
      at,
      by: actor,
      role: invitation.inviteeRole,
      invitationId: invitation.id,
      invitedBy: invitation.invitedBy,
    },
  ];
  // Practice alone: a disclosure sent before the hurt partner joined is shown to them only now.
  if (invitation.inviteeRole === 'hurt' && state.disclosure.sentRef !== null) {
    events.push({ type: 'disclosureDelivered', at, by: actor });
  }
  return accepted(...events);
}
