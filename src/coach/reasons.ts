/**
 * What the coach says about each code: its severity and a short, kind reason written for a
 * person who may be in pain. Plain words, no jargon, no blame.
 */
import type { Code, Severity } from './types.js';

/** How each code reads: good signs, notes, warnings, dangers. */
export const SEVERITY: Readonly<Record<Code, Severity>> = {
  justification: 'warn',
  denial_of_hurt: 'warn',
  misunderstanding_claim: 'warn',
  pity_plea: 'warn',
  condescending_pity: 'warn',
  conditional_apology: 'warn',
  blame_shift: 'warn',
  minimization: 'warn',
  forgiveness_pressure: 'warn',
  you_accusation: 'info',
  absolute: 'info',
  criticism: 'warn',
  contempt: 'danger',
  defensiveness: 'warn',
  stonewalling: 'info',
  revenge: 'danger',
  safety_risk: 'danger',
  remorse: 'good',
  responsibility: 'good',
  acknowledges_hurt: 'good',
  should_have: 'good',
  future_commitment: 'good',
  repair_offer: 'good',
  forgiveness_request: 'good',
  i_statement: 'good',
};

/** The default reason of each code; a rule may give a more precise one. */
export const REASON: Readonly<Record<Code, string>> = {
  justification:
    'This explains the act away. Even if it is true, an excuse next to an apology makes it sound smaller.',
  denial_of_hurt:
    'This tells them their hurt is not real or not serious. Their feelings are theirs to name.',
  misunderstanding_claim:
    'This says they got it wrong. Try starting from how it landed for them, not what you meant.',
  pity_plea:
    'This asks them to feel sorry for you. Right now the focus belongs on what they went through.',
  condescending_pity: 'This pities them from above. It can sound like looking down on them.',
  conditional_apology:
    'This apologises for their reaction, or on a condition. Apologise for what you did instead.',
  blame_shift:
    'This puts the cause on them. Owning your part, without a "but", is what rebuilds trust.',
  minimization: 'This makes what happened sound smaller than it felt to them.',
  forgiveness_pressure:
    'This presses for forgiveness or closure. Forgiveness comes in their time, not on request.',
  you_accusation:
    'This names them as the culprit. Saying what happened and how it felt to you is easier to hear.',
  absolute:
    '"Always" and "never" make it about who they are, and invite a debate about exceptions.',
  criticism: 'This attacks who they are rather than what they did.',
  contempt: 'Mockery and insults wound deeply and are hard to come back from.',
  defensiveness: 'This pushes their concern away instead of hearing it.',
  stonewalling:
    'This shuts the conversation down. If you need a break, say so and say when you will come back.',
  revenge: 'This aims to hurt or humiliate them back. Repair cannot be built on getting even.',
  safety_risk:
    "This reads as a threat or a risk to someone's safety. Please step back, and reach out for help if you need it.",
  remorse: 'You say you are sorry for what you did.',
  responsibility: 'You own what you did, without hedging.',
  acknowledges_hurt: 'You name the hurt they felt.',
  should_have: 'You say what you should have done instead.',
  future_commitment: 'You say how you will act from now on.',
  repair_offer: 'You offer something concrete to make it right.',
  forgiveness_request: 'You ask for forgiveness and leave them free to decide.',
  i_statement: 'You speak about your own feelings and needs.',
};
