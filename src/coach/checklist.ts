/**
 * The apology checklist: which of the seven components of a full apology the text contains.
 */
import type { ApologyComponent, Code } from './types.js';
import { APOLOGY_COMPONENTS } from './types.js';

/** Ticks each component that has at least one finding. */
export function apologyChecklist(codes: ReadonlySet<Code>): Record<ApologyComponent, boolean> {
  const out = {} as Record<ApologyComponent, boolean>;
  for (const c of APOLOGY_COMPONENTS) out[c] = codes.has(c);
  return out;
}
