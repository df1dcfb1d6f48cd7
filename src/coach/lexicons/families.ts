/**
 * Paraphrase families: instead of fixed phrases, a code is recognised by a class of verbs (or
 * predicates) and a class of objects, with the subject that makes it that code (*you* as the one
 * who got it wrong, *I* as the one who exposes). Each class says why it belongs; the rules in
 * `rules/families.ts` combine them. Entries are in the pattern language of `pattern.ts`, so
 * macros ({you}, {im}, {youre}…) cover contractions and texting spellings.
 */

/** Adverbs people put between a subject and its verb without changing the claim. */
export const FILLER =
  '(?:(?:just|really|totally|completely|clearly|obviously|literally|honestly|seriously|basically|always|so|actually|kind of|kinda|pretty much|way|all|even|only|still|probably|then|also),? )*';

// ---------------------------------------------------------------------------------------------
// misunderstanding_claim: *you* + a verb of getting it wrong + (optionally) what was got wrong.
// ---------------------------------------------------------------------------------------------

/** Verb phrases that say the addressee perceived, read or remembered it wrongly. */
export const MISREAD_PREDICATES = [
  // Reading too much into it: the message was innocent, the reading was not.
  '(?:read|reading) (?:way |far |a lot |so much )?too much into',
  '(?:read|reads) (?:way |far |a lot |so much )?too much into',
  // Twisting words: the other is said to have distorted what was said.
  '(?:twist|twists|twisted|twisting) (?:my words|what i (?:said|say|meant|mean|wrote)|everything|things|it|this|that|the story)(?: around)?',
  // Putting words in my mouth: the claim that the other invents what was said.
  '(?:put|puts|putting) words (?:in|into) my mouth',
  // Hearing/seeing only what one wants: selective perception attributed to the other.
  '(?:hear|heard|hearing|hears|see|saw|seeing|sees|believe|believed|read) (?:only )?what (?:you|u) (?:want|wanted|wanna|wana) to (?:hear|see|believe|read)',
  // The wrong idea / impression / end of the stick.
  "(?:got|get|getting|gotten|have|'ve got|have got|got hold of) (?:totally |completely |all )?(?:the )?wrong (?:idea|impression|end of the stick|end|message|picture)",
  "(?:got|get|getting|have|'ve got) (?:the (?:whole )?(?:story|thing|facts|timeline)|it|this|that|everything) (?:all )?(?:wrong|mixed up|backwards|twisted|confused)",
  // Taking it the wrong way / out of context.
  '(?:took|take|takes|taking|taken) (?:it|that|this|what i (?:said|wrote|meant)|my (?:words|joke|comment|text|message)|everything) (?:completely |totally |all )?(?:the )?(?:wrong way|wrong|out of context|literally|seriously)',
  // Mis- verbs: misread, misremember, misjudge… with or without an object.
  '(?:misread|misreading|misreads|(?:misremember|misremembered|misremembering|misremembers)|misunderstood|(?:misunderstand|misunderstanding|misunderstands)|(?:misinterpret|misinterpreted|misinterpreting|misinterprets)|(?:misjudged|misjudge|misjudging)|mistook|mistaken|(?:misconstrued|misconstrue|misconstruing)|misheard|(?:mishear|mishearing))',
  // Remembering it wrong: a claim about the other's memory.
  '(?:(?:remember|remembering|remembered)|(?:recall|recalling|recalled)) (?:it|this|that|things|everything|what happened) (?:all |completely |totally )?(?:wrong|differently|incorrectly)',
  // Jumping to conclusions / assuming the worst / imagining things.
  '(?:jump|jumped|jumping|jumps) (?:straight )?to (?:the wrong )?conclusions',
  '(?:assume|assumed|assuming|assumes|think|thought|thinking) the worst',
  '(?:(?:imagine|imagined|imagining)|making up|made up|inventing|(?:invent|invented)) (?:things|stuff|it|all this|this whole thing)',
  // Making it into something it isn't.
  "(?:make|made|making|turn|turned|turning) (?:this|it|that|a [a-z]+) (?:into )?something (?:it|that) (?:isn't|is not|wasn't|was not|'s not|'s not)",
];

/** The subject of a misunderstanding claim: the addressee, with optional auxiliaries. */
export const MISREAD_SUBJECT =
  "(?:{you}(?:'ve| have|'re| are| were| had|'d| always| keep| kept)?|{youre}|ya)";

