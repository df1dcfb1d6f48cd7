import { describe, expect, it } from 'vitest';
import { casePlan, compareCauses, isValidDiagnosis, lieStatus } from './causes.js';

describe('casePlan: the causes shape the plan', () => {
  it.each([
    [
      ['betrayal', 'lie'],
      {
        disclosureFirst: true,
        expectLongRoad: true,
        path: 'full',
        liesAlreadyCounted: 1,
        centre: 'disclosure',
      },
    ],
    [
      ['unmet_expectations'],
      { disclosureFirst: false, path: 'full', liesAlreadyCounted: 0, centre: 'expectations' },
    ],
    [['words_actions_mismatch'], { centre: 'commitments' }],
    [['jealousy'], { jealousyTrack: true, centre: 'jealousy_track' }],
    [['no_initial_trust'], { path: 'reflection', centre: 'steps' }],
    [['lie'], { liesAlreadyCounted: 1, centre: 'steps' }],
  ] as const)('%j', (causes, expected) => {
    expect(casePlan(causes)).toMatchObject(expected);
  });
});

describe('diagnosis, comparison and lies', () => {
  it('accepts one or more distinct causes', () => {
    expect(isValidDiagnosis(['lie'])).toBe(true);
    expect(isValidDiagnosis([])).toBe(false);
    expect(isValidDiagnosis(['lie', 'lie'])).toBe(false);
  });

  it('shows where two lists agree and differ', () => {
    expect(compareCauses(['lie', 'jealousy'], ['jealousy', 'betrayal'])).toEqual({
      agreed: ['jealousy'],
      onlyAmender: ['lie'],
      onlyHurt: ['betrayal'],
    });
  });

  it('forgives the first lie and collapses from the second', () => {
    expect([0, 1, 2, 3].map(lieStatus)).toEqual([
      'none',
      'first_forgivable',
      'collapsed',
      'collapsed',
    ]);
  });
});
