/**
 * The trigger index: a prefilter that skips a regex when the text cannot hold a match.
 *
 * Each compiled pattern is read once, at module load, into a small syntax tree. For every
 * top-level alternative we derive the words that any match of it must contain: a literal run
 * of letters that is bounded on both sides by something that can never be a letter (white
 * space, punctuation, the pattern's own word boundaries). Such a run is a whole word of the
 * text, so the alternative can only match when that word occurs. An alternative gets a list of
 * clauses (all must hold), each clause a list of words (one must occur). An alternative with no
 * clause, or whose syntax the reader does not know, always runs: the index may only ever skip
 * what cannot match, never what can.
 *
 * Apostrophes are optional in patterns ("don'?t"), so words are compared without them: the
 * text's words are its runs of letters split at apostrophes, and every concatenation of a few
 * neighbouring pieces ("i'm" gives "i", "m" and "im").
 */

/** Letters and digits, as the tokenizer and the word boundaries of `pattern.ts` see them. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

const APOSTROPHE = 39;

// ---------------------------------------------------------------------------------------------
// A reader for the regex syntax the patterns use. Anything else throws, and the alternative
// that holds it then always runs.

type Node =
  | { readonly t: 'char'; readonly c: number }
  | { readonly t: 'any'; readonly letter: boolean }
  | { readonly t: 'zero' }
  | { readonly t: 'group'; readonly alts: readonly Node[][] }
  | { readonly t: 'rep'; readonly node: Node; readonly min: number; readonly max: number };

class Unsupported extends Error {}

class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  /** The top-level alternatives of the whole source. */
  /** The top-level alternatives of the whole source, with the source text of each. */
  alternatives(): { nodes: Node[][]; sources: string[] } {
    const nodes: Node[][] = [];
    const sources: string[] = [];
    let from = 0;
    for (;;) {
      nodes.push(this.sequence());
      sources.push(this.src.slice(from, this.i));
      if (this.src.charAt(this.i) !== '|') break;
      this.i++;
      from = this.i;
    }
    if (this.i !== this.src.length) throw new Unsupported(`unexpected ")" at ${this.i}`);
    return { nodes, sources };
  }

  private alternation(): Node[][] {
    const alts = [this.sequence()];
    while (this.src.charAt(this.i) === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const out: Node[] = [];
    while (this.i < this.src.length) {
      const ch = this.src.charAt(this.i);
      if (ch === '|' || ch === ')') break;
      out.push(this.quantified(this.atom()));
    }
    return out;
  }

  private quantified(node: Node): Node {
    const ch = this.src.charAt(this.i);
    let min: number;
    let max: number;
    if (ch === '*' || ch === '+' || ch === '?') {
      this.i++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) return node;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return node;
    }
    if (this.src.charAt(this.i) === '?') this.i++; // lazy: the same language
    return this.quantified({ t: 'rep', node, min, max });
  }

  private atom(): Node {
    const src = this.src;
    const ch = src.charAt(this.i);
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape(false);
    this.i++;
    if (ch === '.') return { t: 'any', letter: true };
    if (ch === '^' || ch === '$') return { t: 'zero' };
    if (ch === '*' || ch === '+' || ch === '?') throw new Unsupported('nothing to repeat');
    return { t: 'char', c: ch.charCodeAt(0) };
  }

  private group(): Node {
    const rest = this.src.slice(this.i, this.i + 4);
    let zero = false;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.i += 3;
      zero = true;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.i += 4;
      zero = true;
    } else if (rest.startsWith('(?')) throw new Unsupported(`group ${rest}`);
    else this.i += 1; // a capturing group matches like a plain one (no backreferences here)
    const alts = this.alternation();
    if (this.src.charAt(this.i) !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return zero ? { t: 'zero' } : { t: 'group', alts };
  }

  // One escape; `inClass` for the escapes of a character class ("\b" is a backspace there).
  private escape(inClass: boolean): Node {
    const src = this.src;
    const e = src.charAt(this.i + 1);
    this.i += 2;
    if (e === 'u' || e === 'x') {
      const len = e === 'u' ? 4 : 2;
      const hex = src.slice(this.i, this.i + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new Unsupported(`\\${e}${hex}`);
      this.i += len;
      return { t: 'char', c: parseInt(hex, 16) };
    }
    if (e === 's') return { t: 'any', letter: false };
    if ('SdDwW'.includes(e)) return { t: 'any', letter: true };
    if (e === 'b' || e === 'B') {
      if (inClass && e === 'b') return { t: 'char', c: 8 };
      return { t: 'zero' };
    }
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
    const control = controls[e];
    if (control !== undefined) return { t: 'char', c: control };
    // Backreferences, \c, \k, \p and the like: not used by the patterns, so not understood.
    if (/[a-zA-Z0-9]/.test(e) || e === '') throw new Unsupported(`\\${e}`);
    return { t: 'char', c: e.charCodeAt(0) };
  }

  // A character class: all that matters is whether it can match a letter.
  private charClass(): Node {
    const src = this.src;
    this.i++;
    const negated = src.charAt(this.i) === '^';
    if (negated) this.i++;
    let letter = false;
    let first = true;
    for (;;) {
      if (this.i >= src.length) throw new Unsupported('unclosed class');
      const ch = src.charAt(this.i);
      if (ch === ']' && !first) break;
      first = false;
      const lo = this.classAtom();
      if (src.charAt(this.i) === '-' && src.charAt(this.i + 1) !== ']' && lo.t === 'char') {
        this.i++;
        const hi = this.classAtom();
        if (hi.t !== 'char') throw new Unsupported('class range');
        if (rangeHasLetter(lo.c, hi.c)) letter = true;
      } else if (lo.t === 'char') {
        if (isLetter(lo.c)) letter = true;
      } else if (lo.t === 'any' && lo.letter) {
        letter = true;
      }
    }
    this.i++;
    return { t: 'any', letter: negated || letter };
  }

  private classAtom(): Node {
    const ch = this.src.charAt(this.i);
    if (ch === '\\') return this.escape(true);
    this.i++;
    return { t: 'char', c: ch.charCodeAt(0) };
  }
}

