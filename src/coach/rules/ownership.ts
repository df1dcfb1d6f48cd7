/**
 * The first components of an apology: remorse (regret for the act) and responsibility (owning
 * it without hedging), with the writer as the subject.
 */
import type { Rule } from './rule.js';
import type { Context } from '../context.js';
import { startsClause } from '../context.js';
import { CHARACTER_WORDS, alt } from '../lexicons/words.js';

// "Sorry, who's picking up Leo?", "sorry for your loss": a sorry of politeness or sympathy.
const POLITE_SORRY =
  /^[\s,]*(?:\?|to (?:hear|bother|interrupt|say)|for your loss|for the (?:delay|wait)|(?:about|for) (?:your|ur) (?:loss|grand[a-z]*|gran|nan|nana|granny|aunt|uncle|cousin|dog|cat|pet|news|diagnosis)|,? ?wrong (?:chat|number|person|thread|group|window))/;
const POLITE_QUESTION =
  /^[\s,]*(?:who|what|where|when|why|how|can|could|do|did|is|are|was|were|would|will)\b[^.!]{0,80}\?/;

const REPORTED_SORRY = /\b(?:said|say|saying|told you|tell you)\s+$/;

function remorsefulSorry(ctx: Context, m: { start: number; end: number }): boolean {
  const after = ctx.norm.slice(m.end, m.end + 90);
  return (
    !POLITE_SORRY.test(after) &&
    !(/sor+y+$|sry$|soz$/.test(ctx.norm.slice(m.start, m.end)) && POLITE_QUESTION.test(after))
  );
}

// Character words that describe conduct one can own; emotional labels ("insecure") are left out.
const OWNABLE = new Set([
  'selfish',
  'self-centred',
  'self-centered',
  'inconsiderate',
  'thoughtless',
  'careless',
  'heartless',
  'cruel',
  'ungrateful',
  'lazy',
  'irresponsible',
  'a liar',
  'a hypocrite',
  'a cheat',
  'a coward',
  'manipulative',
  'controlling',
  'toxic',
  'immature',
  'stupid',
  'an idiot',
  'a jerk',
  'mean',
  'rude',
  'disrespectful',
  'dismissive',
  'unkind',
  'unfair',
]);

// Things one can call oneself when owning an act ("I was selfish", "that was cruel").
const OWNED_FAULT = alt([
  'wrong',
  'in the wrong',
  'out of line',
  'a low blow',
  'a violation',
  '(?:a |an )?(?:huge |big |massive |total |complete |serious |real )?(?:violation|invasion|betrayal|breach)',
  'inexcusable',
  'unacceptable',
  'a betrayal',
  'cowardly',
  'not fair',
  'unfair',
  'the grumpy one',
  'a terrible',
  'awful',
  'horrible',
  'hurtful',
  'disrespectful',
  ...CHARACTER_WORDS.filter((w) => OWNABLE.has(w)),
]);

