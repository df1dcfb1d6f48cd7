import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './events.js';
import { isVisibleTo, timelineFor } from './timeline.js';
import {
  AMENDER,
  HURT,
  INVITE,
  MEDIATOR,
  STRANGER,
  apply,
  at,
  conversationOpen,
  id,
  opened,
  ref,
  withMediator,
} from './test-fixtures.js';

const types = (events: readonly CaseEvent[]): string[] => events.map((event) => event.type);

describe('who sees which timeline entry', () => {
  // Practice alone: a draft and two sent versions before the hurt partner joins.
  const alone = [
    { type: 'draftDisclosure', ref: ref('draft') },
    { type: 'sendDisclosure', ref: ref('v1'), wholeTruthConfirmed: true },
    { type: 'sendDisclosure', ref: ref('v2'), wholeTruthConfirmed: true },
    { type: 'draftApology', ref: ref('apology draft') },
    { type: 'invitePartner', invitationId: INVITE },
  ] as const;
  const practised = alone.reduce((walk, command) => apply(walk, command, AMENDER), opened());
  const joined = apply(practised, { type: 'joinCase', invitationId: INVITE }, HURT, at(10));

  it('shows a non-member nothing', () => {
    expect(timelineFor(joined.state, joined.events, STRANGER)).toEqual([]);
  });

  it('shows the writer everything they did, drafts included', () => {
    expect(types(timelineFor(joined.state, joined.events, AMENDER))).toEqual(types(joined.events));
  });

  it('shows the hurt partner only the final disclosure, delivered when they joined, and no drafts', () => {
    const seen = timelineFor(joined.state, joined.events, HURT);
    expect(types(seen)).toEqual([
      'caseOpened',
      'disclosureSent',
      'partnerInvited',
      'partnerJoined',
      'disclosureDelivered',
    ]);
    expect(seen[1]).toMatchObject({ ref: ref('v2') });
  });

  it('keeps a sent disclosure from a partner until it is delivered', () => {
    const sent = joined.events.find((event) => event.type === 'disclosureSent');
    if (sent === undefined) throw new Error('no disclosure');
    const undelivered = {
      ...joined.state,
      disclosure: { ...joined.state.disclosure, deliveredAt: null },
    };
    expect(isVisibleTo(undelivered, sent, HURT)).toBe(false);
  });

  it('keeps private reactions and private causes lists with their writer; the reveal is shared', () => {
    const walk = [
      [{ type: 'writeReaction', reactionId: id('r1'), ref: ref('private'), private: true }, HURT],
      [{ type: 'writeReaction', reactionId: id('r2'), ref: ref('shared'), private: false }, HURT],
      [{ type: 'submitCausesList', causes: ['lie'] }, HURT],
      [{ type: 'submitCausesList', causes: ['lie'] }, AMENDER],
    ] as const;
    const done = walk.reduce(
      (current, [command, actor]) => apply(current, command, actor, at(40)),
      conversationOpen(),
    );
    const recent = done.events.slice(-5);
    expect(types(timelineFor(done.state, recent, AMENDER))).toEqual([
      'reactionWritten',
      'causesListSubmitted',
      'causesRevealed',
    ]);
    expect(timelineFor(done.state, recent, AMENDER)[0]).toMatchObject({ ref: ref('shared') });
    expect(types(timelineFor(done.state, recent, HURT))).toEqual([
      'reactionWritten',
      'reactionWritten',
      'causesListSubmitted',
      'causesRevealed',
    ]);
  });

  it('shows a mediator the shape of the case, not its content', () => {
    const state = withMediator(joined.state);
    expect(types(timelineFor(state, joined.events, MEDIATOR))).toEqual([
      'caseOpened',
      'partnerInvited',
      'partnerJoined',
    ]);
  });
});
