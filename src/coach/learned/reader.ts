/**
 * The learned reader: a linear model per code over clause features (`features.ts`), trained by
 * `npm run coach:train` on labelled texts and shipped as data (`weights.ts`). It reads what the
 * hand-written rules cannot list — new wordings of an excuse, a plea, a threat — and points at
 * the clause that carries it. The rules stay first: the reader only adds codes they missed.
 */
import type { Context } from '../context.js';
import type { Code } from '../types.js';
import type { RawFinding } from '../resolve.js';
import { CODES } from '../types.js';
import type { ClauseWords } from './features.js';
import {
  Feature,
  classOf,
  clauseFeatures,
  enumerateFeatures,
  readClauses,
  sentenceWindows,
} from './features.js';
import { MODEL_DATA } from './weights.js';

/** A trained model, ready to score: per code a bias, per feature its weights by code. */
export interface LearnedModel {
  /** Per code (in `CODES` order), the probability its best clause needs to be a finding. */
  readonly thresholds: readonly number[];
  /** Per code (in `CODES` order), the score of a clause with no known feature. */
  readonly bias: readonly number[];
  /** Per feature, its weights as pairs: code index, weight, code index, weight… */
  readonly weights: ReadonlyMap<string, readonly number[]>;
}

/**
 * The model as stored in `weights.ts`, compact for the browser bundle: `features` is one string
 * of tab-separated features; `rows` the same number of tab-separated rows, each a run of
 * "<code letter><integer weight>" ("a12c-40": code 0 weighs 12/scale, code 2 weighs -40/scale),
 * where the letter is the code's position in `codes` ("a" is the first).
 */
export interface ModelData {
  readonly thresholds: readonly number[];
  readonly scale: number;
  readonly codes: readonly string[];
  readonly bias: readonly number[];
  readonly features: string;
  readonly rows: string;
}

const ENTRY = /([a-z])(-?\d+)/g;

/** Turns stored model data into a model; the stored codes must be the coach's codes. */
export function loadModel(data: ModelData): LearnedModel {
  const index = data.codes.map((c) => CODES.indexOf(c as Code));
  if (index.some((i) => i < 0))
    throw new Error('The learned model knows a code the coach does not.');
  const weights = new Map<string, number[]>();
  const features = data.features === '' ? [] : data.features.split('\t');
  const rows = data.rows.split('\t');
  features.forEach((feature, f) => {
    const pairs: number[] = [];
    for (const m of (rows[f] ?? '').matchAll(ENTRY)) {
      const code = index[(m[1] ?? 'a').charCodeAt(0) - 97];
      if (code !== undefined) pairs.push(code, Number(m[2]) / data.scale);
    }
    weights.set(feature, pairs);
  });
  const at = (values: readonly number[], c: Code, missing: number): number => {
    const i = data.codes.indexOf(c);
    return i < 0 ? missing : (values[i] ?? missing);
  };
  const bias = CODES.map((c) => at(data.bias, c, -20));
  const thresholds = CODES.map((c) => at(data.thresholds, c, 1));
  return { thresholds, bias, weights };
}

/** Stores a model as `ModelData` (the inverse of `loadModel`, for the trainer). */
export function storeModel(model: LearnedModel, scale: number): ModelData {
  const features = [...model.weights.keys()].sort();
  const rows = features.map((feature) => {
    const pairs = model.weights.get(feature) ?? [];
    let row = '';
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      row +=
        String.fromCharCode(97 + (pairs[i] ?? 0)) + String(Math.round((pairs[i + 1] ?? 0) * scale));
    }
    return row;
  });
  return {
    thresholds: [...model.thresholds],
    scale,
    codes: [...CODES],
    bias: model.bias.map((b) => Math.round(b * 1000) / 1000),
    features: features.join('\t'),
    rows: rows.join('\t'),
  };
}

let shipped: LearnedModel | undefined;

/** The model shipped with the coach (loaded on first use). */
export function shippedModel(): LearnedModel {
  shipped ??= loadModel(MODEL_DATA);
  return shipped;
}

/** One clause (or whole sentence) of a text with its score for every code. */
interface Scored {
  readonly start: number;
  readonly end: number;
  /** Per code (in `CODES` order), the logit: the code is likely when it is above 0. */
  readonly z: Float64Array;
  /** A clause's words and the weighted features read in it; none for a whole sentence. */
  readonly clause?: { readonly words: ClauseWords; readonly hits: Hits };
}