/** Fixed claims that the situation is other than it seemed (no "you" needed). */
export const NOT_WHAT_IT_SEEMS = [
  // "It's honestly not what it looks like": the appearance disowned.
  "(?:it's|it is|its|this is|that's|that is|it was|this was|that was) (?:honestly |really |seriously |actually |totally |just |so |genuinely |literally )*not (?:what it (?:looks|seems|sounds|looked|seemed|sounded) like|what (?:you|u) think|like that|how it (?:looks|seems|sounds|looked|happened)|what happened)",
  // "That's not what happened", "that isn't what I said", "that's not how it went".
  "(?:that's|that is|that isn't|that wasn't|this isn't) (?:not )?(?:what|how) (?:happened|it (?:happened|went)|i (?:said|wrote|meant))",
  // "You've got it all wrong", "you've got it twisted".
  "{you}(?:'ve| have)? got (?:it|this|that|me) (?:all |completely |so )?(?:wrong|twisted)",
];

// ---------------------------------------------------------------------------------------------
// minimization: a limiting word + a small act, or a harmless label for the act.
// ---------------------------------------------------------------------------------------------

/** Words that shrink what follows them. */
export const LIMITERS =
  '(?:only|just|merely|barely|purely|simply|nothing more than|nothing but|no more than|strictly|hardly)';

/** Quantities and softeners between a limiter and the act ("just a couple of harmless texts"). */
export const SMALLER =
  '(?:(?:a|an|one|two|three|some|a few|a couple|a couple of|a bit of|a little|a little bit of|like|harmless|innocent|stupid|dumb|silly|little|quick|small|tiny|friendly|casual|couple of|few|bit of|totally|completely|just|the odd),? )*';

/** Acts that a minimizer names to make them sound small. */
export const SMALL_ACTS = [
  // Physical contact, the classic "it was just a kiss".
  '(?:kiss|kisses)',
  '(?:hug|hugs)',
  'peck',
  '(?:dance|dances)',
  'cuddle',
  // Contact by phone, "only texting".
  'texting',
  '(?:text|texts)',
  '(?:message|messages)',
  'messaging',
  'chatting',
  'talking',
  '(?:dm|dms)',
  '(?:snap|snaps)',
  '(?:call|calls)',
  '(?:email|emails)',
  '(?:like|likes)',
  '(?:photo|photos)',
  '(?:pic|pics)',
  // Meetings named as harmless outings.
  'coffee',
  'lunch',
  'dinner',
  '(?:drink|drinks)',
  '(?:beer|beers)',
  'hanging out',
  'catching up',
  'a catch[- ]up',
  // Flirting and fun, named as if they were nothing.
  'flirting',
  'flirt',
  'fun',
  'banter',
  'joke',
  'joking',
  'kidding',
  'a game',
  'bet',
  'crush',
  'fling',
  // Adjectives that label a relationship or an act as harmless.
  'friendly',
  'friends',
  'platonic',
  'physical',
  'work',
  'business',
  // Small counts and durations.
  'once',
  'twice',
  'one time',
  'a few times',
  'a couple (?:of )?times',
  'one night',
  'one evening',
  'a moment',
  'a second',
  'a minute',
  'a few (?:minutes|seconds|days)',
  // Hurtful words called small.
  'words',
  'a comment',
  'comment',
  'remark',
  'a slip',
];

// ---------------------------------------------------------------------------------------------
// denial_of_hurt: the hurt inflated by the other, or declared not to exist.
// ---------------------------------------------------------------------------------------------

/** What "you're making this into…" turns a small thing into. */
export const INFLATED = [
  // Bigger than it is: the hurt is measured and found too large.
  '(?:a )?(?:much |way |so much |far |a lot )?bigger (?:deal|thing|issue|problem|drama)?(?: than it (?:is|was|needs to be))?',
  '(?:a |such a |so much of a |this )?(?:big|huge|massive|major) (?:deal|thing|drama|issue)',
  // Drama and scenes: the reaction called theatre.
  '(?:a |such a )?(?:drama|scene|fuss|federal case|soap opera|whole thing|production)',
  // Worse than it is.
  '(?:it |this |things )?(?:sound |look |seem )?(?:so much |way |much |far )?worse than (?:it (?:is|was)|they (?:are|were))',
];

/** Reactions called excessive when aimed at something small ("crying over a parking ticket"). */
export const REACTIONS =
  '(?:crying|cry|upset|mad|angry|sulking|sulk|freaking out|freak out|moping|whining|pouting|losing it|losing your mind|worked up|bent out of shape|stressing|hurt)';

// ---------------------------------------------------------------------------------------------
// pity_plea: the writer's own suffering offered to earn sympathy.
// ---------------------------------------------------------------------------------------------

/** States of collapse a writer names about themself ("I'm a wreck", "I'm drowning"). */
export const COLLAPSE = [
  '(?:a |an |such a |a complete |a total |an absolute |a total )?(?:wreck|mess|shell of (?:a person|myself|who i was)|zombie|ghost)',
  // ("drowning in work" is only busy)
  'drowning(?! in)',
  'falling apart',
  'at (?:rock bottom|my lowest|breaking point|the end of my rope|my wits end)',
  'hanging (?:on )?by a thread',
  'barely (?:surviving|functioning|alive|holding (?:it )?together|hanging on)',
  '(?:so |completely |just )?(?:lost|empty|lonely|alone|miserable|broken|destroyed|nothing|wrecked) without (?:you|u)',
];

