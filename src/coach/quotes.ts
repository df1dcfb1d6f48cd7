/**
 * Quotation and reported speech. Words inside quotes, and what someone is reported to have
 * said or thought ("you said I was selfish", "you think I humiliated you"), are not the
 * writer's own claims: the coach does not flag them.
 */
import type { Range } from './types.js';
import { compileGated } from './pattern.js';
import type { TextTriggers } from './triggers.js';

// A quotation longer than this is more likely a stray quote mark than a quote.
const MAX_QUOTE = 240;

// Speech and thought verbs whose complement is someone's words, not the writer's own claim.
// "I said/told" counts too: an apology that cites one's own hurtful words is not repeating them.
const REPORTING = compileGated([
  // The other person's or a third person's words or thoughts.
  '(?:you|u|he|she|they|someone|people|everyone|my [a-z]+|your [a-z]+) (?:said|say|says|told (?:me|us|him|her|everyone|people)|tell me|keep saying|kept saying|called me|accused me of|think|thought|believe|believed|feel like|felt like|claim|claimed|insist|insisted|wrote|texted|screamed|yelled|shouted)(?: that)?',
  // The writer citing their own earlier words ("I said you were just like your mother").
  "(?:i|i've) (?:said|told you|called you|wrote|texted)(?: that)?",
  // A question the other asked ("you asked me why I hid the texts").
  '(?:you|u|he|she|they) asked (?:me )?(?:why|if|whether|what|how|where|when|who)',
  // Words that introduce a cited phrase: "stop saying", "words like".
  '(?:saying|words like|phrases like)',
]);

// The complement of a reporting verb runs to the end of its clause.
const COMPLEMENT_END = /[.!?;,:\n"]|\s(?:but|and then|and i|so i)\s/g;

/** Ranges of the text inside quotation marks (straight, curly, or single quotes). */
export function quotedRanges(norm: string): Range[] {
  const out: Range[] = [];
  let open = -1;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 34 /* " */) {
      if (open < 0) open = i;
      else {
        if (i - open <= MAX_QUOTE) out.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (c === 10 /* \n */) {
      open = -1;
    }
  }
  singleQuoted(norm, out);
  return out.sort((a, b) => a.start - b.start);
}

// Single quotes double as apostrophes: an opening one follows a space and precedes a letter,
// a closing one follows a non-space and precedes a space or punctuation ("'at the gym'").
function singleQuoted(norm: string, out: Range[]): void {
  let from = 0;
  for (;;) {
    const open = norm.indexOf("'", from);
    if (open < 0) return;
    from = open + 1;
    const before = open === 0 ? ' ' : norm.charAt(open - 1);
    const after = norm.charAt(open + 1);
    if (!/[\s(["]/.test(before) || !/[a-z\u00c0-\u024f]/.test(after)) continue;
    for (let j = open + 2; j < norm.length && j - open <= MAX_QUOTE; j++) {
      const ch = norm.charAt(j);
      if (ch === '\n') break;
      if (ch !== "'") continue;
      const next = j + 1 < norm.length ? norm.charAt(j + 1) : ' ';
      if (/[a-z\u00c0-\u024f]/.test(next)) continue; // an apostrophe inside a word
      out.push({ start: open, end: j + 1 });
      from = j + 1;
      break;
    }
  }
}

/** Ranges holding the complement of a reporting verb ("you said [I was selfish]"). */
export function reportedRanges(norm: string, triggers?: TextTriggers): Range[] {
  const out: Range[] = [];
  const re = REPORTING.regexFor(triggers);
  if (re === undefined) return out;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const start = m.index + m[0].length;
    COMPLEMENT_END.lastIndex = start;
    const end = COMPLEMENT_END.exec(norm);
    const stop = end === null ? norm.length : end.index;
    if (stop > start) out.push({ start, end: stop });
  }
  return out;
}

/** True when `pos` lies inside one of the (sorted or unsorted) ranges. */
export function insideAny(ranges: readonly Range[], pos: number): boolean {
  for (const r of ranges) if (pos >= r.start && pos < r.end) return true;
  return false;
}
