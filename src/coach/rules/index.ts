/** All rules of the coach, in the order they run. */
import type { Rule } from './rule.js';
import { OWNERSHIP_RULES } from './ownership.js';
import { AMENDS_RULES } from './amends.js';
import { EXCUSE_RULES } from './excuses.js';
import { DEFLECTION_RULES } from './deflection.js';
import { HORSEMEN_RULES } from './horsemen.js';
import { DANGER_RULES } from './danger.js';
import { I_STATEMENT_RULES } from './i-statement.js';
import { FAMILY_RULES } from './families.js';

export type { Rule, Match } from './rule.js';

/** Every rule, grouped by theme. */
export const ALL_RULES: readonly Rule[] = [
  ...OWNERSHIP_RULES,
  ...AMENDS_RULES,
  ...EXCUSE_RULES,
  ...DEFLECTION_RULES,
  ...HORSEMEN_RULES,
  ...DANGER_RULES,
  ...I_STATEMENT_RULES,
  ...FAMILY_RULES,
];
