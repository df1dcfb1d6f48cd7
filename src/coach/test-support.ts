/** Test helpers for the coach (used by its unit tests only). */
import type { Code, TextKind } from './types.js';
import { analyze } from './analyze.js';

/** The set of codes the coach finds in a text. */
export function codesOf(text: string, kind: TextKind = 'message'): Set<Code> {
  return new Set(analyze(text, kind).findings.map((f) => f.code));
}
