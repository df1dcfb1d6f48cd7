/**
 * Macros of the pattern language: `{name}` in a pattern stands for all the ways people write one
 * word: contractions with or without the apostrophe, texting spellings and common misspellings.
 * Apostrophes in patterns are already optional ("don't" also matches "dont").
 */
export const MACROS: Readonly<Record<string, string>> = {
  // "I'm", "im", "I am": the first person is written every way in texts.
  im: "(?:i'm|i am|ima)",
  // "I've" / "ive" / "I have".
  ive: "(?:i've|i have)",
  // "I'll" / "ill" / "I will" / "I shall" (formal letters).
  ill: "(?:i'll|i will|i shall|i'm going to|i'm gonna|im gonna)",
  // "I'd" / "I would".
  id: "(?:i'd|i would)",
  // "you" and its texting forms "u", "ya".
  you: '(?:you|u|ya)',
  // "your" and its texting forms; "you're" is spelt "your" often enough to count it.
  your: '(?:your|ur|yr)',
  // "you're", "ur", "u r", and the common misspelling "your".
  youre: "(?:you're|you are|u r|u are|ur|your)",
  // "you've" / "you have".
  youve: "(?:you've|you have|u have|uve)",
  // "sorry" with its texting and stretched spellings ("sry", "soz", "sorryyy").
  sorry: '(?:sorry+y*|sry|soz|sory)',
  // "apologise" / "apologize" and the frequent double-p misspelling.
  apologize: 'app?ologi[sz]e',
  // "really" and its misspellings.
  really: '(?:really|realy|rly|rlly)',
  // "definitely" and "definately".
  definitely: '(?:definitely|definately|definetly|defo)',
  // "until", "untill", "till", "til".
  until: '(?:until|untill|till|til)',
  // "should have" in all its spellings, including the common "should of".
  shouldhave: "(?:should've|should have|should of|shoulda)",
  // "shouldn't have" in all its spellings.
  shouldnthave: "(?:shouldn't have|should not have|shouldn't've|shouldnt of|shouldn't of)",
  // "going to" / "gonna".
  goingto: '(?:going to|gonna|goin to)',
  // "want to" / "wanna".
  wantto: '(?:want to|wanna)',
  // Intensifiers between a subject and its predicate ("I'm so, so sorry").
  adv: '(?:(?:so|really|realy|truly|very|deeply|terribly|incredibly|genuinely|sincerely|honestly|completely|totally|just|actually|still|also|awfully|extremely|profoundly|utterly|entirely|fully|absolutely|super|rly|so so),? )*',
  // Adverbs of frequency that make a complaint absolute.
  always: '(?:always|allways|alwyas|constantly|forever|every single time|every time)',
  // Gendered/neutral third persons, for threats and revenge aimed at someone.
  them: '(?:him|her|them|you|u)',
};
