import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Token } from './tokenize.js';
import { TOKEN_SPEC, tokenize } from './tokenize.js';

// The tokens as the specification regex reads them (how the tokenizer worked before it became
// a hand-written scanner).
function bySpec(norm: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_SPEC.source, 'g');
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const text = m[0];
    const ch = text.charCodeAt(0);
    const word = (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || ch >= 0xc0;
    tokens.push({ start: m.index, end: m.index + text.length, text, word });
  }
  return tokens;
}

describe('tokenize', () => {
  it('splits words, contractions and punctuation', () => {
    expect(tokenize("i'm sorry -- really… 9's").map((t) => t.text)).toEqual([
      "i'm",
      'sorry',
      '--',
      'really',
      '…',
      "9's",
    ]);
  });

  it('gives exactly the matches of its specification regex', () => {
    const chars = fc.constantFrom(
      ..."ab z09é\u024f\u0250''-.,!?;:\n\"()\u2014\u2013\u2026 _🙄".split(''),
      '\ud83d',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const norm = cs.join('');
        expect(tokenize(norm)).toEqual(bySpec(norm));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const norm = s.toLowerCase();
        expect(tokenize(norm)).toEqual(bySpec(norm));
      }),
    );
  });
});
