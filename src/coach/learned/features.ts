/**
 * Features of the learned reader: what a clause says, as strings a linear model can weigh.
 * The same function feeds the trainer (`scripts/coach-train.ts`) and the coach at run time, so
 * what was learned is exactly what is read.
 *
 * A clause gives: its words in a canonical form (texting spellings and contractions unified,
 * light suffix stripping), their pairs and triples, the words that open it ("^ you"), the words
 * a negation reaches ("not:big"), whether its sentence is a question, and the kind of text.
 * Words someone else said (quoted or reported) give no features: the writer is not saying them.
 */
import type { Context } from '../context.js';
import type { Range } from '../types.js';
import { isNegationWord } from '../negation.js';
import { insideAny } from '../quotes.js';
import { rangeIndexAt } from '../sentences.js';
import { ACCUSING_VERBS, CHARACTER_WORDS, FEELINGS } from '../lexicons/words.js';

/** One clause of a text with the features the model reads in it. */
export interface ClauseFeatures extends Range {
  readonly features: readonly string[];
  /** True for a whole sentence of several clauses, read as one after its clauses. */
  readonly sentence?: true;
}

// Texting spellings, misspellings and apostrophe-less contractions, to the word they stand for.
// Each group is what people type on a phone; the model then sees one word, not five.
const CANONICAL: Readonly<Record<string, string>> = {
  // Pronouns and their contractions typed without an apostrophe.
  u: 'you',
  ya: 'you',
  yu: 'you',
  ur: 'your',
  youre: "you're",
  yr: 'your',
  im: "i'm",
  ive: "i've",
  id: "i'd",
  ill: "i'll",
  youve: "you've",
  youll: "you'll",
  youd: "you'd",
  thats: "that's",
  its: "it's",
  whats: "what's",
  theres: "there's",
  // Negations without an apostrophe.
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  cannot: "can't",
  couldnt: "couldn't",
  wont: "won't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  aint: "isn't",
  // Short forms of common words.
  cuz: 'because',
  cos: 'because',
  coz: 'because',
  bc: 'because',
  bcz: 'because',
  becuase: 'because',
  becasue: 'because',
  sry: 'sorry',
  soz: 'sorry',
  sory: 'sorry',
  sorryyy: 'sorry',
  sorryy: 'sorry',
  srry: 'sorry',
  pls: 'please',
  plz: 'please',
  tho: 'though',
  rly: 'really',
  realy: 'really',
  ppl: 'people',
  k: 'ok',
  kk: 'ok',
  okay: 'ok',
  r: 'are',
  n: 'and',
  w: 'with',
  abt: 'about',
  bout: 'about',
  thru: 'through',
  gonna: 'going',
  wanna: 'want',
  gotta: 'have',
  shoulda: 'should',
  shouldve: "should've",
  wouldve: "would've",
  couldve: "could've",
  definately: 'definitely',
  defintely: 'definitely',
  apologise: 'apologize',
  apologised: 'apologize',
  apologising: 'apologize',
  appologize: 'apologize',
  apologies: 'apologize',
  apology: 'apologize',
  responsability: 'responsibility',
  realise: 'realize',
  realised: 'realize',
  whatevs: 'whatever',
  wateva: 'whatever',
  whatev: 'whatever',
  nvm: 'nevermind',
  idc: "i don't care",
  idk: "i don't know",
};

// Contractions split into the words the model should see ("i'm" → "i am").
const EXPAND: Readonly<Record<string, readonly string[]>> = {
  "i'm": ['i', 'am'],
  "i've": ['i', 'have'],
  "i'll": ['i', 'will'],
  "i'd": ['i', 'would'],
  "you're": ['you', 'are'],
  "you've": ['you', 'have'],
  "you'll": ['you', 'will'],
  "you'd": ['you', 'would'],
  "we're": ['we', 'are'],
  "we'll": ['we', 'will'],
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "what's": ['what', 'is'],
  "there's": ['there', 'is'],
  "he's": ['he', 'is'],
  "she's": ['she', 'is'],
  "they're": ['they', 'are'],
  "should've": ['should', 'have'],
  "would've": ['would', 'have'],
  "could've": ['could', 'have'],
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "don't": ['do', 'not'],
  "doesn't": ['does', 'not'],
  "didn't": ['did', 'not'],
  "isn't": ['is', 'not'],
  "wasn't": ['was', 'not'],
  "aren't": ['are', 'not'],
  "weren't": ['were', 'not'],
  "haven't": ['have', 'not'],
  "hasn't": ['has', 'not'],
  "hadn't": ['had', 'not'],
  "couldn't": ['could', 'not'],
  "wouldn't": ['would', 'not'],
  "shouldn't": ['should', 'not'],
  "i don't care": ['i', 'do', 'not', 'care'],
  "i don't know": ['i', 'do', 'not', 'know'],
};

