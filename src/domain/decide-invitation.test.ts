import { describe, expect, it } from 'vitest';
import type { UserId } from '../protocol/index.js';
import type { CaseState } from './case-state.js';
import type { CaseCommand, CommandOf } from './commands.js';
import { decide } from './decide.js';
import { invitationId } from './ids.js';
import {
  AMENDER,
  HURT,
  INVITE,
  MEDIATOR,
  STRANGER,
  T0,
  apply,
  at,
  days,
  invited,
  joined,
  joinedWithoutDisclosure,
  opened,
  outcome,
  withMembers,
} from './test-fixtures.js';

const SECOND = invitationId('invitation-2');

describe('invitePartner', () => {
  it('creates a link for the other role that expires after 7 days by default', () => {
    const walk = invited();
    expect(walk.state.invitations).toEqual([
      {
        id: INVITE,
        invitedBy: AMENDER,
        inviterRole: 'amender',
        inviteeRole: 'hurt',
        createdAt: T0.toISOString(),
        expiresAt: days(7).toISOString(),
        usedBy: null,
        usedAt: null,
        replaced: false,
      },
    ]);
  });

  it('lets the inviter choose another lifetime, and a new link replaces the unused one', () => {
    const walk = apply(
      invited(),
      { type: 'invitePartner', invitationId: SECOND, ttlDays: 2 },
      AMENDER,
      at(5),
    );
    expect(
      walk.state.invitations.map((invitation) => [invitation.id, invitation.replaced]),
    ).toEqual([
      [INVITE, true],
      [SECOND, false],
    ]);
    expect(walk.state.invitations[1]?.expiresAt).toBe(
      new Date(at(5).getTime() + 2 * 86_400_000).toISOString(),
    );
  });

  it('gives the amender role to someone invited by the hurt partner', () => {
    const walk = apply(
      opened(['lie'], 'hurt', HURT),
      { type: 'invitePartner', invitationId: INVITE },
      HURT,
    );
    expect(walk.state.invitations[0]).toMatchObject({
      inviterRole: 'hurt',
      inviteeRole: 'amender',
    });
  });

  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    [
      'a stranger',
      opened().state,
      STRANGER,
      { type: 'invitePartner', invitationId: INVITE },
      'not_member',
    ],
    [
      'when the partner is already in',
      joined().state,
      AMENDER,
      { type: 'invitePartner', invitationId: SECOND },
      'already_done',
    ],
    [
      'zero days',
      opened().state,
      AMENDER,
      { type: 'invitePartner', invitationId: INVITE, ttlDays: 0 },
      'invalid',
    ],
    [
      '31 days',
      opened().state,
      AMENDER,
      { type: 'invitePartner', invitationId: INVITE, ttlDays: 31 },
      'invalid',
    ],
    [
      'half days',
      opened().state,
      AMENDER,
      { type: 'invitePartner', invitationId: INVITE, ttlDays: 1.5 },
      'invalid',
    ],
    [
      'a blank id',
      opened().state,
      AMENDER,
      { type: 'invitePartner', invitationId: invitationId(' ') },
      'invalid',
    ],
    [
      'an id already used',
      invited().state,
      AMENDER,
      { type: 'invitePartner', invitationId: INVITE },
      'invalid',
    ],
  ])('refuses %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, T0))).toBe(code);
  });
});

describe('joinCase (accepting an invitation)', () => {
  const join: CommandOf<'joinCase'> = { type: 'joinCase', invitationId: INVITE };

  it('binds the invitee to the other role and uses up the link', () => {
    const walk = joinedWithoutDisclosure();
    expect(walk.state.members[1]).toEqual({
      userId: HURT,
      role: 'hurt',
      joinedAt: at(10).toISOString(),
      invitedBy: AMENDER,
    });
    expect(walk.state.invitations[0]).toMatchObject({ usedBy: HURT, usedAt: at(10).toISOString() });
    expect(walk.events.map((event) => event.type)).not.toContain('disclosureDelivered');
  });

  it('delivers a disclosure sent while practising alone', () => {
    expect(
      joined()
        .events.slice(-2)
        .map((event) => event.type),
    ).toEqual(['partnerJoined', 'disclosureDelivered']);
  });

  it('accepts one millisecond before the link expires', () => {
    expect(outcome(decide(invited().state, join, HURT, new Date(days(7).getTime() - 1)))).toBe(
      'accepted',
    );
  });

  const replaced = apply(invited(), { type: 'invitePartner', invitationId: SECOND }, AMENDER).state;
  const left = apply(invited(), { type: 'leaveCase' }, AMENDER).state;
  const taken = withMembers(invited().state, [
    ...invited().state.members,
    { userId: MEDIATOR, role: 'hurt', joinedAt: '', invitedBy: null },
  ]);
  it.each<[string, CaseState, UserId, CaseCommand, Date, string]>([
    [
      'an unknown link',
      invited().state,
      HURT,
      { type: 'joinCase', invitationId: SECOND },
      T0,
      'not_found',
    ],
    ['the inviter accepting their own link', invited().state, AMENDER, join, T0, 'own_invitation'],
    ['a member using it again', joined().state, HURT, join, T0, 'already_done'],
    ['a used link', joined().state, STRANGER, join, T0, 'invitation_used'],
    ['a replaced link', replaced, HURT, join, T0, 'invitation_replaced'],
    [
      'an expired link (exactly 7 days later)',
      invited().state,
      HURT,
      join,
      days(7),
      'invitation_expired',
    ],
    ['a case that was left', left, HURT, join, T0, 'closed'],
    ['a role already taken', taken, HURT, join, T0, 'already_done'],
  ])('refuses %s', (_name, state, actor, command, now, code) => {
    expect(outcome(decide(state, command, actor, now))).toBe(code);
  });

  it('says clearly when a link expired', () => {
    const decision = decide(invited().state, join, HURT, days(8));
    expect(decision.ok ? '' : decision.error.message).toBe(
      'This invitation expired on 2030-03-08. Please ask for a new link.',
    );
  });
});
