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
  apply,
  id,
  joined,
  joinedWithoutDisclosure,
  opened,
  outcome,
  ref,
  withMediator,
} from './test-fixtures.js';
import type { Walk } from './test-fixtures.js';

const lie = (name: string): CommandOf<'recordLie'> => ({
  type: 'recordLie',
  lieId: id(name),
  ref: ref(name),
});
const reflect: CommandOf<'submitReflection'> = {
  type: 'submitReflection',
  ref: ref('was it ever there?'),
};
const goOn: CommandOf<'chooseFullPath'> = { type: 'chooseFullPath' };

describe('the lie counter (cause: lie)', () => {
  it('counts the lie that opened a lie case, so the next one collapses trust', () => {
    const walk = joined(['lie']);
    expect(walk.state.lies).toMatchObject({ count: 1, status: 'first_forgivable' });
    const second = apply(walk, lie('another'), HURT);
    expect(second.state.lies).toMatchObject({ count: 2, status: 'collapsed' });
    expect(second.state.lies.entries[0]).toMatchObject({ admitted: false });
  });

  it('in another case, forgives the first lie and collapses at the second', () => {
    const first = apply(joined(['betrayal']), lie('one'), AMENDER);
    expect(first.state.lies).toMatchObject({ count: 1, status: 'first_forgivable' });
    expect(first.state.lies.entries[0]).toMatchObject({ admitted: true });
    expect(apply(first, lie('two'), HURT).state.lies.status).toBe('collapsed');
  });

  const recorded = apply(joined(['lie']), lie('one'), HURT).state;
  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    ['by a stranger', joined().state, STRANGER, lie('x'), 'not_member'],
    ['by a mediator', withMediator(joined().state), MEDIATOR, lie('x'), 'wrong_role'],
    ['blank', joined().state, HURT, { ...lie('x'), ref: BLANK }, 'invalid'],
    ['without id', joined().state, HURT, lie(''), 'invalid'],
    ['twice', recorded, HURT, lie('one'), 'already_done'],
  ])('refuses a lie recorded %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, T0))).toBe(code);
  });
});

describe('the reflection path (cause: no_initial_trust)', () => {
  const start = (): Walk => joinedWithoutDisclosure(['no_initial_trust']);

  it('starts on the reflection path, with the steps closed', () => {
    expect(start().state.path).toBe('reflection');
    const send: CommandOf<'sendDisclosure'> = {
      type: 'sendDisclosure',
      ref: ref('x'),
      wholeTruthConfirmed: true,
    };
    expect(outcome(decide(start().state, send, AMENDER, T0))).toBe('wrong_step');
  });

  it('lets the opener reflect alone, but going on needs both', () => {
    const alone = apply(opened(['no_initial_trust']), reflect, AMENDER);
    expect(alone.state.reflection.reflectedAt.amender).toBe(T0.toISOString());
    expect(outcome(decide(alone.state, goOn, AMENDER, T0))).toBe('waiting_for_partner');
  });

  it('opens the full path when both reflected and both chose to go on', () => {
    const both = [
      [reflect, AMENDER],
      [reflect, HURT],
      [goOn, AMENDER],
    ] as const;
    const halfway = both.reduce((walk, [command, actor]) => apply(walk, command, actor), start());
    expect(halfway.state.path).toBe('reflection');
    const open = apply(halfway, goOn, HURT);
    expect(open.events.slice(-2).map((event) => event.type)).toEqual([
      'fullPathChosen',
      'fullPathOpened',
    ]);
    expect(open.state.path).toBe('full');
    const send: CommandOf<'sendDisclosure'> = {
      type: 'sendDisclosure',
      ref: ref('x'),
      wholeTruthConfirmed: true,
    };
    expect(outcome(decide(open.state, send, AMENDER, T0))).toBe('accepted');
  });

  const reflected = apply(start(), reflect, HURT).state;
  const chosen = apply(apply(start(), reflect, HURT), goOn, HURT).state;
  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    ['a reflection on the full path', joined().state, AMENDER, reflect, 'wrong_step'],
    ['a second reflection', reflected, HURT, reflect, 'already_done'],
    [
      'a blank reflection',
      start().state,
      HURT,
      { type: 'submitReflection', ref: BLANK },
      'invalid',
    ],
    ['a reflection by a stranger', start().state, STRANGER, reflect, 'not_member'],
    ['going on before reflecting', start().state, AMENDER, goOn, 'not_ready'],
    ['going on twice', chosen, HURT, goOn, 'already_done'],
    ['going on when already on the full path', joined().state, HURT, goOn, 'already_done'],
  ])('refuses %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, T0))).toBe(code);
  });
});
