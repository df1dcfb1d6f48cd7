import { describe, expect, it } from 'vitest';
import type { UserId } from '../protocol/index.js';
import type { CaseState } from './case-state.js';
import type { CaseCommand } from './commands.js';
import { decide } from './decide.js';
import {
  AMENDER,
  CASE_ID,
  HURT,
  MEDIATOR,
  STRANGER,
  T0,
  apply,
  at,
  id,
  joined,
  opened,
  outcome,
  ref,
  withMediator,
} from './test-fixtures.js';

describe('openCase', () => {
  it('opens a case with the opener alone in the role they chose', () => {
    const walk = opened(['lie', 'jealousy'], 'hurt', HURT);
    expect(walk.state.members).toEqual([
      { userId: HURT, role: 'hurt', joinedAt: T0.toISOString(), invitedBy: null },
    ]);
    expect(walk.state).toMatchObject({
      id: CASE_ID,
      step: 'disclosure',
      status: 'active',
      path: 'full',
      causes: ['lie', 'jealousy'],
    });
  });

  it.each<[string, CaseState | undefined, CaseCommand, string]>([
    [
      'a case that is already open',
      opened().state,
      { type: 'openCase', caseId: CASE_ID, causes: ['lie'], role: 'amender' },
      'already_done',
    ],
    [
      'no causes',
      undefined,
      { type: 'openCase', caseId: CASE_ID, causes: [], role: 'amender' },
      'invalid',
    ],
    [
      'a cause twice',
      undefined,
      { type: 'openCase', caseId: CASE_ID, causes: ['lie', 'lie'], role: 'hurt' },
      'invalid',
    ],
    [
      'a blank id',
      undefined,
      { type: 'openCase', caseId: '' as typeof CASE_ID, causes: ['lie'], role: 'hurt' },
      'invalid',
    ],
  ])('refuses %s', (_name, state, command, code) => {
    expect(outcome(decide(state, command, AMENDER, T0))).toBe(code);
  });

  it('refuses any other command before the case exists', () => {
    expect(outcome(decide(undefined, { type: 'pauseCase' }, AMENDER, T0))).toBe('not_found');
  });

  it('refuses an invalid clock', () => {
    expect(outcome(decide(opened().state, { type: 'pauseCase' }, AMENDER, new Date('nope')))).toBe(
      'invalid',
    );
  });
});

describe('changeCauses (practice alone: the diagnosis)', () => {
  it('changes the diagnosis while alone and recomputes the plan', () => {
    const walk = apply(
      opened(['betrayal']),
      { type: 'changeCauses', causes: ['no_initial_trust', 'lie'] },
      AMENDER,
    );
    expect(walk.state.causes).toEqual(['no_initial_trust', 'lie']);
    expect(walk.state.path).toBe('reflection');
    expect(walk.state.lies).toMatchObject({ count: 1, status: 'first_forgivable' });
  });

  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    [
      'a stranger',
      opened().state,
      STRANGER,
      { type: 'changeCauses', causes: ['lie'] },
      'not_member',
    ],
    [
      'after the partner joined',
      joined().state,
      AMENDER,
      { type: 'changeCauses', causes: ['lie'] },
      'wrong_step',
    ],
    [
      'an empty diagnosis',
      opened().state,
      AMENDER,
      { type: 'changeCauses', causes: [] },
      'invalid',
    ],
    [
      'a mediator',
      withMediator(opened().state),
      MEDIATOR,
      { type: 'changeCauses', causes: ['lie'] },
      'wrong_role',
    ],
  ])('refuses %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, T0))).toBe(code);
  });
});

describe('pause, resume and leave', () => {
  const paused = apply(joined(), { type: 'pauseCase' }, HURT, at(20));
  it('pauses and resumes by the same person', () => {
    expect(paused.state).toMatchObject({ status: 'paused', pausedBy: HURT });
    expect(apply(paused, { type: 'resumeCase' }, HURT, at(30)).state).toMatchObject({
      status: 'active',
      pausedBy: null,
    });
  });

  it('lets either partner leave, even while paused, which closes the case', () => {
    expect(apply(paused, { type: 'leaveCase' }, AMENDER, at(30)).state).toMatchObject({
      status: 'left',
      leftBy: AMENDER,
    });
  });

  const left = apply(joined(), { type: 'leaveCase' }, HURT).state;
  const settled: CaseState = { ...joined().state, step: 'settled' };
  it.each<[string, CaseState, UserId, CaseCommand, string]>([
    ['pausing a paused case', paused.state, AMENDER, { type: 'pauseCase' }, 'already_done'],
    ['pausing by a stranger', joined().state, STRANGER, { type: 'pauseCase' }, 'not_member'],
    [
      'pausing by a mediator',
      withMediator(joined().state),
      MEDIATOR,
      { type: 'pauseCase' },
      'wrong_role',
    ],
    ['resuming by the other partner', paused.state, AMENDER, { type: 'resumeCase' }, 'wrong_role'],
    ['resuming a running case', joined().state, AMENDER, { type: 'resumeCase' }, 'already_done'],
    ['resuming by a stranger', paused.state, STRANGER, { type: 'resumeCase' }, 'not_member'],
    ['leaving by a stranger', joined().state, STRANGER, { type: 'leaveCase' }, 'not_member'],
    ['leaving a case that was left', left, AMENDER, { type: 'leaveCase' }, 'closed'],
    ['pausing a case that was left', left, AMENDER, { type: 'pauseCase' }, 'closed'],
    ['anything in a settled case', settled, AMENDER, { type: 'pauseCase' }, 'closed'],
    ['work while paused', paused.state, HURT, { type: 'acknowledgeDisclosure' }, 'paused'],
    [
      'messages while paused',
      paused.state,
      AMENDER,
      { type: 'sendMessage', messageId: id('m'), ref: ref('x') },
      'paused',
    ],
  ])('refuses %s', (_name, state, actor, command, code) => {
    expect(outcome(decide(state, command, actor, T0))).toBe(code);
  });
});
