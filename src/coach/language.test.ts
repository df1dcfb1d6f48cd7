import { describe, it, expect } from 'vitest';
import { analyze } from './index.js';
import { codesOf } from './test-support.js';
import type { Code, TextKind } from './types.js';

describe('negation and its scope', () => {
  it('does not flag a denial that the writer refuses to make', () => {
    expect(codesOf("I won't pretend it wasn't a big deal.", 'apology').has('denial_of_hurt')).toBe(
      false,
    );
    expect(codesOf("I'm not going to tell you you're overreacting.").has('denial_of_hurt')).toBe(
      false,
    );
    expect(codesOf("I won't say you misunderstood me.").has('misunderstanding_claim')).toBe(false);
  });
  it('still flags the plain claim', () => {
    expect(codesOf("It's not a big deal.").has('denial_of_hurt')).toBe(true);
    expect(codesOf("You're overreacting.").has('denial_of_hurt')).toBe(true);
  });
  it('does not take a negated remorse or hurt for the real thing', () => {
    expect(codesOf("I'm not sorry.", 'apology').has('remorse')).toBe(false);
    expect(codesOf("I don't want to hurt you.").has('acknowledges_hurt')).toBe(false);
  });
  it('keeps an excuse the writer disowns out of the findings', () => {
    const codes = codesOf("I was exhausted, but that's no excuse. I was wrong.", 'apology');
    expect(codes.has('justification')).toBe(false);
    expect(codes.has('responsibility')).toBe(true);
  });
});

describe('quotation and reported speech', () => {
  it('does not flag words quoted from the other', () => {
    expect(codesOf("You said 'you never listen' and it stuck with me.").has('absolute')).toBe(
      false,
    );
    expect(codesOf('When you told me “you only care about yourself”, I felt crushed.')).toEqual(
      new Set(['i_statement']),
    );
  });
  it('does not flag reported speech', () => {
    const codes = codesOf('When you said I was selfish, it hurt.');
    expect(codes.has('criticism')).toBe(false);
    expect(codes.has('you_accusation')).toBe(false);
  });
  it('does not repeat a hurtful sentence the writer apologises for', () => {
    const codes = codesOf('I’m sorry I said “you’re so selfish.”', 'apology');
    expect(codes.has('criticism')).toBe(false);
    expect(codes.has('remorse')).toBe(true);
  });
});

describe('neutral you', () => {
  it('does not take the addressee for a culprit', () => {
    for (const text of [
      'You deserve the truth.',
      "I know you're hurt.",
      'You asked me why I did it.',
      'You have every right to be angry.',
    ]) {
      expect(codesOf(text).has('you_accusation'), text).toBe(false);
    }
  });
  it('flags you as the culprit', () => {
    expect(codesOf('You lied to me.').has('you_accusation')).toBe(true);
    expect(codesOf('you ruined everything').has('you_accusation')).toBe(true);
  });
});

describe('self-directed always and never', () => {
  it('is not an absolute about the other', () => {
    expect(codesOf("I always forget, that's on me.").has('absolute')).toBe(false);
    expect(codesOf('I never know what to say when you cry.').has('absolute')).toBe(false);
    expect(codesOf("I'll always be there for you.").has('absolute')).toBe(false);
  });
  it('is an absolute (and an accusation) about the other', () => {
    const codes = codesOf('You never listen to me.');
    expect(codes.has('absolute')).toBe(true);
    expect(codes.has('you_accusation')).toBe(true);
  });
  it('is not a complaint when it praises', () => {
    expect(codesOf('You always know how to make me laugh.').has('absolute')).toBe(false);
    expect(codesOf("You never miss one of Leo's games.").has('absolute')).toBe(false);
  });
});

describe('contractions and curly quotes', () => {
  it('reads curly and straight apostrophes alike', () => {
    expect(codesOf('I’m sorry. I should’ve told you.', 'apology')).toEqual(
      new Set(['remorse', 'should_have']),
    );
    expect(codesOf("I'm sorry. I should've told you.", 'apology')).toEqual(
      new Set(['remorse', 'should_have']),
    );
  });
  it('reads "should of" and a missing apostrophe', () => {
    expect(codesOf('i should of told u', 'apology').has('should_have')).toBe(true);
    expect(codesOf('thats on me', 'apology').has('responsibility')).toBe(true);
  });
});

