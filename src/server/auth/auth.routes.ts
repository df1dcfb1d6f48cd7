import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError,
  CsrfResponse,
  SessionResponse,
  SignInBody,
  SignUpBody,
  UserResponse,
} from '../../protocol/index.js';
import type { Clock } from '../clock.js';
import { isUniqueViolation } from '../db/errors.js';
import { Problem } from '../http/problem.js';
import { hashPassword, verifyPassword } from './password.js';
import { requireUser, signedInUser, type Sessions } from './session.js';
import type { UserRepository } from './user.repository.js';
import { presentUser } from './user.presenter.js';

export interface AuthRoutesOptions {
  users: UserRepository;
  sessions: Sessions;
  clock: Clock;
  authRateLimit: number;
}

const emailTaken = (): Problem =>
  new Problem(409, 'email_taken', 'An account with this e-mail already exists. Try signing in.', {
    email: 'An account with this e-mail already exists.',
  });

/** Sign up, sign in, sign out and "who am I". */
export function authRoutes(app: FastifyInstance, options: AuthRoutesOptions): void {
  const { users, sessions, clock } = options;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: options.authRateLimit, timeWindow: '1 minute' };

  api.get(
    '/api/csrf',
    {
      schema: {
        tags: ['auth'],
        summary: 'A token to send as x-csrf-token with every change',
        response: { 200: CsrfResponse },
      },
    },
    (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  api.post(
    '/api/auth/signup',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in',
        body: SignUpBody,
        response: { 201: UserResponse, 400: ApiError, 409: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => {
      const { email, password, displayName } = request.body;
      if ((await users.findByEmail(email)) !== undefined) throw emailTaken();
      const row = {
        id: randomUUID(),
        email,
        display_name: displayName,
        password_hash: await hashPassword(password),
        created_at: clock().toISOString(),
      };
      try {
        await users.insert(row);
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
      await sessions.start(reply, row.id);
      return reply.status(201).send({ user: presentUser(row) });
    },
  );

  api.post(
    '/api/auth/signin',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        body: SignInBody,
        response: { 200: UserResponse, 401: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => {
      const user = await users.findByEmail(request.body.email);
      if (
        !(await verifyPassword(user?.password_hash, request.body.password)) ||
        user === undefined
      ) {
        throw new Problem(
          401,
          'invalid_credentials',
          'That e-mail and password do not match. Please check them and try again.',
        );
      }
      await sessions.start(reply, user.id);
      return { user: presentUser(user) };
    },
  );

  api.post(
    '/api/auth/signout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      await sessions.end(request, reply);
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, if anyone (never 401)',
        response: { 200: SessionResponse },
      },
    },
    (request) => ({ user: request.user === null ? null : presentUser(request.user) }),
  );

  api.get(
    '/api/me',
    {
      preHandler: requireUser,
      schema: {
        tags: ['auth'],
        summary: 'The signed-in person',
        response: { 200: UserResponse, 401: ApiError },
      },
    },
    (request) => ({ user: presentUser(signedInUser(request)) }),
  );
}
