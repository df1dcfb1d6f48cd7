import { describe, expect, it } from 'vitest';
import { evolve, replay } from './evolve.js';
import { AMENDER, T0, apologySent, at, joined, opened } from './test-fixtures.js';

describe('evolve and replay (event sourcing)', () => {
  it('rebuilds the same case from its stored events at every point of the journey', () => {
    for (const walk of [opened(), joined(), apologySent()]) {
      expect(replay(walk.events)).toEqual(walk.state);
    }
  });

  it('gives nothing for an empty timeline', () => {
    expect(replay([])).toBeUndefined();
  });

  it('refuses to rebuild a timeline that does not start with caseOpened', () => {
    expect(() =>
      evolve(undefined, { type: 'casePaused', at: T0.toISOString(), by: AMENDER }),
    ).toThrow(/first event/);
  });

  it('stamps the last change', () => {
    const state = evolve(opened().state, {
      type: 'casePaused',
      at: at(5).toISOString(),
      by: AMENDER,
    });
    expect(state.updatedAt).toBe(at(5).toISOString());
    expect(state.openedAt).toBe(T0.toISOString());
  });

  it('ignores a rating for a story that does not exist (a broken log cannot invent a story)', () => {
    const state = evolve(joined().state, {
      type: 'roleSwapRated',
      at: T0.toISOString(),
      by: AMENDER,
      storyOf: 'hurt',
      rating: 3,
      commentRef: null,
    });
    expect(state.exercises.roleSwap.hurt).toBeNull();
  });
});
