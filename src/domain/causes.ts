import type { Cause } from '../protocol/index.js';

/** Which road a case takes: the five steps, or first an honest reflection (no_initial_trust). */
export type CasePath = 'full' | 'reflection';

/** What the plan puts at its centre, after the cause (PRODUCT.md, "The six causes"). */
export type PlanCentre = 'disclosure' | 'commitments' | 'expectations' | 'jealousy_track' | 'steps';

/** How the causes shape a case's plan. */
export interface CasePlan {
  /** betrayal: the whole truth comes before anything else, the expectations map included. */
  readonly disclosureFirst: boolean;
  /** betrayal: the road is long, and the app says so. */
  readonly expectLongRoad: boolean;
  /** no_initial_trust: there may be nothing to rebuild; start with a reflection. */
  readonly path: CasePath;
  /** lie: the case is itself the first lie, so the next recorded lie is the second. */
  readonly liesAlreadyCounted: number;
  /** jealousy: the jealous partner gets a track of their own (built in a later issue). */
  readonly jealousyTrack: boolean;
  readonly centre: PlanCentre;
}

/** The plan for a set of causes; the most demanding cause sets the centre. */
export function casePlan(causes: readonly Cause[]): CasePlan {
  const has = (cause: Cause): boolean => causes.includes(cause);
  const centre: PlanCentre = has('betrayal')
    ? 'disclosure'
    : has('unmet_expectations')
      ? 'expectations'
      : has('words_actions_mismatch')
        ? 'commitments'
        : has('jealousy')
          ? 'jealousy_track'
          : 'steps';
  return {
    disclosureFirst: has('betrayal'),
    expectLongRoad: has('betrayal'),
    path: has('no_initial_trust') ? 'reflection' : 'full',
    liesAlreadyCounted: has('lie') ? 1 : 0,
    jealousyTrack: has('jealousy'),
    centre,
  };
}

/** True when a list of causes is usable for a diagnosis: at least one, each at most once. */
export function isValidDiagnosis(causes: readonly Cause[]): boolean {
  return causes.length > 0 && new Set(causes).size === causes.length;
}

/** Where two privately written lists of causes agree and differ (step 2, the causes exercise). */
export interface CausesComparison {
  readonly agreed: readonly Cause[];
  readonly onlyAmender: readonly Cause[];
  readonly onlyHurt: readonly Cause[];
}

/** Compares the amender's and the hurt partner's lists once both are in (step 2). */
export function compareCauses(amender: readonly Cause[], hurt: readonly Cause[]): CausesComparison {
  return {
    agreed: amender.filter((cause) => hurt.includes(cause)),
    onlyAmender: amender.filter((cause) => !hurt.includes(cause)),
    onlyHurt: hurt.filter((cause) => !amender.includes(cause)),
  };
}

/**
 * What the lies counted so far mean for trust. The method holds that the first lie is usually
 * forgiven and that trust collapses from the second one.
 */
export type LieStatus = 'none' | 'first_forgivable' | 'collapsed';

/** The lie status for a count of lies. */
export function lieStatus(count: number): LieStatus {
  return count <= 0 ? 'none' : count === 1 ? 'first_forgivable' : 'collapsed';
}
