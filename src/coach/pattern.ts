/**
 * Compiles the small pattern language of the rule files into regular expressions, once, at
 * module load. A pattern is regex source over normalised text where `{name}` expands a macro,
 * a space matches any run of white space (" ?" an optional one), and an apostrophe is optional ("dont" = "don't").
 */
import { MACROS } from './lexicons/macros.js';
import type { Gate, TextTriggers } from './triggers.js';
import { gateFor, triggerAlternatives } from './triggers.js';

// Letters and digits of Latin scripts: a pattern may not start or end inside a word.
const WORD = 'a-z0-9_\\u00c0-\\u024f';
const MACRO = /\{([a-z]+)\}/g;

/** Expands macros, spaces and apostrophes of one pattern into regex source. */
export function expandPattern(pattern: string): string {
  const withMacros = pattern.replace(MACRO, (whole, name: string) => {
    const body = MACROS[name];
    if (body === undefined) throw new Error(`Unknown macro ${whole} in pattern "${pattern}"`);
    return body;
  });
  let out = '';
  let inClass = false;
  for (let i = 0; i < withMacros.length; i++) {
    const ch = withMacros.charAt(i);
    if (ch === '\\') {
      out += ch + withMacros.charAt(i + 1);
      i++;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      inClass = false;
      out += ch;
    } else if (!inClass && ch === ' ' && withMacros.charAt(i + 1) === '?') {
      out += '\\s*';
      i++;
    } else if (!inClass && ch === ' ') {
      out += '\\s+';
    } else if (!inClass && ch === "'") {
      out += "'?";
    } else {
      out += ch;
    }
  }
  return out;
}

/** Compiles a list of alternative patterns into one global regex with word boundaries. */
export function compilePatterns(patterns: readonly string[]): RegExp {
  const body = patterns.map(expandPattern).join('|');
  return new RegExp(`(?<![${WORD}])(?:${body})(?![${WORD}])`, 'g');
}

/**
 * A global regex of alternative patterns with its trigger gate. For a text, `regexFor` gives
 * the regex made of only those alternatives the text's words allow (none: no regex at all).
 * Leaving out an alternative that cannot match anywhere in the text changes no match, since
 * at every position the other alternatives are tried in the same order as before.
 */
export class GatedPattern {
  /** The regex of every alternative. */
  readonly re: RegExp;
  readonly gate: Gate;
  private readonly sources: readonly string[];
  // Regexes of the subsets of alternatives met so far, by subset; cleared when it grows big.
  private readonly subsets = new Map<number | string, RegExp>();

  constructor(patterns: readonly string[]) {
    const body = patterns.map(expandPattern).join('|');
    this.re = bounded(body);
    const alts = triggerAlternatives(body);
    this.sources = alts.sources;
    this.gate = gateFor(alts);
  }

  /** The regex to scan `triggers`' text with (lastIndex 0), or undefined when nothing can match. */
  regexFor(triggers: TextTriggers | undefined): RegExp | undefined {
    if (triggers === undefined) return reset(this.re);
    const count = this.gate.count;
    if (PICKED.length < count) PICKED = new Int32Array(count);
    const picked = PICKED;
    const n = triggers.select(this.gate, picked);
    if (n === 0) return undefined;
    if (n === count) return reset(this.re);
    // A number names the subset while it fits a double exactly; a string beyond that.
    let key: number | string = 0;
    if (count <= 52) for (let k = 0; k < n; k++) key += 2 ** (picked[k] ?? 0);
    else key = picked.subarray(0, n).join(',');
    let re = this.subsets.get(key);
    if (re === undefined) {
      if (this.subsets.size >= MAX_SUBSETS) this.subsets.clear();
      const body = Array.from(picked.subarray(0, n), (a) => this.sources[a] ?? '').join('|');
      re = bounded(body);
      this.subsets.set(key, re);
    }
    return reset(re);
  }
}

// How many subset regexes one pattern keeps.
const MAX_SUBSETS = 64;
// Scratch list of the alternatives a text allows (analysis is synchronous).
let PICKED = new Int32Array(64);

function bounded(body: string): RegExp {
  return new RegExp(`(?<![${WORD}])(?:${body})(?![${WORD}])`, 'g');
}

function reset(re: RegExp): RegExp {
  re.lastIndex = 0;
  return re;
}

/** Compiles patterns like `compilePatterns`, with the trigger words that let a text skip them. */
export function compileGated(patterns: readonly string[]): GatedPattern {
  return new GatedPattern(patterns);
}

/** Compiles patterns to a regex that tests for presence anywhere (no global state). */
export function compileTest(patterns: readonly string[]): RegExp {
  const body = patterns.map(expandPattern).join('|');
  return new RegExp(`(?<![${WORD}])(?:${body})(?![${WORD}])`);
}
