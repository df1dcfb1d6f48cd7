/**
 * `npm run coach:train [-- --cv]`: trains the coach's learned reader on every labelled file
 * (../shared/coach/dev.jsonl and src/coach/fixtures/*.jsonl) and writes
 * src/coach/learned/weights.ts. Deterministic: the same files give the same weights.
 *
 * With `--cv` it first measures, file by file, a model trained on all the OTHER files: the
 * honest number for text the coach has not seen (rules alone, and rules with the reader).
 * The model and its training: src/coach/learned/train.ts.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { CODES } from '../src/coach/index.js';
import type { Code } from '../src/coach/index.js';
import { analyzeWith } from '../src/coach/analyze.js';
import type { LearnedModel } from '../src/coach/learned/reader.js';
import { storeModel } from '../src/coach/learned/reader.js';
import type { TrainingSettings, TrainingText } from '../src/coach/learned/train.js';
import { DEFAULT_SETTINGS, trainModel } from '../src/coach/learned/train.js';
import { prf, readExamples } from './labelled.js';
import type { Tally } from './labelled.js';

interface Labelled extends TrainingText {
  readonly id: string;
  readonly file: string;
}

const SETTINGS: TrainingSettings = {
  ...DEFAULT_SETTINGS,
  // For experiments: COACH_TRAIN='{"l2":0.001}' overrides settings for one run.
  ...z
    .object({
      epochs: z.number().int().positive(),
      rounds: z.number().int().positive(),
      alpha: z.number().positive(),
      beta: z.number().positive(),
      l1: z.number().nonnegative(),
      l2: z.number().nonnegative(),
      minCount: z.number().int().positive(),
      positiveWeight: z.number().nonnegative(),
      prune: z.number().nonnegative(),
      maxFeatures: z.number().int().positive(),
      threshold: z.number().min(0).max(1),
    })
    .partial()
    .strict()
    .parse(JSON.parse(process.env.COACH_TRAIN ?? '{}')),
};

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = resolve(ROOT, 'src/coach/fixtures');
const FILES = [
  resolve(ROOT, '../shared/coach/dev.jsonl'),
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => resolve(FIXTURES, f)),
];

function read(file: string): Labelled[] {
  return readExamples(file).map(({ id, kind, text, codes }) => ({
    id,
    kind,
    text,
    codes: new Set(codes),
    file: basename(file),
  }));
}

function score(
  examples: readonly Labelled[],
  learned: LearnedModel | null,
  rules = true,
): {
  micro: number;
  macro: number;
  perCode: Map<Code, Tally>;
} {
  const perCode = new Map<Code, Tally>(CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  for (const ex of examples) {
    const got = new Set(
      analyzeWith(ex.text, ex.kind, { learned, rules }).findings.map((f) => f.code),
    );
    for (const c of CODES) {
      const t = perCode.get(c);
      if (t === undefined) continue;
      if (got.has(c) && ex.codes.has(c)) t.tp++;
      else if (got.has(c)) t.fp++;
      else if (ex.codes.has(c)) t.fn++;
    }
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  const f1s: number[] = [];
  for (const t of perCode.values()) {
    all.tp += t.tp;
    all.fp += t.fp;
    all.fn += t.fn;
    if (t.tp + t.fn > 0) f1s.push(f1(t));
  }
  return {
    micro: f1(all),
    macro: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    perCode,
  };
}

const f1 = (t: Tally): number => prf(t).f;
const fmt = (n: number): string => n.toFixed(3);

// The files the rules were written against: their numbers flatter the rules, so thresholds are
// chosen, and honest numbers reported, on the other files only.
// `--only a.jsonl,b.jsonl`: cross-validate on these held-out files only (quicker experiments).
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const TUNED_ON = new Set(['dev.jsonl', 'extra.jsonl', 'heldout-2.jsonl', 'heldout-3.jsonl']);
// Candidate thresholds; 1.01 means the reader never adds the code.
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];

/**
 * Leave-one-file-out: per file, a model trained on all the others. Prints the numbers and
 * returns, per code, the threshold that gave the best pooled F1 on the fresh files.
 */
