import { z } from 'zod';
import { Cause } from './http.js';

/**
 * Written content as the server sees it: an opaque string it stores and relays but never reads
 * (the client will encrypt it). 64 KiB is far more than any letter a person writes here.
 */
export const CONTENT_MAX_LENGTH = 65_536;
export const Content = z
  .string()
  .min(1, 'Please write something first.')
  .max(CONTENT_MAX_LENGTH, 'That is longer than we can keep in one piece (64 KB).')
  .refine((value) => value.trim().length > 0, 'Please write something first.');

/** Ids of items inside a case are chosen by the client, so that a retried command is the same. */
export const ItemIdInput = z
  .string()
  .min(8, 'An id must be at least 8 characters.')
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'An id may use letters, digits, - and _ only.');

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape }).strict();

/**
 * Every command a member can send to a case through `POST /api/cases/:caseId/commands`.
 * Opening a case, inviting and joining have routes of their own.
 */
export const CaseCommandInput = z.discriminatedUnion('type', [
  command('changeCauses', { causes: z.array(Cause).min(1).max(6) }),
  command('pauseCase', {}),
  command('resumeCase', {}),
  command('leaveCase', {}),
  command('draftDisclosure', { ref: Content }),
  command('sendDisclosure', { ref: Content, wholeTruthConfirmed: z.boolean() }),
  command('acknowledgeDisclosure', {}),
  command('askQuestion', { questionId: ItemIdInput, ref: Content }),
  command('answerQuestion', { questionId: ItemIdInput, ref: Content }),
  command('writeReaction', { reactionId: ItemIdInput, ref: Content, private: z.boolean() }),
  command('chooseCoolingPeriod', { until: z.iso.datetime({ offset: true }) }),
  command('markReady', {}),
  command('sendMessage', { messageId: ItemIdInput, ref: Content }),
  command('submitCausesList', {
    causes: z.array(Cause).min(1).max(6),
    noteRef: Content.optional(),
  }),
  command('nameOwnMistake', { mistakeId: ItemIdInput, ref: Content }),
  command('writeRoleSwapStory', { ref: Content }),
  command('rateRoleSwap', {
    rating: z.number().int().min(1, 'Please rate from 1 to 5.').max(5, 'Please rate from 1 to 5.'),
    commentRef: Content.optional(),
  }),
  command('draftApology', { ref: Content }),
  command('sendApology', { apologyId: ItemIdInput, ref: Content }),
  command('answerApology', {
    apologyId: ItemIdInput,
    answer: z.enum(['forgive', 'not_yet', 'cant']),
    missingRef: Content.optional(),
  }),
  command('welcomeNewApology', {}),
  command('addExpectation', { expectationId: ItemIdInput, ref: Content }),
  command('markExpectation', {
    expectationId: ItemIdInput,
    mark: z.enum(['knew', 'didnt_know', 'dont_agree']),
  }),
  command('recordLie', { lieId: ItemIdInput, ref: Content }),
  command('submitReflection', { ref: Content }),
  command('chooseFullPath', {}),
]);
export type CaseCommandInput = z.infer<typeof CaseCommandInput>;

export const RunCommandBody = z
  .object({
    /** Chosen by the client and reused on retry: the server does a command once per id. */
    commandId: z.uuid('commandId must be a UUID.'),
    command: CaseCommandInput,
  })
  .strict();
export type RunCommandBody = z.infer<typeof RunCommandBody>;

/** One entry of a case's timeline as a member sees it; `event` is the domain's event as JSON. */
export const TimelineEntry = z.object({
  seq: z.number().int().positive(),
  event: z.looseObject({ type: z.string(), at: z.string(), by: z.string() }),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const TimelineResponse = z.object({
  entries: z.array(TimelineEntry),
  lastSeq: z.number().int().nonnegative(),
});
export type TimelineResponse = z.infer<typeof TimelineResponse>;

export const TimelineQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
});

export const RunCommandResponse = TimelineResponse.extend({
  /** True when this commandId had been done before: nothing was done again. */
  replayed: z.boolean(),
});
export type RunCommandResponse = z.infer<typeof RunCommandResponse>;

export const CreateInvitationBody = z
  .object({ ttlDays: z.number().int().min(1).max(30).optional() })
  .strict();

export const InvitationCreated = z.object({
  token: z.string(),
  path: z.string(),
  expiresAt: z.string(),
});
export type InvitationCreated = z.infer<typeof InvitationCreated>;

export const InvitationParams = z.object({
  token: z.string().min(20, 'That invitation link is not complete.').max(100),
});

export const InvitationPreview = z.object({
  status: z.enum(['open', 'used', 'expired', 'replaced']),
  inviterName: z.string(),
  inviterRole: z.enum(['amender', 'hurt']),
  inviteeRole: z.enum(['amender', 'hurt']),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const InvitationAccepted = z.object({ caseId: z.string() });
