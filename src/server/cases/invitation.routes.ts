import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findInvitation, invitationId, isInvitationOpen } from '../../domain/index.js';
import type { UserId } from '../../protocol/index.js';
import {
  ApiError,
  CaseParams,
  CreateInvitationBody,
  InvitationAccepted,
  InvitationCreated,
  InvitationParams,
  InvitationPreview,
} from '../../protocol/index.js';
import { requireUser, signedInUser } from '../auth/session.js';
import type { UserRepository } from '../auth/user.repository.js';
import type { Clock } from '../clock.js';
import { Problem } from '../http/problem.js';
import type { CaseService } from './case.service.js';
import { InvitationRepository } from './invitation.repository.js';

export interface InvitationRoutesOptions {
  service: CaseService;
  invitations: InvitationRepository;
  users: UserRepository;
  clock: Clock;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const unknownLink = (): Problem =>
  new Problem(
    404,
    'invitation_unknown',
    'This invitation link is not valid. Please ask for a new one.',
  );

/** Inviting the other partner with a single-use link that expires, and accepting it. */
export function invitationRoutes(app: FastifyInstance, options: InvitationRoutesOptions): void {
  const { service, invitations, users, clock } = options;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const lookupLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

  api.post(
    '/api/cases/:caseId/invitations',
    {
      preHandler: requireUser,
      schema: {
        tags: ['invitations'],
        summary: 'Invite the other partner: a single-use link that expires',
        params: CaseParams,
        body: CreateInvitationBody,
        response: {
          201: InvitationCreated,
          400: ApiError,
          401: ApiError,
          403: ApiError,
          404: ApiError,
          409: ApiError,
        },
      },
    },
    async (request, reply) => {
      const { caseId } = request.params;
      const token = randomBytes(32).toString('base64url');
      const id = invitationId(randomUUID());
      const outcome = await service.run(
        caseId,
        signedInUser(request).id as UserId,
        undefined,
        {
          type: 'invitePartner',
          invitationId: id,
          ...(request.body.ttlDays === undefined ? {} : { ttlDays: request.body.ttlDays }),
        },
        (trx) =>
          new InvitationRepository(trx).insert({
            tokenHash: hashToken(token),
            invitationId: id,
            caseId,
            createdAt: clock().toISOString(),
          }),
      );
      const record = findInvitation(outcome.state, id);
      if (record === undefined) throw new Error('An invitation just made could not be found.');
      return reply
        .status(201)
        .send({ token, path: `/invite/${token}`, expiresAt: record.expiresAt });
    },
  );

  api.get(
    '/api/invitations/:token',
    {
      config: lookupLimit,
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link is for, before accepting it',
        params: InvitationParams,
        response: { 200: InvitationPreview, 400: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const found = await invitations.findByTokenHash(hashToken(request.params.token));
      const loaded = found === undefined ? undefined : await service.load(found.case_id);
      const record =
        found === undefined || loaded === undefined
          ? undefined
          : findInvitation(loaded.state, invitationId(found.invitation_id));
      if (record === undefined) throw unknownLink();
      const names = await users.namesOf([record.invitedBy]);
      const status =
        record.usedBy !== null
          ? 'used'
          : record.replaced
            ? 'replaced'
            : isInvitationOpen(record, clock())
              ? 'open'
              : 'expired';
      return {
        status,
        inviterName: names.get(record.invitedBy) ?? 'Someone',
        inviterRole: record.inviterRole,
        inviteeRole: record.inviteeRole,
        expiresAt: record.expiresAt,
      } as const;
    },
  );

  api.post(
    '/api/invitations/:token/accept',
    {
      config: lookupLimit,
      preHandler: requireUser,
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation: join the case in the other role',
        params: InvitationParams,
        response: {
          200: InvitationAccepted,
          400: ApiError,
          401: ApiError,
          404: ApiError,
          409: ApiError,
          410: ApiError,
        },
      },
    },
    async (request) => {
      const found = await invitations.findByTokenHash(hashToken(request.params.token));
      if (found === undefined) throw unknownLink();
      await service.run(found.case_id, signedInUser(request).id as UserId, undefined, {
        type: 'joinCase',
        invitationId: invitationId(found.invitation_id),
      });
      return { caseId: found.case_id };
    },
  );
}
