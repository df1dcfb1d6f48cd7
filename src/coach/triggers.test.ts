import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { TEXT_KINDS } from './types.js';
import { analyze, analyzeWith } from './analyze.js';
import { ALL_RULES } from './rules/index.js';
import { GatedPattern, expandPattern } from './pattern.js';
import { normalizeText } from './normalize.js';
import { TextTriggers, triggerAlternatives } from './triggers.js';

// The labelled texts: the team's dev set (beside the repository) and the coach's own extras.
// Paths from the repository root, as `npm run coach:eval` takes them (import.meta.url is not a
// file URL in the browser-like run).
const FIXTURE_FILES = [
  resolve(process.cwd(), '..', 'shared', 'coach', 'dev.jsonl'),
  resolve(process.cwd(), 'src', 'coach', 'fixtures', 'extra.jsonl'),
  resolve(process.cwd(), 'src', 'coach', 'fixtures', 'heldout-2.jsonl'),
  resolve(process.cwd(), 'src', 'coach', 'fixtures', 'heldout-3.jsonl'),
  resolve(process.cwd(), 'src', 'coach', 'fixtures', 'heldout-4.jsonl'),
];

function fixtureTexts(): string[] {
  const out: string[] = [];
  for (const file of FIXTURE_FILES) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return out;
}

const TEXTS = fixtureTexts();
const PATTERNS = ALL_RULES.map((rule) => ({
  id: rule.id,
  pattern: new GatedPattern(rule.patterns),
}));

// Every match of `re` in `norm`, as "index:phrase".
function matches(re: RegExp | undefined, norm: string): string[] {
  const out: string[] = [];
  if (re === undefined) return out;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) out.push(`${m.index}:${m[0]}`);
  return out;
}

// With the prefilter, every rule's regex finds exactly what the full regex finds.
function expectSameMatches(text: string): void {
  const norm = normalizeText(text);
  const triggers = new TextTriggers(norm);
  for (const { id, pattern } of PATTERNS) {
    const filtered = matches(pattern.regexFor(triggers), norm);
    const full = matches(pattern.re, norm);
    expect({ id, text, found: filtered }).toEqual({ id, text, found: full });
  }
}

describe('trigger index (prefilter) soundness', () => {
  it('reads the fixture texts', () => {
    expect(TEXTS.length).toBeGreaterThan(50);
  });

  it('gives the same findings with and without the prefilter on every fixture text', () => {
    for (const text of TEXTS) {
      for (const kind of TEXT_KINDS) {
        expect(analyzeWith(text, kind, { prefilter: true })).toEqual(
          analyzeWith(text, kind, { prefilter: false }),
        );
      }
    }
  });

  it('keeps analyze() the prefiltered analysis', () => {
    for (const text of TEXTS.slice(0, 20)) {
      expect(analyze(text, 'apology')).toEqual(analyzeWith(text, 'apology', {}));
    }
  });

  it('lets every rule regex find the same matches on every fixture text', () => {
    for (const text of TEXTS) {
      expectSameMatches(text);
      expectSameMatches(text.toUpperCase());
    }
  });

  it('lets every rule regex find the same matches on texts built from pattern words', () => {
    // Words and phrases taken from the rules themselves, so that many patterns nearly match,
    // glued with the spacing, apostrophes and punctuation that trip word boundaries.
    const words = new Set<string>();
    for (const rule of ALL_RULES)
      for (const p of rule.patterns)
        for (const w of expandPattern(p).match(/[a-z\u00c0-\u024f']{1,12}/g) ?? []) {
          words.add(w);
          words.add(w.replace(/'/g, ''));
        }
    const word = fc.constantFrom(...words);
    const glue = fc.constantFrom(
      ' ',
      ' ',
      ' ',
      "'",
      '’',
      ', ',
      '. ',
      '-',
      '_',
      '"',
      '\n',
      '',
      '  ',
    );
    const piece = fc.tuple(word, glue).map(([w, g]) => w + g);
    const text = fc.array(piece, { minLength: 1, maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expectSameMatches(t);
        const kind = 'apology';
        expect(analyzeWith(t, kind, { prefilter: true })).toEqual(
          analyzeWith(t, kind, { prefilter: false }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on fixture sentences cut and spliced at random', () => {
    const sentences = TEXTS.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s !== '');
    const spliced = fc
      .array(fc.tuple(fc.constantFrom(...sentences), fc.nat(), fc.nat()), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) =>
        parts
          .map(([s, a, b]) => s.slice(Math.min(a, b) % (s.length + 1), Math.max(a, b) + 1))
          .join(' '),
      );
    fc.assert(
      fc.property(spliced, fc.constantFrom(...TEXT_KINDS), (t, kind) => {
        expectSameMatches(t);
        expect(analyzeWith(t, kind, { prefilter: true })).toEqual(
          analyzeWith(t, kind, { prefilter: false }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('trigger words of a pattern', () => {
  const clauses = (body: string): string[][][] =>
    triggerAlternatives(body).clauses.map((alt) => alt.map((c) => [...c].sort()));

  it('takes whole words between spaces and the pattern edges', () => {
    // "i" and "am" are in nearly every text: the rare word is the one worth checking.
    expect(clauses('i\\s+am\\s+sorry')).toEqual([[['sorry']]]);
  });

  it('reads an optional apostrophe as part of the word', () => {
    expect(clauses("don'?t\\s+care")[0]).toContainEqual(['dont']);
  });

  it('takes one word of each branch of an alternation', () => {
    expect(clauses('(?:sorry|regret)\\s+it')[0]?.[0]).toEqual(['regret', 'sorry']);
  });

  it('takes no word that may run into a neighbouring letter', () => {
    // "foo" may be followed by letters of [a-z]+; "bar" may be preceded by "x".
    expect(clauses('foo[a-z]+\\s+x?bar')).toEqual([[['~foo']]]);
    expect(clauses('(?:so\\s+)*sorry')[0]).toEqual([['sorry']]);
  });

  it('lets an alternative it cannot read always run', () => {
    expect(clauses('(a)\\1')).toEqual([[]]);
  });

  it('knows "i\'m" as the word "im" in a text, whatever stands before it', () => {
    const pattern = new GatedPattern(["i'm"]);
    expect(clauses("i'?m")).toEqual([[['im']]]);
    for (const text of ["x'I'm here", "I'm here", 'im here', "X'i'm HERE", "i''m"]) {
      const norm = normalizeText(text);
      expect(matches(pattern.regexFor(new TextTriggers(norm)), norm)).toEqual(
        matches(pattern.re, norm),
      );
    }
  });

  it('skips a regex whose words are absent', () => {
    const pattern = new GatedPattern(['i am sorry']);
    expect(pattern.regexFor(new TextTriggers(normalizeText('nothing to see here')))).toBe(
      undefined,
    );
    expect(pattern.regexFor(new TextTriggers(normalizeText('I am SORRY')))).toBeDefined();
  });
});
