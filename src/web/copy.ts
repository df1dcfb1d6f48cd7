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
