/** The kinds of text a person writes in Amends; the kind changes what the coach expects. */
export type TextKind = 'apology' | 'disclosure' | 'message' | 'compensation';

/** Every kind, in a stable order (for validation and UI pickers). */
export const TEXT_KINDS = [
  'apology',
  'disclosure',
  'message',
  'compensation',
] as const satisfies readonly TextKind[];

/** The closed list of finding codes of COACH.md; a new code is added there first. */
export const CODES = [
  // What weakens an apology or a disclosure.
  'justification',
  'denial_of_hurt',
  'misunderstanding_claim',
  'pity_plea',
  'condescending_pity',
  'conditional_apology',
  'blame_shift',
  'minimization',
  'forgiveness_pressure',
  // What harms a conversation.
  'you_accusation',
  'absolute',
  'criticism',
  'contempt',
  'defensiveness',
  'stonewalling',
  'revenge',
  'safety_risk',
  // What strengthens an apology or a message.
  'remorse',
  'responsibility',
  'acknowledges_hurt',
  'should_have',
  'future_commitment',
  'repair_offer',
  'forgiveness_request',
  'i_statement',
] as const;

/** One finding code. */
export type Code = (typeof CODES)[number];

/** The seven components of a full apology, the checklist of the `apology` kind. */
export const APOLOGY_COMPONENTS = [
  'remorse',
  'responsibility',
  'acknowledges_hurt',
  'should_have',
  'future_commitment',
  'repair_offer',
  'forgiveness_request',
] as const satisfies readonly Code[];

/** One component of the apology checklist. */
export type ApologyComponent = (typeof APOLOGY_COMPONENTS)[number];

/** How a finding reads to the person: a good sign, a note, a warning, or a danger. */
export type Severity = 'good' | 'info' | 'warn' | 'danger';

/** One phrase the coach points at; `start`/`end` are UTF-16 offsets into the analysed text. */
export interface Finding {
  readonly code: Code;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly reason: string;
  readonly suggestion?: string;
}

/** What `analyze()` returns. */
export interface Analysis {
  readonly kind: TextKind;
  readonly findings: readonly Finding[];
  readonly checklist?: Readonly<Record<ApologyComponent, boolean>>;
  readonly score: number;
}

/** A half-open range [start, end) of UTF-16 offsets. */
export interface Range {
  readonly start: number;
  readonly end: number;
}
