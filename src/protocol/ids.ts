import { z } from 'zod';

/** Branded identifiers: a CaseId can never be passed where a UserId is expected. */
export const UserId = z.uuid().brand<'UserId'>();
export type UserId = z.infer<typeof UserId>;

export const CaseId = z.uuid().brand<'CaseId'>();
export type CaseId = z.infer<typeof CaseId>;
