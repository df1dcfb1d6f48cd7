import { describe, expect, it } from 'vitest';
import {
  INVITATION_TTL_DAYS,
  invitationExpiry,
  inviteeRoleFor,
  isInvitationOpen,
  isValidTtl,
  openInvitation,
} from './invitation.js';
import { HURT, INVITE, T0, apply, days, invited, joined } from './test-fixtures.js';

describe('invitations (pure rules, the clock passed in)', () => {
  it('expires after 7 days by default, or after the chosen number of days', () => {
    expect(INVITATION_TTL_DAYS).toBe(7);
    expect(invitationExpiry(T0)).toBe(days(7).toISOString());
    expect(invitationExpiry(T0, 1)).toBe(days(1).toISOString());
  });

  it('accepts lifetimes of 1 to 30 whole days', () => {
    expect([1, 30].map(isValidTtl)).toEqual([true, true]);
    expect([0, 31, 2.5, Number.NaN].map(isValidTtl)).toEqual([false, false, false, false]);
  });

  it('gives the invitee the other role', () => {
    expect(inviteeRoleFor('amender')).toBe('hurt');
    expect(inviteeRoleFor('hurt')).toBe('amender');
  });

  it('is open until used, replaced or expired', () => {
    const walk = invited();
    const [invitation] = walk.state.invitations;
    if (invitation === undefined) throw new Error('no invitation');
    expect(isInvitationOpen(invitation, days(6))).toBe(true);
    expect(isInvitationOpen(invitation, days(7))).toBe(false);
    expect(openInvitation(walk.state, T0)?.id).toBe(INVITE);
    expect(openInvitation(walk.state, days(8))).toBeUndefined();
    expect(openInvitation(joined().state, T0)).toBeUndefined();
    const used = apply(walk, { type: 'joinCase', invitationId: INVITE }, HURT).state.invitations[0];
    expect(used === undefined ? true : isInvitationOpen(used, T0)).toBe(false);
  });
});