describe('texting style and misspellings', () => {
  it('finds the conditional apology in lower-case texting', () => {
    expect(codesOf('im sorry u feel that way').has('conditional_apology')).toBe(true);
  });
  it('finds the absolute in "ur always late"', () => {
    expect(codesOf('ur always late').has('absolute')).toBe(true);
  });
  it('reads common misspellings', () => {
    expect(codesOf('im realy sorry i hurt u', 'apology').has('remorse')).toBe(true);
    expect(codesOf('I apologise for what I did.', 'apology').has('remorse')).toBe(true);
    expect(codesOf('I apologize for what I did.', 'apology').has('remorse')).toBe(true);
  });
  it('reads emoji without tripping', () => {
    expect(codesOf('whatever 🙄')).toEqual(new Set(['contempt', 'stonewalling']));
  });
});

describe('spans are exact', () => {
  const cases: [string, string, string][] = [
    ['Honestly, you lied to me again.', 'you_accusation', 'you lied'],
    [
      "Okay 😔 I'm sorry if you were offended.",
      'conditional_apology',
      "I'm sorry if you were offended",
    ],
    ['I should have called. That’s on me.', 'responsibility', 'That’s on me'],
  ];
  for (const [text, code, phrase] of cases) {
    it(`points at "${phrase}"`, () => {
      const f = analyze(text, 'message').findings.find((x) => x.code === code);
      expect(f).toBeDefined();
      if (f !== undefined) expect(text.slice(f.start, f.end)).toBe(phrase);
    });
  }
  it('suggests the apology without its "but…" tail', () => {
    const text = "I'm sorry I yelled, but I was exhausted.";
    const f = analyze(text, 'apology').findings.find((x) => x.code === 'justification');
    expect(f?.suggestion).toBe('');
    if (f !== undefined)
      expect(text.slice(0, f.start) + text.slice(f.end)).toBe("I'm sorry I yelled.");
  });
  it('suggests an I-statement for a you-accusation', () => {
    const f = analyze('You lied to me.', 'message').findings.find(
      (x) => x.code === 'you_accusation',
    );
    expect(f?.suggestion).toBe('I felt hurt when you lied');
  });
  it('keeps the meaning of a "never" accusation in its I-statement', () => {
    const suggest = (text: string): string | undefined =>
      analyze(text, 'message').findings.find((x) => x.code === 'you_accusation')?.suggestion;
    expect(suggest('You never listen anyway.')).toBe("I felt hurt when you didn't listen anyway");
    expect(suggest("You're never home.")).toBe("I felt hurt when you're not home");
  });
  it('describes this time only, in good grammar, for an absolute', () => {
    const suggest = (text: string): string | undefined =>
      analyze(text, 'message').findings.find((x) => x.code === 'absolute')?.suggestion;
    expect(suggest('You never listen to me.')).toBe("You didn't");
    expect(suggest('Honestly you were never home.')).toBe('you were not');
  });
});

describe('checklist and score', () => {
  it('ticks the apology components it finds', () => {
    const a = analyze(
      "I'm sorry I lied. It was my fault. I know it hurt you. I should have told you. From now on I will be honest. I'll do whatever it takes to make it right. I hope one day you can forgive me.",
      'apology',
    );
    expect(a.checklist).toEqual({
      remorse: true,
      responsibility: true,
      acknowledges_hurt: true,
      should_have: true,
      future_commitment: true,
      repair_offer: true,
      forgiveness_request: true,
    });
    expect(a.score).toBe(100);
  });
  it('scores an excuse-laden apology low', () => {
    expect(
      analyze("I'm sorry if you were upset, but I was exhausted.", 'apology').score,
    ).toBeLessThan(20);
  });
  it('has no checklist outside apologies', () => {
    expect(analyze('Thanks for dinner.', 'message').checklist).toBeUndefined();
  });
});

