import type { Cause, CaseStep, MemberRole } from '../protocol/index.js';

// The product's words in one place, so every page names a cause, a role or a step the same way.

export interface CauseCopy {
  readonly label: string;
  readonly explanation: string;
}

export const CAUSE_COPY = {
  betrayal: {
    label: 'Betrayal',
    explanation: 'Someone was unfaithful, or went behind the other’s back.',
  },
  jealousy: {
    label: 'Jealousy',
    explanation: 'Doubt and suspicion have been wearing the two of you down.',
  },
  lie: {
    label: 'A lie',
    explanation: 'Something untrue was said, or something that mattered was kept hidden.',
  },
  words_actions_mismatch: {
    label: 'Words and actions don’t match',
    explanation: 'Promises were made, and what happened afterwards was different.',
  },
  no_initial_trust: {
    label: 'Trust was never there',
    explanation: 'It may never have had the chance to grow in the first place.',
  },
  unmet_expectations: {
    label: 'Unmet expectations',
    explanation: 'One of you counted on something the other never knew about, or never agreed to.',
  },
} as const satisfies Record<Cause, CauseCopy>;

export const ROLE_COPY = {
  amender: { label: 'I broke the trust', short: 'You broke the trust' },
  hurt: { label: 'I was hurt', short: 'You were hurt' },
  mediator: { label: 'I am the mediator', short: 'You are the mediator' },
} as const satisfies Record<MemberRole, { label: string; short: string }>;

export interface StepCopy {
  readonly step: Exclude<CaseStep, 'settled'>;
  readonly title: string;
  readonly description: string;
}

/** The five steps of the method, in the order a case walks them. */
export const STEPS: readonly StepCopy[] = [
  {
    step: 'disclosure',
    title: 'The whole truth',
    description:
      'The one who broke the trust tells what happened, fully and plainly, and answers the questions that follow.',
  },
  {
    step: 'conversation',
    title: 'Reaction, then a serious conversation',
    description:
      'The one who was hurt has room to react. When you both feel ready, you talk it through, honestly and calmly.',
  },
  {
    step: 'apology',
    title: 'The apology',
    description:
      'An apology that names the hurt, takes responsibility and says what will be different from now on.',
  },
  {
    step: 'sincerity',
    title: 'Sincerity without pressure',
    description:
      'Care shown through actions, at the pace the hurt partner chooses, with no pushing for forgiveness.',
  },
  {
    step: 'compensation',
    title: 'Making amends, then closure',
    description:
      'Together you agree on concrete ways to make up for it, carry them out, and then close the matter for good.',
  },
];

/** Where a case stands, in words: "Step 2 of 5: …", or that it is settled. */
export function describeStep(step: CaseStep): string {
  const index = STEPS.findIndex((entry) => entry.step === step);
  const current = STEPS[index];
  if (current === undefined) return 'Settled';
  return `Step ${index + 1} of ${STEPS.length}: ${current.title}`;
}

// ---------- what to do next, and what you are waiting for ----------

/** One line of "what comes next"; `until` and `count` come with some kinds. */
export interface NextLine {
  readonly kind: string;
  readonly until?: string | undefined;
  readonly count?: number | undefined;
}

/** A date and time in the reader's own language and time zone. */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const some = (count: number | undefined, one: string, many: string): string =>
  count === undefined || count === 1 ? one : many.replace('#', String(count));

/** What this person can do now, in a few gentle words; `partner` is the other person's name. */
export function describeToDo(line: NextLine, partner: string): string {
  switch (line.kind) {
    case 'resume_case':
      return 'You paused this case. Resume it whenever you are ready.';
    case 'invite_partner':
      return 'Invite the other person when you feel ready.';
    case 'write_reflection':
      return 'Write your reflection.';
    case 'choose_full_path':
      return 'Decide whether you want to walk the full path.';
    case 'send_disclosure':
      return 'Write down what happened, in full, and send it.';
    case 'acknowledge_disclosure':
      return `Read what ${partner} wrote, and let them know you have read it.`;
    case 'answer_questions':
      return some(
        line.count,
        'Answer the question you were asked.',
        'Answer the # questions you were asked.',
      );
    case 'choose_cooling_period':
      return 'Choose how long a pause you need before you talk.';
    case 'mark_ready':
      return 'Say when you feel ready to talk.';
    case 'submit_causes_list':
      return 'Choose, privately, what you think broke the trust.';
    case 'name_own_mistake':
      return 'Name at least one mistake of your own.';
    case 'write_role_swap_story':
      return `Tell the story the way ${partner} would tell it.`;
    case 'rate_role_swap':
      return `Say how well ${partner} understood your side.`;
    case 'send_apology':
      return 'Write your apology, and send it when it feels right.';
    case 'answer_apology':
      return `${partner} sent you an apology. Answer it in your own time.`;
    case 'mark_expectations':
      return some(
        line.count,
        `Look at an expectation ${partner} wrote down.`,
        `Look at the # expectations ${partner} wrote down.`,
      );
    default:
      return 'There is something for you to do.';
  }
}

/** What this person is waiting for, worded so that waiting never feels like blame. */
export function describeWait(line: NextLine, partner: string): string {
  switch (line.kind) {
    case 'resume':
      return `${partner} paused the case for now.`;
    case 'partner_to_join':
      return line.until === undefined
        ? 'The other person has not joined yet.'
        : `The other person has not joined yet. Your link works until ${formatWhen(line.until)}.`;
    case 'partner_reflection':
      return `${partner} is writing their reflection.`;
    case 'partner_full_path':
      return `${partner} is deciding about the full path.`;
    case 'disclosure':
      return `${partner} is writing down what happened.`;
    case 'acknowledgement':
      return `${partner} has not said yet that they have read it.`;
    case 'answers':
      return some(line.count, 'An answer to your question.', 'Answers to your # questions.');
    case 'cooling_period':
      return line.until === undefined
        ? 'A pause before you talk.'
        : `A pause before you talk, until ${formatWhen(line.until)}.`;
    case 'partner_ready':
      return `${partner} has not said yet that they are ready to talk.`;
    case 'partner_causes_list':
      return `${partner}'s list of causes. Both lists are shown together.`;
    case 'partner_own_mistake':
      return `${partner} to name a mistake of their own.`;
    case 'partner_role_swap_story':
      return `${partner}'s version of your story.`;
    case 'partner_role_swap_rating':
      return `${partner} to say how well you understood them.`;
    case 'apology':
      return `${partner} is preparing an apology.`;
    case 'apology_answer':
      return `${partner}'s answer to your apology. There is no hurry.`;
    case 'new_apology_welcome':
      return `${partner} is not ready for another apology. That is their choice to make.`;
    case 'expectation_marks':
      return some(
        line.count,
        `${partner} to look at your expectation.`,
        `${partner} to look at your # expectations.`,
      );
    default:
      return `Something from ${partner}.`;
  }
}
