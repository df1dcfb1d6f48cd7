/**
 * The shape of a rule: a code, the phrases (in the pattern language of `pattern.ts`) that
 * signal it, and how context may veto a match. Each rule file lists its phrases as data.
 */
import type { Code } from '../types.js';
import type { Context } from '../context.js';

/** A matched phrase, in offsets of the text. */
export interface Match {
  readonly start: number;
  readonly end: number;
}

/** One rule of the coach. */
export interface Rule {
  /** A short unique name, for debugging and tests. */
  readonly id: string;
  readonly code: Code;
  /** Alternative phrases; each one carries a comment in its file saying why it belongs. */
  readonly patterns: readonly string[];
  /** Whether a preceding negation cancels the match (default true). */
  readonly negatable?: boolean;
  /** Whether the match still counts inside a quotation or reported speech (default false). */
  readonly cited?: boolean;
  /** A last contextual check; return false to drop the match. */
  readonly accept?: (ctx: Context, m: Match) => boolean;
  /** Where the finding's span ends, if not at the end of the phrase (e.g. the clause end). */
  readonly extend?: (ctx: Context, m: Match) => Match;
  /** A reason that is better than the code's default one, for this rule's phrases. */
  readonly reason?: string;
}
