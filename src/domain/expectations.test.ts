import { describe, expect, it } from 'vitest';
import type { UserId } from '../protocol/index.js';
import type { CaseState } from './case-state.js';
import type { CaseCommand, CommandOf } from './commands.js';
import { decide } from './decide.js';
import {
  agreements,
  conversationAgenda,
  expectationsAwaitingMark,
  expectationsToMark,
} from './expectations.js';
import {
  AMENDER,
  BLANK,
  HURT,
  STRANGER,
  T0,
  acknowledged,
  apply,
  id,
  joined,
  joinedWithoutDisclosure,
  opened,
  outcome,
  ref,
} from './test-fixtures.js';
import type { Walk } from './test-fixtures.js';

const add = (name: string): CommandOf<'addExpectation'> => ({
  type: 'addExpectation',
  expectationId: id(name),
  ref: ref(name),
});
const mark = (
  name: string,
  value: 'knew' | 'didnt_know' | 'dont_agree',
): CommandOf<'markExpectation'> => ({
  type: 'markExpectation',
  expectationId: id(name),
  mark: value,
});

function mapped(): Walk {
  const steps: [CaseCommand, UserId][] = [
    [add('loyal'), HURT],
    [add('call if late'), HURT],
    [add('no checking my phone'), AMENDER],
    [mark('loyal', 'knew'), AMENDER],
    [mark('call if late', 'didnt_know'), AMENDER],
    [mark('no checking my phone', 'dont_agree'), HURT],
  ];
  return steps.reduce(
    (walk, [command, actor]) => apply(walk, command, actor),
    joinedWithoutDisclosure(['unmet_expectations']),
  );
}

describe('the expectations map', () => {
  it('turns accepted items into agreements and disputed ones into the conversation agenda', () => {
    const { state } = mapped();
    expect(agreements(state).map((item) => item.id)).toEqual([id('loyal'), id('call if late')]);
    expect(conversationAgenda(state).map((item) => item.id)).toEqual([id('no checking my phone')]);
    expect(state.expectations[0]).toMatchObject({
      author: 'hurt',
      mark: 'knew',
      markedAt: T0.toISOString(),
    });
  });

  it('lists what each still has to mark and what waits for the other', () => {
    const walk = apply(joinedWithoutDisclosure(['lie']), add('truth'), HURT);
    expect(expectationsToMark(walk.state, 'amender').map((item) => item.id)).toEqual([id('truth')]);
    expect(expectationsToMark(walk.state, 'hurt')).toEqual([]);
    expect(expectationsAwaitingMark(walk.state, 'hurt').map((item) => item.id)).toEqual([
      id('truth'),
    ]);
  });

  it('can be filled alone, before the partner joins (except after a betrayal)', () => {
    expect(outcome(decide(opened(['unmet_expectations']).state, add('x'), AMENDER, T0))).toBe(
      'accepted',
    );
  });

  it('after a betrayal, opens once the disclosure has been acknowledged', () => {
    expect(outcome(decide(joined(['betrayal']).state, add('x'), HURT, T0))).toBe('wrong_step');
    expect(outcome(decide(acknowledged(['betrayal']).state, add('x'), HURT, T0))).toBe('accepted');
  });

  const added = apply(joinedWithoutDisclosure(['jealousy']), add('loyal'), HURT).state;
  const marked = apply(
    apply(joinedWithoutDisclosure(['jealousy']), add('loyal'), HURT),
    mark('loyal', 'knew'),
    AMENDER,
  ).state;
  const betrayal = joined(['betrayal']);
  const betrayalAdded: CaseState = { ...betrayal.state, expectations: added.expectations };
  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    ['adding by a stranger', added, STRANGER, add('y'), 'not_member'],
    ['adding a blank item', added, HURT, { ...add('y'), ref: BLANK }, 'invalid'],
    ['adding without id', added, HURT, add(' '), 'invalid'],
    ['adding the same id twice', added, AMENDER, add('loyal'), 'already_done'],
    ['marking one’s own item', added, HURT, mark('loyal', 'knew'), 'wrong_role'],
    ['marking an unknown item', added, AMENDER, mark('nope', 'knew'), 'not_found'],
    ['marking twice', marked, AMENDER, mark('loyal', 'dont_agree'), 'already_done'],
    ['a mark outside the three', added, AMENDER, mark('loyal', 'maybe' as 'knew'), 'invalid'],
    [
      'marking after a betrayal before the acknowledgement',
      betrayalAdded,
      AMENDER,
      mark('loyal', 'knew'),
      'wrong_step',
    ],
  ])('refuses %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, T0))).toBe(code);
  });
});
