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
  id,
  invited,
  joined,
  joinedWithoutDisclosure,
  opened,
  outcome,
  ref,
  withMediator,
} from './test-fixtures.js';

const send: CommandOf<'sendDisclosure'> = {
  type: 'sendDisclosure',
  ref: ref('truth'),
  wholeTruthConfirmed: true,
};
const ask: CommandOf<'askQuestion'> = {
  type: 'askQuestion',
  questionId: id('q1'),
  ref: ref('why'),
};
const answer: CommandOf<'answerQuestion'> = {
  type: 'answerQuestion',
  questionId: id('q1'),
  ref: ref('because'),
};

describe('step 1, the disclosure: accepted transitions', () => {
  it('keeps a private draft, even when practising alone', () => {
    const walk = apply(opened(), { type: 'draftDisclosure', ref: ref('draft') }, AMENDER);
    expect(walk.state.disclosure.draftRef).toBe(ref('draft'));
  });

  it('sends before the hurt partner joined without delivering it', () => {
    const walk = apply(invited(), send, AMENDER, at(1));
    expect(walk.state.disclosure).toMatchObject({
      sentRef: ref('truth'),
      wholeTruthConfirmed: true,
      deliveredAt: null,
    });
  });

  it('lets an undelivered disclosure be replaced by a new version', () => {
    const walk = apply(
      apply(opened(), send, AMENDER),
      { ...send, ref: ref('truth, all of it') },
      AMENDER,
      at(1),
    );
    expect(walk.state.disclosure.sentRef).toBe(ref('truth, all of it'));
  });

  it('delivers at once when the hurt partner is already in', () => {
    const walk = apply(joinedWithoutDisclosure(), send, AMENDER, at(20));
    expect(walk.events.slice(-2).map((event) => event.type)).toEqual([
      'disclosureSent',
      'disclosureDelivered',
    ]);
    expect(walk.state.disclosure.deliveredAt).toBe(at(20).toISOString());
  });

  it('opens step 2 when the hurt partner acknowledges', () => {
    const walk = acknowledged();
    expect(walk.state.step).toBe('conversation');
    expect(walk.events.slice(-2)).toEqual([
      { type: 'disclosureAcknowledged', at: at(20).toISOString(), by: HURT },
      {
        type: 'stepOpened',
        at: at(20).toISOString(),
        by: HURT,
        step: 'conversation',
        from: 'disclosure',
      },
    ]);
  });

  it('keeps a thread of questions and answers, before or after the acknowledgement', () => {
    const before = apply(joined(), ask, HURT, at(11));
    const after = apply(apply(acknowledged(), ask, HURT, at(21)), answer, AMENDER, at(22));
    expect(before.state.disclosure.questions).toHaveLength(1);
    expect(after.state.disclosure.questions).toEqual([
      {
        id: id('q1'),
        ref: ref('why'),
        askedAt: at(21).toISOString(),
        answerRef: ref('because'),
        answeredAt: at(22).toISOString(),
      },
    ]);
  });
});

describe('step 1, the disclosure: refused transitions', () => {
  const asked = apply(joined(), ask, HURT).state;
  const answered = apply(apply(joined(), ask, HURT), answer, AMENDER).state;
  const reflection = opened(['no_initial_trust']).state;
  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    [
      'a draft by the hurt partner',
      joined().state,
      HURT,
      { type: 'draftDisclosure', ref: ref('x') },
      'wrong_role',
    ],
    [
      'a draft by a stranger',
      joined().state,
      STRANGER,
      { type: 'draftDisclosure', ref: ref('x') },
      'not_member',
    ],
    [
      'a draft by a mediator',
      withMediator(joined().state),
      MEDIATOR,
      { type: 'draftDisclosure', ref: ref('x') },
      'wrong_role',
    ],
    ['a blank draft', opened().state, AMENDER, { type: 'draftDisclosure', ref: BLANK }, 'invalid'],
    [
      'a draft after delivery',
      joined().state,
      AMENDER,
      { type: 'draftDisclosure', ref: ref('x') },
      'already_done',
    ],
    ['sending by the hurt partner', joinedWithoutDisclosure().state, HURT, send, 'wrong_role'],
    [
      'sending without "whole truth"',
      opened().state,
      AMENDER,
      { ...send, wholeTruthConfirmed: false },
      'invalid',
    ],
    ['sending nothing', opened().state, AMENDER, { ...send, ref: BLANK }, 'invalid'],
    ['sending again after delivery', joined().state, AMENDER, send, 'already_done'],
    ['sending on the reflection path', reflection, AMENDER, send, 'wrong_step'],
    [
      'acknowledging by the amender',
      joined().state,
      AMENDER,
      { type: 'acknowledgeDisclosure' },
      'wrong_role',
    ],
    [
      'acknowledging before it was sent',
      joinedWithoutDisclosure().state,
      HURT,
      { type: 'acknowledgeDisclosure' },
      'not_ready',
    ],
    [
      'acknowledging twice',
      acknowledged().state,
      HURT,
      { type: 'acknowledgeDisclosure' },
      'already_done',
    ],
    [
      'acknowledging by a stranger',
      joined().state,
      STRANGER,
      { type: 'acknowledgeDisclosure' },
      'not_member',
    ],
    ['a question by the amender', joined().state, AMENDER, ask, 'wrong_role'],
    ['a question before delivery', joinedWithoutDisclosure().state, HURT, ask, 'not_ready'],
    ['a question asked twice', asked, HURT, ask, 'already_done'],
    ['a blank question', joined().state, HURT, { ...ask, ref: BLANK }, 'invalid'],
    ['a question without id', joined().state, HURT, { ...ask, questionId: id(' ') }, 'invalid'],
    ['an answer by the hurt partner', asked, HURT, answer, 'wrong_role'],
    ['an answer to an unknown question', joined().state, AMENDER, answer, 'not_found'],
    ['an answer given twice', answered, AMENDER, answer, 'already_done'],
    ['a blank answer', asked, AMENDER, { ...answer, ref: BLANK }, 'invalid'],
  ])('%s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, T0))).toBe(code);
  });

  it('says kindly who may acknowledge', () => {
    const decision = decide(joined().state, { type: 'acknowledgeDisclosure' }, AMENDER, T0);
    expect(decision.ok ? '' : decision.error.message).toBe(
      'Only the person who was hurt can acknowledge the disclosure.',
    );
  });
});