// Words a negation does not pass on to ("not" reaches "big" in "not a big deal", not "a").
const NEGATION_SKIP = new Set(['a', 'an', 'the', 'to', 'be', 'been', 'that', 'it', 'so', 'really']);
// How many words after a negation are marked as negated.
const NEGATION_REACH = 3;

// Word classes from the coach's lexicons: the model weighs "you are so <character word>" once,
// for every character word, instead of learning each word from examples.
const CLASSES = new Map<string, string>();
for (const [name, words] of [
  ['@character', CHARACTER_WORDS],
  ['@accusing', ACCUSING_VERBS],
  ['@feeling', FEELINGS],
] as const) {
  for (const w of words) if (/^[a-z'-]+$/.test(w) && !CLASSES.has(w)) CLASSES.set(stem(w), name);
}

// A light suffix stripper: enough to join "hurt/hurts/hurting", "apologize/apologized".
function stem(word: string): string {
  if (word.includes("'") || word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ise') || w.endsWith('ised') || w.endsWith('ising')) {
    w = w.replace(/is(e|ed|ing)$/, 'iz$1');
  }
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('ly') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) {
    return w.slice(0, -1);
  }
  return w;
}

// The words of the tokens seen lately: a person typing repeats most of them on every keystroke.
const WORDS_SEEN = new Map<string, readonly string[]>();
const WORDS_SEEN_LIMIT = 5000;

/** The words of a normalised token, canonical and with contractions expanded. */
function wordsOf(token: string): readonly string[] {
  let words = WORDS_SEEN.get(token);
  if (words === undefined) {
    if (WORDS_SEEN.size >= WORDS_SEEN_LIMIT) WORDS_SEEN.clear();
    words = wordsOfUncached(token);
    WORDS_SEEN.set(token, words);
  }
  return words;
}

function wordsOfUncached(token: string): readonly string[] {
  const canon = CANONICAL[token] ?? token;
  const expanded = EXPAND[canon];
  if (expanded !== undefined) return expanded;
  if (canon.includes(' ')) return canon.split(' ').map(stem);
  return [stem(canon)];
}

/** What the reader takes from one clause: its words and what surrounds them. */
export interface ClauseWords extends Range {
  readonly words: readonly string[];
  /** Per word, whether a negation reaches it. */
  readonly negated: readonly boolean[];
  /** Whether the clause's sentence is a question. */
  readonly question: boolean;
  /** Whether an earlier clause apologised ("sorry… I was exhausted"). */
  readonly apologised: boolean;
  /** Per word, the offsets of the token it was read from (a contraction gives two words). */
  readonly at: readonly Range[];
}

/** The words of each clause of a text, in order; words someone else said are left out. */
export function readClauses(ctx: Context): ClauseWords[] {
  const out: ClauseWords[] = [];
  let t = 0;
  let apologised = false;
  for (const clause of ctx.clauses) {
    const words: string[] = [];
    const negated: boolean[] = [];
    const at: Range[] = [];
    let reach = 0;
    while (t < ctx.tokens.length) {
      const token = ctx.tokens[t];
      if (token === undefined || token.start >= clause.end) break;
      t++;
      if (!token.word || token.start < clause.start) continue;
      if (insideAny(ctx.quoted, token.start) || insideAny(ctx.reported, token.start)) continue;
      const scoped = insideAny(ctx.negated, token.start);
      for (const w of wordsOf(token.text)) {
        at.push({ start: token.start, end: token.end });
        if (w === 'not' || w === 'never' || isNegationWord(w)) {
          words.push(w);
          negated.push(false);
          reach = NEGATION_REACH;
          continue;
        }
        words.push(w);
        negated.push(scoped || reach > 0);
        if (reach > 0 && !NEGATION_SKIP.has(w)) reach--;
      }
    }
    const question = words.length > 0 && isQuestion(ctx, clause);
    out.push({ start: clause.start, end: clause.end, words, negated, question, apologised, at });
    if (words.includes('sorry') || words.includes('apologize')) apologised = true;
  }
  return out;
}

/** The kinds of feature a clause gives (see `featureName` for what each looks like). */
export const Feature = {
  Kind: 1,
  Start1: 2,
  Start2: 3,
  After0: 4,
  After2: 5,
  Question0: 6,
  Question1: 7,
  Word: 8,
  NegatedWord: 9,
  Class: 10,
  NegatedClass: 11,
  WordClass: 12,
  Pair: 13,
  Triple: 14,
  Skip: 15,
} as const;
/** One kind of feature. */
export type Feature = (typeof Feature)[keyof typeof Feature];

/**
 * Calls `emit` for every feature of a clause, as its type and the positions of its words
 * (-1 for none). The one definition of the features: names and keys are both made from it.
 */
export function enumerateFeatures(
  clause: ClauseWords,
  emit: (type: Feature, i: number, j: number, k: number) => void,
): void {
  const { words, negated } = clause;
  const n = words.length;
  if (n === 0) return;
  emit(Feature.Kind, -1, -1, -1);
  emit(Feature.Start1, 0, -1, -1);
  if (n > 1) emit(Feature.Start2, 0, 1, -1);
  if (clause.apologised) {
    // What follows an apology: "sorry. I was exhausted" is an excuse, not news.
    emit(Feature.After0, -1, -1, -1);
    emit(Feature.After2, 0, n > 1 ? 1 : -1, -1);
  }
  if (clause.question) {
    emit(Feature.Question0, -1, -1, -1);
    emit(Feature.Question1, 0, -1, -1);
  }
  for (let i = 0; i < n; i++) {
    const neg = negated[i] === true;
    emit(neg ? Feature.NegatedWord : Feature.Word, i, -1, -1);
    if (CLASSES.has(words[i] ?? '')) {
      emit(neg ? Feature.NegatedClass : Feature.Class, i, -1, -1);
      if (i > 0) emit(Feature.WordClass, i - 1, i, -1);
    }
    if (i + 1 >= n) continue;
    emit(Feature.Pair, i, i + 1, -1);
    if (i + 2 >= n) continue;
    emit(Feature.Triple, i, i + 1, i + 2);
    // A pair with one word between: "you * never", "i * sorry".
    emit(Feature.Skip, i, i + 2, -1);
  }
}

/** The class of a word ("@character" for "selfish"), if it has one. */
export function classOf(word: string): string | undefined {
  return CLASSES.get(word);
}

/** The name of one feature, as the trainer and the stored model spell it. */
export function featureName(
  clause: ClauseWords,
  kind: string,
  type: Feature,
  i: number,
  j: number,
  k: number,
): string {
  const w = (x: number): string => clause.words[x] ?? '';
  const cls = (x: number): string => CLASSES.get(w(x)) ?? '';
  switch (type) {
    case Feature.Kind:
      return `k:${kind}`;
    case Feature.Start1:
      return `^${w(i)}`;
    case Feature.Start2:
      return `^${w(i)} ${w(j)}`;
    case Feature.After0:
      return 'after-sorry';
    case Feature.After2:
      return `after-sorry ^${w(i)} ${w(j)}`;
    case Feature.Question0:
      return '?';
    case Feature.Question1:
      return `?^${w(i)}`;
    case Feature.Word:
      return w(i);
    case Feature.NegatedWord:
      return `not:${w(i)}`;
    case Feature.Class:
      return cls(i);
    case Feature.NegatedClass:
      return `not:${cls(i)}`;
    case Feature.WordClass:
      return `${w(i)} ${cls(j)}`;
    case Feature.Pair:
      return `${w(i)} ${w(j)}`;
    case Feature.Triple:
      return `${w(i)} ${w(j)} ${w(k)}`;
    case Feature.Skip:
      return `${w(i)} _ ${w(j)}`;
  }
}

/**
 * The clauses of a text with their feature names, in order, then every sentence of several
 * clauses read whole. Cited words give no features; a clause of only cited words has none.
 */
export function clauseFeatures(ctx: Context): ClauseFeatures[] {
  const out: ClauseFeatures[] = readClauses(ctx).map((clause) => {
    // A feature seen twice counts twice ("sorry, so so sorry"): the model sums what it reads.
    const features: string[] = [];
    enumerateFeatures(clause, (type, i, j, k) =>
      features.push(featureName(clause, ctx.kind, type, i, j, k)),
    );
    return { start: clause.start, end: clause.end, features };
  });
  return withSentences(ctx, out);
}

/**
 * The ranges of the sentences of several clauses with features, each with the indexes of those
 * clauses: a sentence is read whole too, since some codes live across a comma.
 */
export function sentenceWindows(
  ctx: Context,
  clauses: readonly (Range & { readonly empty: boolean })[],
): (Range & { readonly parts: readonly number[] })[] {
  const out: (Range & { parts: number[] })[] = [];
  for (const s of ctx.sentences) {
    const parts: number[] = [];
    clauses.forEach((c, i) => {
      if (!c.empty && c.start >= s.start && c.end <= s.end) parts.push(i);
    });
    if (parts.length >= 2) out.push({ start: s.start, end: s.end, parts });
  }
  return out;
}

function withSentences(ctx: Context, clauses: ClauseFeatures[]): ClauseFeatures[] {
  const out = [...clauses];
  const windows = sentenceWindows(
    ctx,
    clauses.map((c) => ({ start: c.start, end: c.end, empty: c.features.length === 0 })),
  );
  // A sentence reads as all its clauses' features together, so its score is their sum.
  for (const window of windows) {
    const features = window.parts.flatMap((i) => clauses[i]?.features ?? []);
    out.push({ start: window.start, end: window.end, features, sentence: true });
  }
  return out;
}

// A clause is part of a question when its sentence ends with "?".
function isQuestion(ctx: Context, clause: Range): boolean {
  const s = ctx.sentences[rangeIndexAt(ctx.sentences, clause.start)];
  if (s === undefined) return false;
  return ctx.norm.slice(s.start, s.end).trimEnd().endsWith('?');
}
