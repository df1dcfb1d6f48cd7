import { describe, expect, it } from 'vitest';
import type { Code, TextKind } from '../types.js';
import { analyzeWith } from '../analyze.js';
import { buildContext } from '../context.js';
import { normalizeText } from '../normalize.js';
import { clauseFeatures } from './features.js';
import type { LearnedModel } from './reader.js';
import {
  clauseLogits,
  clauseLogitsByName,
  learnedFindings,
  loadModel,
  parseFeatureName,
  shippedModel,
  storeModel,
} from './reader.js';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SETTINGS, textClauses, trainModel } from './train.js';
import type { TrainingText } from './train.js';

function featuresOf(text: string, kind: TextKind = 'message'): string[][] {
  const ctx = buildContext(text, normalizeText(text), kind);
  return clauseFeatures(ctx).map((c) => [...c.features]);
}

describe('clause features', () => {
  it('reads texting spellings as the words they stand for', () => {
    const texting = featuresOf('im sry u r right').flat();
    const written = featuresOf("I'm sorry you are right").flat();
    expect(texting).toEqual(written);
    expect(texting).toContain('i am');
  });

  it('marks the words a negation reaches, and only those', () => {
    const [clause] = featuresOf("it's not a big deal");
    expect(clause).toContain('not:big');
    expect(clause).toContain('not:deal');
    expect(clause).not.toContain('big');
    const [plain] = featuresOf("it's a big deal");
    expect(plain).toContain('big');
  });

  it('gives no features to words quoted from the other person', () => {
    const clauses = featuresOf('You said "you are so selfish" and it stayed with me.');
    expect(clauses.flat()).not.toContain('selfish');
  });

  it('splits a text into clauses and knows a question', () => {
    const clauses = featuresOf('I am sorry. Are we okay now?').filter((c) => c.length > 0);
    expect(clauses).toHaveLength(2);
    expect(clauses[0]).not.toContain('?');
    expect(clauses[1]).toContain('?');
  });
});

// A toy language where "sorry" means remorse and "stress" an excuse.
const TOY: TrainingText[] = [
  ...['sorry about the money', 'so sorry i lied', 'sorry for tonight', 'deeply sorry'].map(
    (text) => ({ kind: 'apology' as const, text, codes: new Set<Code>(['remorse']) }),
  ),
  ...['the stress got to me', 'it was the stress at work', 'work stress made me do it'].map(
    (text) => ({ kind: 'apology' as const, text, codes: new Set<Code>(['justification']) }),
  ),
  ...['see you at six', 'the car is at the garage', 'dinner is in the oven', 'bring milk'].map(
    (text) => ({ kind: 'message' as const, text, codes: new Set<Code>() }),
  ),
  {
    kind: 'apology',
    text: 'I am sorry for tonight, but the stress at work was a lot',
    codes: new Set<Code>(['remorse', 'justification']),
  },
];

describe('training', () => {
  const settings = { ...DEFAULT_SETTINGS, minCount: 2, l1: 0.1, epochs: 12, threshold: 0.5 };

  it('learns which clause carries which code, and points at its words', () => {
    const model = trainModel(TOY, settings);
    const text = 'So sorry about tonight, the stress was too much';
    const ctx = buildContext(text, normalizeText(text), 'apology');
    const found = learnedFindings(ctx, model);
    const remorse = found.find((f) => f.code === 'remorse');
    const excuse = found.find((f) => f.code === 'justification');
    // From the first word that weighs for the code: the opener "So" is not part of the remorse.
    expect(text.slice(remorse?.start, remorse?.end)).toBe('sorry about tonight');
    expect(text.slice(excuse?.start, excuse?.end)).toBe('the stress was too much');
    const neutral = 'see you at the garage';
    expect(
      learnedFindings(buildContext(neutral, normalizeText(neutral), 'message'), model),
    ).toEqual([]);
  });

  it('gives the same weights every time', () => {
    const a = storeModel(trainModel(TOY, settings), 100);
    const b = storeModel(trainModel(TOY, settings), 100);
    expect(a).toEqual(b);
  });

  it('stores and loads a model without changing what it finds', () => {
    const model = trainModel(TOY, settings);
    const again = loadModel(storeModel(model, 100));
    const text = 'sorry, it was the stress';
    const ctx = buildContext(text, normalizeText(text), 'apology');
    expect(learnedFindings(ctx, again)).toEqual(learnedFindings(ctx, model));
  });

  it('leaves cited clauses out of training', () => {
    expect(textClauses('"whatever"', 'message')).toEqual([]);
  });
});