/** The features of a clause the model has weights for: each one's weights and word positions. */
interface Hits {
  readonly pairs: (readonly number[])[];
  /** Three per feature: the positions of its words (-1 for none). */
  readonly positions: number[];
}

/**
 * The same scores read the slow way, by feature names (the trainer's view): for tests that
 * prove the run-time reading equal to what was trained.
 */
export function clauseLogitsByName(ctx: Context, model: LearnedModel): Float64Array[] {
  return clauseFeatures(ctx)
    .filter((c) => c.features.length > 0)
    .map((clause) => {
      const z = Float64Array.from(model.bias);
      for (const feature of clause.features) {
        const pairs = model.weights.get(feature) ?? [];
        for (let i = 0; i + 1 < pairs.length; i += 2) {
          const c = pairs[i] ?? 0;
          z[c] = (z[c] ?? 0) + (pairs[i + 1] ?? 0);
        }
      }
      return z;
    });
}

/** The logits of every clause and sentence window, read the run-time way (for tests). */
export function clauseLogits(ctx: Context, model: LearnedModel): Float64Array[] {
  return scoreClauses(ctx, keyed(model)).map((s) => s.z);
}

// Run time reads features as numbers, not names: a feature is its type and the ids of its
// words, packed in a small integer (4 bits of type, 13 bits per word; a triple looks up its
// third word in a second map). Equal to reading names (tested over every labelled text).
const WORD_BITS = 2 ** 13;
const keyOf = (type: number, a: number, b: number): number =>
  (type * WORD_BITS + a) * WORD_BITS + b;

/** A model indexed for run time: the words it knows and its weights by numeric key. */
interface KeyedModel {
  readonly lexicon: ReadonlyMap<string, number>;
  readonly weights: ReadonlyMap<number, readonly number[]>;
  /** Triples: by the key of their first two words, then by the id of the third. */
  readonly triples: ReadonlyMap<number, ReadonlyMap<number, readonly number[]>>;
  /** The model's bias, as the array every clause's scores start from (copied with `slice`). */
  readonly bias: Float64Array;
  /** Per code, its threshold as a logit (Infinity when the reader never finds the code). */
  readonly cuts: Float64Array;
}

const KEYED = new WeakMap<LearnedModel, KeyedModel>();

function keyed(model: LearnedModel): KeyedModel {
  const known = KEYED.get(model);
  if (known !== undefined) return known;
  const lexicon = new Map<string, number>();
  const id = (word: string | undefined): number => {
    if (word === undefined) return 0;
    let n = lexicon.get(word);
    if (n === undefined) {
      n = lexicon.size + 1;
      if (n >= WORD_BITS) throw new Error('The learned model knows too many words.');
      lexicon.set(word, n);
    }
    return n;
  };
  const weights = new Map<number, readonly number[]>();
  const triples = new Map<number, Map<number, readonly number[]>>();
  for (const [name, pairs] of model.weights) {
    const [type, parts] = parseFeatureName(name);
    const key = keyOf(type, id(parts[0]), id(parts[1]));
    if (type !== Feature.Triple) {
      weights.set(key, pairs);
      continue;
    }
    const third = triples.get(key) ?? new Map<number, readonly number[]>();
    third.set(id(parts[2]), pairs);
    triples.set(key, third);
  }
  const cuts = Float64Array.from(model.thresholds, (t) =>
    t >= 1 ? Infinity : Math.log(t / (1 - t)),
  );
  const index = { lexicon, weights, triples, bias: new Float64Array(model.bias), cuts };
  KEYED.set(model, index);
  return index;
}

