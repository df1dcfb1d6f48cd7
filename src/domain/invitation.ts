import type { PartnerRole, UserId } from '../protocol/index.js';
import type { CaseState, InvitationRecord } from './case-state.js';
import type { InvitationId } from './ids.js';
import { refuse } from './result.js';
import type { Refusal } from './result.js';

/** How long an invitation link works unless the inviter chooses otherwise. */
export const INVITATION_TTL_DAYS = 7;
/** The longest an inviter may let a link live. */
export const MAX_INVITATION_TTL_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an invitation created at `now` stops working. */
export function invitationExpiry(now: Date, ttlDays: number = INVITATION_TTL_DAYS): string {
  return new Date(now.getTime() + ttlDays * DAY_MS).toISOString();
}

/** True when a lifetime in days is a whole number between 1 and MAX_INVITATION_TTL_DAYS. */
export function isValidTtl(ttlDays: number): boolean {
  return Number.isInteger(ttlDays) && ttlDays >= 1 && ttlDays <= MAX_INVITATION_TTL_DAYS;
}

/** The invitation with this id, if the case has one. */
export function findInvitation(state: CaseState, id: InvitationId): InvitationRecord | undefined {
  return state.invitations.find((invitation) => invitation.id === id);
}

/** True when the link can still be accepted at `now`: unused, not replaced, not expired. */
export function isInvitationOpen(invitation: InvitationRecord, now: Date): boolean {
  return (
    invitation.usedBy === null &&
    !invitation.replaced &&
    now.getTime() < Date.parse(invitation.expiresAt)
  );
}

/** The invitation that still works at `now`, if any (there is at most one). */
export function openInvitation(state: CaseState, now: Date): InvitationRecord | undefined {
  return state.invitations.find((invitation) => isInvitationOpen(invitation, now));
}

/** The role an invitee receives: the other one of the two partners. */
export function inviteeRoleFor(inviterRole: PartnerRole): PartnerRole {
  return inviterRole === 'amender' ? 'hurt' : 'amender';
}

/**
 * Why `actor` cannot accept this invitation at `now`, or undefined when they can. Each refusal says
 * plainly what happened to the link, so the invitee knows to ask for a new one.
 */
export function refuseInvitation(
  state: CaseState,
  invitation: InvitationRecord | undefined,
  actor: UserId,
  now: Date,
): Refusal | undefined {
  if (invitation === undefined) {
    return refuse('not_found', "This invitation link isn't valid. Please ask for a new one.");
  }
  if (invitation.invitedBy === actor) {
    return refuse(
      'own_invitation',
      'This is your own invitation: send the link to the person you want to invite.',
    );
  }
  if (state.members.some((member) => member.userId === actor)) {
    return refuse('already_done', 'You are already a member of this case.');
  }
  if (invitation.usedBy !== null) {
    return refuse(
      'invitation_used',
      'This invitation has already been used. Please ask for a new link.',
    );
  }
  if (invitation.replaced) {
    return refuse(
      'invitation_replaced',
      'A newer invitation replaced this link. Please use the latest one you were sent.',
    );
  }
  if (now.getTime() >= Date.parse(invitation.expiresAt)) {
    return refuse(
      'invitation_expired',
      `This invitation expired on ${invitation.expiresAt.slice(0, 10)}. Please ask for a new link.`,
    );
  }
  if (state.members.some((member) => member.role === invitation.inviteeRole)) {
    return refuse('already_done', 'Someone has already joined this case in that role.');
  }
  return undefined;
}
