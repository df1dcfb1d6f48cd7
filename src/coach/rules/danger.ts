/**
 * Danger: revenge (retaliation or humiliation, above all in a compensation plan) and safety
 * risks (threats, violence, self-harm, coercion). These are never softened by context.
 */
import type { Rule } from './rule.js';
import { REVENGE_FAMILY, SELF_HARM_FAMILY, THREAT_FAMILY } from './families.js';

export const DANGER_RULES: readonly Rule[] = [
  {
    id: 'revenge',
    code: 'revenge',
    patterns: [
      // "Let's see how you like that", "so you know how it feels", "then we're even".
      "(?:let's|lets|we'll|you'll|then we'll|and we'll|i want to) see how (?:much )?(?:you|u) like (?:it|that)|see how (?:much )?(?:you|u) like it|so (?:you|u) (?:finally |can |will |'ll )?(?:know|see|feel|understand) (?:how|what) (?:it|that) feels|(?:then )?we(?:'re| are|'ll be| will be) even|taste of (?:your|ur) own medicine|give (?:you|u) a taste",
      // Exposure: "I'm going to forward your messages to your mother", "I'm telling everyone at church".
      // (with or without whom they go to: "I'll show everyone those photos").
      "(?:{im} {goingto}|i'll|i will|i'm about to) (?:forward|send|show|post|share|leak|publish|screenshot) (?:(?:everyone|everybody|them|him|her|people|your [a-z]+|all (?:your|our|my) [a-z]+) )?(?:your|ur|those|these|the|all) (?:[a-z]+ )?(?:messages|texts|photos|pictures|pics|screenshots|emails|videos|nudes|chats|dms)",
      "(?:{im} (?:telling|going to tell|gonna tell)|i'll tell|i will tell) (?:everyone|everybody|the whole|all (?:your|our)|your (?:mother|mom|mum|dad|father|boss|family|friends|parents|wife|husband|kids|sister|brother|church))",
      '(?:send|show|forward) (?:your|ur) (?:boss|mother|mom|mum|dad|father|family|friends|wife|husband|parents|kids|church) (?:those|the|these|your|my|our|all) (?:photos|pictures|pics|videos|screenshots|messages|texts)',
      'let (?:them|everyone|everybody|people|the world) see who you (?:really )?are|everyone (?:will|is going to) know what you did',
      // "…so everyone knows what you did", "so they see who you really are": exposure as the goal.
      'so (?:that )?(?:everyone|everybody|people|they|the whole [a-z]+|all (?:your|our|my) [a-z]+) (?:can |will |finally )?(?:knows?|sees?|finds? out|learns?) (?:what (?:you|u) (?:really )?did|who (?:you|u) (?:really |truly )?are|what kind of)',
      // "Then we'll see who's laughing", "payback", "I'll make you feel what I felt".
      "we'll see who's laughing|(?:it's |this is )?payback(?: time)?|(?:i'll|i will|{im} {goingto}) make (?:you|u) (?:feel|know|see) (?:exactly )?(?:what|how) i (?:felt|feel|went through)|(?:i'll|i will) make (?:you|u) pay|enjoy it while it lasts",
      // Retaliation in kind: "I'll cheat too", "maybe I'll go home with someone".
      "(?:i'll|i will|{im} {goingto}|maybe i'll|maybe i will) (?:cheat|sleep with (?:someone|somebody|your)|go home with (?:someone|somebody)|hook up with|find someone else|do the same)",
      // Humiliation in a plan: public confessions, begging, kneeling, being read out.
      "on (?:your|ur) knees|(?:you|u)(?:'ll| will| are going to| must| have to) (?:beg|kneel|grovel|crawl)|beg (?:me )?for",
      // Public apologies imposed on the other: "post a public apology on Facebook".
      '(?:post|publish|share|put) (?:a |an |your )?(?:public |written )?(?:apology|confession|admission)[^.!?]{0,40}(?:on|to) (?:facebook|instagram|social media|twitter|tiktok|everyone|everybody|the (?:group|family) chat|all (?:our|my|your) )',
      '(?:screenshot|forward|send) (?:your|the|this|that) (?:apology|confession|messages|texts|chats)[^.!?]{0,30}to (?:all|everyone|everybody|every|our|my|your) ',
      "(?:you|u)(?:'ll| will| are going to| must| have to) (?:read|confess|stand|apologi[sz]e|admit|announce|post|tell|kneel|grovel|say sorry)[^.!?]{0,80}(?:in front of|to) (?:everyone|everybody|my (?:whole |entire )?family|our (?:friends|family|kids)|all (?:of )?(?:our|my) friends|the whole|the entire|(?:the )?church|your (?:whole )?family)",
      "(?:you|u)(?:'ll| will| are going to| must| have to) (?:post|record|film) (?:a |an )?(?:video|apology|confession|statement)",
      "(?:you|u)(?:'ll| will| are going to| must| have to) tell (?:your|ur) (?:mother|mom|mum|family|friends|boss|parents|kids)",
      '(?:full|public|written) confession|stay standing|out loud to (?:our|my|your|all)',
      // Control dressed as repair: "I get to go through your phone whenever I want".
      "i get to (?:go through|read|check|see) (?:your|ur)|(?:you|u) (?:won't|will not|don't) get a say",
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...REVENGE_FAMILY,
    ],
    negatable: false,
  },
  {
    id: 'safety_risk.self',
    code: 'safety_risk',
    patterns: [
      // Self-harm and suicide, said outright or in the common indirect forms.
      '(?:kill|hurt|harm|cut) myself|end (?:it all|my life|things for good)|take my (?:own )?life|(?:should|could|might|want to|wanna|gonna|going to) (?:just )?end it(?! with)',
      "(?:i )?(?:don't|do not) (?:want|wanna) to (?:live|be alive|be here anymore|wake up)|(?:better|be better) off without me|what(?:'s| is|s) the point (?:of|in) (?:me|my|living|going on|anything)",
      "(?:i )?(?:don't|do not) know what i(?:'ll|'d| will| might) do(?: to myself)?|what i(?:'ll| will|'d| might) do to myself",
      'take (?:every|all (?:the|my|of the|those)|a bottle of) (?:pill|pills|tablets)|overdose',
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...SELF_HARM_FAMILY,
    ],
    negatable: false,
    reason:
      'This sounds like you might be in danger. You matter: please reach out now to someone you trust or a crisis line.',
  },
  {
    id: 'safety_risk.threat',
    code: 'safety_risk',
    patterns: [
      // Threats of violence: "I'll hurt you", "I'll find her and make sure she regrets it".
      "(?:i'll|i will|{im} {goingto}|i swear i'll) (?:hurt|kill|hit|beat|destroy|ruin|end) (?:you|u|her|him|them)|(?:i'll|i will) find (?:you|u|her|him|them)|make (?:sure )?(?:she|he|you|they|u) (?:regrets?|pays?|suffers?)",
      "(?:you'll|you will|u will|ull) (?:regret (?:this|it|that)|be sorry|pay for (?:this|that|it))|watch your back|you'll see what happens",
      // "You'd better watch yourself", "I'll make your life hell".
      "(?:you'd|you) better watch (?:yourself|out|it)|watch your step|make (?:your|ur) life (?:a )?(?:living )?(?:hell|miserable|a nightmare)",
      // Coercion by a condition: "If you tell anyone about this, I'll make sure you lose custody".
      "if (?:you|u) (?:ever )?(?:tell|say|breathe a word|mention|report|call the|go to the|leave|refuse|talk to)[^.!?]{0,50}(?:i'll|i will|i swear|{im} {goingto}|you'll|you will) (?:make sure|make you|take|tell|hurt|ruin|destroy|end|regret|pay|lose|never|post|send)",
      // Stalking: "I know where you live", "I know where your sister works and what time she leaves".
      'i know where (?:you|u|your [a-z]+|she|he|they) (?:live|lives|work|works|sleep|sleeps|go|goes|park|parks)|what time (?:she|he|you|they) (?:leaves|leave|gets off|finishes)',
      // Coercion: "or I swear you won't leave this room", "hand over your car keys".
      "(?:you won't|you will not|you're not going to|you aren't going to) (?:leave|get out of) (?:this|the) (?:room|house|car|flat|apartment)|without my permission|hand (?:over|me) (?:your|ur) (?:car keys|keys|wallet|phone|passwords?|money|cards?|bank)|give me (?:your|ur) (?:phone )?(?:passwords?|pin|phone|keys)(?: right now| now| to everything)?|or (?:else|i swear)",
      // Blackmail: "or I'll post the screenshots", "post one more thing and I'll send your boss those photos".
      "or (?:i'll|i will) (?:post|send|tell|show|share|leak|hurt|kill|make|call|break|smash|kick|burn|drag|take|throw|come)|(?:i'll|i will) send (?:your|ur) [a-z]+ (?:those|the|these|your) (?:photos|pictures|pics|videos|screenshots)",
      // Threats that trade on fear: "think carefully".
      'think (?:very )?carefully(?=[.!]|$)',
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...THREAT_FAMILY,
    ],
    negatable: false,
    reason:
      'This reads as a threat or as pressure by fear. Nobody can rebuild trust under threat; please step back from it.',
  },
];
