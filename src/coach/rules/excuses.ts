/**
 * What weakens an apology: excuses (justification), saying the hurt is not real (denial),
 * saying the other got it wrong (misunderstanding), making the act smaller (minimization),
 * and asking for pity for oneself (pity plea).
 */
import type { Rule } from './rule.js';
import {
  DENIAL_FAMILY,
  MINIMIZATION_FAMILY,
  MISUNDERSTANDING_FAMILY,
  PITY_FAMILY,
  REASSURANCE,
} from './families.js';
import { sentenceText, startsClause } from '../context.js';

export const EXCUSE_RULES: readonly Rule[] = [
  {
    id: 'justification',
    code: 'justification',
    patterns: [
      // "I only lied because…", "I only did it because…": the act explained away.
      "i (?:only|just) [a-z']+(?: [a-z']+){0,4} (?:because|bc|cuz|cause|since|so that)",
      // "I had no choice", "I didn't really have a choice", "je n'avais pas le choix".
      '(?:i|we) (?:had|have|got) no (?:other )?(?:choice|option|alternative)',
      "(?:i|we) (?:didn't|did not|don't|do not) (?:really |even )?(?:have|get) (?:a|any|much|another) (?:choice|option|say)",
      '(?:i|we) had to (?:keep|lie|do|say|hide|tell|go|take|leave|protect)',
      "n'avais pas le choix|pas le choix|no ten[ií]a (?:otra )?(?:opci[oó]n|elecci[oó]n)|keine wahl",
      'i panicked|i was panicking|i freaked out',
      "i didn't know what i was doing",
      // Circumstances blamed: work, the phone, money.
      "(?:work|my job|my boss|life|stress|things)(?: has| have|'s)? (?:had|been (?:having|making)) me (?:so |completely |totally |really )?(?:frazzled|stressed|crazy|busy|exhausted|overwhelmed|on edge)",
      'my (?:phone|battery) (?:died|was dead|ran out)|(?:rent|the rent|bills|the bill) (?:was|were) due',
      '(?:and|but|so) (?:then )?it was (?:too )?late',
      // Protective excuses: "I didn't want you to worry", "really I was protecting you".
      "(?:i )?(?:didn't|did not) want (?:you|u) to (?:worry|be upset|get upset|stress|find out)",
      '(?:i was|was just|i was just|i was only|i was really) (?:trying to )?protect(?:ing)? (?:you|u)|for your own good',
      // "I was trying to help" explains the act by its intent, with or without "only".
      'i was (?:only |just )?trying to (?:help|protect|keep)',
      // "You know how I get when I've been drinking", "anyone would have done the same".
      'you know how i get',
      '(?:anyone|anybody) would have done (?:the same|it)',
      "i couldn't help it|what (?:was|else was) i supposed to do",
      // "It was the only thing keeping me going".
      'the only thing (?:keeping|that kept) me (?:going|sane|alive)',
      // "We were on a break", "we weren't even together".
      "we were on a break|we (?:weren't|were not) (?:even |really |officially )?together",
    ],
  },
  {
    id: 'justification.state',
    code: 'justification',
    patterns: [
      // States offered as the reason for an act: drunk, exhausted, stressed.
      "(?:i was|i'd been|i had been|i've been|{im}) (?:just |so |really |completely |totally |very |super |pretty |too |a bit |a little )*(?:drunk|wasted|high|tired|exhausted|stressed(?: out)?|overwhelmed|frazzled|burnt out|burned out|hungover|sleep[- ]deprived|under (?:so much |a lot of |a ton of |huge |enormous )?(?:stress|pressure)|not (?:thinking straight|myself|in a good place))",
      // "Work has been insane", "things have been so hectic": a busy life offered as the reason.
      "(?:work|my job|things|life|my boss|everything)(?: has| have|'s) been (?:so |really |absolutely |completely |totally |just )?(?:insane|crazy|hectic|mental|nuts|chaotic|stressful|a nightmare|overwhelming|brutal|non-?stop)",
      // "My boss keeps piling stuff on me": pressure from elsewhere named as the cause.
      '(?:my boss|work|everyone|my manager) (?:keeps|kept) (?:piling|dumping|throwing)',
    ],
    // Said about an act (an apology, a disclosure, or with "because/but"), the state is an
    // excuse; said alone in a message ("I'm so tired tonight") it is just a feeling.
    accept: (ctx, m) =>
      ctx.kind === 'apology' ||
      ctx.kind === 'disclosure' ||
      /\b(?:because|but|so|since|that's why|and (?:didn't|did|said|it))\b/.test(
        ctx.norm.slice(Math.max(0, m.start - 40), m.end + 40),
      ),
  },
  {
    id: 'denial_of_hurt',
    code: 'denial_of_hurt',
    patterns: [
      // "It's not a big deal", "it wasn't that bad", "it's really not that deep".
      "(?:it's|it is|it was|that's|that is|that was|this is|this was|it isn't|it wasn't|that isn't|that wasn't|this isn't)? ?(?:really |honestly |seriously )?(?:not|isn't|wasn't|n't) (?:that|a|such a|so|even a) (?:big deal|deep|serious|bad|big|huge|dramatic|important)",
      "(?:no|not a) (?:big )?deal|what's the big deal|not that big (?:of )?a deal",
      // "You're overreacting", "stop being so dramatic".
      '(?:{youre}|stop) (?:totally |so |just |way |completely |really )?(?:over ?reacting|overthinking it|being (?:so )?dramatic|making (?:a|such a) (?:big )?(?:deal|fuss|drama|scene))',
      // "You're blowing this out of proportion", "making a mountain out of a molehill".
      'blow(?:ing|n)? (?:this|it|things|everything) (?:way |totally |completely )?out of proportion',
      'mountain out of (?:a )?molehill',
      '(?:so )?worked up (?:over|about) nothing|(?:crying|upset) over nothing|nothing to (?:be upset|cry|get upset|get worked up|be hurt) about',
      // "This couldn't have hurt you", "that shouldn't even count as hurting you".
      "(?:couldn't|could not|can't|cannot|shouldn't|should not|didn't|did not) (?:have |possibly |really |even )*(?:hurt|count as hurting|upset) (?:you|u|anyone|anybody)",
      "(?:{youre}|you were|you aren't|you're not|you are not) (?:not )?(?:actually|really|even) (?:hurt|upset|that hurt|in pain)",
      // "No harm done", "you'll get over it".
      "no harm done|(?:you'll|you will) get over it",
      // "I don't get why you're this upset": the hurt called unreasonable.
      "(?:don't|do not|can't|cannot) (?:get|see|understand) why (?:{youre}|you'd be|you are) (?:even |this |so |that |getting )*(?:upset|hurt|mad|angry|bothered|worked up)",
      // "There's no way that actually hurt you".
      'no way (?:that|it|this) (?:actually |really |even )?(?:hurt|upset|bothered) (?:you|u)',
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...DENIAL_FAMILY,
    ],
    negatable: true,
  },
  {
    id: 'denial_of_hurt.get-over-it',
    code: 'denial_of_hurt',
    patterns: [
      // "Get over it", "just get over yourself": the hurt dismissed as something to drop.
      '(?:just |oh )?get over (?:it|yourself)(?! already)',
    ],
    // Only as an order opening its clause: "I need time to get over it" is the writer's own hurt.
    accept: (ctx, m) => startsClause(ctx, m.start),
  },
  {
    id: 'misunderstanding_claim',
    code: 'misunderstanding_claim',
    patterns: [
      // "You misunderstood me", "you misread it", "you heard it wrong".
      "(?:you|u)(?:'ve| have)? (?:completely |totally |just |clearly )?(?:misunderstood|misunderstand|misread|misheard|misinterpreted|misconstrued|mixed (?:it|this|that|things|everything) up|got (?:it|this|that|the whole thing|everything|me) (?:all )?(?:wrong|backwards|twisted)|heard (?:it|that|me) wrong|read (?:it|this|that|me) wrong|took (?:it|that|this) (?:the )?wrong(?: way)?|take (?:it|that|this) (?:the )?wrong(?: way)?|twist(?:ed|ing)? my words)",
      '(?:{youre}|you were) (?:reading (?:it|this|that|too much into (?:it|this|that))|(?:totally |completely )?getting (?:it|this|the wrong)|twisting)(?: wrong| the wrong way)?',
      "(?:you've|you have|you) got the wrong idea|(?:jump|jumping) to conclusions",
      // "That's not what I meant", "not how I meant it", "it's not like that".
      "(?:that's|that is|it's|this is|that was) not (?:what|how) i (?:meant|mean|said)|not how i meant it|(?:it|that) came out wrong",
      "(?:it's|it is|it isn't|it's not|this isn't|this is not) (?:not )?(?:like that|what it looks like|what you think)|isn't what it looks like",
      // "You got the whole thing backwards", "you read my joke as an insult".
      'you read (?:my|it|that) [a-z ]{0,20}as (?:an?|the)',
      // "You're taking it completely the wrong way", "you're hearing it all wrong".
      '(?:{youre}|you are|you were) (?:completely |totally |just |clearly )?(?:taking|reading|hearing|getting|seeing) (?:it|this|that|me|everything|the whole thing) (?:all |completely |totally |entirely )?(?:the )?wrong(?: way)?',
      // "You misread the whole thing", "you misunderstood what I was saying" (objects of any length).
      '(?:you|u) (?:completely |totally |just |clearly )?(?:misread|misheard|misunderstood|misinterpreted|twisted) (?:the whole|everything|what i|my)',
      // "I didn't mean it like that", "that's not how it was meant".
      "(?:i )?(?:didn't|did not|didnt) mean (?:it|that) (?:like that|that way|the way (?:you|u) (?:took|think|heard))",
      // "You took it way too personally".
      '(?:took|take|taking) (?:it|that|this|things|everything) (?:way |far |so )?(?:too )?personally',
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...MISUNDERSTANDING_FAMILY,
    ],
  },
  {
    id: 'minimization',
    code: 'minimization',
    patterns: [
      // "It was just one kiss", "it was literally just coffee", "it was barely two hundred bucks".
      "(?:it|that|this|they|we|she|he)(?:'s| is| was| were| has been|'s been| have been) (?:literally |really |honestly |seriously |like )*(?:just|only|barely|merely|nothing but) (?:a |an |one |two |some |like |a few |a couple |few )?(?:[a-z0-9$,]+ )?(?:kiss|kisses|coffee|lunch|drink|drinks|dinner|texts?|messages?|dance|hug|flirting|friends|a joke|joke|joking|seconds?|minutes?|once|twice|one time|dollars|bucks|quid|pounds|euros|money|[0-9]+|ten|twenty|fifty|hundred)",
      '(?:just|only|barely|merely|literally) (?:a |one |two |a few |a couple of |like )?(?:kiss|coffee|lunch|a drink|texts|messages|a few (?:texts|messages|drinks)|friends|joking|kidding|(?:two|a few|one) seconds?|[0-9$]+ ?(?:dollars|bucks)?|twenty dollars|two hundred bucks)',
      // "It meant nothing", "it meant zero", "it didn't mean anything".
      "(?:it|that|she|he|this) meant (?:nothing|zero|nada|absolutely nothing)|(?:it|that) didn't mean anything",
      // "It only happened once", "a one-time thing", "I made one mistake".
      '(?:only|just) (?:happened )?once|(?:a )?one[- ]time thing|(?:one|a single|one little|one stupid|one small) mistake',
      '(?:for )?like (?:a|one|two) (?:second|minute)s?|literally (?:two|a few|one) (?:seconds|minutes)',
      // "And that was it", "nothing more", "nothing happened".
      '(?:and )?that was it|nothing (?:more|else) (?:happened|to it)|nothing more(?! to)|nothing (?:physical |sexual |serious )?happened|nothing (?:physical|sexual)',
      // "It was just texting", "we were only talking": an act named by a harmless gerund.
      '(?:just|only|merely) (?:texting|talking|chatting|messaging|flirting|dancing|hanging out|a game|banter)',
      // "It's over now anyway", "it's done now": the act closed off as if it no longer counts.
      "(?:it's|it is|that's|that is|it was) (?:all )?(?:over|done|finished|in the past) (?:now )?anyway|(?:and )?it's done now",
      // "It was one beer", "it's a few messages": the act counted small, at the clause end.
      "(?:it|that|this) (?:was|is|'s) (?:literally |honestly |seriously )?(?:just |only )?(?:one|a single|a couple of|a few|two) [a-z]+(?=\\s*(?:[.!,;]|$| anyway| and that| that's it))",
      // "It's honestly not that much money", "it wasn't even that much".
      "(?:it's|it is|it was|it wasn't|it isn't|that's|that was) (?:honestly |really |even |literally )?(?:not |n't )?(?:even )?(?:that|very) (?:much|many|long|often)",
      // "It's harmless", "it was totally innocent".
      "(?:it's|it is|it was|that's|they're|we're) (?:honestly |totally |completely |pretty |really |all |just )*(?:harmless|innocent|platonic)",
      // "It was a joke", "we were only joking around".
      "(?:it|that) was (?:just |only )?a joke|(?:we were|i was|i'm|we're) (?:only |just )(?:joking|kidding|messing around|talking)",
      // "It's only been a few messages", "only a few texts anyway".
      'only (?:been )?a few (?:texts|messages|times|drinks|days|weeks)|a few texts anyway',
      '(?:a|one|some) (?:small|tiny|little) (?:thing|slip|mistake)',
      // "It was just a bit of fun", "it's honestly nothing", "we just text about work".
      "(?:just|only) (?:a bit of |some |harmless )?(?:fun|banter)|harmless fun|(?:it's|it is|it was|that's) (?:honestly |really |literally |seriously )?nothing(?! to do| like)",
      'we (?:just|only) (?:text|talk|chat|hang out|message|meet up)',
      '(?:it|that) was (?:just |only )?(?:one|a single) (?:text|message|kiss|drink|time|night|dance|photo|like)',
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...MINIMIZATION_FAMILY,
    ],
    // A plain question in a message stays a question; "no worries, these things just happen"
    // reassures the other about their own slip.
    accept: (ctx, m) =>
      (!/\?\s*$/.test(sentenceText(ctx, m.start)) || ctx.kind !== 'message') &&
      !REASSURANCE.test(sentenceText(ctx, m.start)),
  },
  {
    id: 'pity_plea',
    code: 'pity_plea',
    patterns: [
      // "You have no idea how hard this is for me".
      "(?:you|u) (?:have|got|don't have) (?:no|any) idea how (?:hard|difficult|painful|bad|tough|awful) [^.!?]{0,40}(?:for|on) me",
      // "Do you know what these weeks have been like for me?", "doesn't that mean anything to you?".
      "(?:do|don't|did) you (?:even )?(?:know|realize|realise|understand|care) (?:what|how)[^.?!]{0,60}(?:for|on|to) me",
      "doesn't (?:that|this|it) mean anything to you",
      // Sleeplessness and collapse offered to earn sympathy.
      "(?:i've|i have|i) (?:barely|hardly|not) (?:slept|eaten)",
      "(?:{im}|i've been) (?:barely|hardly) (?:holding|keeping|coping|surviving|functioning|hanging)",
      'i can (?:barely|hardly) (?:get out of bed|function|breathe|sleep|eat|cope)',
      "(?:i've been|{im}) so (?:miserable|depressed|wrecked|broken|destroyed|devastated) since",
      // "Go easy on me", "feel sorry for me", "poor me".
      'go easy on me|feel sorry for me|pity me|poor me|cut me some slack',
      // A hard past offered as the reason to be spared.
      '(?:had|have had|grew up with|grew up in) (?:a |such a )?(?:miserable|terrible|awful|hard|rough|horrible|traumatic|difficult|unhappy|abusive) (?:childhood|upbringing|life|past|family)',
      "after everything i(?:'ve| have)? (?:went|been|go|gone) through",
      'i grew up (?:walking on eggshells|with nothing|in chaos|being)',
      'you know what my (?:dad|father|mom|mother|mum|parents|family) (?:was|were|did) like',
      'you know how hard (?:[a-z]+ )?(?:is|was|has been) for me',
      '(?:try to |just )?imagine what (?:[a-z ]{0,40}) did to me',
      // "I'm a wreck without you", "I can't do this alone", "you're all I have".
      '{im} (?:a wreck|falling apart|nothing|broken|lost|a mess) without you',
      "i can't (?:do this|live|go on|cope|handle this|handle it|survive|make it) (?:alone|without you)",
      "(?:you're|you are) all i (?:have|'ve got|got)",
      "i can't handle you being",
      "{im} (?:completely |literally )?falling apart|i can't (?:sleep|eat),? i can't (?:sleep|eat)",
      'everything (?:else )?(?:is )?falling apart',
      "(?:it's|this is|this has been|it has been) (?:so )?hard (?:for|on) me too",
      "{im} the one (?:suffering|hurting|who's suffering|who (?:has|had|have) to (?:live|deal|suffer|carry|cope))",
      // "Nobody even asks how I'm doing", "does anyone care how I feel?": sympathy asked for.
      "(?:nobody|no one|does anyone|doesn't anyone|does anybody|doesn't anybody) (?:even |ever |actually )?(?:asks?|cares?|thinks?) (?:about )?(?:how|what|about) (?:i|me|i'm|{im})",
      'what about (?:my|how i) (?:feelings|feel)|think about how i feel',
      // "The worst week of my life", "nobody has it as hard as me".
      '(?:the )?(?:worst|hardest) (?:week|weeks|month|months|year|days?|time) of my (?:life|entire life)',
      '(?:nobody|no one) has it (?:as|so) (?:hard|bad|rough) as (?:me|i do)',
      // "I've been so depressed since you left" with other states and "because of".
      "(?:i've been|{im}|i have been|i was) (?:so |really |completely |totally )?(?:depressed|miserable|suicidal|devastated|heartbroken|wrecked) (?:since|because of|over|about) (?:you|u|this|it|all this|everything)",
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...PITY_FAMILY,
    ],
  },
];
