/**
 * Compiles the small pattern language of the rule files into regular expressions, once, at
 * module load. A pattern is regex source over normalised text where `{name}` expands a macro,
 * a space matches any run of white space (" ?" an optional one), and an apostrophe is optional ("dont" = "don't").
 */
import { MACROS } from './lexicons/macros.js';

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

/** Compiles patterns to a regex that tests for presence anywhere (no global state). */
export function compileTest(patterns: readonly string[]): RegExp {
  const body = patterns.map(expandPattern).join('|');
  return new RegExp(`(?<![${WORD}])(?:${body})(?![${WORD}])`);
}
