/**
 * Look-alikes: phrases that share words with a code but do not carry it. The hand-written rules
 * never match them; they only keep the learned reader (which weighs words, not meaning) from
 * finding those codes in the sentence that holds them. Each entry says why it is innocent.
 * Patterns are normalised text (lower case, straight apostrophes), matched as whole words.
 */
import type { Code } from '../types.js';

/** A look-alike: a pattern, the codes it does not carry, and an optional "unless" pattern. */
export interface Lookalike {
  readonly pattern: RegExp;
  readonly codes: readonly Code[];
  /** When this also stands in the sentence, the look-alike is not innocent after all. */
  readonly unless?: RegExp;
}

// What turns thanks or praise into sarcasm: a failure, a repeat, a loss caused.
const FAILURE =
  /\b(?:another|again|ruin(?:ed|s)?|managed to|thanks to you|because of you|wasted|broke(?:n)?|lost|can't afford|yet again|as usual|nice try|for nothing|a lot|a bunch)\b/;

export const LOOKALIKES: readonly Lookalike[] = [
  {
    // "One of the worst days of my life", "one of my friends": a part of a whole, not a small
    // count ("it was one kiss").
    pattern: /\bone of (?:the|my|your|our|his|her|their|those|these|them|us)\b/,
    codes: ['minimization'],
  },
  {
    // "Thank you so much for the flowers": thanks for a thing given, sincere unless it sits
    // beside a failure ("thanks for nothing", "thanks for ruining it").
    pattern:
      /\b(?:thank you|thanks|thank u|thx)(?: so much| very much| again)? for (?:the|your|my|our|a|all|coming|being|helping|picking|driving|listening)\b/,
    codes: ['contempt', 'criticism', 'you_accusation', 'absolute'],
    unless: FAILURE,
  },
  {
    // "You drove me to the station": a lift to a place, not being driven to an act ("you drove
    // me to it", "you drove me to drink").
    pattern:
      /\b(?:drove|drive|driving|driven|took|take|taking|dropped|drop) (?:me|us|him|her|them) (?:to|off at) (?:(?:the|my|your|our) )?(?:station|airport|hospital|doctor'?s?|dentist|gym|shops?|office|party|train|bus|vet|clinic|hotel|house|flat|work|school)\b/,
    codes: ['blame_shift', 'you_accusation'],
  },
  {
    // "I'm not replying to work emails this weekend": a boundary with work, not a wall between
    // two people.
    pattern: /\b(?:work|office|school) (?:emails?|calls?|messages?|chats?|stuff)\b/,
    codes: ['stonewalling'],
  },
];