describe('the shipped reader', () => {
  const model: LearnedModel = shippedModel();
  const codes = (text: string, kind: TextKind, learned: LearnedModel | null): Set<Code> =>
    new Set(analyzeWith(text, kind, { learned }).findings.map((f) => f.code));

  it('only adds codes to what the rules find', () => {
    const texts: [string, TextKind][] = [
      ["I'm sorry I lied to you. I was wrong and I'll earn your trust back.", 'apology'],
      ['you never listen and honestly you are so selfish', 'message'],
      ['The car is booked for Friday at nine.', 'message'],
    ];
    for (const [text, kind] of texts) {
      const rules = codes(text, kind, null);
      const both = codes(text, kind, model);
      for (const c of rules) expect(both.has(c)).toBe(true);
    }
  });

  it('finds nothing in plain logistics', () => {
    expect(
      codes('Can you pick up the kids at four? I have a dentist appointment.', 'message', model),
    ).toEqual(new Set());
  });
});

describe('the run-time reading of the model', () => {
  const model = shippedModel();

  it('parses every stored feature name back to the words it was made of', () => {
    for (const name of model.weights.keys()) {
      const [, parts] = parseFeatureName(name);
      expect(parts.join(' ').length, name).toBeLessThanOrEqual(name.length);
    }
    expect(parseFeatureName('you _ never')).toEqual([15, ['you', 'never']]);
    expect(parseFeatureName('so @character')).toEqual([12, ['so', '@character']]);
    expect(parseFeatureName('after-sorry ^i ')).toEqual([5, ['i', '']]);
  });

  it('scores every labelled text exactly as the trainer reads it', () => {
    const dir = resolve(import.meta.dirname, '../fixtures');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(resolve(dir, f), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(1000);
    const extra = ['', '"whatever"', 'sorry. i was tired', 'You said “you never listen”.', '😀'];
    const texts = [
      ...lines.map((l) => String((JSON.parse(l) as { text: unknown }).text)),
      ...extra,
    ];
    const differ: string[] = [];
    for (const text of texts) {
      for (const kind of ['apology', 'message'] as const) {
        const ctx = buildContext(text, normalizeText(text), kind);
        const fast = clauseLogits(ctx, model);
        const slow = clauseLogitsByName(ctx, model);
        const same =
          fast.length === slow.length &&
          fast.every((z, i) => z.every((v, c) => Math.abs(v - (slow[i]?.[c] ?? NaN)) < 1e-9));
        if (!same) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('the training texts', () => {
  it('do not contain the sentences the coach is tested on, so the tests measure reading, not memory', () => {
    const here = import.meta.dirname;
    const fixtures = resolve(here, '../fixtures');
    const words = (s: string): string =>
      s
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .trim();
    const trained = new Set(
      readdirSync(fixtures)
        .filter((f) => f.startsWith('train-'))
        .flatMap((f) => readFileSync(resolve(fixtures, f), 'utf8').split('\n'))
        .filter((line) => line.trim() !== '')
        .map((line) => words(String((JSON.parse(line) as { text: unknown }).text))),
    );
    const tested = ['language.test.ts', 'robustness.test.ts'].flatMap((f) =>
      [
        ...readFileSync(resolve(here, '..', f), 'utf8').matchAll(/(['"`])((?:(?!\1).){20,}?)\1/g),
      ].map((m) => words(m[2] ?? '')),
    );
    expect(tested.length).toBeGreaterThan(100);
    expect(tested.filter((t) => t !== '' && trained.has(t))).toEqual([]);
  });
});

describe('look-alikes', () => {
  const codes = (text: string): Set<Code> =>
    new Set(analyzeWith(text, 'message', {}).findings.map((f) => f.code));

  it('keep the reader from reading sincere thanks as sarcasm, unless it sits beside a failure', () => {
    expect(codes('Thanks for the lovely evening, you always know how to cheer me up.')).toEqual(
      new Set(),
    );
    expect(codes('Thanks for ruining my birthday, genius.')).toContain('contempt');
  });

  it('tell a part of a whole from a small count', () => {
    expect(codes('One of my friends saw you there.')).not.toContain('minimization');
    expect(codes("It was one kiss, that's all.")).toContain('minimization');
  });

  it('tell a boundary with work from a wall between two people', () => {
    expect(codes("I'm not answering work calls on holiday.")).not.toContain('stonewalling');
    expect(codes("I'm not answering your calls anymore.")).toContain('stonewalling');
  });
});

describe('look-alikes of being driven to it', () => {
  it('tell a lift to a place from being driven to an act', () => {
    const codes = (text: string): Set<Code> =>
      new Set(analyzeWith(text, 'message', {}).findings.map((f) => f.code));
    expect(codes('Thanks for waiting, you took me to the airport at dawn.')).not.toContain(
      'blame_shift',
    );
    expect(codes('You drove me to the edge with your lies.')).toContain('blame_shift');
  });
});
