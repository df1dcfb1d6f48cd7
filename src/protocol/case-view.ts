import { z } from 'zod';
import { Cause, CaseSummary, MemberRole, PartnerRole } from './http.js';

const NextItem = z.object({
  kind: z.string(),
  until: z.string().optional(),
  count: z.number().optional(),
});

const ByRole = <T extends z.ZodType>(value: T) => z.object({ amender: value, hurt: value });

/**
 * A case as one member sees it: where it stands and what each person has done, without any
 * written content (that travels in the timeline, only to those who may read it).
 */
export const CaseDetail = CaseSummary.extend({
  status: z.enum(['active', 'paused', 'left']),
  path: z.enum(['full', 'reflection']),
  members: z.array(
    z.object({ role: MemberRole, displayName: z.string(), isMe: z.boolean(), online: z.boolean() }),
  ),
  openInvitation: z.object({ expiresAt: z.string(), inviteeRole: PartnerRole }).nullable(),
  next: z.object({ todo: z.array(NextItem), waitingFor: z.array(NextItem) }),
  progress: z.object({
    disclosure: z.object({
      sent: z.boolean(),
      delivered: z.boolean(),
      acknowledged: z.boolean(),
      openQuestions: z.number(),
    }),
    coolingUntil: z.string().nullable(),
    ready: ByRole(z.boolean()),
    conversationOpen: z.boolean(),
    causesSubmitted: ByRole(z.boolean()),
    causesRevealed: z
      .object({ agreed: z.array(Cause), onlyAmender: z.array(Cause), onlyHurt: z.array(Cause) })
      .nullable(),
    ownMistakes: ByRole(z.number()),
    roleSwap: ByRole(z.object({ written: z.boolean(), rating: z.number().nullable() })),
    apologies: z.array(
      z.object({
        id: z.string(),
        sentAt: z.string(),
        answer: z.enum(['forgive', 'not_yet', 'cant']).nullable(),
      }),
    ),
    apologyDoorClosed: z.boolean(),
    lies: z.object({
      count: z.number(),
      status: z.enum(['none', 'first_forgivable', 'collapsed']),
    }),
  }),
  lastSeq: z.number(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseDetailResponse = z.object({ case: CaseDetail });
export type CaseDetailResponse = z.infer<typeof CaseDetailResponse>;
