/**
 * Training of the learned reader: one logistic regression per code over clause features, from
 * texts labelled as a whole. Pure and deterministic (a seeded shuffle), so the same texts always
 * give the same weights; used by `npm run coach:train`, never by the coach at run time.
 *
 * Labels are per text, so training is multiple-instance: first every clause of a text carries
 * the text's codes; then, round after round, only the clause the model finds likeliest (and any
 * clause it is sure of) keeps a code.
 */
import type { Code, TextKind } from '../types.js';
import { CODES } from '../types.js';
import { buildContext } from '../context.js';
import { normalizeText } from '../normalize.js';
import { clauseFeatures } from './features.js';
import type { LearnedModel } from './reader.js';

/** One text labelled as a whole. */
export interface TrainingText {
  readonly kind: TextKind;
  readonly text: string;
  readonly codes: ReadonlySet<Code>;
}

/** How to train; the defaults were chosen by cross-validation over whole files. */
export interface TrainingSettings {
  readonly epochs: number;
  readonly rounds: number;
  /** FTRL-proximal's learning rate parameters, and its L1 and L2 penalties. */
  readonly alpha: number;
  readonly beta: number;
  readonly l1: number;
  readonly l2: number;
  /** A feature seen in fewer texts than this is ignored. */
  readonly minCount: number;
  /**
   * A clause of a text labelled with a code counts as a positive example with weight 1/k^p, for
   * a text of k clauses: in a long text, most clauses do not carry the code the text has.
   */
  readonly positiveWeight: number;
  /** Weights smaller than this are dropped from the shipped model. */
  readonly prune: number;
  /** At most this many features are kept (those with the largest weights), for the bundle size. */
  readonly maxFeatures: number;
  /** Weights are rounded to 1/scale. */
  readonly scale: number;
  /** The probability a code needs to be found… */
  readonly threshold: number;
  /** …unless the code has its own (1 or more: the reader never finds it). */
  readonly thresholds?: Readonly<Partial<Record<Code, number>>>;
}

export const DEFAULT_SETTINGS: TrainingSettings = {
  epochs: 6,
  rounds: 1,
  alpha: 0.3,
  beta: 1,
  // With the cap below: 15 scored 0.772 micro F1 on six fresh files where 30 scored 0.766.
  l1: 15,
  l2: 1,
  minCount: 2,
  // 0.3 scored 0.773 micro F1 on six fresh files where 0 (every clause a full positive) scored
  // 0.760, 0.5 0.770 and 1 0.732.
  positiveWeight: 0.3,
  // Keeps the model near 36 KB gzip (the coach's budget is 80 KB); 0.15 scored +0.002 F1.
  prune: 0.3,
  maxFeatures: 4000,
  scale: 20,
  threshold: 0.8,
};

interface Featurized {
  readonly codes: ReadonlySet<Code>;
  readonly clauses: readonly (readonly string[])[];
}

/** The features of each clause of a text that has any (cited clauses have none). */
export function textClauses(text: string, kind: TextKind): string[][] {
  const ctx = buildContext(text, normalizeText(text), kind);
  return clauseFeatures(ctx)
    .map((c) => [...c.features])
    .filter((f) => f.length > 0);
}

/** Trains the reader on labelled texts. */
export function trainModel(
  texts: readonly TrainingText[],
  settings: TrainingSettings = DEFAULT_SETTINGS,
): LearnedModel {
  const examples = texts.map((t) => ({ codes: t.codes, clauses: textClauses(t.text, t.kind) }));
  return toModel(train(examples, settings), settings);
}

// A small deterministic generator (mulberry32), so training is reproducible.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

interface Dense {
  readonly vocabulary: readonly string[];
  readonly weights: readonly Float64Array[]; // per code, per feature
  readonly bias: Float64Array;
}

