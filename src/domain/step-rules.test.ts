import { describe, expect, it } from 'vitest';
import type { UserId } from '../protocol/index.js';
import type { CaseCommand } from './commands.js';
import { missingForApology, nextStepDue } from './step-rules.js';
import {
  AMENDER,
  HURT,
  acknowledged,
  apply,
  at,
  conversationOpen,
  id,
  joined,
  opened,
  ref,
} from './test-fixtures.js';
import type { Walk } from './test-fixtures.js';

const exercises: [CaseCommand, UserId][] = [
  [{ type: 'submitCausesList', causes: ['lie'] }, AMENDER],
  [{ type: 'submitCausesList', causes: ['lie'] }, HURT],
  [{ type: 'nameOwnMistake', mistakeId: id('m1'), ref: ref('a') }, AMENDER],
  [{ type: 'nameOwnMistake', mistakeId: id('m2'), ref: ref('h') }, HURT],
  [{ type: 'writeRoleSwapStory', ref: ref('a') }, AMENDER],
  [{ type: 'writeRoleSwapStory', ref: ref('h') }, HURT],
  [{ type: 'rateRoleSwap', rating: 2 }, HURT],
  [{ type: 'rateRoleSwap', rating: 2 }, AMENDER],
];

describe('when the apology step (3) opens', () => {
  it('lists everything still missing', () => {
    expect(missingForApology(joined().state)).toEqual([
      'disclosure_acknowledged',
      'conversation_opened',
      'causes_revealed',
      'amender_own_mistake',
      'hurt_own_mistake',
      'amender_story_rated',
      'hurt_story_rated',
    ]);
    expect(missingForApology(conversationOpen().state)).toHaveLength(5);
  });

  it('waits for every question about the disclosure to be answered', () => {
    const asked = apply(
      conversationOpen(),
      { type: 'askQuestion', questionId: id('q'), ref: ref('q') },
      HURT,
      at(40),
    );
    const done = exercises.reduce(
      (walk: Walk, [command, actor]) => apply(walk, command, actor, at(41)),
      asked,
    );
    expect(done.state.step).toBe('conversation');
    expect(missingForApology(done.state)).toEqual(['questions_answered']);
    const answered = apply(
      done,
      { type: 'answerQuestion', questionId: id('q'), ref: ref('a') },
      AMENDER,
      at(42),
    );
    expect(answered.state.step).toBe('apology');
  });

  it('keeps the steps closed on the reflection path and in a case that was left', () => {
    expect(nextStepDue(opened(['no_initial_trust']).state)).toBeUndefined();
    expect(
      nextStepDue({ ...acknowledged().state, step: 'disclosure', status: 'left' }),
    ).toBeUndefined();
    expect(nextStepDue({ ...acknowledged().state, step: 'disclosure' })).toBe('conversation');
    expect(nextStepDue({ ...acknowledged().state, step: 'sincerity' })).toBeUndefined();
  });
});
