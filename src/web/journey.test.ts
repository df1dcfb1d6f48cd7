import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../protocol/index.js';
import { readJourney } from './journey.js';

const ME = 'me';
const THEM = 'them';
let seq = 0;
const entry = (type: string, by: string, fields: Record<string, unknown> = {}): TimelineEntry => ({
  seq: ++seq,
  event: { type, by, at: `2026-01-01T00:00:${String(seq).padStart(2, '0')}Z`, ...fields },
});

describe('readJourney', () => {
  it('puts questions and answers, expectations and marks back together', () => {
    const journey = readJourney(
      [
        entry('questionAsked', THEM, { questionId: 'q1', ref: 'Who knew?' }),
        entry('questionAnswered', ME, { questionId: 'q1', ref: 'Nobody.' }),
        entry('expectationAdded', ME, { expectationId: 'e1', ref: 'Call me.', author: 'amender' }),
        entry('expectationMarked', THEM, { expectationId: 'e1', mark: 'dont_agree' }),
      ],
      ME,
    );
    expect(journey.questions).toMatchObject([
      { text: 'Who knew?', mine: false, answer: { text: 'Nobody.', mine: true } },
    ]);
    expect(journey.expectations).toMatchObject([
      { text: 'Call me.', mine: true, mark: 'dont_agree' },
    ]);
  });

  it('keeps every apology with its answer, and forgets a draft once it is sent', () => {
    const journey = readJourney(
      [
        entry('apologyDrafted', ME, { ref: 'draft' }),
        entry('apologySent', ME, { apologyId: 'a1', ref: 'Sorry.' }),
        entry('apologyAnswered', THEM, { apologyId: 'a1', answer: 'not_yet', missingRef: 'Why?' }),
        entry('apologySent', ME, { apologyId: 'a2', ref: 'Sorry, because…' }),
        entry('apologyAnswered', THEM, { apologyId: 'a2', answer: 'forgive', missingRef: null }),
      ],
      ME,
    );
    expect(journey.apologyDraft).toBeNull();
    expect(journey.apologies.map((apology) => apology.answer?.answer)).toEqual([
      'not_yet',
      'forgive',
    ]);
    expect(journey.apologies[0]?.answer?.missing).toBe('Why?');
  });

  it('reads messages, and role-swap stories with their ratings', () => {
    const journey = readJourney(
      [
        entry('messageSent', THEM, { messageId: 'm1', ref: 'Hello.' }),
        entry('roleSwapStoryWritten', ME, { role: 'amender', ref: 'Her story.' }),
        entry('roleSwapRated', THEM, { storyOf: 'amender', rating: 4, commentRef: 'Close.' }),
      ],
      ME,
    );
    expect(journey.messages).toMatchObject([{ id: 'm1', text: 'Hello.', mine: false }]);
    expect(journey.roleSwapStories).toMatchObject([
      { role: 'amender', mine: true, rating: 4, comment: 'Close.' },
    ]);
  });
});
