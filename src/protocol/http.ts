import { z } from 'zod';
import { CaseId, UserId } from './ids.js';

/** Bumped when a message changes shape in a way old clients cannot read. */
export const PROTOCOL_VERSION = 1;

/** The six causes of a broken trust (PRODUCT.md, "What broke the trust"). */
export const CAUSES = [
  'betrayal',
  'jealousy',
  'lie',
  'words_actions_mismatch',
  'no_initial_trust',
  'unmet_expectations',
] as const;
export const Cause = z.enum(CAUSES);
export type Cause = z.infer<typeof Cause>;

/** The two partners' roles; the mediator joins later and is not chosen at creation. */
export const PartnerRole = z.enum(['amender', 'hurt']);
export type PartnerRole = z.infer<typeof PartnerRole>;

export const MemberRole = z.enum(['amender', 'hurt', 'mediator']);
export type MemberRole = z.infer<typeof MemberRole>;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'That e-mail address is too long.')
  .pipe(z.email('Please enter a valid e-mail address.'));

export const SignUpBody = z
  .object({
    email,
    password: z
      .string()
      .min(
        PASSWORD_MIN_LENGTH,
        `Please choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`,
      )
      .max(PASSWORD_MAX_LENGTH, `Passwords can be at most ${PASSWORD_MAX_LENGTH} characters.`),
    displayName: z
      .string()
      .trim()
      .min(1, 'Please tell us what to call you.')
      .max(80, 'Please keep your name under 80 characters.'),
  })
  .strict();
export type SignUpBody = z.infer<typeof SignUpBody>;

export const SignInBody = z
  .object({
    email,
    password: z.string().min(1, 'Please enter your password.').max(PASSWORD_MAX_LENGTH),
  })
  .strict();
export type SignInBody = z.infer<typeof SignInBody>;

export const User = z.object({
  id: UserId,
  email: z.string(),
  displayName: z.string(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const UserResponse = z.object({ user: User });
export type UserResponse = z.infer<typeof UserResponse>;

/** Who is signed in, if anyone: asked by every page, so "nobody" is an answer, not an error. */
export const SessionResponse = z.object({ user: User.nullable() });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const CsrfResponse = z.object({ token: z.string() });

export const HealthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

export const CaseStep = z.enum([
  'disclosure',
  'conversation',
  'apology',
  'sincerity',
  'compensation',
  'settled',
]);
export type CaseStep = z.infer<typeof CaseStep>;

export const CreateCaseBody = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Please give your case a title.')
      .max(120, 'Please keep the title under 120 characters.'),
    causes: z
      .array(Cause)
      .min(1, 'Please choose at least one thing that broke the trust.')
      .max(CAUSES.length)
      .refine((list) => new Set(list).size === list.length, 'Each cause can be chosen once.'),
    role: PartnerRole,
  })
  .strict();
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

export const CaseSummary = z.object({
  id: CaseId,
  title: z.string(),
  causes: z.array(Cause),
  myRole: MemberRole,
  step: CaseStep,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseResponse = z.object({ case: CaseSummary });
export type CaseResponse = z.infer<typeof CaseResponse>;

export const CaseListResponse = z.object({ cases: z.array(CaseSummary) });
export type CaseListResponse = z.infer<typeof CaseListResponse>;

export const CaseParams = z.object({ caseId: z.uuid('That is not a case id.') });

/** Every error the API returns has this shape, whatever went wrong. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
