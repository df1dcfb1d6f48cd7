import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError,
  CaseListResponse,
  CaseParams,
  CaseResponse,
  CreateCaseBody,
} from '../../protocol/index.js';
import { requireUser, signedInUser } from '../auth/session.js';
import type { Clock } from '../clock.js';
import { notFound } from '../http/problem.js';
import type { CaseRepository } from './case.repository.js';
import { presentCase } from './case.presenter.js';

export interface CaseRoutesOptions {
  cases: CaseRepository;
  clock: Clock;
}

/** Every case starts at the first step: the whole truth (PRODUCT.md, step 1). */
const FIRST_STEP = 'disclosure';

/** Listing, opening and reading cases; only members ever see a case. */
export function caseRoutes(app: FastifyInstance, { cases, clock }: CaseRoutesOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

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
    async (request) => {
      const rows = await cases.listForMember(signedInUser(request).id);
      return { cases: rows.map(presentCase) };
    },
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
      const user = signedInUser(request);
      const id = randomUUID();
      await cases.insert({
        id,
        title: request.body.title,
        step: FIRST_STEP,
        causes: request.body.causes,
        createdBy: user.id,
        role: request.body.role,
        now: clock().toISOString(),
      });
      const created = await cases.findForMember(id, user.id);
      if (created === undefined) throw new Error('A case just created could not be read back.');
      return reply.status(201).send({ case: presentCase(created) });
    },
  );

  api.get(
    '/api/cases/:caseId',
    {
      preHandler: requireUser,
      schema: {
        tags: ['cases'],
        summary: 'One case, for its members',
        params: CaseParams,
        response: { 200: CaseResponse, 401: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const found = await cases.findForMember(request.params.caseId, signedInUser(request).id);
      if (found === undefined) throw notFound();
      return { case: presentCase(found) };
    },
  );
}