function rangeHasLetter(lo: number, hi: number): boolean {
  const overlaps = (a: number, b: number): boolean => lo <= b && hi >= a;
  return overlaps(48, 57) || overlaps(97, 122) || overlaps(0xc0, 0x24f);
}

// ---------------------------------------------------------------------------------------------
// What a node can do at its edges: match nothing, start with a letter, end with a letter.

interface Edges {
  readonly empty: boolean;
  readonly startsLetter: boolean;
  readonly endsLetter: boolean;
}

const EDGES = new WeakMap<Node, Edges>();

function edges(node: Node): Edges {
  const known = EDGES.get(node);
  if (known !== undefined) return known;
  let e: Edges;
  switch (node.t) {
    case 'char': {
      const l = isLetter(node.c);
      e = { empty: false, startsLetter: l, endsLetter: l };
      break;
    }
    case 'any':
      e = { empty: false, startsLetter: node.letter, endsLetter: node.letter };
      break;
    case 'zero':
      e = { empty: true, startsLetter: false, endsLetter: false };
      break;
    case 'group': {
      const all = node.alts.map(seqEdges);
      e = {
        empty: all.some((a) => a.empty),
        startsLetter: all.some((a) => a.startsLetter),
        endsLetter: all.some((a) => a.endsLetter),
      };
      break;
    }
    case 'rep': {
      const inner = edges(node.node);
      e = { ...inner, empty: node.min === 0 || inner.empty };
      break;
    }
  }
  EDGES.set(node, e);
  return e;
}

function seqEdges(seq: readonly Node[]): Edges {
  let startsLetter = false;
  for (const n of seq) {
    const e = edges(n);
    if (e.startsLetter) startsLetter = true;
    if (!e.empty) break;
  }
  let endsLetter = false;
  for (let i = seq.length - 1; i >= 0; i--) {
    const n = seq[i];
    if (n === undefined) continue;
    const e = edges(n);
    if (e.endsLetter) endsLetter = true;
    if (!e.empty) break;
  }
  return { empty: seq.every((n) => edges(n).empty), startsLetter, endsLetter };
}

