/**
 * The 0–100 score. For an apology it weighs the seven components as the research on apology
 * effectiveness does (Lewicki et al. 2016: acknowledging responsibility and offering repair
 * matter most, asking forgiveness least) and takes off heavily for what undoes an apology.
 */
import type { Code, TextKind } from './types.js';

// Component weights for an apology; they sum to 100.
const APOLOGY_WEIGHTS: Partial<Record<Code, number>> = {
  responsibility: 24,
  repair_offer: 20,
  acknowledges_hurt: 15,
  remorse: 12,
  future_commitment: 12,
  should_have: 10,
  forgiveness_request: 7,
};

// What each weakening code costs, once per code: excuses and denials cost the most.
const PENALTY: Partial<Record<Code, number>> = {
  justification: 25,
  denial_of_hurt: 25,
  misunderstanding_claim: 25,
  pity_plea: 25,
  blame_shift: 25,
  conditional_apology: 20,
  condescending_pity: 20,
  minimization: 15,
  forgiveness_pressure: 15,
  defensiveness: 15,
  criticism: 15,
  contempt: 25,
  you_accusation: 8,
  absolute: 8,
  stonewalling: 15,
  revenge: 35,
  safety_risk: 45,
};

// Outside apologies, a calm neutral text starts here; good signs raise it.
const NEUTRAL_BASE = 75;
const GOOD_SIGN_BONUS = 6;

/** The score of a text from the set of codes found in it. */
export function scoreOf(kind: TextKind, codes: ReadonlySet<Code>, empty: boolean): number {
  if (empty) return 0;
  let score = 0;
  if (kind === 'apology') {
    for (const c of codes) score += APOLOGY_WEIGHTS[c] ?? 0;
  } else {
    score = NEUTRAL_BASE;
    for (const c of codes)
      if (c in APOLOGY_WEIGHTS || c === 'i_statement') score += GOOD_SIGN_BONUS;
  }
  for (const c of codes) score -= PENALTY[c] ?? 0;
  return Math.max(0, Math.min(100, Math.round(score)));
}
