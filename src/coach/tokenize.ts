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

// What the tokenizer reads, as one regex (kept as its specification; `tokenize` is a hand-written
// scanner that gives exactly its matches, without a match array per token):
// letters of the Latin scripts plus digits, where an apostrophe joins two letters ("you're");
// sentence and clause punctuation; and runs of two or more hyphens.
export const TOKEN_SPEC =
  /[a-z0-9\u00c0-\u024f]+(?:'[a-z\u00c0-\u024f]+)*|[.,!?;:\n"()\u2014\u2013\u2026]|-{2,}/g;

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
// After an apostrophe only letters continue a word, not digits.
const isLetterAfterApostrophe = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

// . , ! ? ; : newline " ( ) em dash, en dash, ellipsis.
function isPunctuation(c: number): boolean {
  switch (c) {
    case 46:
    case 44:
    case 33:
    case 63:
    case 59:
    case 58:
    case 10:
    case 34:
    case 40:
    case 41:
    case 0x2014:
    case 0x2013:
    case 0x2026:
      return true;
    default:
      return false;
  }
}

/** Splits normalised text into word and punctuation tokens (the matches of `TOKEN_SPEC`). */
export function tokenize(norm: string): Token[] {
  const tokens: Token[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(norm.charCodeAt(j))) j++;
      while (
        j + 1 < n &&
        norm.charCodeAt(j) === 39 &&
        isLetterAfterApostrophe(norm.charCodeAt(j + 1))
      ) {
        j += 2;
        while (j < n && isLetterAfterApostrophe(norm.charCodeAt(j))) j++;
      }
      tokens.push({ start: i, end: j, text: norm.slice(i, j), word: true });
      i = j;
    } else if (isPunctuation(c)) {
      // As before this scanner, a token counts as a word when its first code is a letter, a
      // digit or at least U+00C0: so the dashes and the ellipsis are words here.
      // (Kept so that results do not change; worth a look by whoever owns sentence splitting.)
      tokens.push({ start: i, end: i + 1, text: norm.charAt(i), word: c >= 0xc0 });
      i++;
    } else if (c === 45 && i + 1 < n && norm.charCodeAt(i + 1) === 45) {
      let j = i + 2;
      while (j < n && norm.charCodeAt(j) === 45) j++;
      tokens.push({ start: i, end: j, text: norm.slice(i, j), word: false });
      i = j;
    } else {
      i++;
    }
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