// True when the character just before seq[k] can never be a letter (`outer` at the start).
function hardBefore(seq: readonly Node[], k: number, outer: boolean): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const n = seq[j];
    if (n === undefined) continue;
    const e = edges(n);
    if (e.endsLetter) return false;
    if (!e.empty) return true;
  }
  return outer;
}

// True when the character just after seq[k] can never be a letter (`outer` at the end).
function hardAfter(seq: readonly Node[], k: number, outer: boolean): boolean {
  for (let j = k + 1; j < seq.length; j++) {
    const n = seq[j];
    if (n === undefined) continue;
    const e = edges(n);
    if (e.startsLetter) return false;
    if (!e.empty) return true;
  }
  return outer;
}

// ---------------------------------------------------------------------------------------------
// The words a match must contain, as clauses: every clause holds, each by one of its words.

type Clause = readonly string[];

// The most apostrophe-separated pieces of text one trigger word can span ("i'm" spans two).
let maxPieces = 1;

// Words so common they filter almost nothing: a clause made of them is a poor choice.
const COMMON = new Set(
  'i im me my you u your youre ur it its that this the a an to and of is was be do not no so just what we'.split(
    ' ',
  ),
);

/** Marks a clause item that is a substring of the text, not a whole word. */
const SUBSTRING = '~';

// What a common word costs in a clause; and how many clauses an alternative keeps.
const COMMON_COST = 40;
const MAX_CLAUSES = 3;

function cost(clause: Clause): number {
  let n = 0;
  for (const w of clause) {
    if (w.startsWith(SUBSTRING)) n += w.length > 3 ? 3 : COMMON_COST;
    else n += COMMON.has(w) || w.length < 3 ? COMMON_COST : 1;
  }
  return n;
}

function best(clauses: readonly Clause[]): Clause | undefined {
  let pick: Clause | undefined;
  for (const c of clauses) if (pick === undefined || cost(c) < cost(pick)) pick = c;
  return pick;
}

const isLetterChar = (n: Node | undefined): n is { t: 'char'; c: number } =>
  n !== undefined && n.t === 'char' && isLetter(n.c);

// An apostrophe, required or optional ("'" and "'?").
const isApostrophe = (n: Node | undefined): boolean =>
  n !== undefined &&
  ((n.t === 'char' && n.c === APOSTROPHE) ||
    (n.t === 'rep' && n.max === 1 && n.node.t === 'char' && n.node.c === APOSTROPHE));

function seqClauses(
  seq: readonly Node[],
  before: boolean,
  after: boolean,
  soft: boolean,
): Clause[] {
  const out: Clause[] = [];
  let i = 0;
  while (i < seq.length) {
    const node = seq[i];
    if (isLetterChar(node)) {
      // A run of literal letters, perhaps with apostrophes inside ("don'?t" is "dont").
      let last = i;
      let word = '';
      let pieces = 1;
      for (let j = i; j < seq.length; j++) {
        const n = seq[j];
        if (isLetterChar(n)) {
          word += String.fromCharCode(n.c);
          last = j;
        } else if (isApostrophe(n)) pieces++;
        else break;
      }
      // Apostrophes after the last letter are not part of the word.
      for (let j = last + 1; j < seq.length && isApostrophe(seq[j]); j++) pieces--;
      maxPieces = Math.max(maxPieces, pieces);
      if (hardBefore(seq, i, before) && hardAfter(seq, last, after)) out.push([word]);
      i = last + 1;
      continue;
    }
    if (node !== undefined) {
      const clause = nodeClause(node, hardBefore(seq, i, before), hardAfter(seq, i, after), soft);
      if (clause !== undefined) out.push(clause);
    }
    i++;
  }
  if (out.length === 0 && soft) {
    // No whole word: fall back on the longest literal the match must contain ("hätte…sollen").
    const literal = longestLiteral(seq);
    if (literal.length >= 2) out.push([SUBSTRING + literal]);
  }
  return out;
}

