/**
 * What harms a conversation (Gottman's four horsemen and the "start with me, not you" rule):
 * accusations with "you" as the culprit, absolutes about the other, character attacks,
 * contempt, defensiveness and stonewalling.
 */
import type { Rule } from './rule.js';
import {
  CONTEMPT_FAMILY,
  CRITICISM_FAMILY,
  DEFENSIVENESS_FAMILY,
  STONEWALLING_FAMILY,
} from './families.js';
import type { Context } from '../context.js';
import { sentenceAt, sentenceText, wordsBefore } from '../context.js';
import { rangeIndexAt } from '../sentences.js';
import {
  ACCUSING_VERBS,
  CHARACTER_WORDS,
  NEGLECTED_ACTS,
  PRAISE_WORDS,
  alt,
} from '../lexicons/words.js';

const PRAISE = new RegExp(`\\b${alt(PRAISE_WORDS)}`);
// After "you never": an expected act left undone ("listen", "tell me anything", "on time").
const NEVER_COMPLAINT = new RegExp(
  `^\\s+(?:ever\\s+|even\\s+|once\\s+)?(?:${NEGLECTED_ACTS.join('|')}|[a-z]+ (?:me|us|anything|a word))`,
);
// What turns praise into sarcasm: another failure, a repeat, a loss caused.
const FAILURE =
  /\b(?:another|again|ruin(?:ed|s)?|managed to|thanks to you|because of you|wasted|broke(?:n)?|lost|can't afford|now we(?:'re| are| have)|yet again|as usual|nice try)\b/;
