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
  acknowledged,
  apologyOpen,
  apply,
  at,
  conversationOpen,
  id,
  joined,
  outcome,
  ref,
  withMediator,
} from './test-fixtures.js';

const list = (...causes: ('betrayal' | 'lie' | 'jealousy')[]): CommandOf<'submitCausesList'> => ({
  type: 'submitCausesList',
  causes,
});
const mistake: CommandOf<'nameOwnMistake'> = {
  type: 'nameOwnMistake',
  mistakeId: id('m1'),
  ref: ref('mine'),
};
const story: CommandOf<'writeRoleSwapStory'> = {
  type: 'writeRoleSwapStory',
  ref: ref('your story'),
};
const rate = (rating: number): CommandOf<'rateRoleSwap'> => ({
  type: 'rateRoleSwap',
  rating,
  commentRef: ref('close'),
});

describe('step 2, the causes exercise', () => {
  it('keeps the first list private and reveals both together with agreement and difference', () => {
    const first = apply(
      conversationOpen(),
      { ...list('betrayal', 'lie'), noteRef: ref('note') },
      AMENDER,
      at(40),
    );
    expect(first.state.exercises.causesRevealed).toBeNull();
    expect(first.state.exercises.causes.amender).toMatchObject({
      causes: ['betrayal', 'lie'],
      noteRef: ref('note'),
    });
    const both = apply(first, list('jealousy', 'betrayal'), HURT, at(41));
    expect(both.events.at(-1)).toMatchObject({
      type: 'causesRevealed',
      amender: ['betrayal', 'lie'],
      hurt: ['jealousy', 'betrayal'],
      comparison: { agreed: ['betrayal'], onlyAmender: ['lie'], onlyHurt: ['jealousy'] },
    });
  });
});

describe('step 2, own mistakes and the role swap', () => {
  it('takes several own mistakes from each partner', () => {
    const walk = [id('m1'), id('m2')].reduce(
      (current, mistakeId) => apply(current, { ...mistake, mistakeId }, HURT, at(40)),
      conversationOpen(),
    );
    expect(walk.state.exercises.ownMistakes.map((item) => item.by)).toEqual(['hurt', 'hurt']);
  });

  it('lets each rate, 1 to 5 with a comment, the story the other wrote', () => {
    const walk = apply(apply(conversationOpen(), story, AMENDER, at(40)), rate(5), HURT, at(41));
    expect(walk.state.exercises.roleSwap.amender).toEqual({
      storyRef: ref('your story'),
      writtenAt: at(40).toISOString(),
      rating: 5,
      commentRef: ref('close'),
      ratedAt: at(41).toISOString(),
    });
    expect(walk.state.exercises.roleSwap.hurt).toBeNull();
  });

  it('opens the apology step only with the last exercise done', () => {
    const walk = apologyOpen();
    expect(walk.state.step).toBe('apology');
    expect(walk.events.at(-1)).toMatchObject({
      type: 'stepOpened',
      step: 'apology',
      from: 'conversation',
      by: AMENDER,
    });
  });
});

describe('step 2 exercises: refused transitions', () => {
  const open = conversationOpen().state;
  const listed = apply(conversationOpen(), list('lie'), HURT).state;
  const named = apply(conversationOpen(), mistake, HURT).state;
  const written = apply(conversationOpen(), story, AMENDER).state;
  const rated = apply(apply(conversationOpen(), story, AMENDER), rate(3), HURT).state;
  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    ['a list before step 2', joined().state, HURT, list('lie'), 'wrong_step'],
    ['a list before the conversation opened', acknowledged().state, HURT, list('lie'), 'not_ready'],
    ['a second list', listed, HURT, list('betrayal'), 'already_done'],
    ['an empty list', open, HURT, list(), 'invalid'],
    ['a list naming a cause twice', open, HURT, list('lie', 'lie'), 'invalid'],
    ['a blank note', open, HURT, { ...list('lie'), noteRef: BLANK }, 'invalid'],
    ['a list from a stranger', open, STRANGER, list('lie'), 'not_member'],
    ['a list from a mediator', withMediator(open), MEDIATOR, list('lie'), 'wrong_role'],
    [
      'a mistake before the conversation opened',
      acknowledged().state,
      AMENDER,
      mistake,
      'not_ready',
    ],
    ['a blank mistake', open, AMENDER, { ...mistake, ref: BLANK }, 'invalid'],
    ['a mistake without id', open, AMENDER, { ...mistake, mistakeId: id('') }, 'invalid'],
    ['the same mistake twice', named, AMENDER, mistake, 'already_done'],
    ['a story before the conversation opened', acknowledged().state, AMENDER, story, 'not_ready'],
    ['a second story', written, AMENDER, story, 'already_done'],
    ['a blank story', open, AMENDER, { ...story, ref: BLANK }, 'invalid'],
    ['a rating with no story to rate', written, AMENDER, rate(3), 'not_ready'],
    ['a rating given twice', rated, HURT, rate(4), 'already_done'],
    ['a rating of 0', written, HURT, rate(0), 'invalid'],
    ['a rating of 6', written, HURT, rate(6), 'invalid'],
    ['a rating of 2.5', written, HURT, rate(2.5), 'invalid'],
    [
      'a blank comment',
      written,
      HURT,
      { type: 'rateRoleSwap', rating: 3, commentRef: BLANK },
      'invalid',
    ],
    ['a rating before the conversation opened', acknowledged().state, HURT, rate(3), 'not_ready'],
  ])('refuses %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, at(45)))).toBe(code);
  });
});
