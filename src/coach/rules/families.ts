/**
 * Paraphrase families: rules built from the classes of `lexicons/families.ts` (a subject, a verb
 * class and an object class) rather than fixed strings, so that new wordings of the same move are
 * found. Negation and quotation are handled as for every rule: a negated family phrase ("I'm not
 * saying you twisted my words") or a quoted one is not a finding.
 */
import type { Rule } from './rule.js';
import type { Context } from '../context.js';
import { sentenceAt } from '../context.js';
import {
  AUDIENCES,
  CAUSING_VERBS,
  COLLAPSE,
  DRIVEN_TO,
  EXPOSE_VERBS,
  FEARED_REACTIONS,
  FILLER,
  GONE,
  HUMBLING_VERBS,
  I_INTENT,
  INFLATED,
  LIMITERS,
  MISREAD_PREDICATES,
  MISREAD_SUBJECT,
  NOT_WHAT_IT_SEEMS,
  ORDEALS,
  PUBLIC,
  REACTIONS,
  SMALLER,
  SMALL_ACTS,
  YOU_MUST,
} from '../lexicons/families.js';
import { CHARACTER_WORDS, alt } from '../lexicons/words.js';

// Reassurance given to the other: "no worries", "don't worry about it".
export const REASSURANCE =
  /\b(?:no worries|don't worry|dont worry|no problem|no harm|all good|it's okay|it's ok|it's fine)\b/;
