/**
 * Suggestions: a better way to say a flagged phrase, as text that replaces the finding's span.
 * Only where a rewrite keeps the person's meaning; otherwise the reason stands alone.
 */
import type { Code } from './types.js';

// Rewrites that do not depend on the phrase itself.
const FIXED: Partial<Record<Code, string>> = {
  conditional_apology: "I'm sorry I hurt you",
  denial_of_hurt: 'I can see this hurt you',
  misunderstanding_claim: 'I can see how that landed for you',
  forgiveness_pressure: 'Take all the time you need.',
  defensiveness: 'I hear you',
  stonewalling: 'I need a short break. Can we talk again in an hour?',
  criticism: 'I felt hurt by what happened',
  blame_shift: 'What I did was my choice',
};

/** A replacement for the phrase `phrase` (original text) flagged with `code`, if any. */
export function suggestionFor(code: Code, phrase: string): string | undefined {
  if (code === 'you_accusation') return iStatement(phrase);
  if (code === 'absolute') return withoutAbsolute(phrase);
  return FIXED[code];
}

// "You lied" → "I felt hurt when you lied": the same fact, told from the writer's side, and of
// this time only ("you never listen" → "…when you didn't listen", not "…when you listen").
function iStatement(phrase: string): string | undefined {
  if (!/^(?:you|u)\b/i.test(phrase)) return undefined;
  const rest = phrase.replace(/^(?:you|u)\b/i, 'you');
  return `I felt hurt when ${withoutAbsolute(rest) ?? rest}`;
}

// "You never listen" → "You didn't listen"; "you were never home" → "you were not home";
// "you always" → "you": describe this time only.
function withoutAbsolute(phrase: string): string | undefined {
  if (/\bnever\b/i.test(phrase)) {
    return /(?:'re|’re|\bare|\br|\bwere|\bwas|\bis|'s|’s)\s+never\b/i.test(phrase)
      ? phrase.replace(/\bnever\b/i, 'not')
      : phrase.replace(/\bnever\b/i, "didn't");
  }
  if (/\b(?:always|constantly|forever)\b/i.test(phrase)) {
    return phrase.replace(/\s*\b(?:always|constantly|forever)\b/i, '');
  }
  return undefined;
}
