/**
 * Deflections in an apology: apologising for the reaction or on a condition, pitying the hurt
 * person from above, putting the cause on them, and pressing for forgiveness or closure.
 */
import type { Rule } from './rule.js';
import {
  BLAME_COUNTERFACTUAL_FAMILY,
  BLAME_FAMILY,
  FORGIVENESS_PRESSURE_FAMILY,
} from './families.js';
import type { Context } from '../context.js';
import { clauseAt, sentenceAt } from '../context.js';

/** Extends a match to the end of its clause ("I'm sorry if you were upset"). */
function toClauseEnd(
  ctx: Context,
  m: { start: number; end: number },
): {
  start: number;
  end: number;
} {
  const c = clauseAt(ctx, m.end - 1);
  let end = Math.max(m.end, c.end);
  // Leave the clause's closing punctuation and spaces outside the span.
  while (end > m.end && /[\s.,!?;:]/.test(ctx.norm.charAt(end - 1))) end--;
  return { start: m.start, end };
}

// The consequence half of a counterfactual: "…, I wouldn't have snapped".
const COUNTERFACTUAL =
  /\b(?:wouldn't|wouldnt|would not|would never|'d never|would have|would've|wouldn't have|none of this|this wouldn't|it wouldn't|i'd have|i'd never|never would have)\b/;