describe('generalisation beyond the dev set', () => {
  it('reads praise beside a failure as sarcasm, and plain praise as praise', () => {
    expect(codesOf('Wow, great job, really proud of you. Another bill we cannot pay.')).toContain(
      'contempt',
    );
    expect(codesOf('You ruined my birthday, thanks a lot.')).toEqual(
      new Set(['contempt', 'you_accusation']),
    );
    expect(codesOf('Proud of you for finishing the marathon. Seriously, well done.').size).toBe(0);
    expect(codesOf('You always look so good in that jacket.').size).toBe(0);
  });
  it('flags humiliation imposed in a compensation plan, not an offer to own up', () => {
    expect(
      codesOf('Post a public apology on Facebook so everyone knows what you did.', 'compensation'),
    ).toContain('revenge');
    expect(
      codesOf('You will kneel and apologise to me in front of your family.', 'compensation'),
    ).toContain('revenge');
    expect(
      codesOf("I'll apologise to you in front of the same people.", 'compensation'),
    ).not.toContain('revenge');
  });
  it('finds minimising by harmless gerunds, small counts and "anyway"', () => {
    expect(codesOf('It was just texting, nothing physical happened.')).toContain('minimization');
    expect(codesOf("It's over now anyway.")).toContain('minimization');
    expect(codesOf("I'm sorry, but it was one beer.", 'apology')).toContain('minimization');
    expect(codesOf('It was one of the worst days of my life.')).not.toContain('minimization');
  });
  it('finds pity pleas and keeps "I\'m the one who has to live with this" out of responsibility', () => {
    const codes = codesOf("I'm the one who has to live with this guilt every day.");
    expect(codes).toContain('pity_plea');
    expect(codes).not.toContain('responsibility');
    expect(codesOf("Honestly I've had the worst week of my life.")).toContain('pity_plea');
  });
  it('finds defensiveness that turns the tables', () => {
    expect(codesOf("Oh, and you're perfect, are you?")).toContain('defensiveness');
    expect(codesOf('At least I told you.')).toContain('defensiveness');
    expect(codesOf('I stand by it.')).toContain('defensiveness');
    expect(codesOf("You're perfect to me.")).not.toContain('defensiveness');
  });
  it('keeps a tag question from reading as stonewalling', () => {
    expect(codesOf("We're not talking about that, are we?")).not.toContain('stonewalling');
    expect(codesOf("Don't bother calling, I won't pick up.")).toContain('stonewalling');
  });
  it('reads a promise inside a threat as the threat', () => {
    const codes = codesOf("If you tell anyone about this, I'll make sure you lose custody.");
    expect(codes).toContain('safety_risk');
    expect(codes).not.toContain('future_commitment');
  });
  it('keeps neutral you and hypothetical never out of accusations', () => {
    expect(codesOf("I know you're hurting. Take all the time you need.")).toEqual(
      new Set(['acknowledges_hurt']),
    );
    expect(codesOf("I'd understand if you never forgive me.")).not.toContain('absolute');
    expect(codesOf("I feel hurt that you didn't tell me first.")).toEqual(new Set(['i_statement']));
  });
  it('reads conditional "my bad if" and condolence sorries correctly', () => {
    expect(codesOf('My bad if I stepped on your toes.', 'apology')).toEqual(
      new Set(['conditional_apology']),
    );
    expect(codesOf("I'm so sorry about your grandma.").size).toBe(0);
    expect(codesOf("Look, I already said I'm sorry.", 'apology')).not.toContain('remorse');
  });
});