// The longest run of literal characters of a sequence.
function longestLiteral(seq: readonly Node[]): string {
  let longest = '';
  let run = '';
  for (const n of seq) {
    if (n.t === 'char') {
      run += String.fromCharCode(n.c);
      if (run.length > longest.length) longest = run;
    } else run = '';
  }
  return longest;
}

function nodeClause(
  node: Node,
  before: boolean,
  after: boolean,
  soft: boolean,
): Clause | undefined {
  switch (node.t) {
    case 'group':
      return groupClause(node.alts, before, after, soft);
    case 'rep': {
      if (node.min < 1) return undefined;
      const inner = edges(node.node);
      // A repeated node touches itself: the edge of one repetition is the next one's neighbour.
      const b = node.max > 1 ? before && !inner.endsLetter : before;
      const a = node.max > 1 ? after && !inner.startsLetter : after;
      return nodeClause(node.node, b, a, soft);
    }
    case 'char':
      return isLetter(node.c) && before && after ? [String.fromCharCode(node.c)] : undefined;
    default:
      return undefined;
  }
}

// One clause for an alternation: each branch's best clause, joined (one of them must hold).
function groupClause(
  alts: readonly Node[][],
  before: boolean,
  after: boolean,
  soft: boolean,
): Clause | undefined {
  const words = new Set<string>();
  for (const alt of alts) {
    const pick = best(seqClauses(alt, before, after, soft));
    if (pick === undefined) return undefined;
    for (const w of pick) words.add(w);
  }
  return [...words];
}

/** The top-level alternatives of a regex body: their source and the clauses each needs. */
export interface Alternatives {
  readonly sources: readonly string[];
  /** Per alternative; `[]` for one that must always run. */
  readonly clauses: readonly (readonly Clause[])[];
}

/**
 * The top-level alternatives of `body` (the source between the word boundaries that
 * `pattern.ts` puts around every pattern) and the clauses of each. A body the reader does not
 * understand is one alternative that always runs.
 */
export function triggerAlternatives(body: string): Alternatives {
  let alts: { nodes: Node[][]; sources: string[] };
  try {
    alts = new Reader(body).alternatives();
  } catch (e) {
    if (e instanceof Unsupported) return { sources: [body], clauses: [[]] };
    throw e;
  }
  const clauses = alts.nodes.map((alt) => {
    // Substrings cost a scan of the text each: only where no whole word can be had.
    let found = seqClauses(alt, true, true, false);
    if (found.length === 0) found = seqClauses(alt, true, true, true);
    // Keep the few most selective clauses: checking more costs time and gains little, and a
    // clause of common words ("i", "you") holds for most texts.
    const sorted = found.map((c) => [...new Set(c)]).sort((x, y) => cost(x) - cost(y));
    return sorted.filter((c, k) => k === 0 || (k < MAX_CLAUSES && cost(c) < COMMON_COST));
  });
  return { sources: alts.sources, clauses };
}

// ---------------------------------------------------------------------------------------------
// The index: every trigger word points at the clauses it satisfies.

/** The gate of one regex: which of its alternatives may match a text. */
export interface Gate {
  /** How many top-level alternatives the regex has. */
  readonly count: number;
  /** Per alternative in order: the number of its clauses, then their ids. */
  readonly flat: Int32Array;
  /** The highest clause id of the gate. */
  readonly last: number;
}

const WORD_CLAUSES = new Map<string, number[]>();
const SUBSTRING_CLAUSES = new Map<string, number[]>();
// The same, as arrays, for a quick loop.
const SUBSTRINGS: string[] = [];
const SUBSTRING_IDS: number[][] = [];
let clauseCount = 0;
// The longest trigger word.
let maxWordLength = 0;

function register(clause: Clause): number {
  const id = clauseCount++;
  for (const w of clause) {
    const sub = w.startsWith(SUBSTRING);
    const map = sub ? SUBSTRING_CLAUSES : WORD_CLAUSES;
    const key = sub ? w.slice(SUBSTRING.length) : w;
    if (!sub) maxWordLength = Math.max(maxWordLength, w.length);
    const list = map.get(key);
    if (list !== undefined) list.push(id);
    else {
      const ids = [id];
      map.set(key, ids);
      if (sub) {
        SUBSTRINGS.push(key);
        SUBSTRING_IDS.push(ids);
      }
    }
  }
  return id;
}

