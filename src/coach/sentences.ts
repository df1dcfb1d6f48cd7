/**
 * Sentence and clause splitting. Sentences end at . ! ? (not after a title such as "Dr."),
 * at a line break, or at a run of them; clauses also end at , ; : dashes and at the
 * conjunctions that start a new proposition ("but", "and", "so", "because").
 */
import type { Range } from './types.js';
import type { Token } from './tokenize.js';

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'jr', 'sr', 'prof']);

// Conjunctions that begin a new clause: negation and reported speech stop at them.
const CLAUSE_CONJUNCTIONS = new Set([
  'but',
  'and',
  'so',
  'because',
  'or',
  'although',
  'though',
  'yet',
  'whereas',
  'cuz',
  'bc',
]);

const SENTENCE_END = new Set(['.', '!', '?', '\n', '\u2026']);
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013', '--', '"']);

/** Splits the text into sentences, as ranges covering the whole text in order. */
export function splitSentences(tokens: readonly Token[], length: number): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.word || !SENTENCE_END.has(t.text)) continue;
    if (t.text === '.') {
      const prev = tokens[i - 1];
      if (prev?.word === true && prev.end === t.start && ABBREVIATIONS.has(prev.text)) continue;
    }
    // A run of terminators ("?!", "...") ends one sentence.
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1];
      if (n === undefined || n.word || !SENTENCE_END.has(n.text)) break;
      j++;
    }
    const last = tokens[j];
    const end = last === undefined ? t.end : last.end;
    if (end > start) out.push({ start, end });
    start = end;
    i = j;
  }
  if (start < length || out.length === 0) out.push({ start, end: Math.max(start, length) });
  return out;
}

/** Splits the text into clauses, as ranges covering the whole text in order. */
export function splitClauses(tokens: readonly Token[], length: number): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const t of tokens) {
    const cut = t.word
      ? CLAUSE_CONJUNCTIONS.has(t.text)
      : SENTENCE_END.has(t.text) || CLAUSE_END.has(t.text);
    if (!cut) continue;
    // A conjunction starts the next clause; punctuation ends the current one.
    const at = t.word ? t.start : t.end;
    if (at > start) out.push({ start, end: at });
    start = at;
  }
  if (start < length || out.length === 0) out.push({ start, end: Math.max(start, length) });
  return out;
}

/** Index of the range that contains `pos` (ranges cover the text in order). */
export function rangeIndexAt(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const r = ranges[mid];
    if (r !== undefined && r.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
