import { describe, expect, it } from 'vitest';
import type { UserId } from '../protocol/index.js';
import type { CaseState } from './case-state.js';
import { nextActions } from './next-actions.js';
import {
  AMENDER,
  HURT,
  STRANGER,
  T0,
  acknowledged,
  apologyOpen,
  apologySent,
  apply,
  at,
  conversationOpen,
  days,
  id,
  invited,
  joined,
  joinedWithoutDisclosure,
  opened,
  ref,
} from './test-fixtures.js';

function summary(
  state: CaseState,
  user: UserId,
  now: Date = at(60),
): { todo: string[]; waitingFor: string[] } {
  const actions = nextActions(state, user, now);
  const show = (item: { kind: string; until?: string; count?: number }): string =>
    item.kind +
    (item.count === undefined ? '' : ` ${item.count}`) +
    (item.until === undefined ? '' : ` until ${item.until}`);
  return { todo: actions.todo.map(show), waitingFor: actions.waitingFor.map(show) };
}

const cant = apply(
  apologySent(),
  { type: 'answerApology', apologyId: id('apology-1'), answer: 'cant' },
  HURT,
).state;
const cooling = apply(
  acknowledged(),
  { type: 'chooseCoolingPeriod', until: days(2).toISOString() },
  HURT,
  at(30),
).state;
const asked = apply(
  joined(),
  { type: 'askQuestion', questionId: id('q'), ref: ref('q') },
  HURT,
).state;
const withExpectation = apply(
  acknowledged(),
  { type: 'addExpectation', expectationId: id('e'), ref: ref('e') },
  HURT,
).state;
const paused = apply(joined(), { type: 'pauseCase' }, HURT).state;
const reflecting = joinedWithoutDisclosure(['no_initial_trust']);
const reflected = apply(reflecting, { type: 'submitReflection', ref: ref('r') }, AMENDER);
const chosen = apply(reflected, { type: 'chooseFullPath' }, AMENDER).state;

describe('nextActions: what each person does next and waits for (home page)', () => {
  it.each<[string, CaseState, UserId, Date, string[], string[]]>([
    ['alone, nothing sent', opened().state, AMENDER, T0, ['invite_partner', 'send_disclosure'], []],
    [
      'alone, invited',
      invited().state,
      AMENDER,
      T0,
      ['send_disclosure'],
      [`partner_to_join until ${days(7).toISOString()}`],
    ],
    [
      'alone, the link expired',
      invited().state,
      AMENDER,
      days(8),
      ['invite_partner', 'send_disclosure'],
      [],
    ],
    [
      'alone on the reflection path',
      opened(['no_initial_trust']).state,
      AMENDER,
      T0,
      ['invite_partner', 'write_reflection'],
      [],
    ],
    [
      'amender, nothing sent',
      joinedWithoutDisclosure().state,
      AMENDER,
      T0,
      ['send_disclosure'],
      [],
    ],
    ['hurt, nothing sent', joinedWithoutDisclosure().state, HURT, T0, [], ['disclosure']],
    ['amender, disclosure delivered', joined().state, AMENDER, T0, [], ['acknowledgement']],
    ['hurt, disclosure delivered', joined().state, HURT, T0, ['acknowledge_disclosure'], []],
    ['amender, a question open', asked, AMENDER, T0, ['answer_questions 1'], ['acknowledgement']],
    ['hurt, a question open', asked, HURT, T0, ['acknowledge_disclosure'], ['answers 1']],
    [
      'hurt, step 2 begins',
      acknowledged().state,
      HURT,
      T0,
      ['choose_cooling_period', 'mark_ready'],
      ['partner_ready'],
    ],
    [
      'amender, step 2 begins',
      acknowledged().state,
      AMENDER,
      T0,
      ['mark_ready'],
      ['partner_ready'],
    ],
    [
      'amender, cooling',
      cooling,
      AMENDER,
      days(1),
      [],
      [`cooling_period until ${days(2).toISOString()}`],
    ],
    ['hurt, cooling over', cooling, HURT, days(2), ['mark_ready'], ['partner_ready']],
    [
      'amender, conversation open',
      conversationOpen().state,
      AMENDER,
      T0,
      ['submit_causes_list', 'name_own_mistake', 'write_role_swap_story'],
      ['partner_own_mistake', 'partner_role_swap_story'],
    ],
    ['amender, apology step', apologyOpen().state, AMENDER, T0, ['send_apology'], []],
    ['hurt, apology step', apologyOpen().state, HURT, T0, [], ['apology']],
    ['hurt, apology sent', apologySent().state, HURT, T0, ['answer_apology'], []],
    ['amender, apology sent', apologySent().state, AMENDER, T0, [], ['apology_answer']],
    ['amender, after "I can\'t"', cant, AMENDER, T0, [], ['new_apology_welcome']],
    ['hurt, after "I can\'t"', cant, HURT, T0, [], []],
    [
      'amender, an expectation to mark',
      withExpectation,
      AMENDER,
      T0,
      ['mark_ready', 'mark_expectations 1'],
      ['partner_ready'],
    ],
    [
      'hurt, an expectation awaiting a mark',
      withExpectation,
      HURT,
      T0,
      ['choose_cooling_period', 'mark_ready'],
      ['partner_ready', 'expectation_marks 1'],
    ],
    ['the one who paused', paused, HURT, T0, ['resume_case'], []],
    ['the other, while paused', paused, AMENDER, T0, [], ['resume']],
    [
      'reflection path, nobody reflected',
      reflecting.state,
      HURT,
      T0,
      ['write_reflection'],
      ['partner_reflection'],
    ],
    [
      'reflection path, reflected',
      reflected.state,
      AMENDER,
      T0,
      ['choose_full_path'],
      ['partner_reflection'],
    ],
    ['reflection path, chose to go on', chosen, AMENDER, T0, [], ['partner_reflection']],
  ])('%s', (_name, state, user, now, todo, waitingFor) => {
    expect(summary(state, user, now)).toEqual({ todo, waitingFor });
  });

  it('gives non-members and closed cases nothing to do', () => {
    expect(nextActions(joined().state, STRANGER, T0)).toMatchObject({
      role: null,
      todo: [],
      waitingFor: [],
    });
    const left = apply(joined(), { type: 'leaveCase' }, AMENDER).state;
    expect(nextActions(left, HURT, T0)).toMatchObject({
      role: 'hurt',
      closed: true,
      todo: [],
      waitingFor: [],
    });
  });
});
