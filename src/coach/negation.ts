/**
 * Negation and its scope. A local cue ("not", "never", "-n't") negates the few words after
 * it in the same clause ("I'm not sorry"); a negated speech act ("I won't pretend", "I'm not
 * going to tell you") negates its whole complement ("…it wasn't a big deal").
 */
import type { Range } from './types.js';
import type { Token } from './tokenize.js';
import { tokenIndexAt } from './tokenize.js';
import { compileGated } from './pattern.js';
import type { TextTriggers } from './triggers.js';

// Words that negate what follows; texting drops the apostrophe ("dont", "wont").
const LOCAL_CUES = new Set([
  'not',
  'never',
  'nothing',
  'nobody',
  'hardly',
  'without',
  'cannot',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "won't",
  'wont',
  "can't",
  'cant',
  "isn't",
  'isnt',
  "wasn't",
  'wasnt',
  "aren't",
  'arent',
  "weren't",
  'werent',
  "shouldn't",
  'shouldnt',
  "wouldn't",
  'wouldnt',
  "couldn't",
  'couldnt',
  "haven't",
  'havent',
  "hasn't",
  'hasnt',
  "hadn't",
  'hadnt',
  "ain't",
  'aint',
  'no',
]);

// Factive verbs: "I didn't realise you were so fragile" still says you are; negation stops here.
const FACTIVE = new Set([
  'realize',
  'realise',
  'realized',
  'realised',
  'know',
  'knew',
  'notice',
  'noticed',
  'see',
  'saw',
  'understand',
  'remember',
  'care',
]);

/** How many words back a local negation cue reaches. */
const LOCAL_REACH = 3;

// A negated speech act or stance: its scope is the rest of the clause.
const SPEECH_ACT_NEGATION = compileGated([
  // "I won't say / pretend / act like / tell you …": the writer refuses to claim what follows.
  "(?:not|never|won't|wont|don't|dont|can't|cant|wouldn't|will never|'m not|am not)(?: (?:going to|gonna|about to|trying to|try to|ever|even|once|here|be|able to|want to|wanna))* (?:say|saying|said|tell|telling|pretend|pretending|act like|act as if|acting like|claim|claiming|suggest|suggesting|imply|implying|call|calling|make excuses|minimi[sz]e|minimi[sz]ing|deny|denying|explain (?:it|this|that) away|argue|arguing|accuse|blame|blaming)",
  // "no amount of stress excuses it", "that isn't an excuse": an excuse that is disowned.
  'no amount of',
  "(?:is not|isn't|isnt|wasn't|not|is no|was no|there's no|there is no|that's no) (?:an? |any )?(?:excuse|justification)",
  // "Nothing I say can make it okay": a claim negated by its own subject.
  'nothing i (?:say|do|could say|can say|could do|can do)',
]);

// Where a negated speech act's scope ends.
const SCOPE_END = /[.!?;:\n]|\sbut\s/g;

/** Ranges negated by a refused speech act, each from the cue to the end of its clause. */
export function negatedScopes(norm: string, triggers?: TextTriggers): Range[] {
  const out: Range[] = [];
  const re = SPEECH_ACT_NEGATION.regexFor(triggers);
  if (re === undefined) return out;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    // The cue itself ("there's no excuse") is not negated; what follows it is.
    const start = m.index + m[0].length;
    SCOPE_END.lastIndex = start;
    const end = SCOPE_END.exec(norm);
    out.push({ start, end: end === null ? norm.length : end.index });
  }
  return out;
}

/** True when a local negation cue stands within a few words before `pos`, in its clause. */
export function locallyNegated(
  tokens: readonly Token[],
  pos: number,
  clauseStart: number,
): boolean {
  let i = tokenIndexAt(tokens, pos) - 1;
  let words = 0;
  while (i >= 0 && words < LOCAL_REACH) {
    const t = tokens[i];
    if (t === undefined || t.start < clauseStart) return false;
    if (t.word) {
      if (FACTIVE.has(t.text)) return false;
      if (LOCAL_CUES.has(t.text) || t.text.endsWith("n't")) return true;
      words++;
    } else {
      return false;
    }
    i--;
  }
  return false;
}

/** True when a token is itself a negation word. */
export function isNegationWord(text: string): boolean {
  return LOCAL_CUES.has(text) || text.endsWith("n't");
}