export const OWNERSHIP_RULES: readonly Rule[] = [
  {
    id: 'remorse.sorry',
    code: 'remorse',
    patterns: [
      // "I'm so sorry", "I am deeply sorry": the plain form of regret.
      '{im} {adv}{sorry}',
      // "I feel so sorry about what I did" (but not "I feel sorry for your mom").
      'i feel {adv}{sorry} (?:about|for what i|for (?:the way|how) i|that i)',
      // "I apologise for…", "I want to apologise", "I'm writing to apologise".
      "i (?:{adv}|(?:want|wanted|need|needed|would like|'d like|am writing|'m writing|have) to ){apologize}",
      '(?:my|sincere|deepest) apologies',
      // "I regret it", "I deeply regret what I said".
      'i {adv}regret',
      // Shame and guilt about the act.
      '{im} {adv}ashamed',
      'i feel {adv}(?:awful|terrible|horrible|sick|so bad|bad|guilty|ashamed) (?:about|for|that|because)',
      // "I feel so ashamed", "I feel guilty": shame and guilt need no object to be remorse.
      'i (?:feel|felt) {adv}(?:ashamed|guilty)',
      '{im} {adv}(?:filled with regret|full of regret|heartbroken about what i)',
      'i owe you an apology',
      // Other languages seen in mixed households: Spanish, German, French, Portuguese.
      'lo siento',
      'perd[oó]n(?:ame)?',
      'es tut mir (?:so )?leid',
      'd[eé]sol[eé]e?',
      'desculpa',
      'sinto muito',
    ],
    // "I already said I'm sorry": a sorry reported, not given.
    accept: (ctx, m) =>
      remorsefulSorry(ctx, m) &&
      !REPORTED_SORRY.test(ctx.norm.slice(Math.max(0, m.start - 16), m.start)),
  },
  {
    id: 'remorse.bare-sorry',
    code: 'remorse',
    patterns: [
      // "Sorry I was short with you", "sorry for snapping": a bare sorry opening a clause.
      '{sorry}',
    ],
    accept: (ctx, m) =>
      startsClause(ctx, m.start) &&
      remorsefulSorry(ctx, m) &&
      // "you'll be sorry" is a threat; "said sorry" is reported.
      !/(?:be|said|say|saying)\s+$/.test(ctx.norm.slice(Math.max(0, m.start - 8), m.start)),
  },
  {
    id: 'responsibility.on-me',
    code: 'responsibility',
    patterns: [
      // "That's on me", "it was all my fault", "that is my doing".
      "(?:it|that|this|it all|this all|all of this|the fight|what happened)(?:'s| is| was|s) (?:all |entirely |completely |totally |solely |100% )?(?:on me|my fault|my doing|my responsibility|my choice|my decision|my mistake)",
      // "It was my choice", "hiding them was my choice".
      '(?:was|is) (?:all |entirely )?my (?:choice|decision|doing|fault|responsibility)',
      "(?:my|it's my) (?:responsibility|fault) alone",
      // "I take full responsibility", "I own that completely".
      'i (?:take|accept|own) (?:full |complete |total |all the |the |my )?(?:responsibility|blame|part)',
      'i own (?:that|it|this|what i did)',
      '{im} (?:fully |completely |solely )?(?:responsible|to blame|at fault)',
      // "I was wrong", "I was selfish", "I was a jerk": naming one's own conduct.
      `i (?:was|have been|'ve been|am|'m) {adv}${OWNED_FAULT}`,
      "i (?:was|have been|'ve been|am|'m) (?:such |being )?(?:a|an) (?:total |complete |real |massive |huge |absolute |proper |right |selfish |stupid )?(?:idiot|jerk|ass|asshole|arse|fool|coward|liar|hypocrite|brat|nightmare|monster|bully)",
      // "That was wrong of me", "yelling at you was wrong", "it wasn't fair to you".
      `(?:it|that|this|what i did|[a-z]+ing(?<!thing)(?: [a-z]+){0,3}) (?:was|is|'s|were) {adv}(?:[a-z]+ and )?${OWNED_FAULT}(?! of (?:you|u)\\b)`,
      "(?:it|that|this) (?:wasn't|was not|isn't|is not) fair (?:to|on) you",
      // "There's no excuse", "I have no excuse", "no tengo excusa".
      "(?:there's|there is|i have|i've got|i had) no excuse",
      'no tengo excusa',
      // "I messed up", "I screwed up".
      'i (?:really |totally |completely )?(?:messed|screwed|fucked|effed) (?:up|it up|this up|everything up)',
      'i blew it',
      'my bad',
      // "I chose to do it", "nobody made me", "no one to blame but me".
      'i (?:chose|decided) to|i chose [a-z]+(?: [a-z]+)? over',
      '(?:nobody|no one|no-one) (?:else )?(?:made me|is to blame|to blame|forced me)',
      'no one (?:else )?but me',
      'i did (?:this|that)(?=[,.;!]| to you| nobody| no one)|i did it(?=[,;] | to you| myself| nobody| no one)',
      // (but "I'm the one who has to live with this" pleads for pity).
      '{im} the (?:one|only one) (?:who|that|to blame|at fault)(?! (?:has|had|have|gets?|is) (?:to )?(?:live|deal|suffer|hurt|carry|cope))',
      // "Nothing justifies it": the writer refuses any excuse.
      'nothing (?:justifies|excuses|can justify|can excuse) (?:it|that|this|what i)',
      // "That was yours to share, not mine": the writer names the right they took.
      "(?:that|it|this) (?:was|is) (?:yours|not mine) to (?:share|tell|decide|give)|(?:wasn't|was not|isn't|is not) mine to (?:share|tell|decide|give)|i had no (?:business|place)",
      // "I let you down", "I've let you down".
      "i(?:'ve| have)? (?:really |totally )?let (?:you|u) down",
      // "Not your fault at all": clearing the other.
      "(?:not|isn't|wasn't|never|none of this is|none of it is|where it's) (?:ur|your) fault",
      'not (?:something )?(?:you caused|on you)',
      // Breaking trust and having no right.
      'i had no right',
      'i broke (?:that|your|the|our) trust|i broke something|i broke your heart',
      // "I dropped the ball", "that was my job and I dropped it".
      'i dropped (?:the ball|it)|i let (?:it|the ball) drop|(?:that|it) was my (?:job|responsibility|task)',
      'i betrayed (?:you|your)',
      // "You were right when you said I…": conceding the other's complaint.
      "(?:you were|you're|you are) (?:so |completely |totally |absolutely )?right(?:,|\\.| when| that| about me| to be)",
      // Other languages: "das war falsch von mir", "a culpa foi minha", "c'est ma faute".
      'falsch von mir',
      'meine schuld',
      'a culpa (?:foi|é) minha',
      'culpa mía|mi culpa',
      'ma faute',
    ],
  },
];