/** Builds (once, at module load) the gate of the alternatives of one regex. */
export function gateFor(alts: Alternatives): Gate {
  const flat: number[] = [];
  for (const clauses of alts.clauses) {
    flat.push(clauses.length);
    for (const clause of clauses) flat.push(register(clause));
  }
  return {
    count: alts.clauses.length,
    flat: Int32Array.from(flat),
    last: clauseCount - 1,
  };
}

// Start/end pairs of the letter pieces of one run of letters and apostrophes ("i'm": i, m).
const PIECES: number[] = [];

function markIds(ids: readonly number[], g: number): void {
  for (let k = 0; k < ids.length; k++) HELD[ids[k] ?? 0] = g;
}

function markWord(word: string, g: number): void {
  const ids = WORD_CLAUSES.get(word);
  if (ids !== undefined) markIds(ids, g);
}

// Marks every word made of up to `maxPieces` neighbouring pieces of one run.
function markRun(norm: string, count: number, g: number): void {
  for (let a = 0; a < count; a++) {
    let word = '';
    for (let b = a; b < count && b < a + maxPieces; b++) {
      word += norm.slice(PIECES[2 * b] ?? 0, PIECES[2 * b + 1] ?? 0);
      if (word.length > maxWordLength) break;
      markWord(word, g);
    }
  }
}

// Which clauses hold for the text read last: `HELD[id] === generation`. One shared array, so a
// text costs no allocation; only the latest TextTriggers may be asked (analysis is synchronous).
let HELD = new Int32Array(0);
let generation = 0;

/**
 * The trigger words of one text, checked against every gate. Built once per analysis; reading
 * another text makes this one stale, so it must not outlive the analysis that built it.
 */
export class TextTriggers {
  private readonly generation: number;

  constructor(norm: string) {
    if (HELD.length < clauseCount) {
      HELD = new Int32Array(clauseCount);
      generation = 0;
    }
    generation = generation >= 0x7fffffff ? 1 : generation + 1;
    if (generation === 1) HELD.fill(0);
    const g = generation;
    this.generation = g;
    // Runs of letters and apostrophes; `pieces` holds start/end pairs of the current run's
    // letter pieces.
    const n = norm.length;
    let count = 0;
    let runStart = -1;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? norm.charCodeAt(i) : 32;
      if (isLetter(c)) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0) {
        if (count === 0 && c !== APOSTROPHE) {
          // The common case: a plain word.
          markWord(norm.slice(runStart, i), g);
          runStart = -1;
          continue;
        }
        PIECES[2 * count] = runStart;
        PIECES[2 * count + 1] = i;
        count++;
        runStart = -1;
      }
      if (c !== APOSTROPHE && count > 0) {
        markRun(norm, count, g);
        count = 0;
      }
    }
    for (let k = 0; k < SUBSTRINGS.length; k++) {
      if (norm.includes(SUBSTRINGS[k] ?? '')) markIds(SUBSTRING_IDS[k] ?? [], g);
    }
  }

  /** False only when no alternative of the gate's regex can match this text. */
  open(gate: Gate): boolean {
    return this.select(gate, undefined) > 0;
  }

  /**
   * How many alternatives of the gate's regex may match this text; their indices go to the
   * start of `out` (when given, with room for them all). The others cannot match anywhere in it.
   */
  select(gate: Gate, out: Int32Array | undefined): number {
    const g = this.generation;
    const held = HELD;
    const flat = gate.flat;
    // A stale reader, or a gate built after the text was read: every alternative may match.
    if (g !== generation || gate.last >= held.length) {
      if (out !== undefined) for (let a = 0; a < gate.count; a++) out[a] = a;
      return gate.count;
    }
    let found = 0;
    let p = 0;
    for (let a = 0; a < gate.count; a++) {
      const end = p + 1 + (flat[p] ?? 0);
      let q = p + 1;
      while (q < end && held[flat[q] ?? 0] === g) q++;
      if (q === end) {
        if (out === undefined) return 1;
        out[found++] = a;
      }
      p = end;
    }
    return found;
  }
}