/** The type and the words of a feature name (the inverse of `featureName`). */
export function parseFeatureName(name: string): [Feature, string[]] {
  if (name.startsWith('k:')) return [Feature.Kind, [name]];
  if (name === '?') return [Feature.Question0, []];
  if (name.startsWith('?^')) return [Feature.Question1, [name.slice(2)]];
  if (name === 'after-sorry') return [Feature.After0, []];
  if (name.startsWith('after-sorry ^')) return [Feature.After2, name.slice(13).split(' ')];
  if (name.startsWith('^')) {
    const parts = name.slice(1).split(' ');
    return [parts.length === 1 ? Feature.Start1 : Feature.Start2, parts];
  }
  if (name.startsWith('not:')) {
    const rest = name.slice(4);
    return [rest.startsWith('@') ? Feature.NegatedClass : Feature.NegatedWord, [rest]];
  }
  const parts = name.split(' ');
  if (parts.length === 3 && parts[1] === '_')
    return [Feature.Skip, [parts[0] ?? '', parts[2] ?? '']];
  if (parts.length === 3) return [Feature.Triple, parts];
  if (parts.length === 2) {
    return [(parts[1] ?? '').startsWith('@') ? Feature.WordClass : Feature.Pair, parts];
  }
  return [name.startsWith('@') ? Feature.Class : Feature.Word, parts];
}

/** Adds the weights of one clause's features to `z` (the model's bias already in it). */
function addClause(z: Float64Array, clause: ClauseWords, kind: string, index: KeyedModel): Hits {
  const hits: Hits = { pairs: [], positions: [] };
  forEachWeighted(clause, kind, index, (pairs, positions) => {
    hits.pairs.push(pairs);
    hits.positions.push(positions[0] ?? -1, positions[1] ?? -1, positions[2] ?? -1);
    for (let p = 0; p + 1 < pairs.length; p += 2) {
      const c = pairs[p] ?? 0;
      z[c] = (z[c] ?? 0) + (pairs[p + 1] ?? 0);
    }
  });
  return hits;
}

/**
 * Where in a clause the words that speak for code `c` begin (features with a positive weight
 * for it), to the clause's last word: "I'd had about six pints" rather than "Look, I'd had…".
 * Undefined when no word does (the clause scored on its kind or position alone).
 */
function phraseOf(
  clause: ClauseWords,
  hits: Hits,
  c: number,
): { start: number; end: number } | undefined {
  let first = Infinity;
  let last = -1;
  hits.pairs.forEach((pairs, h) => {
    for (let p = 0; p + 1 < pairs.length; p += 2) {
      if (pairs[p] !== c || (pairs[p + 1] ?? 0) <= 0) continue;
      for (let x = 3 * h; x < 3 * h + 3; x++) {
        const at = hits.positions[x] ?? -1;
        if (at < 0) continue;
        first = Math.min(first, at);
        last = Math.max(last, at);
      }
    }
  });
  // From the first word that speaks for the code to the end of the clause: the opener ("So",
  // "Look,", "honestly") goes, the rest of what was said stays ("I'd had about six pints").
  const from = clause.at[first];
  const to = clause.at[clause.at.length - 1];
  return from === undefined || to === undefined || last < 0
    ? undefined
    : { start: from.start, end: to.end };
}

/** Calls `visit` with the weights of every feature of a clause the model knows, and its words. */
function forEachWeighted(
  clause: ClauseWords,
  kind: string,
  index: KeyedModel,
  visit: (pairs: readonly number[], positions: readonly number[]) => void,
): void {
  const { lexicon, weights, triples } = index;
  const ids = clause.words.map((w) => lexicon.get(w) ?? 0);
  const classId = (i: number): number => {
    const cls = classOf(clause.words[i] ?? '');
    return cls === undefined ? 0 : (lexicon.get(cls) ?? 0);
  };
  const at = (x: number): number => (x < 0 ? 0 : (ids[x] ?? 0));
  const positions = [-1, -1, -1];
  const add = (pairs: readonly number[] | undefined): void => {
    if (pairs !== undefined) visit(pairs, positions);
  };
  // A feature with a word the model does not know (id 0) has no weight: it is skipped.
  enumerateFeatures(clause, (type, i, j, k) => {
    let a = 0;
    let b = 0;
    switch (type) {
      case Feature.Kind:
        a = lexicon.get(`k:${kind}`) ?? 0;
        if (a === 0) return;
        break;
      case Feature.After0:
      case Feature.Question0:
        break;
      case Feature.After2:
        a = at(i);
        b = j < 0 ? (lexicon.get('') ?? 0) : at(j);
        if (a === 0 || b === 0) return;
        break;
      case Feature.Class:
      case Feature.NegatedClass:
        a = classId(i);
        if (a === 0) return;
        break;
      case Feature.WordClass:
        a = at(i);
        b = classId(j);
        if (a === 0 || b === 0) return;
        break;
      case Feature.Start2:
      case Feature.Pair:
      case Feature.Skip:
      case Feature.Triple:
        a = at(i);
        b = at(j);
        if (a === 0 || b === 0) return;
        break;
      default:
        a = at(i);
        if (a === 0) return;
    }
    const key = keyOf(type, a, b);
    positions[0] = i;
    positions[1] = j;
    positions[2] = k;
    if (type !== Feature.Triple) add(weights.get(key));
    else if (at(k) !== 0) add(triples.get(key)?.get(at(k)));
  });
}

