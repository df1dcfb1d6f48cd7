/**
 * I-statements: speaking of one's own feelings and needs ("I feel scared when I can't reach
 * you"). Only at the start of a clause, so "I should have told you I was struggling" and
 * "I know I was afraid" are not taken for one.
 */
import type { Rule } from './rule.js';
import { startsClause } from '../context.js';
import { FEELINGS, alt } from '../lexicons/words.js';

const FEELING = alt(FEELINGS);
const AFTER_COPULA = /\b(?:is|was)(?: that)?\s+$/;

export const I_STATEMENT_RULES: readonly Rule[] = [
  {
    id: 'i_statement',
    code: 'i_statement',
    patterns: [
      // "I feel hurt", "I felt really alone", "I feel far from you" (but not "I feel like you…").
      "(?:i (?:feel|felt|am feeling|have been feeling|get|got|was|am|have been|was getting)|{im}(?: feeling)?|i've been(?: feeling)?) (?:so |really |very |a bit |a little |kind of |kinda |pretty |quite |deeply |incredibly |still |just |completely |totally |more and more |always |often |sometimes |usually )*" +
        FEELING,
      // "I felt like a failure" — the writer's own experience, not a judgement of the other.
      "i (?:feel|felt) like (?:a|an|i|i'm|nobody|no one|nothing|i don't|i didn't)(?! you)",
      // "I need an hour every evening", "I need you to delete the apps", "I'd like us to…".
      "i (?:really )?need (?:you|us|some|a [a-z]+|an [a-z]+|time|space|twenty|ten|[0-9]+|your help|help|to feel|to know|to hear|more|less|honesty)|i'd (?:like|love) (?:us|for us|you to|for you to)|i would (?:like|love) (?:us|for us)",
      // "I miss you", "I want to keep talking", "I still want to work this out".
      // "I always get nervous": self-directed frequency words before the feeling.
      'i (?:always|often|sometimes|usually) (?:get|feel) (?:so |really |a bit |a little )?' +
        FEELING,
      // "I just want to understand what happened": a need named without blame.
      'i (?:just |really |only )?want to (?:understand|know what happened|be heard|feel (?:safe|close|heard))',
      'i (?:really )?miss (?:you|u|us)|i (?:still )?want (?:to keep talking|to work (?:this|it) out|us to)',
      // "That scares me", "my stomach knots up".
      '(?:that|it|this) (?:really )?(?:scares|worries|frightens|hurts|upsets|saddens|stung|hurt|scared|upset|worried) me|(?:it|that) (?:really )?stung|my (?:stomach|chest|heart) (?:knots|sinks|drops|races|tightens|hurts|aches|breaks)',
      // "I'm not ready to move in": a limit named calmly.
      '{im} not ready',
      // "I've been struggling with anxiety".
      "i've been struggling|i have been struggling",
    ],
    negatable: false,
    // "The honest answer is that I was afraid": a feeling stated after "the truth is" counts too.
    accept: (ctx, m) =>
      startsClause(ctx, m.start) ||
      AFTER_COPULA.test(ctx.norm.slice(Math.max(0, m.start - 12), m.start)),
  },
];
