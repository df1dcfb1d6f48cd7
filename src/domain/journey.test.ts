import { describe, expect, it } from 'vitest';
import type { UserId } from '../protocol/index.js';
import type { CaseCommand } from './commands.js';
import { replay } from './evolve.js';
import { nextActions } from './next-actions.js';
import { AMENDER, HURT, INVITE, T0, apply, at, days, id, opened, ref } from './test-fixtures.js';
import type { Walk } from './test-fixtures.js';

describe('the whole journey, from opening to forgiveness (issue 4 acceptance, in the domain)', () => {
  it('walks a betrayal case from practice alone to step 4 as next', () => {
    let walk: Walk = opened(['betrayal']);
    const step = (command: CaseCommand, actor: UserId, now: Date): void => {
      walk = apply(walk, command, actor, now);
    };

    // Practice alone: draft and send the disclosure before anyone else is in the case.
    step({ type: 'draftDisclosure', ref: ref('draft') }, AMENDER, at(1));
    step({ type: 'draftApology', ref: ref('apology-draft') }, AMENDER, at(2));
    step(
      { type: 'sendDisclosure', ref: ref('disclosure'), wholeTruthConfirmed: true },
      AMENDER,
      at(3),
    );
    expect(walk.state.disclosure.deliveredAt).toBeNull();
    step({ type: 'invitePartner', invitationId: INVITE }, AMENDER, at(4));

    // The hurt partner joins: the disclosure reaches them now.
    step({ type: 'joinCase', invitationId: INVITE }, HURT, days(2));
    expect(walk.state.disclosure.deliveredAt).toBe(days(2).toISOString());
    step({ type: 'acknowledgeDisclosure' }, HURT, days(2));
    expect(walk.state.step).toBe('conversation');
    step({ type: 'askQuestion', questionId: id('q1'), ref: ref('question') }, HURT, days(2));
    step({ type: 'answerQuestion', questionId: id('q1'), ref: ref('answer') }, AMENDER, days(2));

    // The expectations map, opened by the acknowledgement.
    step({ type: 'addExpectation', expectationId: id('e1'), ref: ref('loyal') }, HURT, days(2));
    step({ type: 'addExpectation', expectationId: id('e2'), ref: ref('late') }, AMENDER, days(2));
    step({ type: 'markExpectation', expectationId: id('e1'), mark: 'knew' }, AMENDER, days(2));
    step({ type: 'markExpectation', expectationId: id('e2'), mark: 'dont_agree' }, HURT, days(2));

    // Reaction, a three-day cooling period, then both say they are ready.
    step(
      { type: 'writeReaction', reactionId: id('r1'), ref: ref('vent'), private: true },
      HURT,
      days(2),
    );
    step({ type: 'chooseCoolingPeriod', until: days(5).toISOString() }, HURT, days(2));
    step({ type: 'markReady' }, AMENDER, days(5));
    step({ type: 'markReady' }, HURT, days(5));
    expect(walk.state.conversation.openedAt).toBe(days(5).toISOString());
    step({ type: 'sendMessage', messageId: id('msg1'), ref: ref('hello') }, AMENDER, days(5));
    step({ type: 'sendMessage', messageId: id('msg2'), ref: ref('hi') }, HURT, days(5));

    // The exercises.
    step({ type: 'submitCausesList', causes: ['betrayal', 'lie'] }, AMENDER, days(5));
    step({ type: 'submitCausesList', causes: ['betrayal', 'unmet_expectations'] }, HURT, days(5));
    step({ type: 'nameOwnMistake', mistakeId: id('m1'), ref: ref('mine') }, AMENDER, days(5));
    step({ type: 'nameOwnMistake', mistakeId: id('m2'), ref: ref('mine too') }, HURT, days(5));
    step({ type: 'writeRoleSwapStory', ref: ref('as-her') }, AMENDER, days(5));
    step({ type: 'writeRoleSwapStory', ref: ref('as-him') }, HURT, days(5));
    step({ type: 'rateRoleSwap', rating: 4 }, HURT, days(5));
    expect(walk.state.step).toBe('conversation');
    step({ type: 'rateRoleSwap', rating: 5 }, AMENDER, days(5));
    expect(walk.state.step).toBe('apology');

    // The apology: not yet, then forgiveness.
    step({ type: 'sendApology', apologyId: id('a1'), ref: ref('sorry') }, AMENDER, days(6));
    step(
      { type: 'answerApology', apologyId: id('a1'), answer: 'not_yet', missingRef: ref('missing') },
      HURT,
      days(6),
    );
    step({ type: 'sendApology', apologyId: id('a2'), ref: ref('sorry, better') }, AMENDER, days(7));
    step({ type: 'answerApology', apologyId: id('a2'), answer: 'forgive' }, HURT, days(7));

    expect(walk.state.step).toBe('sincerity');
    expect(walk.state.apology.history.map((apology) => apology.answer)).toEqual([
      'not_yet',
      'forgive',
    ]);
    expect(walk.state.exercises.causesRevealed).toEqual({
      agreed: ['betrayal'],
      onlyAmender: ['lie'],
      onlyHurt: ['unmet_expectations'],
    });
    // The server stores only events: replaying them gives the same case.
    expect(replay(walk.events)).toEqual(walk.state);
    expect(
      walk.events.filter((event) => event.type === 'stepOpened').map((event) => event.step),
    ).toEqual(['conversation', 'apology', 'sincerity']);
    expect(walk.events.every((event) => Date.parse(event.at) >= T0.getTime())).toBe(true);
    expect(nextActions(walk.state, AMENDER, days(7)).step).toBe('sincerity');
  });
});