function crossValidate(byFile: Map<string, Labelled[]>): Partial<Record<Code, number>> {
  const fresh = new Map<number, Map<Code, Tally>>(
    THRESHOLDS.map((t) => [t, new Map(CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]))]),
  );
  console.log(
    'Leave-one-file-out, micro/macro F1: rules alone, then rules + reader at a threshold',
  );
  for (const [file, held] of byFile) {
    // The files the rules were written against teach nothing about fresh text: skip them quickly.
    if (TUNED_ON.has(file) && process.argv.includes('--quick')) continue;
    if (ONLY !== undefined && !ONLY.includes(file)) continue;
    const rest = [...byFile.entries()].filter(([f]) => f !== file).flatMap(([, ex]) => ex);
    const trained = trainModel(rest, SETTINGS);
    let line = ((TUNED_ON.has(file) ? '(tuned) ' : '') + file).padEnd(26);
    for (const t of THRESHOLDS) {
      const result = score(held, { ...trained, thresholds: CODES.map(() => t) });
      line += ` ${t > 1 ? 'rules' : `@${t}`} ${fmt(result.micro)}/${fmt(result.macro)}`;
      const pooled = fresh.get(t);
      if (!TUNED_ON.has(file) && pooled !== undefined) addCodes(pooled, result.perCode);
    }
    const alone = score(held, { ...trained, thresholds: CODES.map(() => 0.7) }, false);
    console.log(`${line}  reader alone @0.7 ${fmt(alone.micro)}/${fmt(alone.macro)}`);
  }
  const chosen: Partial<Record<Code, number>> = {};
  const total = { tp: 0, fp: 0, fn: 0 };
  const rulesOnly = fresh.get(1.01) ?? new Map<Code, Tally>();
  console.log('\nPer code, pooled over the fresh files: rules alone, and with the best threshold');
  for (const c of CODES) {
    // The best pooled F1, then the highest threshold within 0.01 of it: when precision is
    // nearly free, take it — a false warning on an innocent message costs the person more.
    const f1At = (t: number): number => {
      const tally = fresh.get(t)?.get(c);
      return tally === undefined ? 0 : f1(tally);
    };
    const top = Math.max(...THRESHOLDS.map(f1At));
    const best = Math.max(...THRESHOLDS.filter((t) => f1At(t) >= top - 0.01));
    chosen[c] = best;
    const curve = THRESHOLDS.map((t) => {
      const tally = fresh.get(t)?.get(c);
      return `${t > 1 ? 'rules' : t}:${tally === undefined ? '-' : fmt(f1(tally))}`;
    }).join(' ');
    const r = rulesOnly.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    const t = fresh.get(best)?.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
    console.log(
      `  ${c.padEnd(22)} rules P ${fmt(precision(r))} R ${fmt(recall(r))} F1 ${fmt(f1(r))}` +
        `   ${best > 1 ? 'rules' : `@${best}`.padEnd(5)} P ${fmt(precision(t))} R ${fmt(recall(t))} F1 ${fmt(f1(t))}  n ${t.tp + t.fn}   ${curve}`,
    );
  }
  const pooledRules = { tp: 0, fp: 0, fn: 0 };
  for (const t of rulesOnly.values()) {
    pooledRules.tp += t.tp;
    pooledRules.fp += t.fp;
    pooledRules.fn += t.fn;
  }
  console.log(
    `fresh files, micro F1: rules ${fmt(f1(pooledRules))}, rules + reader with these thresholds ${fmt(f1(total))}` +
      ' (thresholds chosen on these same files: a little optimistic)',
  );
  return chosen;
}

const precision = (t: Tally): number => prf(t).p;
const recall = (t: Tally): number => prf(t).r;

function addCodes(sum: Map<Code, Tally>, perCode: Map<Code, Tally>): void {
  for (const [c, t] of perCode) {
    const s = sum.get(c);
    if (s === undefined) continue;
    s.tp += t.tp;
    s.fp += t.fp;
    s.fn += t.fn;
  }
}

function main(): void {
  const byFile = new Map(FILES.map((f) => [basename(f), read(f)]));
  const all = [...byFile.values()].flat();
  console.log(`${all.length} labelled texts in ${byFile.size} files`);
  const thresholds = process.argv.includes('--no-cv') ? {} : crossValidate(byFile);
  if (process.argv.includes('--no-write')) return;
  const model = trainModel(all, { ...SETTINGS, thresholds });
  const data = storeModel(model, SETTINGS.scale);
  const out = resolve(ROOT, 'src/coach/learned/weights.ts');
  writeFileSync(
    out,
    [
      '// Generated by `npm run coach:train` from the labelled texts; do not edit by hand.',
      "import type { ModelData } from './reader.js';",
      '',
      `export const MODEL_DATA: ModelData = ${JSON.stringify(data)};`,
      '',
    ].join('\n'),
  );
  console.log(`wrote ${out}: ${model.weights.size} features`);
}

main();
