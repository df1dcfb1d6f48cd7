import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyze, TEXT_KINDS } from './index.js';
import type { Analysis } from './index.js';

function checkWellFormed(text: string, a: Analysis): void {
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(100);
  for (const f of a.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(f.reason.length).toBeGreaterThan(0);
  }
}

const kind = fc.constantFrom(...TEXT_KINDS);
const phrases = fc.constantFrom(
  "I'm sorry",
  'you never listen',
  'but I was tired',
  '“you lied”',
  'I won’t pretend',
  '🙄',
  '\u202e',
  'שלום',
  '\ud800',
  '\u0000',
  ' ',
  '.',
  ', ',
  'if you',
);

describe('robustness (property-based)', () => {
  it('never crashes and keeps spans in bounds on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), kind, (text, k) => {
        checkWellFormed(text, analyze(text, k));
      }),
      { numRuns: 300 },
    );
  });
  it('keeps spans in bounds on sentences made of coach phrases', () => {
    fc.assert(
      fc.property(fc.array(phrases, { maxLength: 30 }), kind, (parts, k) => {
        const text = parts.join(' ');
        checkWellFormed(text, analyze(text, k));
      }),
      { numRuns: 300 },
    );
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(phrases, { maxLength: 20 }), kind, (parts, k) => {
        const text = parts.join(' ');
        expect(analyze(text, k)).toEqual(analyze(text, k));
      }),
      { numRuns: 100 },
    );
  });
  it('handles the edge cases by name', () => {
    const cases = [
      '',
      '   ',
      '😀😢🙄💔'.repeat(50),
      '\ud83d',
      'a\udc00b',
      'مرحبا، أنا آسف',
      '\u202eI am sorry\u202c',
      '\u0000\u0001\u0007\u001b[31m',
      "I'm sorry. ".repeat(10_000),
      'x'.repeat(100_000),
    ];
    for (const text of cases) for (const k of TEXT_KINDS) checkWellFormed(text, analyze(text, k));
  }, 60_000);
  it('scores an empty text 0', () => {
    expect(analyze('', 'apology').score).toBe(0);
  });
});
