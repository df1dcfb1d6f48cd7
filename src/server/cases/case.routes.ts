import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { UserId } from '../../protocol/index.js';
import {
  ApiError,
  CaseDetailResponse,
  CaseId,
  CaseListResponse,
  CaseParams,
  CaseResponse,
  CreateCaseBody,
  RunCommandBody,
  RunCommandResponse,
  TimelineQuery,
  TimelineResponse,
} from '../../protocol/index.js';
import type { UserRepository } from '../auth/user.repository.js';
import { requireUser, signedInUser } from '../auth/session.js';
import type { Clock } from '../clock.js';
import { notFound } from '../http/problem.js';
import type { LiveHub } from '../live/live-hub.js';
import { presentCaseDetail } from './case-detail.presenter.js';
import type { CaseRepository } from './case.repository.js';
import { presentCase } from './case.presenter.js';
import type { CaseService } from './case.service.js';
import { toDomainCommand } from './command-input.js';
import { presentEntries } from './timeline.presenter.js';

export interface CaseRoutesOptions {
  cases: CaseRepository;
  service: CaseService;
  users: UserRepository;
  live: LiveHub;
  clock: Clock;
}

const refused = {
  400: ApiError,
  401: ApiError,
  403: ApiError,
  404: ApiError,
  409: ApiError,
  410: ApiError,
};

/** Cases: list, open, read, follow the timeline, and act on them. Only members see a case. */
export function caseRoutes(app: FastifyInstance, options: CaseRoutesOptions): void {
  const { cases, service, users, live, clock } = options;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const me = (request: Parameters<typeof signedInUser>[0]): UserId =>
    signedInUser(request).id as UserId;

  api.get(
    '/api/cases',
    {
      preHandler: requireUser,
      schema: {
        tags: ['cases'],
        summary: 'The cases I am part of',
        response: { 200: CaseListResponse, 401: ApiError },
      },
    },
    async (request) => ({ cases: (await cases.listForMember(me(request))).map(presentCase) }),
  );

  api.post(
    '/api/cases',
    {
      preHandler: requireUser,
      schema: {
        tags: ['cases'],
        summary: 'Start a case',
        body: CreateCaseBody,
        response: { 201: CaseResponse, 400: ApiError, 401: ApiError },
      },
    },
    async (request, reply) => {
      const actor = me(request);
      const caseId = CaseId.parse(randomUUID());
      const { causes, role, title } = request.body;
      await service.open({ type: 'openCase', caseId, causes, role }, actor, title);
      const created = await cases.findForMember(caseId, actor);
      if (created === undefined) throw new Error('A case just opened could not be read back.');
      return reply.status(201).send({ case: presentCase(created) });
    },
  );

  api.get(
    '/api/cases/:caseId',
    {
      preHandler: requireUser,
      schema: {
        tags: ['cases'],
        summary: 'One case, as this member sees it',
        params: CaseParams,
        response: { 200: CaseDetailResponse, 401: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const viewer = me(request);
      const { caseId } = request.params;
      const { seq, state } = await service.loadForMember(caseId, viewer);
      const row = await cases.findForMember(caseId, viewer);
      if (row === undefined) throw notFound();
      const names = await users.namesOf(state.members.map((member) => member.userId));
      const detail = presentCaseDetail({
        row,
        state,
        seq,
        viewer,
        names,
        online: live.online(caseId),
        now: clock(),
      });
      return { case: detail };
    },
  );

  api.get(
    '/api/cases/:caseId/timeline',
    {
      preHandler: requireUser,
      schema: {
        tags: ['cases'],
        summary: 'What happened in a case after a point, as this member may see it',
        params: CaseParams,
        querystring: TimelineQuery,
        response: { 200: TimelineResponse, 400: ApiError, 401: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const { entries, lastSeq } = await service.timeline(
        request.params.caseId,
        me(request),
        request.query.after,
      );
      return { entries: presentEntries(entries), lastSeq };
    },
  );

  api.post(
    '/api/cases/:caseId/commands',
    {
      preHandler: requireUser,
      schema: {
        tags: ['cases'],
        summary: 'Do something in a case (send, answer, mark ready…); retried safely by commandId',
        params: CaseParams,
        body: RunCommandBody,
        response: { 200: RunCommandResponse, ...refused },
      },
    },
    async (request) => {
      const outcome = await service.run(
        request.params.caseId,
        me(request),
        request.body.commandId,
        toDomainCommand(request.body.command),
      );
      return {
        entries: presentEntries(outcome.entries),
        lastSeq: outcome.lastSeq,
        replayed: outcome.replayed,
      };
    },
  );
}
