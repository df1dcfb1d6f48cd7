/**
 * A small tokenizer over normalised text: words (with inner apostrophes, so "don't" is one
 * token), and the punctuation that splits sentences and clauses. Emoji and symbols are skipped.
 */

/** One token: its offsets and its normalised text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** True for a word; false for punctuation. */
  readonly word: boolean;
}

// Letters of the Latin scripts plus digits; an apostrophe joins two letters ("you're").
const TOKEN =
  /[a-z0-9\u00c0-\u024f]+(?:'[a-z\u00c0-\u024f]+)*|[.,!?;:\n"()\u2014\u2013\u2026]|-{2,}/g;

/** Splits normalised text into word and punctuation tokens. */
export function tokenize(norm: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m !== null; m = TOKEN.exec(norm)) {
    const text = m[0];
    const ch = text.charCodeAt(0);
    const word = (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || ch >= 0xc0;
    tokens.push({ start: m.index, end: m.index + text.length, text, word });
  }
  return tokens;
}

/** Index of the first token that starts at or after `pos` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = tokens[mid];
    if (t !== undefined && t.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