export const DEFLECTION_RULES: readonly Rule[] = [
  {
    id: 'conditional_apology',
    code: 'conditional_apology',
    patterns: [
      // "I'm sorry if…", "I apologise if…", "sorry if I hurt your delicate feelings".
      '(?:{im} )?{adv}{sorry} if|(?:i )?{apologize} if|(?:my )?apologies if',
      // "My bad if I stepped on your toes": the texting "my bad" made conditional.
      'my bad if',
      // "Sorry you feel that way", "I'm sorry that you were offended": sorry for the reaction.
      "(?:{im} )?{adv}{sorry} (?:that )?(?:you|u) (?:feel|felt|were|was|are|'re|r|got|get|think|thought|see|saw|took|take|read|heard|found|find|chose|decided|seem|feel like)",
      // "I'm sorry it upset you", "sorry this bothered you".
      '(?:{im} )?{adv}{sorry} (?:that )?(?:it|this|that|my [a-z]+|what i said|anything i said) (?:upset|upsets|offended|offends|bothered|bothers|hurt your feelings|came across|made you (?:feel )?(?:upset|uncomfortable|mad|angry|sad))',
      'sorry for any (?:offen[cs]e|inconvenience|hurt|misunderstanding|upset|confusion)',
      // Other languages: "désolée si…", "lo siento si…", "tut mir leid, wenn…".
      'd[eé]sol[eé]e? si|lo siento si|siento si|perd[oó]n si|leid,? (?:wenn|falls)|desculpa se',
    ],
    extend: toClauseEnd,
  },
  {
    id: 'condescending_pity',
    code: 'condescending_pity',
    patterns: [
      // "Poor baby", "you poor thing", "oh, you poor dear".
      '(?:you )?poor (?:little )?(?:baby|thing|dear|darling|sweetie|soul|lamb|kid|child|you)|you poor',
      // "I feel sorry for you", "I actually feel bad for you", "I pity you".
      'i (?:actually |really |kind of |kinda |just |honestly |almost |genuinely )*(?:feel|felt) (?:so |really |kind of |kinda |a bit |a little )?(?:bad|sorry) for (?:you|u)',
      'i (?:honestly |really |just |kind of )?pity (?:you|u)|(?:how|so) sad for (?:you|u)',
      // "Bless you", "bless your heart", "oh honey".
      'bless (?:you|your (?:little )?heart|u)',
      'oh,? (?:honey|sweetie|sweetheart|darling|dear|babe|hun|hon)',
      // "Aw, sweetie", "aww honey": the same cooing, written as "aw".
      'a+w+,? (?:honey|sweetie|sweetheart|darling|dear|hun|hon|bless)',
      // "It must be exhausting being that insecure".
      'it must be (?:so )?(?:exhausting|hard|tiring|sad|lonely|awful) (?:being|to be) (?:that|so|you|this)',
      // "You'll figure it out someday": patronising reassurance.
      "(?:you'll|you will) (?:figure it out|understand|get it|learn) (?:someday|one day|when you're older|eventually)",
    ],
  },
  {
    id: 'blame_shift',
    code: 'blame_shift',
    patterns: [
      // "You made me do it", "you drove me to it", "look what you made me do".
      '(?:you|u) (?:made|make|forced|force|drove|drive|pushed|push) me (?:do|say|act|lose|snap|react|to (?:it|this|that|do|say|drink|lie|cheat|breaking point|the edge)|into|like|go)',
      // "You made me this way", "you made me like this": the writer's conduct blamed on the other.
      '(?:you|u) (?:made|make|turned) me (?:this way|like this|into this|what i am)',
      // "What did you expect?": the act presented as the other's foreseeable result.
      'what (?:did|do|else did) (?:you|u) expect',
      // "This is on you", "it's your fault".
      "(?:this|that|it)(?:'s| is| was) (?:all |totally |completely )?(?:on you|(?:your|ur) fault)|(?:all|totally) (?:your|ur) fault",
      // Counterfactuals: "if you hadn't…, I wouldn't have…"; "if you had paid attention to me".
      "if (?:you|u)(?:'d| had| hadn't| had not| didn't| did not| weren't| wasn't| would've| would have| wouldn't| were| just| only| ever| actually)[^.!?]{0,90}",
      "(?:wouldn't|would not|would never|i'd never)(?: have)? [^.!?]{0,60}if (?:you|u)(?:'d| had| hadn't| didn't| did not| weren't| would| just| only)?",
      // "because you always overreact", "because you kept me on a tight budget".
      "(?:because|bc|cuz|cause) (?:you|u) (?:always|never|kept|keep|wouldn't|didn't|don't|won't|weren't|wasn't|hadn't|haven't|were|stopped|pushed|made|freak|nag|ignore|ignored|started|left|couldn't|can't|overreact|treat|treated|put me)",
      // "You pushed and pushed until I snapped", "you kept poking at me until I lost it".
      '(?:you|u) (?:pushed|kept|keep)[^.!?]{0,40}{until} i',
      // "Don't act like you had nothing to do with it".
      "(?:you had|you have|you've had) (?:nothing|something|everything|a lot|plenty) to do with (?:it|this)",
      'you started it|you drove me (?:to (?:it|this|that|drink)|crazy|mad|insane|away|up the wall)|you brought this on yourself|you asked for (?:it|this)',
      '(?:you|u) have to understand,? (?:you|u)',
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...BLAME_FAMILY,
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...BLAME_COUNTERFACTUAL_FAMILY,
    ],
    accept: (ctx, m) => {
      const phrase = ctx.norm.slice(m.start, m.end);
      if (!phrase.startsWith('if ') && !/ if (?:you|u)\b/.test(phrase)) return true;
      // A counterfactual blames only with its consequence ("…I wouldn't have…").
      const s = sentenceAt(ctx, m.start);
      return COUNTERFACTUAL.test(ctx.norm.slice(s.start, s.end));
    },
  },
  {
    id: 'forgiveness_pressure',
    code: 'forgiveness_pressure',
    patterns: [
      // "Are we okay now?", "tell me we're good", "just tell me we'll be okay".
      'are we (?:okay|ok|good|cool|fine|alright|all right|good now|okay now)',
      "(?:just |please )?tell me (?:we're|we are|we'll be|we will be|it's|everything's|everything is) (?:going to be )?(?:okay|ok|good|fine|alright|all right)|tell me you forgive me",
      "we're (?:good|okay|ok|fine),? right",
      // "Can we just move past this now?", "can we drop it", "can we please be normal again?".
      "(?:can|could|can't|cant) we (?:please |just |now |already )*(?:move on|move past|drop (?:it|this)|be normal|go back to normal|forget (?:about )?(?:it|this)|put (?:it|this) behind us|stop talking about|get past)",
      "let's (?:just )?(?:move on|forget (?:about )?(?:it|this)|put (?:it|this) behind us|drop it)",
      // "How long are you going to punish me?", "when does this end?".
      'how long (?:are you|will you|do you|you) (?:going to |gonna |plan to |planning to |intend to )?(?:punish|keep (?:this|it|bringing|punishing|holding|being|throwing|going on|at)|hold|be mad|stay mad|make me pay|be angry|drag)',
      'when (?:does|will|is) (?:this|it) (?:end|stop|be over)',
      // "You have to forgive me", "you need to let this go".
      "(?:you|u) (?:have|need|got|ought|'ve got|gotta) (?:to )?(?:let (?:this|it) go|forgive|get over|move on|move past|stop bringing)",
      "(?:are you|you) going to forgive me or not|forgive me already|just forgive me|why can't you (?:just )?(?:forgive|let it go|move on)",
      // "I've apologized like ten times", "I've said sorry already".
      "(?:i've|i have|i) (?:already )?(?:apologi[sz]ed|said (?:i'm )?sorry) (?:like |about |at least )?(?:[a-z0-9]+ times|already|enough|so many times|a (?:hundred|million|thousand) times|over and over)",
      // "We don't bring up the affair again", "it's in the past".
      "(?:we|you) (?:don't|do not|won't|will not|never|can't|cannot) bring (?:it|this|that|the [a-z]+) up (?:again|anymore)|(?:we|you) (?:don't|do not|won't|will not|never) bring up (?:it|this|that|the [a-z]+) (?:again|anymore)",
      "(?:it's|it is|that's) (?:all )?in the past(?:,? (?:so|let))?|(?:just |please )let it go|get over it already|forgive and forget",
      'please say yes',
      // "How many more times do you need to hear it?": the apology counted as paid.
      '(?:how many (?:more )?times|how often) (?:do|does|must|will|should) (?:you|u) (?:need|have|want) (?:to )?(?:hear|say)',
      // "Are we ever going to be normal again?": asking when closure comes.
      '(?:are|will|can) we (?:ever )?(?:going to |gonna )?(?:be normal|be okay|be ok|be fine|go back to normal|get past (?:this|it)|move on)',
      // "It's been three months already": time used as a reason the hurt should end.
      "(?:it's|it has|it's been|its been) (?:been )?(?:a|one|two|three|four|five|six|several|a few|many|[0-9]+) (?:days?|weeks?|months?|years?)(?: now)?(?: already|\\.? (?:are|can|when|how|at some point|isn't|don't|shouldn't))",
      // "There's no point dwelling on it": closure framed as common sense.
      'no (?:point|use|sense) (?:in )?(?:dwelling|going over|bringing (?:it|this) up|talking about (?:it|this)|rehashing)',
      // "At some point you have to let it go".
      'at some point (?:you|u) (?:have|need|got) to',
      '(?:how many (?:more )?times|how often) (?:do|must|should|will|can) i (?:have to )?(?:say|apologi[sz]e|tell you)',
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...FORGIVENESS_PRESSURE_FAMILY,
    ],
    negatable: false,
  },
];