// A dismissal that follows "nobody got hurt": "so why…", "so what".
const DISMISSAL = /\b(?:so|why|what's|whats|relax|chill|calm|get over|drama|big deal)\b/;

function sentenceEndOf(ctx: Context, pos: number): number {
  return sentenceAt(ctx, pos).end;
}

/** Paraphrase family of `misunderstanding` (used by its rule file). */
export const MISUNDERSTANDING_FAMILY: readonly string[] = [
  // Subject *you* + a verb of misperceiving: "you've read way too much into one text",
  // "you're putting words in my mouth", "you heard what you wanted to hear".
  // (one alternative per predicate, so that the trigger prefilter keys on the verb, not on "you").
  ...MISREAD_PREDICATES.map((p) => `${MISREAD_SUBJECT} ${FILLER}(?:${p})`),
  // Fixed claims that it is not what it seems.
  ...NOT_WHAT_IT_SEEMS,
];

/** Paraphrase family of `minimization` (used by its rule file). */
export const MINIMIZATION_FAMILY: readonly string[] = [
  // "Nothing romantic", "nothing serious": the act stripped of what made it hurt.
  'nothing (?:romantic|serious|sexual|physical|intimate|emotional|like that|of the sort)(?! (?:to|about))',
  // "It's not cheating", "that's not really cheating": the act renamed.
  "(?:it's|it is|its|that's|that is|it was|that was|this isn't|it isn't|that isn't|it wasn't|that wasn't) (?:not )?(?:really |technically |even |exactly )?(?:cheating|an affair|a betrayal|lying)(?=\\s*[.!,;]|$)",
  // "A dumb comment", "one silly joke": the hurtful act called small.
  '(?:a|one|some|that|this) (?:dumb|stupid|silly|harmless|throwaway|offhand|little|tiny|innocent|small) (?:comment|joke|remark|text|message|thing|kiss|lie|bet)',
  // "These things happen", "it just happened": the act turned into weather.
  '(?:these things|stuff like this|things like this|it) just (?:happen|happens|happened)(?: sometimes| to everyone| all the time)?(?=\\s*[.!,;]|$)|(?:shit|stuff) happens',
];

/** Paraphrase family of `denial` (used by its rule file). */
export const DENIAL_FAMILY: readonly string[] = [
  // "You're making this into a much bigger thing than it is", "turning it into a drama".
  `(?:{youre}|{you}|stop|quit) ${FILLER}(?:making|make|made|turning|turn|blowing) (?:this|it|that|everything|things|a [a-z]+) (?:into |out to be |sound |look |seem )?${alt(INFLATED)}`,
  // "It's really not as bad as you're making it sound".
  'not (?:as|that|so) (?:bad|serious|big|awful|terrible) as (?:{youre}|you are|{you}) (?:making|make|made) (?:it|this|that|out)',
  // "Crying over a parking ticket", "upset about nothing", "sulking over one comment".
  `${REACTIONS} (?:over|about) (?:a|one|some|nothing|something so|such a|this little|a little|a tiny|a stupid|a dumb|a silly)\\b`,
  // "You're being way too sensitive": the hurt recast as a flaw of the hurt person.
  "(?:{youre}|you're being|you are being|ur being|stop being) (?:way |far |so |just |a bit |a little |really |completely )*(?:too |over ?|hyper ?)sensitive",
  // "I don't see why this is such a drama", "why it's such a big deal".
  `why (?:this|it|that) (?:is|was|'s) (?:even )?(?:such |so much of )?${alt(INFLATED)}`,
  // "It's not the end of the world", "you'll live", "toughen up", "lighten up".
  "(?:it's|it is|its|that's|this is|it was) not the end of the world|(?:you'll|you will|u will|ull) (?:live|survive|be fine|get over it)|toughen up|lighten up|man up|chill out|calm down,? it's (?:fine|nothing)",
  // "They're just words", "it was only a few words": hurtful words called weightless.
  "(?:they're|they are|those are|it's|it was|they were) (?:only|just) (?:words|a few words)",
];

/** Paraphrase family of `pity` (used by its rule file). */
export const PITY_FAMILY: readonly string[] = [
  // "I'm a wreck", "I'm drowning", "I've been a complete mess since you moved out".
  `(?:{im}|{ive} been|i was|i feel like) (?:just |so |honestly |literally |completely |totally |really )*${alt(COLLAPSE)}`,
  // "I've been through hell this year", "I've suffered too".
  `(?:{ive} been|i went|{im} going|i've gone|i have gone) through ${ORDEALS}`,
  '(?:{ive}|i) (?:suffered|been suffering|been hurting|hurt) (?:too|as well|enough|so much|more than you know)|{im} (?:suffering|hurting) too',
  // "I haven't slept properly in weeks", "I can't eat, I can't sleep".
  "(?:i haven't|i have not|i havent|i've not|i can't|i cant|i cannot|i can barely|i can hardly|i barely|i hardly) (?:slept|eaten|sleep|eat)(?: (?:properly|right|at all|a thing|in (?:days|weeks|months)|since))?",
  // "Think about what I'm going through", "what it's like being me".
  "(?:think|thought|think about|consider|what about|imagine) (?:about )?(?:what|how) (?:{im}|i've been|i am) (?:going through|dealing with|feeling)|what it(?:'s| is) like (?:being|to be) me",
  // "You have no idea what it's like", "do you have any idea how hard…".
  "(?:{you} (?:have|got|don't have)|do {you} (?:even )?have|{you} (?:don't|do not) (?:even )?(?:know|understand)) (?:no |any )?(?:idea )?(?:what it(?:'s| is| was) like|how (?:hard|painful|awful|difficult|lonely|much i))",
  // "Please don't be hard on me", "be gentle with me".
  "(?:please )?(?:don't|do not|dont) be (?:so |too )?(?:hard|harsh|mad|angry|cruel|mean) (?:on|at|with|to) me|(?:please )?(?:be gentle|take it easy|go easy) (?:with|on) me",
  // "My life is literally falling apart", "my world is crumbling".
  "(?:my (?:whole )?(?:life|world)|everything) (?:is|has been|feels like (?:it's)?) (?:literally |completely |totally |just )?(?:falling apart|crumbling|collapsing|a mess|over|ruined)",
  // "This is killing me", "it's eating me alive".
  "(?:this|it|it's|this is|that) (?:is )?(?:killing|destroying|eating|tearing) me(?: (?:alive|up|inside|apart))?",
  // "I cry myself to sleep", "I've cried every night".
  "i (?:cry|cried|'ve cried|have cried|been crying) (?:myself to sleep|every (?:night|day)|all (?:night|day)|for (?:days|weeks|hours))",
];

/** Paraphrase family of `blame` (used by its rule file). */
export const BLAME_FAMILY: readonly string[] = [
  // "You literally drove me to this", "you left me no choice", "you pushed me over the edge".
  `{you} ${FILLER}${CAUSING_VERBS} me ${DRIVEN_TO}`,
  // "It's all because of you", "it's thanks to you that I…".
  "(?:it's|it is|its|this is|that's|that is|it was|this was) (?:all |totally |literally |only )?(?:because of|thanks to|down to) (?:you|u)(?= that|\\s*[.!,;]|$)",
  // "You only have yourself to blame".
  '{you} (?:only )?have (?:only )?yourself to blame',
  // "You'd have only made a scene if I'd told you", "because you'd just freak out".
  `{you}(?:'d| would)(?: have|'ve)? ${FILLER}${FEARED_REACTIONS}[^.!?]{0,30}if i(?:'d| had)? (?:told|said|asked|mentioned|came|come)`,
  `(?:because|bc|cuz|cause|since|knowing) {you}(?:'d| would)(?: have|'ve)? ${FILLER}${FEARED_REACTIONS}`,
  // "You were the one who started all this".
  `(?:{youre}|you were|{you}) (?:the one (?:who|that) )?(?:started|began|caused|provoked) (?:it|this|all (?:of )?this|the (?:fight|argument|whole thing)|everything)`,
  // "That's what happens when you…", "this is what you get for…".
  "(?:that's|this is|that is) what (?:happens|you get) (?:when|for|if) (?:you|u)",
];

/** Paraphrase family of `blame` (used by its rule file). */
export const BLAME_COUNTERFACTUAL_FAMILY: readonly string[] = [
  // "Maybe if you paid me half as much attention…, I wouldn't look elsewhere": any past verb.
  "if {you} (?:ever |actually |just |only |even )?(?:[a-z]+ed|paid|gave|spent|did|made|let|took|told|showed|were|was|had|knew|came|got|kept|said|put|spent)\\b[^.!?]{0,80}(?:i (?:wouldn't|would not|would never|'d never)|i'd not|none of this|this wouldn't|it wouldn't|we wouldn't)",
];

/** Paraphrase family of `defensiveness` (used by its rule file). */
export const DEFENSIVENESS_FAMILY: readonly string[] = [
  // "Don't lecture me", "stop judging me", "don't even start with me".
  "(?:don't|do not|dont|stop) (?:even )?(?:(?:lecture|lecturing)|(?:preach|preaching)|(?:judge|judging)|(?:attack|attacking)|(?:accuse|accusing)|(?:point|pointing) (?:the |your )?(?:finger|fingers) at|(?:start|starting)(?: this)? with|guilt[- ](?:trip|tripping)|come at) me",
  // "You did the same thing last Christmas", "you've done worse".
  "{you} (?:did|do|have done|'ve done|done) (?:the (?:exact |very )?same(?: thing)?|exactly the same|(?:much |way |far )?worse)",
  "(?:like|as if) {you}(?:'ve| have)? never (?:done|lied|made|said|messed)|{youre} no better|{youre} not (?:so |exactly )?(?:perfect|innocent|blameless) (?:either|yourself)",
  // "Oh so now it's all my fault?", "how is that my fault?".
  "(?:oh,? |so,? |oh so |and )(?:now )?(?:it's|its|it is|everything's|everything is) (?:all )?my fault|how (?:is|was) (?:that|this|it) my fault",
  // "Apparently I'm the only one with a problem", "so I'm the bad guy now".
  '(?:apparently|i guess|of course|so now|oh,? so|sure,?|so) {im} (?:always )?(?:the only one (?:with|who)|the (?:bad guy|villain|problem|monster|one to blame))',
  // "You're the one hiding things": the blame returned to the other.
  '(?:{youre}|you were) the one [a-z]+ing',
  // "I have nothing to apologise for", "I had every right", "I won't apologise for…".
  "i (?:have|had|'ve got|got) nothing to (?:(?:apologise|apologize)|be sorry|feel bad|feel guilty) (?:for|about)|i had every right|(?:i won't|i will not|i'm not going to|im not gonna|i refuse to) (?:apologise|apologize) for",
  // "Why are you making this about me?".
  'why (?:are|r) (?:you|u) (?:making|turning) (?:this|it|everything) (?:about|on) me',
];

/** Paraphrase family of `forgiveness-pressure` (used by its rule file). */
export const FORGIVENESS_PRESSURE_FAMILY: readonly string[] = [
  // "When exactly are you going to stop being mad at me?".
  'when (?:exactly |the hell )?(?:are|will|r) {you} (?:going to |gonna )?(?:stop being (?:mad|angry|upset|cold|like this)|forgive me|get over (?:it|this)|let (?:it|this) go|move on|be over (?:it|this)|stop punishing|trust me again)',
  // "Can we please stop fighting about it?".
  "(?:can|could|can't|cant) we (?:please |just |now |already )*(?:stop (?:fighting|arguing|talking)|start over|let (?:it|this) go|be done with (?:it|this)|not do this|not talk about)",
  // "I said sorry twice already", "I've apologised three times".
  "(?:i've|i have|i) (?:already )?(?:(?:apologise|apologize)d|said (?:i'm |im )?sorry|said i was sorry) (?:like )?(?:twice|three times|(?:so )?many times|multiple times|again and again|a dozen times|every day)",
  // "Just drop it", "can you drop it already".
  '(?:just|so|please|now|can you) drop it(?=\\s*[.!,;]|$| already| please| now| ok| okay)|drop it already',
  // "I can't keep apologising forever", "you can't stay mad forever".
  "(?:i can't|i cannot|i cant) (?:keep )?(?:(?:apologising|apologizing)|saying sorry|paying for (?:this|it)|(?:grovel|grovell)ing) (?:forever|for ever|every day|for the rest of my life)|{you} (?:can't|cannot|cant) (?:stay mad|be mad|hold (?:it|this) over me|punish me|keep punishing me) forever",
  // "You need to meet me halfway and move on", "you should be over it by now".
  '{you} (?:need|have|got|ought|should) (?:to )?[a-z ]{0,30}(?:and|then) (?:move on|let (?:it|this) go|forgive me|get over (?:it|this))',
  "(?:be|been|get|got) over (?:it|this) by now|forgiven me by now|(?:isn't|is it not|don't you think) it(?:'s| is)? time (?:to|we|you)",
];

/** Paraphrase family of `stonewalling` (used by its rule file). */
export const STONEWALLING_FAMILY: readonly string[] = [
  // "Stop messaging me", "quit calling me".
  "(?:don't|do not|dont|stop|quit) (?:texting|calling|messaging|contacting|dming|ringing|emailing|writing to|bothering) me(?=\\s*[.!,;]|$| again| ever| or)",
  // "I'm not replying", "I'm not answering you".
  '{im} (?:not|no longer) (?:replying|responding|answering|reading (?:this|your)|listening|engaging)(?: to (?:you|u|this|that|your [a-z]+))?(?=\\s*[.!,;]|$| anymore| again| any ?more)',
  // "Not going there", "I'm not doing this again".
  'not going there|{im} not doing this(?: again| now| tonight| with you)?(?=\\s*[.!,;]|$)',
  // "I'm blocking you", "I've blocked your number".
  "(?:{im}|i'll|i will|{ive}|i) (?:blocking|block|blocked) (?:you|u|your number|ur number)",
  // "I'm ignoring you", "I'm not talking to you".
  '{im} (?:ignoring|not talking to|not speaking to|done with) (?:you|u)(?= |\\s*[.!,;]|$)',
];

/** Paraphrase family of `safety` (used by its rule file). */
export const SELF_HARM_FAMILY: readonly string[] = [
  // "It'd be easier for everyone if I just disappeared for good".
  `(?:easier|better) (?:for (?:everyone|everybody|you|u|all of you|the kids) |off )?if i (?:just )?${GONE}`,
  "disappear (?:for good|forever)|(?:won't|will not|wont) be (?:around|here) (?:much longer|for long|anymore)",
  // "I'll swallow everything in the medicine cabinet", "jump off the bridge".
  'swallow (?:all|every|everything|a bottle|the whole|the lot)|medicine cabinet|(?:jump|throw myself) (?:off|in front of)|slit my|hang myself|drive (?:my car )?(?:into|off) (?:a|the)',
];

/** Paraphrase family of `safety` (used by its rule file). */
export const THREAT_FAMILY: readonly string[] = [
  // "Keep pushing me and see what happens", "try it and you'll find out".
  "(?:try (?:it|me|that)|do (?:it|that) again|keep (?:pushing|it up|testing me|going)|push me)[^.!?]{0,20}(?:and )?(?:you'll |you will |u'll )?(?:see|find out) what (?:happens|i(?:'ll| will)? do|i(?:'m| am) capable of)",
  "see what happens to (?:you|u|her|him|them)|(?:what|just what) i(?:'m| am) capable of",
  // "You'll never see the kids again", "I'll smash your car".
  "(?:you'll|you will|u will|ull) never see (?:the|your|our) (?:kids|children|son|daughter|baby) again|(?:i'll|i will|{im} {goingto}) (?:smash|break|burn|trash|key|slash|wreck) (?:your|ur)",
];

/** Paraphrase family of `revenge` (used by its rule file). */
export const REVENGE_FAMILY: readonly string[] = [
  // "I'll make sure everyone at your gym knows what you're like".
  `(?:make sure|see to it that) ${AUDIENCES}[^.!?]{0,30} (?:(?:know|knows)|(?:find|finds) out|(?:hear|hears)|(?:see|sees)|(?:learn|learns))`,

  // Humbling: "you'll have to beg", "you will crawl back".
  `${YOU_MUST} ${FILLER}${HUMBLING_VERBS}`,
  // Retaliation: "I'll return the favour", "let's see how you like being lied to".
  'return the (?:fav|favou)r|see how (?:you|u) like (?:being|getting|it when)|(?:get|getting) (?:back at|even with) (?:you|u|her|him|them)|(?:hurt|humiliate|embarrass) (?:you|u) (?:like|the way|as much as) (?:you|u)',
  // Control named as repair: "I'll go through your bank account every week".
  "(?:i'll|i will|i get to|{im} {goingto}) (?:go through|check|read|monitor|track|see) (?:your|ur) (?:phone|bank|account|bank account|messages|emails|texts|location|dms|statements)(?! (?:with you|together))",
];

/** Paraphrase family of `contempt` (used by its rule file). */
export const CONTEMPT_FAMILY: readonly string[] = [
  // Mock titles: "Mr Perfect", "little miss innocent".
  '(?:mr|mister|miss|little miss|ms|saint) (?:perfect|know[- ]it[- ]all|righteous|innocent|victim|sensitive|drama)',
  // "Did someone have a bad day?", "someone's grumpy".
  "did (?:someone|somebody|the baby|little [a-z]+) (?:have|get|wake up)|(?:someone|somebody)(?:'s| is) (?:a little |a bit |so )?(?:cranky|grumpy|touchy|moody|sensitive|jealous|in a mood|sulking)",
  // "Nobody else would put up with you": the other declared unlovable.
  '(?:nobody|no one|noone|no other (?:man|woman|guy|girl|person)) (?:else )?(?:would|will|could) (?:ever )?(?:put up with|want|love|date|marry|stand|tolerate) (?:you|u)',
  // "Playing the victim", "the victim card".
  '(?:being|playing|play) the victim|victim card',
  // "You really don't understand how the world works, do you?": a tag question of scorn.
  "{you} (?:really |honestly |just |seriously )?(?:don't|do not|can't|cannot) (?:understand|get|grasp|see) [^.!?]{0,40}, do (?:you|u)\\b",
  // "Get a life", "grow a spine", "cry about it".
  'get a life|grow (?:a spine|up already|a pair)|cry about it|laughable|(?:lm|lmf)ao,? (?:ok|okay|sure|right)',
];

/** Paraphrase family of `criticism` (used by its rule file). */
export const CRITICISM_FAMILY: readonly string[] = [
  // "How can anyone be this careless?".
  `how (?:can|could) (?:anyone|anybody|someone|a person|you|u|one person) be (?:this|that|so) ${alt(CHARACTER_WORDS)}`,
  // "You never think before you open your mouth".
  "{you} (?:never|don't|do not|can't|cannot) (?:ever )?think (?:before|about anyone)",
  // "Typical you", "so typical of you".
  "typical (?:you|u|of you|of u)|(?:so|how|that's|thats) typical(?=\\s*[.!]|$)",
  // "You'll never change", "you never learn": the person, not the act, declared fixed.
  "{you}(?:'ll| will)? never (?:change|learn|grow up)",
  // "You have no empathy", "you've got no shame".
  "{you} (?:have|'ve got|got) (?:no|zero) (?:empathy|shame|heart|respect|integrity|spine|conscience|morals|self[- ]control|decency)",
  // "You're (such) a terrible father", "you're the worst".
  "(?:{youre}|you were|you've always been|you have always been) (?:such |a |an |really |truly |so |just )*(?:terrible|awful|bad|lousy|useless|horrible|crap|shit|rubbish|pathetic|sorry excuse for an?) (?:father|mother|dad|mom|mum|parent|partner|husband|wife|boyfriend|girlfriend|friend|person|human being)|{youre} the worst",
];

// What makes sending something to the other's circle an exposure: their messages, their secret,
// what they did ("I'm sending your mum the birthday photos" is only an errand).
const EXPOSED =
  /\b(?:messages?|texts?|screenshots?|chats?|dms|emails?|everything|every (?:single )?(?:one|message|text|word)|what (?:you|u)|who (?:you|u)|the truth|about (?:you|u|us|this|that|what|the affair|your)|affair|secret|nudes|receipts|proof|evidence|statements?|dodgy|(?:you|u) (?:did|cheated|lied)|that (?:you|u)|(?:you|u)(?:'re| are|'ve| have| were)? (?:a |an )?(?:cheat|liar|cheated|lied|sorry)|sorry|apologi[sz]e|confess|admit|cheat(?:ed|ing)?|lied|lying)\b/;

// In a message, "I just had a coffee with mum" is news; the small act minimizes only where a
// wrong is on the table: an apology or disclosure, or a message that argues about one.
const CONFLICT =
  /\b(?:sorry|upset|mad|angry|jealous|cheat(?:ed|ing)?|trust|lie|lied|lying|overreact(?:ing)?|big deal|calm down|relax|honestly|nothing|anyway|it's not|it isn't|it wasn't|why are you|why r u|chill|hurt|fault|ex|flirt(?:ing)?|kiss(?:ed)?)\b/;

/** Family rules whose context checks differ from their code's main rule. */
export const FAMILY_RULES: readonly Rule[] = [
  {
    id: 'family.minimization.small-act',
    code: 'minimization',
    patterns: [
      // A limiter + a small act: "only a bit of flirting", "just a couple of texts", "purely friendly".
      `${LIMITERS} ${SMALLER}${alt(SMALL_ACTS)}`,
      // Subject + limiter + verb of a small act: "we only went for one drink", "I just kissed him once".
      `(?:i|we|she|he|they) (?:only|just|merely|barely) (?:went for|had|shared|kissed|hugged|texted|messaged|danced|talked|chatted|met|grabbed|sent) (?:him |her |them |with [a-z]+ )?${SMALLER}${alt(SMALL_ACTS)}`,
    ],
    accept: (ctx, m) =>
      (ctx.kind !== 'message' || CONFLICT.test(ctx.norm)) &&
      !REASSURANCE.test(
        ctx.norm.slice(sentenceAt(ctx, m.start).start, sentenceEndOf(ctx, m.start)),
      ),
  },
  {
    id: 'family.revenge.exposure',
    code: 'revenge',
    patterns: [
      // *I* expose the other: "I'm sending your wife every message", "I'll post it in the group chat".
      `${I_INTENT} (?:just |gonna |going to )?${EXPOSE_VERBS} ${AUDIENCES}`,
      `${I_INTENT} ${EXPOSE_VERBS} [^.!?]{0,50} (?:to|in|on|with) ${AUDIENCES}`,
      // *You* are made to confess in public: "you'll stand up at the wedding and tell everyone".
      `${YOU_MUST}(?: [^.!?]{0,60})? (?:tell|confess(?: to)?|announce(?: to)?|admit(?: to)?|(?:apologise|apologize)(?: to)?|explain(?: to)?|read (?:it|this|out)(?: to)?|call|text) ${PUBLIC}`,
      // "You'll call every one of your friends and tell them you're a cheat".
      `${YOU_MUST}(?: [^.!?]{0,60})? tell (?:them|everyone|everybody) (?:that )?(?:{youre}|you are|what you|who you|you (?:cheated|lied))`,
    ],
    // Exposure needs something exposed, in the phrase or just after it.
    accept: (ctx, m) =>
      EXPOSED.test(ctx.norm.slice(m.start, Math.min(ctx.norm.length, m.end + 50))),
  },
  {
    id: 'family.minimization.not-like',
    code: 'minimization',
    patterns: [
      // "It's not like we kissed or anything": the "not" belongs to the phrase, not a negation.
      "(?:it's|it is|its|it was) not like (?:we|i|he|she|they) [a-z]+(?: [a-z]+){0,3} or (?:anything|something)",
    ],
    negatable: false,
  },
  {
    id: 'family.denial.no-harm',
    code: 'denial_of_hurt',
    patterns: [
      // "Nobody got hurt, so why the drama?": no harm, so no hurt. Told as news ("I crashed the
      // car. Nobody was hurt.") it is a fact, so a dismissal must follow in the sentence.
      '(?:nobody|no one|noone) (?:actually |even |really )?(?:got hurt|was hurt|died|was harmed|got harmed)',
    ],
    negatable: false,
    accept: (ctx, m) => DISMISSAL.test(ctx.norm.slice(m.end, sentenceEndOf(ctx, m.start))),
  },
];