/** Trains one logistic model per code on the clauses of `examples`. */
function train(examples: readonly Featurized[], settings: TrainingSettings): Dense {
  // The vocabulary: features seen in at least `minCount` texts.
  const count = new Map<string, number>();
  for (const ex of examples) {
    for (const f of new Set(ex.clauses.flat())) count.set(f, (count.get(f) ?? 0) + 1);
  }
  const vocabulary = [...count.entries()]
    .filter(([, n]) => n >= settings.minCount)
    .map(([f]) => f)
    .sort();
  const id = new Map(vocabulary.map((f, i) => [f, i]));
  const instances: { text: number; x: Int32Array; weight: number }[] = [];
  examples.forEach((ex, text) => {
    const weight = Math.max(1, ex.clauses.length) ** -settings.positiveWeight;
    for (const clause of ex.clauses) {
      const x = Int32Array.from(clause.map((f) => id.get(f) ?? -1).filter((i) => i >= 0));
      instances.push({ text, x, weight });
    }
  });
  const weights = CODES.map(() => new Float64Array(vocabulary.length));
  const bias = new Float64Array(CODES.length);
  const rng = random(20261125);
  const order = instances.map((_, i) => i);

  CODES.forEach((code, c) => {
    const w = weights[c] ?? new Float64Array(0);
    // FTRL-proximal (McMahan et al., 2013): per-feature learning rates and an L1 penalty that
    // keeps most weights at exactly zero, so the shipped model stays small.
    const zs = new Float64Array(vocabulary.length);
    const ns = new Float64Array(vocabulary.length);
    const { alpha, beta, l1, l2 } = settings;
    const weightOf = (f: number): number => {
      const z = zs[f] ?? 0;
      if (Math.abs(z) <= l1) return 0;
      return -(z - Math.sign(z) * l1) / ((beta + Math.sqrt(ns[f] ?? 0)) / alpha + l2);
    };
    let b = 0;
    let nb = 0;
    // Round 0: every clause of a positive text is positive.
    let label = instances.map((inst) => ((examples[inst.text]?.codes.has(code) ?? false) ? 1 : 0));
    for (let round = 0; round < settings.rounds; round++) {
      for (let epoch = 0; epoch < settings.epochs; epoch++) {
        shuffle(order, rng);
        for (const i of order) {
          const inst = instances[i];
          if (inst === undefined) continue;
          let z = b;
          for (const f of inst.x) {
            const wf = weightOf(f);
            w[f] = wf;
            z += wf;
          }
          const y = label[i] ?? 0;
          const g = (sigmoid(z) - y) * (y === 1 ? inst.weight : 1);
          nb += g * g;
          b -= (alpha * g) / (beta + Math.sqrt(nb));
          for (const f of inst.x) {
            const n = ns[f] ?? 0;
            const sigma = (Math.sqrt(n + g * g) - Math.sqrt(n)) / alpha;
            zs[f] = (zs[f] ?? 0) + g - sigma * (w[f] ?? 0);
            ns[f] = n + g * g;
          }
        }
      }
      for (let f = 0; f < vocabulary.length; f++) w[f] = weightOf(f);
      // Next round: in a positive text, only the likeliest clause (and any sure one) is positive.
      const p = instances.map((inst) => {
        let z = b;
        for (const f of inst.x) z += w[f] ?? 0;
        return sigmoid(z);
      });
      const best = new Map<number, number>();
      instances.forEach((inst, i) => {
        const j = best.get(inst.text);
        if (j === undefined || (p[i] ?? 0) > (p[j] ?? 0)) best.set(inst.text, i);
      });
      label = instances.map((inst, i) => {
        if (!(examples[inst.text]?.codes.has(code) ?? false)) return 0;
        return best.get(inst.text) === i || (p[i] ?? 0) >= 0.5 ? 1 : 0;
      });
    }
    bias[c] = b;
  });
  return { vocabulary, weights, bias };
}

function shuffle(a: number[], rng: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i] ?? 0;
    a[i] = a[j] ?? 0;
    a[j] = t;
  }
}

/** The sparse model the coach ships: small weights pruned away. */
function toModel(dense: Dense, settings: TrainingSettings): LearnedModel {
  const weights = new Map<string, number[]>();
  dense.vocabulary.forEach((feature, f) => {
    const pairs: number[] = [];
    dense.weights.forEach((w, c) => {
      const v = w[f] ?? 0;
      if (Math.abs(v) >= settings.prune)
        pairs.push(c, Math.round(v * settings.scale) / settings.scale);
    });
    if (pairs.length > 0) weights.set(feature, pairs);
  });
  if (weights.size > settings.maxFeatures) {
    const mass = (pairs: readonly number[]): number =>
      pairs.reduce((sum, v, i) => (i % 2 === 1 ? sum + Math.abs(v) : sum), 0);
    const ranked = [...weights.entries()].sort(
      (a, b) => mass(b[1]) - mass(a[1]) || (a[0] < b[0] ? -1 : 1),
    );
    for (const [feature] of ranked.slice(settings.maxFeatures)) weights.delete(feature);
  }
  const thresholds = CODES.map((c) => settings.thresholds?.[c] ?? settings.threshold);
  return { thresholds, bias: [...dense.bias], weights };
}