const SELF_INSULT = /\b(?:i|i'm|im|i've|myself|me)\b/;
const COPULA = /(?:'re|\bare|\bur|\br|\bwere|\bwas)\s+never$/;
const I_SUBJECT = /\b(?:i|im|i'm|i'll|i've|we|we're)\b/;
const YOU_SUBJECT = /\b(?:you|u|ya)\b(?!\s+(?:know|see|guys)\b)/;

// Words opening a clause of time or condition: what follows is not a statement.
const SUBORDINATE = new Set([
  'when',
  'if',
  'while',
  'whenever',
  'until',
  'once',
  'before',
  'after',
]);
const WISH = /\b(?:hope|wish|pray)\b/;
const INSIDE_I_LINKS = new Set(['when', 'whenever', 'that', 'because', 'how']);
// "You ruined my birthday, thanks a lot": thanks said for a wrong is sarcasm, not praise.
const SARCASTIC_THANKS = /\bthanks (?:a lot|a bunch|for nothing)\b/;

/** True when the sentence around `pos` praises rather than complains ("you always make me laugh"). */
function praises(ctx: Context, pos: number): boolean {
  const s = sentenceAt(ctx, pos);
  const text = ctx.norm.slice(s.start, s.end);
  return PRAISE.test(text) && !SARCASTIC_THANKS.test(text);
}

// "I feel hurt when you…" is the recommended I-statement form, not an accusation.
function insideIStatement(ctx: Context, pos: number): boolean {
  const before = wordsBefore(ctx, pos, 1);
  // "I feel hurt that you didn't tell me", "I felt alone because you left": the act as the cause.
  if (!INSIDE_I_LINKS.has(before[0] ?? '')) return false;
  const s = sentenceAt(ctx, pos);
  return /\bi (?:feel|felt|get|got|am|'m|was)\b|\bi'm\b|\bmy\b/.test(
    ctx.norm.slice(s.start, s.end),
  );
}

export const HORSEMEN_RULES: readonly Rule[] = [
  {
    id: 'you_accusation',
    code: 'you_accusation',
    patterns: [
      // "You lied to me", "you ruined everything", "you stopped making time for me".
      `(?:you|u)(?:'ve| have|'d| had)? (?:just |really |totally |completely |even |then |also |clearly |straight up |basically |actually |still |only )*${alt(ACCUSING_VERBS)}`,
      // "You don't hear a word I say", "you didn't even call".
      "(?:you|u) (?:don't|didn't|do not|did not|won't|can't) (?:even )?(?:listen|hear|care|help|call|text|ask|respect|appreciate|notice|try|bother|show up|tell me)",
      // "You're the one who lied": a counter-accusation.
      `(?:{youre}|you were) the one (?:who|that) (?:[a-z]+ )?${alt(ACCUSING_VERBS)}`,
      // "Every cent you stole": the act named in a relative clause.
      'every (?:cent|penny|dollar|word|lie) (?:you|u) (?:stole|took|told|spent)',
      // "You'd been so cold to me for months": neglect named as the other's conduct.
      "(?:you|u)(?:'ve|'d| have| had)? been (?:so |really |completely |totally |always )?(?:cold|distant|absent|neglecting me|ignoring me|checked out|shutting me out)",
      // "Nobody forced you to lie", "you chose that".
      '(?:nobody|no one) (?:forced|made) (?:you|u) (?:to )?(?:do|lie|cheat|say|go|hide|take)|(?:you|u) chose (?:that|this)(?=\\s*(?:[.!]|$))',
    ],
    accept: (ctx, m) => !insideIStatement(ctx, m.start) && !praises(ctx, m.start),
    reason:
      'This names the other as the culprit. Saying what happened and how it felt to you is easier to hear.',
  },
  {
    id: 'absolute',
    code: 'absolute',
    patterns: [
      // "You always…", "you're never on time", "you constantly…".
      "(?:{youre}|you|u)(?:'ve| have| just| will| were| was)? (?:always|allways|alwyas|constantly|forever|never|continually|every single time|every time)",
      // "the exact thing you always do".
      '(?:you|u) always do',
    ],
    negatable: false,
    accept: (ctx, m) => {
      const phrase = ctx.norm.slice(m.start, m.end);
      if (praises(ctx, m.start)) return false;
      // "I'd understand if you never forgive me": a supposition, not a complaint.
      if (wordsBefore(ctx, m.start, 1)[0] === 'if') return false;
      // "You're never on time": a state that is never there is always a complaint.
      if (!phrase.endsWith('never') || COPULA.test(phrase)) return true;
      // "You never listen" accuses; "you never miss a game" praises (checked above).
      return NEVER_COMPLAINT.test(ctx.norm.slice(m.end, m.end + 30));
    },
  },
  {
    id: 'absolute.every-time',
    code: 'absolute',
    patterns: [
      // "Every time I bring up money, you change the subject"; "every single time you drink".
      'every (?:single )?time|each and every time|not (?:even )?once|(?:you|u) do (?:this|that|it) (?:every|all the) time|all the time(?! (?:you|u|we|i) (?:need|want|like))|(?<=, )ever(?=[.!?])',
    ],
    negatable: false,
    accept: (ctx, m) => {
      // The sentence, or the one before for a fragment ("You ignore me. Not once this week.").
      const i = rangeIndexAt(ctx.sentences, m.start);
      const s = ctx.sentences[i] ?? sentenceAt(ctx, m.start);
      const own = ctx.norm.slice(s.start, s.end);
      const fragment = !YOU_SUBJECT.test(own) && !I_SUBJECT.test(own);
      const sentence = fragment
        ? ctx.norm.slice(ctx.sentences[i - 1]?.start ?? s.start, s.end)
        : own;
      // About the other's behaviour, and not in praise; "I check every time" is about oneself.
      return (
        YOU_SUBJECT.test(sentence) &&
        !praises(ctx, m.start) &&
        !/\bi (?:will|'ll|promise)\b/.test(sentence)
      );
    },
  },
  {
    id: 'criticism',
    code: 'criticism',
    patterns: [
      // "You're so selfish", "you are such a liar", "you were so fragile".
      `(?:{youre}|you were|you're being|you are being|you've become|you sound|you act|you always are|you're always) (?:so |such |really |just |too |completely |totally |truly |a |an |the most |always |being |such a |so damn |fucking |incredibly |utterly |unbelievably )*${alt(CHARACTER_WORDS)}(?! (?:to me|of me))`,
      // "What a liar you are", "a world-class liar, aren't you?".
      `what a (?:[a-z-]+ )?(?:liar|hypocrite|coward|mess|joke|child|baby|narcissist|selfish [a-z]+)(?: you are)?|(?:liar|hypocrite|coward|narcissist|cheater), aren't (?:you|u)`,
      // "What is wrong with you?", "what kind of person does that?".
      "what(?:'s| is) (?:wrong|the matter) with (?:you|u)|what kind of (?:person|man|woman|partner|mother|father|mom|mum|dad|parent|human|husband|wife|friend|boyfriend|girlfriend) (?:does|would|are|is|[a-z]+s)\\b",
      // "You can't be trusted": the person, not the act, declared unreliable.
      "(?:you|u) (?:can't|cannot|can never) be trusted",
      // "Are you even capable of thinking about anyone but yourself?".
      'are (?:you|u) even capable|anyone but yourself|(?:you|u) (?:only|just) (?:ever )?care about yourself',
      // "You don't even see how you come across", "you're just looking for attention".
      "(?:you|u) (?:don't|do not|never) even (?:see|realize|realise|notice|know|care) (?:how|what)|(?:just|only) (?:looking for|wanting|after) attention|attention[- ]seek",
      // "Exactly what a liar you are", "too selfish to think of anyone else".
      `(?:exactly )?what (?:a|an) (?:[a-z]+ )?(?:liar|cheat|hypocrite|coward) (?:you are|you've been)|(?:exhausting|tiring|hard|sad|awful|lonely) (?:being|to be) (?:that|so) ${alt(CHARACTER_WORDS)}`,
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...CRITICISM_FAMILY,
    ],
    accept: (ctx, m) =>
      // "I hope you never change" wishes, it does not attack.
      !WISH.test(wordsBefore(ctx, m.start, 2).join(' ')) &&
      (!praises(ctx, m.start) || /liar|selfish|hypocrite/.test(ctx.norm.slice(m.start, m.end))),
  },
  {
    id: 'criticism.only-yourself',
    code: 'criticism',
    patterns: [
      // "You never think about anyone but yourself": the "never" is part of the attack, not a negation.
      'anyone (?:but|except|other than|besides) yourself|(?:only|just) (?:ever )?(?:think|care) about yourself',
    ],
    negatable: false,
  },
  {
    id: 'criticism.like-you',
    code: 'criticism',
    patterns: [
      // "At least I'm not a hypocrite like you": the negation is about me, the label is for you.
      `(?:${alt(CHARACTER_WORDS)}|liar|hypocrite|coward|narcissist|cheater) like (?:you|u)(?! (?:said|say|think|claim))`,
    ],
    negatable: false,
  },
  {
    id: 'contempt.insult',
    code: 'contempt',
    patterns: [
      // Insults and disgust.
      "pathetic|disgusting|you disgust me|you make me sick|loser|moron|idiot|clown|imbecile|dumbass|you're a joke|grow up|get a grip|spare me|give me a break|oh please|boo ?hoo|cry me a river|snowflake|drama queen|sicko",
    ],
    negatable: false,
    accept: (ctx, m) =>
      // "I was such an idiot", "I need a break": about oneself, so not contempt.
      !SELF_INSULT.test(wordsBefore(ctx, m.start, 4).join(' ')),
  },
  {
    id: 'contempt',
    code: 'contempt',
    patterns: [
      // Sarcastic praise: "slow clap", "masterpiece", "congratulations, you managed to…".
      'slow clap|masterpiece of|truly (?:impressive|a masterpiece|remarkable|a genius)|(?:so|very|really) impressive|world[- ]class (?:liar|cheat|[a-z]+er)|congratulations,? you|congrats,? you|well done,? you|great job,? (?:genius|einstein)|nice (?:going|one|job),? (?:genius|einstein|idiot|sherlock)|way to go,? (?:genius|einstein)|bravo',
      // Mocking vocatives: ", Einstein", ", genius", ", Sherlock".
      ',? (?:genius|einstein|sherlock|princess|your highness)(?=[.!?]|$)',
      // Mockery of the other's feelings: "is someone feeling left out?", "did the big mean text upset you?".
      'is (?:someone|somebody|little [a-z]+) (?:feeling|upset|sad|jealous|crying|sulking)|did the (?:big |little )?(?:mean|scary|bad) [a-z]+ (?:upset|hurt|scare)|delicate (?:little )?feelings|precious (?:little )?feelings|fragile (?:little )?ego',
      // "You really thought that would work?", "let the grown-ups handle this".
      '(?:you|u) really thought|did you really think|let the grown[- ]?ups|cute that you think|adorable that you',
      // Eye-rolls and scoffs in texting: "lol ok", "sure you were", "🙄".
      'lol,? (?:ok|okay|sure|right)|sure (?:you were|you did|jan)|yeah,? right|\\ud83d\\ude44|eye ?roll',
      // Sarcastic "sorry you're so sensitive" variants and "sorry, not sorry".
      'sorry,? not sorry',
      // "Must be lonely up there on your high horse", "must be so hard being you".
      'high horse|must be (?:so |really |very )?(?:hard|tough|exhausting|difficult) being (?:you|u)(?=\\s*(?:[.!?]|$))',
      // "Poor you, having to do one chore": pity turned to mockery by what follows.
      'poor (?:you|baby|thing|dear|darling),? (?:having to|having|you had to|did|must)',
      // "You ruined my birthday, thanks a lot", "thanks for nothing".
      'thanks (?:a lot|a bunch)(?=\\s*(?:[.!]|$))|thanks for nothing',
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...CONTEMPT_FAMILY,
    ],
    negatable: false,
  },
  {
    id: 'contempt.sarcasm',
    code: 'contempt',
    patterns: [
      // "Wow, great job, really proud of you. Another bill we can't pay": praise for a failure.
      '(?:great|good|nice|fantastic|brilliant|amazing|wonderful|excellent|stellar) (?:job|work|going|one)|well done|bravo|(?:really|so) proud of (?:you|u)|(?:oh|wow),? (?:great|brilliant|fantastic|perfect|wonderful|lovely|amazing)',
      // "Brilliant. Just brilliant.": a one-word verdict of praise, sarcastic beside a failure.
      '(?:just |absolutely |simply |really |oh |wow,? )?(?:brilliant|fantastic|perfect|marvell?ous|wonderful|superb|lovely|great)(?=\\s*[.!])',
    ],
    negatable: false,
    // Sarcasm only when the praise sits beside a failure or a repeat of one (same or next sentence).
    accept: (ctx, m) => {
      const i = rangeIndexAt(ctx.sentences, m.start);
      const end = ctx.sentences[i + 1]?.end ?? ctx.sentences[i]?.end ?? ctx.norm.length;
      return FAILURE.test(ctx.norm.slice(ctx.sentences[i]?.start ?? 0, end));
    },
  },
  {
    id: 'defensiveness',
    code: 'defensiveness',
    patterns: [
      // "It's not my fault", "that's not on me", "don't look at me".
      "(?:(?:it's|it is|it was|that's|that is|this is) not|(?:it|that|this) (?:isn't|wasn't)) (?:my fault|on me)|not my (?:fault|problem)|don't look at me|why (?:is|was) (?:this|that|it) (?:suddenly )?my (?:problem|fault)",
      // "I never said that", "I didn't do anything wrong".
      "i (?:never|didn't|did not) (?:say|said) (?:that|any of that)|i (?:didn't|did not|never) do anything wrong|i did nothing wrong|(?:i )?(?:honestly |really )?don't think i did anything wrong",
      // "I'm not the only one who messed up", "at least I'm not a hypocrite like you".
      "{im} not the (?:only )?one (?:who|that)|at least i(?:'m| am| didn't| don't| wasn't| never| told| admitted| came| said| owned| tried| apologi[sz]ed| was honest)",
      // "And you're perfect?", "you're not innocent here either": the other's faults raised instead.
      "(?:and|oh|like|as if) (?:{youre}|you are) (?:so |just )?(?:perfect|a saint|an angel|innocent)|(?:{youre}|you are) (?:so )?(?:perfect|a saint|an angel),? (?:are you|aren't you|huh)|(?:{youre}|you are|you were) not (?:exactly )?(?:innocent|perfect|a saint|an angel|blameless)",
      // "Why is it always on me?", "why am I always the one who gets blamed?".
      'why (?:is|does) (?:it|this|everything) (?:always |suddenly )?(?:on me|my fault|have to be (?:me|my fault))|why (?:am i|do i) always (?:the one|get blamed|to blame)',
      // "I don't even know what I did wrong", "what do you want me to apologise for?".
      "(?:i )?(?:don't|do not|dont) (?:even |really )?(?:know|see|get) what i did wrong|(?:not sure|don't know|no idea) what (?:you want me to|i'm supposed to|i should) (?:apologi[sz]e|be sorry) for|what (?:exactly )?(?:am i|should i be|do you want me to be) (?:apologi[sz]ing|sorry) for",
      // "I did what anyone would have done", "don't blame me".
      "i (?:only )?did what (?:anyone|anybody|any (?:normal |reasonable |sane )?person) would(?:'ve| have)? (?:done|do)|(?:don't|do not) blame me",
      // "What about what you did?", "should we bring up last summer, then?".
      "what about (?:you|what you|when you|your|the time you)|should we (?:bring up|talk about|discuss)|so (?:now )?we're (?:talking|bringing up)|you're one to talk|look who's talking|you do (?:it|that|this) too|you did (?:it|that|this) too",
      // "I did everything you asked", "I don't know what else you want from me".
      "i (?:literally |already )?did (?:everything|all|exactly what) you (?:asked|wanted|said)|(?:i )?don't know what (?:else |more )?you want (?:from me|me to do)",
      // "It's not like I've never paid for your stuff", "I'm not a mind reader".
      "i stand by (?:what i said|it|that|my [a-z]+|every word)|what (?:more|else) do you want (?:from me|me to do|me to say)|(?:{youre}|you were) the one (?:who|that)|it's not like i(?:'ve| have)? never|{im} not a mind reader|stop (?:attacking|blaming) me|why are you (?:attacking|blaming) me|{im} not the bad guy",
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...DEFENSIVENESS_FAMILY,
    ],
    negatable: false,
  },
  {
    id: 'stonewalling',
    code: 'stonewalling',
    patterns: [
      // "Whatever." on its own (but not "whatever you need").
      'whatever(?![ ]+[a-z])',
      // "I'm done.", "I'm done talking about this", "I'm done with this conversation".
      "{im} (?:so |just )?done(?=\\s*(?:[.!,;\\n]|$))|{im} (?:so |just )?done (?:talking|discussing|arguing|with (?:this|you|us|it)(?: conversation| discussion)?(?=\\s*(?:[.!,;\\n]|$)))|(?:we're|we are) done here",
      // "Don't text me", "leave me alone", "not talking about this".
      "(?:don't|do not|stop) (?:text|call|message|contact|talk to)(?:ing)? me|leave me alone",
      "(?:{im} |we're |i am )?not (?:talking|doing|discussing|going to discuss|gonna discuss|going to talk|answering|having) (?:about )?(?:this|that|it|any more|anymore)",
      "{im} not (?:discussing|answering|talking about|going to talk about) |that's all i(?:'m| am) (?:going to|gonna) say|end of (?:discussion|story|conversation)|(?:this )?conversation(?:'s| is) over",
      // "Whatever you say", "don't bother calling, I won't pick up", "nothing more to say".
      "whatever you say|(?:don't|do not) bother (?:calling|texting|messaging|replying|coming|trying|asking)|i (?:won't|will not|'m not going to) (?:pick up|answer|reply|respond)|(?:i've|i have|i) (?:got )?nothing (?:more |else |left )?to say(?: to (?:you|u))?|nothing (?:more|else) to (?:discuss|talk about)|stop asking",
      "i don't (?:want|wanna) to (?:talk|hear) about (?:it|this|that)(?! (?:now|tonight|right now|yet))|talk to the hand|i'm out(?=[.!]|$)",
      // Paraphrase family (subject + verb class + object class): see rules/families.ts.
      ...STONEWALLING_FAMILY,
    ],
    negatable: false,
    // "We're not talking about that, are we?" asks; "ill call when im out" is a time clause.
    accept: (ctx, m) =>
      !/\?\s*$/.test(sentenceText(ctx, m.start)) &&
      !SUBORDINATE.has(wordsBefore(ctx, m.start, 1)[0] ?? ''),
  },
];