/** Scores every clause of a text, then every sentence of several clauses read whole. */
function scoreClauses(ctx: Context, index: KeyedModel): Scored[] {
  const clauses = readClauses(ctx);
  const out: Scored[] = [];
  const scoreOf: (Float64Array | undefined)[] = clauses.map((clause) => {
    if (clause.words.length === 0) return undefined;
    const z = index.bias.slice();
    const hits = addClause(z, clause, ctx.kind, index);
    out.push({ start: clause.start, end: clause.end, z, clause: { words: clause, hits } });
    return z;
  });
  const windows = sentenceWindows(
    ctx,
    clauses.map((c) => ({ start: c.start, end: c.end, empty: c.words.length === 0 })),
  );
  // A sentence's score is the sum of its clauses' (each without the bias), plus the bias once.
  for (const window of windows) {
    const z = index.bias.slice();
    const bias = index.bias;
    for (const i of window.parts) {
      const part = scoreOf[i];
      if (part === undefined) continue;
      for (let c = 0; c < z.length; c++) z[c] = (z[c] ?? 0) + (part[c] ?? 0) - (bias[c] ?? 0);
    }
    out.push({ start: window.start, end: window.end, z });
  }
  return out;
}

// What a clause span should not start or end with.
const LEAD = /^[\s,;:—–-]+/;
const TRAIL = /[\s,;:—–-]+$/;

/** A phrase where a rule looked for a code and decided against it (praise, not a complaint). */
export interface Veto {
  readonly code: Code;
  /** Where the phrase starts; a clause that holds it, or reaches past `end`, is vetoed. */
  readonly at: number;
  readonly end?: number;
}

/**
 * The codes the model finds, each at the clause that carries it most (a whole sentence only when
 * no single clause does). Where a rule looked at a phrase for a code and turned it down — "you
 * always make me laugh" is praise, not a complaint — the reader does not find that code there.
 */
export function learnedFindings(
  ctx: Context,
  model: LearnedModel,
  vetoes: readonly Veto[] = [],
  found: ReadonlySet<Code> = new Set(),
): RawFinding[] {
  const index = keyed(model);
  const scored = scoreClauses(ctx, index);
  const out: RawFinding[] = [];
  if (scored.length === 0) return out;
  for (let c = 0; c < CODES.length; c++) {
    const code = CODES[c];
    if (code === undefined || found.has(code)) continue;
    // The threshold as a logit, so no clause needs its probability computed.
    const cut = index.cuts[c] ?? Infinity;
    let best: Scored | undefined;
    for (const s of scored) {
      const z = s.z[c] ?? 0;
      // A whole sentence only when no single clause carries the code.
      const sentence = s.clause === undefined;
      if (z < cut || (best !== undefined && (sentence || z <= (best.z[c] ?? 0)))) continue;
      const vetoed = (v: Veto): boolean =>
        v.code === code && v.at < s.end && (v.end ?? v.at + 1) > s.start;
      if (vetoes.some(vetoed)) continue;
      best = s;
    }
    if (best === undefined) continue;
    const phrase =
      best.clause === undefined ? undefined : phraseOf(best.clause.words, best.clause.hits, c);
    const span = phrase ?? trimmed(ctx.norm, best.start, best.end);
    if (span.end > span.start) out.push({ code, ...span });
  }
  return out;
}

function trimmed(norm: string, start: number, end: number): { start: number; end: number } {
  const text = norm.slice(start, end);
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  const trail = TRAIL.exec(text)?.[0].length ?? 0;
  return { start: start + lead, end: Math.max(start + lead, end - trail) };
}
