/**
 * The later components of an apology: naming the hurt, how one should have acted, what one
 * will do from now on, the offer to repair, and a request for forgiveness that does not press.
 */
import type { Rule } from './rule.js';
import { sentenceText, wordsBefore } from '../context.js';

const HEDGES = new Set(['maybe', 'perhaps', 'might', 'if']);
import { alt } from '../lexicons/words.js';

// What the other may have felt, named by the writer ("I know you felt shut out").
const HURT_FEELINGS = alt([
  'hurt',
  'hurting',
  'scared',
  'terrified',
  'frightened',
  'afraid',
  'disappointed',
  'lonely',
  'alone',
  'humiliated',
  'embarrassed',
  'betrayed',
  'angry',
  'furious',
  'upset',
  'devastated',
  'crushed',
  'heartbroken',
  'shut out',
  'panicked',
  'exposed',
  'small',
  'worthless',
  'crazy',
  'unsafe',
  'watched',
  'violated',
  'ignored',
  'abandoned',
  'invisible',
  'unimportant',
  'let down',
  'sad',
  'worried',
  'anxious',
  'blindsided',
  'stupid',
  'used',
  'disrespected',
  // Bodily and tearful forms of hurt: "you felt sick", "you were crying all night".
  'sick',
  'gutted',
  'crying',
  'in tears',
  'rejected',
  'unloved',
  'ashamed',
  'worthless',
]);

// What an act did to the other ("it stung", "this will shake your trust").
const HURT_VERBS = alt([
  'hurt',
  'hurts',
  'stung',
  'stings',
  'crushed',
  'scared',
  'scare',
  'frightened',
  'humiliated',
  'embarrassed',
  'upset',
  'devastated',
  'broke',
  'shook',
  'shake',
  'shattered',
  'made you feel',
  'makes you feel',
  'left you',
  'feel like',
  'felt like',
  'caused',
  'cost you',
  'damaged',
  'wounded',
]);

