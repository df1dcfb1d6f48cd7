import { describe, expect, it } from 'vitest';
import type { UserId } from '../protocol/index.js';
import type { CaseState } from './case-state.js';
import type { CaseCommand, CommandOf } from './commands.js';
import { decide } from './decide.js';
import {
  AMENDER,
  BLANK,
  HURT,
  STRANGER,
  apologyOpen,
  apologySent,
  apply,
  at,
  conversationOpen,
  id,
  opened,
  outcome,
  ref,
} from './test-fixtures.js';

const send = (name: string): CommandOf<'sendApology'> => ({
  type: 'sendApology',
  apologyId: id(name),
  ref: ref(name),
});
const answer = (
  answer: 'forgive' | 'not_yet' | 'cant',
  missing?: string,
): CommandOf<'answerApology'> => ({
  type: 'answerApology',
  apologyId: id('apology-1'),
  answer,
  ...(missing === undefined ? {} : { missingRef: ref(missing) }),
});

describe('step 3, the apology: accepted transitions', () => {
  it('keeps a private draft from the first minute (practice alone)', () => {
    expect(
      apply(opened(), { type: 'draftApology', ref: ref('draft') }, AMENDER).state.apology.draftRef,
    ).toBe(ref('draft'));
  });

  it('lets a new apology follow a "not yet", and keeps the history', () => {
    const notYet = apply(apologySent(), answer('not_yet', 'own it'), HURT, at(51));
    const second = apply(notYet, send('apology-2'), AMENDER, at(52));
    expect(second.state.apology.history).toEqual([
      {
        id: id('apology-1'),
        ref: ref('apology-1'),
        sentAt: at(50).toISOString(),
        answer: 'not_yet',
        missingRef: ref('own it'),
        answeredAt: at(51).toISOString(),
      },
      {
        id: id('apology-2'),
        ref: ref('apology-2'),
        sentAt: at(52).toISOString(),
        answer: null,
        missingRef: null,
        answeredAt: null,
      },
    ]);
  });

  it('moves the case to step 4 (sincerity) on "I forgive you"', () => {
    const forgiven = apply(apologySent(), answer('forgive'), HURT, at(51));
    expect(forgiven.state.step).toBe('sincerity');
    expect(forgiven.events.at(-1)).toMatchObject({
      type: 'stepOpened',
      step: 'sincerity',
      from: 'apology',
      by: HURT,
    });
  });

  it('after "I can\'t", waits until the hurt partner opens the door again', () => {
    const cant = apply(apologySent(), answer('cant'), HURT, at(51));
    expect(cant.state.step).toBe('apology');
    expect(outcome(decide(cant.state, send('apology-2'), AMENDER, at(52)))).toBe('not_ready');
    const welcomed = apply(cant, { type: 'welcomeNewApology' }, HURT, at(53));
    expect(outcome(decide(welcomed.state, send('apology-2'), AMENDER, at(54)))).toBe('accepted');
  });
});

describe('step 3, the apology: refused transitions', () => {
  const notYet = apply(apologySent(), answer('not_yet', 'x'), HURT).state;
  const forgiven = apply(apologySent(), answer('forgive'), HURT).state;
  const cant = apply(apologySent(), answer('cant'), HURT).state;
  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    [
      'a draft by the hurt partner',
      opened().state,
      HURT,
      { type: 'draftApology', ref: ref('x') },
      'not_member',
    ],
    [
      'a draft by the hurt partner in the case',
      apologyOpen().state,
      HURT,
      { type: 'draftApology', ref: ref('x') },
      'wrong_role',
    ],
    ['a blank draft', opened().state, AMENDER, { type: 'draftApology', ref: BLANK }, 'invalid'],
    [
      'a draft after forgiveness',
      forgiven,
      AMENDER,
      { type: 'draftApology', ref: ref('x') },
      'already_done',
    ],
    ['sending before step 3', conversationOpen().state, AMENDER, send('a'), 'wrong_step'],
    ['sending when practising alone', opened().state, AMENDER, send('a'), 'wrong_step'],
    ['sending by the hurt partner', apologyOpen().state, HURT, send('a'), 'wrong_role'],
    ['sending by a stranger', apologyOpen().state, STRANGER, send('a'), 'not_member'],
    [
      'sending while one waits for an answer',
      apologySent().state,
      AMENDER,
      send('apology-2'),
      'not_ready',
    ],
    ['sending after forgiveness', forgiven, AMENDER, send('apology-2'), 'already_done'],
    ['sending after "I can\'t"', cant, AMENDER, send('apology-2'), 'not_ready'],
    ['sending an id already used', notYet, AMENDER, send('apology-1'), 'already_done'],
    [
      'sending a blank apology',
      apologyOpen().state,
      AMENDER,
      { type: 'sendApology', apologyId: id('a'), ref: BLANK },
      'invalid',
    ],
    ['answering by the amender', apologySent().state, AMENDER, answer('forgive'), 'wrong_role'],
    ['answering before step 3', conversationOpen().state, HURT, answer('forgive'), 'wrong_step'],
    ['answering an unknown apology', apologyOpen().state, HURT, answer('forgive'), 'not_found'],
    ['answering twice', notYet, HURT, answer('forgive'), 'already_done'],
    ['"not yet" without what is missing', apologySent().state, HURT, answer('not_yet'), 'invalid'],
    [
      'a blank "what is missing"',
      apologySent().state,
      HURT,
      { ...answer('not_yet'), missingRef: BLANK },
      'invalid',
    ],
    [
      'an answer outside the three',
      apologySent().state,
      HURT,
      { ...answer('forgive'), answer: 'maybe' as 'forgive' },
      'invalid',
    ],
    ['welcoming by the amender', cant, AMENDER, { type: 'welcomeNewApology' }, 'wrong_role'],
    [
      'welcoming when the door is open',
      notYet,
      HURT,
      { type: 'welcomeNewApology' },
      'already_done',
    ],
    ['welcoming after forgiveness', forgiven, HURT, { type: 'welcomeNewApology' }, 'already_done'],
    [
      'welcoming before step 3',
      conversationOpen().state,
      HURT,
      { type: 'welcomeNewApology' },
      'wrong_step',
    ],
  ])('refuses %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, at(60)))).toBe(code);
  });

  it("says kindly that the step isn't open yet", () => {
    const decision = decide(conversationOpen().state, send('a'), AMENDER, at(60));
    expect(decision.ok ? '' : decision.error.message).toBe("This step isn't open yet.");
  });
});