/** Ordeals offered as credit ("I've been through hell"). */
export const ORDEALS =
  "(?:hell|so much|a lot|enough|the wringer|a nightmare|hell and back|a living hell|a rough time|the worst (?:time|year|month|months)|things you can't imagine)";

// ---------------------------------------------------------------------------------------------
// revenge: *I* expose, humiliate or retaliate; *you* are made to confess in public.
// ---------------------------------------------------------------------------------------------

/** Verbs of exposure, in the forms used for intent ("I'm sending", "I'll send"). */
export const EXPOSE_VERBS =
  '(?:(?:send|sending)|(?:forward|forwarding)|(?:show|showing)|(?:post|posting)|(?:share|sharing)|(?:leak|leaking)|(?:screenshot|screenshotting)|(?:email|emailing)|(?:text|texting)|(?:tell|telling)|(?:read|reading) out|(?:publish|publishing)|(?:expose|exposing))';

/** People and places an exposure is aimed at: the other's circle, or the public. */
export const AUDIENCES =
  '(?:(?:your|ur|yr|his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|mother|mom|mum|mam|dad|father|parents|family|friends|mates|boss|manager|kids|children|son|daughter|sister|brother|colleagues|coworkers|co-workers|work|office|church|gym|team|ex|new (?:girlfriend|boyfriend|partner)|in-?laws)|everyone|everybody|the whole (?:family|world|town|office|school|street|internet)|the (?:family |group |whole )?(?:group ?chat|family chat)|all (?:of )?(?:your|our|my|ur) [a-z]+|social media|facebook|instagram|insta|twitter|tiktok|the internet|online)';

/** Intent with *I* as the subject ("I'll", "I'm going to", "I'm sending"). */
export const I_INTENT =
  "(?:i'll|i will|{im} {goingto}|{im} about to|i'm gonna|ima|imma|i swear i'll|watch me|i'm|im|i am)";

/** Obligation with *you* as the subject ("you'll", "you will", "you have to"). */
export const YOU_MUST =
  "(?:{you}(?:'ll| will| are going to|'re going to| are gonna|'re gonna| gonna| must| have to| need to|'ve got to| gotta| shall)|ull)";

/** Public forms of a forced confession: to everyone, in front of the family. */
export const PUBLIC =
  '(?:everyone|everybody|every (?:one|single one) of|all (?:of )?(?:them|your|our|my|ur)|each of (?:your|our|them)|the whole|the entire|in front of|in public|publicly|out loud|on (?:facebook|instagram|social media|video|camera)|(?:your|our|my) (?:whole |entire )?(?:family|friends|parents|kids|church|congregation|colleagues|office))';

/** Humiliations imposed on the other ("beg", "grovel", "crawl"). */
export const HUMBLING_VERBS = '(?:beg|kneel|grovel|crawl|bow|plead|get on (?:your|ur) knees)';

// ---------------------------------------------------------------------------------------------
// blame_shift: the writer's act caused by the other.
// ---------------------------------------------------------------------------------------------

/** Verbs of causing the writer's act ("you drove me to it", "you left me no choice"). */
export const CAUSING_VERBS =
  '(?:made|make|makes|forced|force|forces|drove|drive|drives|driven|pushed|push|pushes|provoked|provoke|left|leave|gave|give)';

/** What the writer was driven to. */
export const DRIVEN_TO =
  "(?:no (?:other )?(?:choice|option|alternative)|to (?:it|this|that|do it|drink|the edge|breaking point)|over the edge|into (?:it|this|that|her arms|his arms|someone else's arms)|crazy|mad|insane|do it|do this|do that|lie|cheat|snap|look elsewhere|hide (?:it|things))";

/** Reactions the writer pins on the other to excuse hiding something ("you'd only freak out"). */
export const FEARED_REACTIONS =
  '(?:(?:freak|freaked) out|(?:flip|flipped) out|(?:overreact|overreacted)|made a (?:scene|fuss)|make a (?:scene|fuss)|lost it|lose it|gone crazy|go crazy|blown up|blow up|exploded|explode|yelled|yell|screamed|scream|been (?:mad|angry|upset)|be (?:mad|angry|upset)|gotten (?:mad|angry|upset)|get (?:mad|angry|upset)|left me|leave me|(?:kill|killed) me|never (?:let|understood|understand))';

// ---------------------------------------------------------------------------------------------
// safety_risk: self-harm said indirectly; threats by implication.
// ---------------------------------------------------------------------------------------------

/** Ways of not being there anymore ("if I just disappeared"). */
export const GONE =
  "(?:disappeared|disappear|was gone|were gone|wasn't here|weren't here|wasn't around|weren't around|died|was dead|were dead|didn't exist|never woke up|ended it|wasn't alive)";
