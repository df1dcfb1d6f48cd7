import { describe, expect, it } from 'vitest';
import type { UserId } from '../protocol/index.js';
import type { CaseState } from './case-state.js';
import type { CaseCommand, CommandOf } from './commands.js';
import { decide } from './decide.js';
import {
  AMENDER,
  BLANK,
  HURT,
  MEDIATOR,
  STRANGER,
  T0,
  acknowledged,
  apply,
  at,
  conversationOpen,
  days,
  id,
  joined,
  joinedWithoutDisclosure,
  outcome,
  ref,
  withMediator,
} from './test-fixtures.js';

const react: CommandOf<'writeReaction'> = {
  type: 'writeReaction',
  reactionId: id('r1'),
  ref: ref('anger'),
  private: true,
};
const ready: CommandOf<'markReady'> = { type: 'markReady' };
const message: CommandOf<'sendMessage'> = {
  type: 'sendMessage',
  messageId: id('msg1'),
  ref: ref('hello'),
};
const cooling = (until: Date | string): CommandOf<'chooseCoolingPeriod'> => ({
  type: 'chooseCoolingPeriod',
  until: typeof until === 'string' ? until : until.toISOString(),
});

describe('step 2, the reaction space', () => {
  it('takes the hurt partner’s writing, private or shared, once the disclosure reached them', () => {
    const walk = apply(
      apply(joined(), react, HURT, at(11)),
      { ...react, reactionId: id('r2'), private: false },
      HURT,
      at(12),
    );
    expect(walk.state.reaction.entries.map((entry) => entry.private)).toEqual([true, false]);
  });

  const written = apply(joined(), react, HURT).state;
  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    ['by the amender', joined().state, AMENDER, react, 'wrong_role'],
    ['by a stranger', joined().state, STRANGER, react, 'not_member'],
    ['before the disclosure arrived', joinedWithoutDisclosure().state, HURT, react, 'not_ready'],
    ['blank', joined().state, HURT, { ...react, ref: BLANK }, 'invalid'],
    ['saved twice', written, HURT, react, 'already_done'],
  ])('refuses a reaction %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, T0))).toBe(code);
  });
});

describe('step 2, the cooling period and the readiness check (clock-dependent)', () => {
  const cooled = apply(acknowledged(), cooling(days(3)), HURT, at(30));

  it('stores the cooling period the hurt partner chose', () => {
    expect(cooled.state.reaction.coolingUntil).toBe(days(3).toISOString());
    expect(
      apply(acknowledged(), cooling('2030-03-02T09:00:00+00:00'), HURT, at(30)).state.reaction
        .coolingUntil,
    ).toBe('2030-03-02T09:00:00.000Z');
  });

  it('refuses readiness during the cooling period, from either partner', () => {
    const justBefore = new Date(days(3).getTime() - 1);
    expect(outcome(decide(cooled.state, ready, AMENDER, justBefore))).toBe('cooling');
    expect(outcome(decide(cooled.state, ready, HURT, justBefore))).toBe('cooling');
    const decision = decide(cooled.state, ready, AMENDER, at(40));
    expect(decision.ok ? '' : decision.error.message).toContain(
      'The pause your partner chose is not over yet.',
    );
  });

  it('opens the conversation at the second "ready" once the cooling period is over', () => {
    const first = apply(cooled, ready, AMENDER, days(3));
    expect(first.state.conversation.openedAt).toBeNull();
    expect(first.state.readiness.amender).toBe(days(3).toISOString());
    const second = apply(first, ready, HURT, days(4));
    expect(second.events.slice(-2).map((event) => event.type)).toEqual([
      'readinessMarked',
      'conversationOpened',
    ]);
    expect(second.state.conversation.openedAt).toBe(days(4).toISOString());
  });

  it('opens without a cooling period when the hurt partner chose none', () => {
    expect(conversationOpen().state.conversation.openedAt).toBe(at(31).toISOString());
    expect(apply(acknowledged(), cooling(at(30)), HURT, at(30)).state.reaction.coolingUntil).toBe(
      at(30).toISOString(),
    );
  });

  it('asks both again when the hurt partner chooses a new cooling period', () => {
    const amenderReady = apply(acknowledged(), ready, AMENDER, at(30));
    const again = apply(amenderReady, cooling(days(1)), HURT, at(31));
    expect(again.state.readiness).toEqual({ amender: null, hurt: null });
  });

  const amenderReady = apply(acknowledged(), ready, AMENDER, at(30)).state;
  it.each<[string, CaseState, UserId, CaseCommand, Date, string]>([
    [
      'cooling chosen by the amender',
      acknowledged().state,
      AMENDER,
      cooling(days(1)),
      at(30),
      'wrong_role',
    ],
    ['cooling before step 2', joined().state, HURT, cooling(days(1)), at(30), 'wrong_step'],
    [
      'cooling once the conversation is open',
      conversationOpen().state,
      HURT,
      cooling(days(1)),
      at(40),
      'already_done',
    ],
    ['cooling ending in the past', acknowledged().state, HURT, cooling(at(29)), at(30), 'invalid'],
    [
      'cooling longer than 90 days',
      acknowledged().state,
      HURT,
      cooling(days(91)),
      at(30),
      'invalid',
    ],
    [
      'cooling with no valid date',
      acknowledged().state,
      HURT,
      cooling('next week'),
      at(30),
      'invalid',
    ],
    [
      'cooling by a stranger',
      acknowledged().state,
      STRANGER,
      cooling(days(1)),
      at(30),
      'not_member',
    ],
    ['ready before step 2', joined().state, AMENDER, ready, at(30), 'wrong_step'],
    ['ready twice', amenderReady, AMENDER, ready, at(31), 'already_done'],
    [
      'ready once the conversation is open',
      conversationOpen().state,
      HURT,
      ready,
      at(40),
      'already_done',
    ],
    ['ready from a stranger', acknowledged().state, STRANGER, ready, at(30), 'not_member'],
    [
      'ready from a mediator',
      withMediator(acknowledged().state),
      MEDIATOR,
      ready,
      at(30),
      'wrong_role',
    ],
  ])('refuses %s', (_name, state, actor, command, now, code) => {
    expect(outcome(decide(state, command, actor, now))).toBe(code);
  });
});

describe('step 2, the live conversation', () => {
  it('accepts messages from both once open', () => {
    const walk = apply(
      apply(conversationOpen(), message, AMENDER, at(40)),
      { ...message, messageId: id('msg2') },
      HURT,
      at(41),
    );
    expect(walk.state.conversation.messageCount).toBe(2);
  });

  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    ['before both are ready', acknowledged().state, AMENDER, message, 'not_ready'],
    ['before step 2', joined().state, HURT, message, 'wrong_step'],
    ['from a stranger', conversationOpen().state, STRANGER, message, 'not_member'],
    ['blank', conversationOpen().state, HURT, { ...message, ref: BLANK }, 'invalid'],
    ['without id', conversationOpen().state, HURT, { ...message, messageId: id('') }, 'invalid'],
  ])('refuses a message %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, at(40)))).toBe(code);
  });

  it('explains when the conversation opens', () => {
    const decision = decide(acknowledged().state, message, AMENDER, at(40));
    expect(decision.ok ? '' : decision.error.message).toBe(
      "The conversation opens when you both say you're ready.",
    );
  });
});