// Paraphrase families (rules/families.ts): a verb class + an object class + the right subject.
// Each row: the code, texts in new wordings that must be found, and negated, quoted or
// neutral variants that must not be.
const FAMILIES: readonly {
  code: Code;
  found: readonly string[];
  notFound: readonly string[];
  kind?: TextKind;
}[] = [
  {
    code: 'misunderstanding_claim',
    found: [
      "You've read way too much into one text.",
      'ur putting words in my mouth',
      'You only heard what you wanted to hear.',
      'You clearly misremembered the whole evening.',
      "You've got the wrong end of the stick.",
      "It's honestly not what it looks like.",
    ],
    notFound: [
      "I'm not saying you read too much into it.",
      'She said "you\'re twisting my words" and hung up.',
      'I read too much into your text, sorry.',
    ],
  },
  {
    code: 'minimization',
    found: [
      'It was only a bit of flirting.',
      'We only went for one drink.',
      "It's purely friendly, nothing romantic.",
      "It's not like we kissed or anything.",
      'it was just a couple of harmless texts lol',
    ],
    notFound: [
      'no worries at all, these things just happen!',
      'I only want a quiet dinner with you tonight.',
    ],
    kind: 'disclosure',
  },
  {
    code: 'denial_of_hurt',
    found: [
      "You're making this into a much bigger thing than it is.",
      "You're crying over a parking ticket?",
      "Nobody got hurt, so I don't see the drama.",
      'ur being way too sensitive',
    ],
    notFound: [
      'I crashed the car last night. Nobody was hurt. I will pay for it.',
      "I won't say you're making it a bigger deal than it is.",
    ],
  },
  {
    code: 'pity_plea',
    found: [
      "I've been through hell this year.",
      'im a wreck, i havent slept in days',
      'Think about what I am going through for once.',
      "Please don't be hard on me.",
      'My whole life is falling apart.',
    ],
    notFound: ["I know you've been through hell because of me."],
  },
  {
    code: 'blame_shift',
    found: [
      'You literally drove me to this.',
      'You left me no choice.',
      "I didn't tell you because you'd just freak out.",
      "Maybe if you paid me half as much attention, I wouldn't look elsewhere.",
    ],
    notFound: ["You didn't drive me to this; I chose it.", 'You drove me to the station, thanks.'],
  },
  {
    code: 'defensiveness',
    found: [
      "Don't lecture me.",
      'You did the exact same thing last year.',
      "Oh so now it's all my fault?",
      "Apparently I'm the only one with a problem.",
    ],
    notFound: ['Thank you for not lecturing me about it.'],
  },
  {
    code: 'forgiveness_pressure',
    found: [
      'When exactly are you going to stop being mad at me?',
      'Can we please stop fighting about it?',
      'I said sorry twice already.',
      "You can't stay mad forever.",
    ],
    notFound: ['Take all the time you need.'],
  },
  {
    code: 'stonewalling',
    found: ['Stop messaging me.', "I'm not replying.", "I'm blocking your number."],
    notFound: ['i promise ill call you back when im out', 'Are you blocking my number?'],
  },
  {
    code: 'safety_risk',
    found: [
      'Keep pushing me and see what happens.',
      "It'd be easier for everyone if I just disappeared.",
      "You'll find out what I'm capable of.",
    ],
    notFound: ["Let's wait and see what happens with the job."],
  },
  {
    code: 'revenge',
    found: [
      "I'm sending your wife every message you sent me.",
      "You'll stand up at the wedding and tell everyone what you did.",
      "I'll make sure everyone at your gym knows what you're like.",
      "I'll return the favour.",
    ],
    notFound: ["I'm sending your mum the birthday photos tomorrow, she asked for them."],
    kind: 'compensation',
  },
  {
    code: 'contempt',
    found: [
      'lmao ok, mr perfect',
      'Nobody else would put up with you.',
      'Brilliant. You broke it again.',
    ],
    notFound: ['Brilliant, thank you so much for the flowers!'],
  },
  {
    code: 'criticism',
    found: [
      'How can anyone be this careless?',
      "You'll never change.",
      "You're such a terrible father.",
    ],
    notFound: ["I was careless and I'm sorry.", 'I hope you never change.'],
  },
];

describe('paraphrase families', () => {
  for (const family of FAMILIES) {
    it(`finds ${family.code} in new wordings, not in negated, quoted or neutral ones`, () => {
      for (const text of family.found) {
        expect(codesOf(text, family.kind).has(family.code), text).toBe(true);
      }
      for (const text of family.notFound) {
        expect(codesOf(text, family.kind).has(family.code), text).toBe(false);
      }
    });
  }
});

describe('paraphrase families in everyday messages', () => {
  it('leaves news and errands alone', () => {
    expect(codesOf('I just had a coffee with mum, she says hi.').size).toBe(0);
    expect(codesOf("I'm drowning in work this week, can we move dinner?").size).toBe(0);
    expect(codesOf('Just drop it at the post office when you can.').size).toBe(0);
    expect(codesOf("I'm not replying to work emails this weekend.").size).toBe(0);
  });
});