// Softeners that turn "forgive me" into a request that leaves the other free.
const SOFTENER =
  /\b(?:hope|hoping|one day|someday|some day|in time|eventually|whenever|when you're ready|when you are ready|ever ready|if you're ready|in your own time|if you can|if you're able|if you are able|if you ever|if one day|could you|would you|can you ever|might|at some point|grateful|i'd love|i'd like|i would like|i would love|please forgive|ask for your forgiveness|asking for your forgiveness)/;

export const AMENDS_RULES: readonly Rule[] = [
  {
    id: 'acknowledges_hurt',
    code: 'acknowledges_hurt',
    patterns: [
      // "I hurt you", "I've humiliated you", "I scared you": the writer names the harm done.
      "(?:i|i've|i have) (?:really |deeply |badly |so |truly |just )?(?:hurt|humiliated|embarrassed|scared|frightened|betrayed|disappointed|wounded|shamed|let down|upset|hurted) (?:you|u)(?! (?:too|back))",
      "i(?:'ve| have)? (?:really |totally )?let (?:you|u) down",
      // "It broke your heart", "you were worried sick": the hurt named directly.
      "(?:it|that|this|i) (?:broke|breaks|has broken|must have broken) (?:your|ur) heart|(?:you|u) (?:were|must have been|must've been|have been|'ve been) (?:so |really )?(?:worried sick|sick with worry|out of your mind|terrified|devastated|heartbroken|in tears|crying|humiliated)",
      // "I know how much you were looking forward to it".
      'i know how much (?:you|u) (?:were looking forward|wanted|needed|were counting|counted|cared)',
      // "I can only imagine how mortifying it was": any adjective, said of the act's effect.
      "i (?:can only imagine|can imagine|can't imagine|cannot imagine|know|understand) how [a-z]+ (?:it|that|this) (?:was|must|felt|has been|is|must have been)",
      // "the thing I knew would hurt you most".
      "(?:knew|know) (?:it |that |this )?(?:would|will|was going to|'d) (?:hurt|humiliate|crush|devastate|upset) (?:you|u)",
      // "I know it stung", "I know this will hurt and scare you", "it made you feel small".
      `i (?:know|understand|realize|realise|can see|see now|get) (?:now )?(?:that )?(?:it|this|that|what i did|my [a-z]+|i|the way i [a-z]+)(?: must have| must've| has| have| will| would| is going to|'s going to| really| deeply| probably)* ${HURT_VERBS}`,
      // "I know you felt shut out", "I know you were terrified", "I know you've felt lonely".
      `i (?:know|understand|realize|realise|can see|can tell) (?:that )?(?:you|u)(?:'re| are| were| felt| feel|'ve| have| must| must have| must be| been| probably| still)* ?(?:so |really |very |deeply |completely )?${HURT_FEELINGS}`,
      // "I know you feel like you can't trust me".
      'i (?:know|understand) (?:that )?(?:you|u) (?:feel|felt|must feel|probably feel) like',
      // "I know how violated you must feel", "I can only imagine how humiliating that was".
      "i (?:know|understand|can only imagine|can imagine|can't imagine|cannot imagine|see) how (?:much|badly|deeply|hard|painful|frightening|humiliating|scary|hurtful|violated|alone|lonely|betrayed|awful)",
      "i (?:know|understand|see|realize|realise) (?:now )?(?:that )?(?:i |i've |i have )(?:added|caused|brought|put you through|shattered|broken|destroyed|wrecked|damaged|made you)",
      // "It must have felt like a betrayal".
      "it must (?:have|'ve) (?:felt|been) (?:like|so|really|awful|terrible|horrible|humiliating|painful|lonely|frightening|scary|hard)",
      // "for making you feel crazy", "I made you doubt your own instincts".
      '(?:made|making|make|left|leaving) (?:you|u) (?:feel|feeling|doubt|question|wonder|cry)',
      // "the pain I've caused you".
      "the (?:pain|hurt|damage|harm|stress|worry) (?:i've|i have|i|this has|that|this|it|it's|my [a-z]+) (?:caused|causes|has caused|put you through|brought)",
      'what i put you through',
      // "You have every reason to be furious": validating the hurt.
      "(?:you have|you've got|you had) every (?:right|reason) to (?:be|feel)",
      "(?:you're|you are) right to (?:be|feel) (?:angry|hurt|upset|furious|mad|scared)",
      'your (?:feelings|hurt|anger|pain) (?:is|are) (?:valid|real|understandable|justified)',
      // Other languages: "te hice daño", "ich habe dich verletzt", "je t'ai blessé".
      'te hice daño|te lastimé|te he hecho daño',
      'dich verletzt',
      "je t'ai (?:blessée?|fait du mal)",
      'te magoei',
    ],
  },
  {
    id: 'should_have',
    code: 'should_have',
    patterns: [
      // "I should have told you", "i shouldve", "I should of": how one ought to have acted.
      "i (?:really |probably |definitely |{definitely} |obviously |clearly |just )?(?:{shouldhave}|{shouldnthave}|ought to have|ought not to have|should never have|should've never)(?! (?:a|an|the|some|any|no|my|your|our) )",
      // "I wish I had told you sooner".
      "i wish i(?:'d| had)(?: just)? (?:told|said|been|listened|called|stayed|asked|known|done|come|talked|thought|stopped|ended|walked|answered|kept)",
      // Other languages: "não devia ter", "debí haber", "j'aurais dû", "hätte … sollen".
      'n[aã]o devia ter|devia ter',
      'deb[ií] haber|deber[ií]a haber|no deb[ií]',
      "j'aurais d[uû]|je n'aurais pas d[uû]",
      'hätte[^.!?]{0,40}sollen',
    ],
    negatable: false,
  },
  {
    id: 'future_commitment',
    code: 'future_commitment',
    // "Maybe I'll start seeing other people" is a threat, not a commitment.
    accept: (ctx, m) => !HEDGES.has(wordsBefore(ctx, m.start, 1)[0] ?? ''),
    patterns: [
      // Time markers of a new way of acting.
      'from now on|from here on(?: out)?|from this day (?:on|forward)|from today on|going forward|moving forward|in (?:the )?future|next time|never again|from here onwards?',
      // "It won't happen again", "I'm not gonna do it again, ever".
      "(?:(?:it|this|that)(?:'ll| will)? )?(?:won't|will not|will never|is not going to|isn't going to|never) happen again",
      "(?:i won't|i will not|i'll never|i will never|{im} not {goingto}|i'm never {goingto}|i won't ever|i will not ever) (?:[a-z]+ ){0,6}(?:again|anymore|any more)",
      // "I will not contact him", "I won't go back to that club": a promise to stop.
      "(?:i won't|i will not|i'll never|i will never|i won't ever) (?:contact|see|text|call|message|meet|go back|drink|gamble|lie|hide|keep|do (?:that|this|it)|go through|check|read|yell|raise|speak|talk to|cheat|drive|smoke|bet|spend|borrow|lend|take)",
      // "I promise", "that's a promise".
      "i promise|(?:that's|that is|it's) a promise|you have my word",
      // "I will keep my temper in check", "I'll always be there", "I'm going to keep showing up".
      // "I will come straight home after work", "I'll check with you before buying".
      "(?:i will|i'll|{im} {goingto}) (?:come|be|get) (?:straight |right )?home|(?:i will|i'll) (?:text|call|ring|check with|check in with|let) (?:you|u)(?: know)? (?:if|when|whenever|before|first|every)",
      "(?:i will|i'll|{im} {goingto}|i intend to|i plan to|i commit to|i'm committed to|i am committed to) (?:always|keep|keep on|stop|start|be (?:more|there|better|honest|open|completely|fully|home|transparent|on time)|make sure|work on|change|show you (?:with|by|through|that i)|do better|never|check in|tell you (?:first|before|right away|the same day|everything)|ask (?:you )?first|cut (?:off|ties|contact|(?:him|her|them) off)|end (?:it|things|contact)|block|stay|remain|earn|prove|learn|get help|see a|go to (?:therapy|counseling|counselling|a|an|meetings))",
      // Concrete steps already taken: "I've joined a support group", "I've stopped drinking".
      "(?:i've|i have) (?:already )?(?:joined|signed up|enrolled|started seeing|started going|stopped|quit|deleted|blocked|ended it|cut (?:off|contact)|found a)",
      // Booking help for oneself is a commitment (booking a repair is a repair offer).
      "(?:i've|i have) (?:already )?(?:booked|set up|set|made|scheduled|arranged) [a-z ]{0,30}(?:counsel|therap|doctor|session|class|course|program|meeting|group|alarm|reminder)[a-z]*",
      '{im} (?:seeing|going to see) (?:a |an )?(?:financial |couples |marriage )?(?:counsel?l?or|therapist|doctor|psychologist)',
      '{im} (?:going|heading|signed up) (?:to|for) (?:a |an |my |the )?(?:meeting|therapy|counsel[a-z]*|support group|group|rehab|class|course|session|program)',
      "(?:i've|i have) (?:already )?(?:called|contacted|rung|emailed) (?:the |a |an )?(?:helpline|hotline|counsel[a-z]*|therapist|clinic|program)",
      '{im} going every (?:week|day|tuesday|monday|wednesday|thursday|friday|saturday|sunday)',
      // "Next year, and every year after, I'll be there".
      'every (?:year|week|day|time) (?:after|from now)',
      "(?:i'll|i will) be there",
      // Other languages: "a partir de ahora", "ab jetzt", "désormais", "nunca más".
      'a partir de ahora|de ahora en adelante|nunca más|ab jetzt|nie wieder|désormais|à partir de maintenant|plus jamais|a partir de agora|nunca mais',
    ],
    negatable: false,
  },
  {
    id: 'repair_offer',
    code: 'repair_offer',
    patterns: [
      // "I want to make this right", "I'd like to make amends", "make it up to you".
      'make (?:this|it|things|that) (?:right|up to you)|make amends|make it up to (?:you|u)',
      // "I'll do whatever you need", "tell me what would help and I'll do it".
      "(?:i'll|i will|{im} willing to|i'm ready to) do (?:whatever|anything|what(?:ever)? it takes)",
      "(?:i'll|i will|i'm going to|{im} {goingto}) do the work",
      'whatever (?:you need|it takes)|anything you need',
      'tell me what (?:would help|will help|you need|i can do|it would take)',
      // Concrete offers: paying back, replacing, fixing, transparency.
      "(?:i'll|i will|{im} {goingto}|let me|can i|could i|i'd like to|i would (?:very much |really )?like to|i should like to|i want to|{im} happy to|i can|i offer to|i'm offering to) (?:pay|repay|buy|replace|fix|cover|restore|refund|return|reimburse|give (?:you|back)|show you (?:the|every|my|all|everything|anything|whatever|each)|share|hand (?:you|over)|answer|listen|call (?:him|her|them|your|my)|write (?:to|a letter)|apologi[sz]e to|explain|clear (?:it|this|that) up|take (?:over|you out|care of|you to)|cook|bring you|tell (?:our|your|my|them|him|her|everyone) (?:friends |family |parents )?the truth|tell (?:our|your) friends|set up|book|organi[sz]e|drive you|rebuild|earn back|come with you|go with you)",
      // "I'm going to call him tomorrow and apologize".
      "(?:i'm going to|i'll|i will) [a-z]+ (?:him|her|them) [a-z]+ (?:and apologi[sz]e|to apologi[sz]e)",
      // Repairs already arranged: "I've already booked it into the body shop, on me".
      "(?:i've|i have) (?:already )?(?:booked|paid|arranged|ordered|replaced|made an appointment)[^.!?]{0,60}(?:on me|for the two of us|for both of us|for us)",
      'for the two of us|you can use mine',
      // (The object ends on a word, not a space: a trailing space could never meet the word boundary.)
      '{im} (?:paying|covering) (?:for )?(?:the|it|all|every|whatever)',
      // "If it would help, …", "if you want we can talk".
      "if (?:it|that) would help|if you(?: want|'d like| like)(?: to)?,? (?:we|i) can",
      // "Couples counselling, my treat": the cost carried by the writer.
      'my treat|at my (?:own )?expense',
      // "I'll take the kids so you can have some time": relief offered to the other.
      'so (?:that )?(?:you|u) can (?:finally )?(?:rest|relax|sleep in|have (?:a|some) (?:time|break|rest|peace)|have time|take a break|breathe|get some (?:rest|sleep|time))',
      // "Can I come over tomorrow and apologise properly?".
      'apologi[sz]e (?:properly|in person|face to face)',
      // "rebuild what I broke", "earn back your trust".
      'rebuild (?:what|your|our|the trust)|earn (?:back )?your trust|earn it back',
    ],
    negatable: true,
  },
  {
    id: 'forgiveness_request',
    code: 'forgiveness_request',
    patterns: [
      // "I hope you can forgive me one day", "could you forgive me, in your own time?".
      'forgive|forgiveness',
    ],
    negatable: false,
    accept: (ctx, m) => SOFTENER.test(sentenceText(ctx, m.start)),
  },
];
