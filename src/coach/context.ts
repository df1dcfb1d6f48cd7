/**
 * The analysis context: the normalised text and everything computed once per call that the
 * rules consult (tokens, sentences, clauses, quotations, negation scopes).
 */
import type { Range, TextKind } from './types.js';
import type { Token } from './tokenize.js';
import type { TextTriggers } from './triggers.js';
import { tokenize, tokenIndexAt } from './tokenize.js';
import { rangeIndexAt, splitClauses, splitSentences } from './sentences.js';
import { insideAny, quotedRanges, reportedRanges } from './quotes.js';
import { locallyNegated, negatedScopes } from './negation.js';

/** Everything the rules need to judge one match. */
export interface Context {
  readonly text: string;
  readonly norm: string;
  readonly kind: TextKind;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Range[];
  readonly clauses: readonly Range[];
  readonly quoted: readonly Range[];
  readonly reported: readonly Range[];
  readonly negated: readonly Range[];
}

/**
 * Builds the context of one text from its normalised form (`normalizeText`). With `triggers`,
 * the patterns the text cannot match are skipped.
 */
export function buildContext(
  text: string,
  norm: string,
  kind: TextKind,
  triggers?: TextTriggers,
): Context {
  const tokens = tokenize(norm);
  return {
    text,
    norm,
    kind,
    tokens,
    sentences: splitSentences(tokens, norm.length),
    clauses: splitClauses(tokens, norm.length),
    quoted: quotedRanges(norm),
    reported: reportedRanges(norm, triggers),
    negated: negatedScopes(norm, triggers),
  };
}

/** The sentence that contains `pos`. */
export function sentenceAt(ctx: Context, pos: number): Range {
  return ctx.sentences[rangeIndexAt(ctx.sentences, pos)] ?? { start: 0, end: ctx.norm.length };
}

/** The clause that contains `pos`. */
export function clauseAt(ctx: Context, pos: number): Range {
  return ctx.clauses[rangeIndexAt(ctx.clauses, pos)] ?? { start: 0, end: ctx.norm.length };
}

/** The normalised text of the sentence that contains `pos`. */
export function sentenceText(ctx: Context, pos: number): string {
  const s = sentenceAt(ctx, pos);
  return ctx.norm.slice(s.start, s.end);
}

/** True when the phrase at `pos` is someone else's words: quoted or reported. */
export function isCited(ctx: Context, pos: number): boolean {
  return insideAny(ctx.quoted, pos) || insideAny(ctx.reported, pos);
}

/** True when the phrase at `pos` is negated, locally or by a refused speech act. */
export function isNegated(ctx: Context, pos: number): boolean {
  if (insideAny(ctx.negated, pos)) return true;
  return locallyNegated(ctx.tokens, pos, clauseAt(ctx, pos).start);
}

// Words that may open a clause before its subject without changing who speaks.
const OPENERS = new Set([
  'oh',
  'ok',
  'okay',
  'so',
  'and',
  'but',
  'well',
  'honestly',
  'look',
  'hey',
  'babe',
  'also',
  'still',
  'yes',
  'now',
  'just',
  'actually',
  'really',
  'then',
  'because',
  'truly',
  'tbh',
  'anyway',
  'listen',
  'and',
  'lately',
  'sometimes',
  'today',
  'tonight',
  'right',
]);

/** True when only openers ("oh", "honestly", "and") stand between the clause start and `pos`. */
export function startsClause(ctx: Context, pos: number): boolean {
  const clause = clauseAt(ctx, pos);
  let i = tokenIndexAt(ctx.tokens, pos) - 1;
  while (i >= 0) {
    const t = ctx.tokens[i];
    if (t === undefined || t.end <= clause.start) return true;
    if (t.word && !OPENERS.has(t.text)) return false;
    i--;
  }
  return true;
}

/** The word tokens just before `pos` (up to `n`, nearest last), within the sentence. */
export function wordsBefore(ctx: Context, pos: number, n: number): string[] {
  const s = sentenceAt(ctx, pos);
  const out: string[] = [];
  let i = tokenIndexAt(ctx.tokens, pos) - 1;
  while (i >= 0 && out.length < n) {
    const t = ctx.tokens[i];
    if (t === undefined || t.start < s.start) break;
    if (t.word) out.unshift(t.text);
    i--;
  }
  return out;
}
