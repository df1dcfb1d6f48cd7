import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '../../protocol/index.js';

/** An error meant for the person using the app: its message is shown as it is. */
export class Problem extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const unauthenticated = (): Problem =>
  new Problem(401, 'unauthenticated', 'Please sign in to continue.');

export const notFound = (): Problem =>
  new Problem(
    404,
    'not_found',
    'We could not find that. It may not exist, or it is not shared with you.',
  );

// Fastify's own 4xx errors, reworded for a person; anything else 4xx keeps a generic message.
const FRAMEWORK_MESSAGES: Record<string, [string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['malformed_json', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['malformed_json', 'The request body is empty; JSON was expected.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [
    'too_large',
    'That is more than we can accept at once (1 MB at most).',
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    'unsupported_media_type',
    'Please send JSON (Content-Type: application/json).',
  ],
  FST_CSRF_INVALID_TOKEN: [
    'csrf',
    'This page was open for a long time. Please reload it and try again.',
  ],
  FST_CSRF_MISSING_SECRET: [
    'csrf',
    'This page was open for a long time. Please reload it and try again.',
  ],
};

function validationProblem(error: FastifyError): Problem {
  const fields: Record<string, string> = {};
  if (hasZodFastifySchemaValidationErrors(error)) {
    for (const issue of error.validation) {
      const field = issue.instancePath.replace(/^\//, '').split('/')[0] ?? '';
      const key = field === '' ? '_' : field;
      fields[key] ??= issue.message ?? 'This value is not valid.';
    }
  }
  const first = Object.values(fields)[0];
  return new Problem(400, 'validation', first ?? 'Some of what was sent is not valid.', fields);
}

/** Turns any thrown error into the API's one error shape; never leaks internals on a 500. */
export function toProblem(error: FastifyError | Problem | Error): Problem {
  if (error instanceof Problem) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation !== undefined) return validationProblem(fastifyError);
  const known = FRAMEWORK_MESSAGES[fastifyError.code];
  const status = fastifyError.statusCode ?? 500;
  if (known !== undefined)
    return new Problem(status >= 400 && status < 500 ? status : 400, ...known);
  if (status === 429) {
    return new Problem(
      429,
      'rate_limited',
      'Too many attempts. Please wait a minute and try again.',
    );
  }
  if (status >= 400 && status < 500) {
    return new Problem(status, 'bad_request', 'The request could not be understood.');
  }
  return new Problem(
    500,
    'internal',
    'Something went wrong on our side. Please try again in a moment.',
  );
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  const body: ApiError = {
    error: {
      code: problem.code,
      message: problem.message,
      ...(problem.fields === undefined ? {} : { fields: problem.fields }),
    },
  };
  return reply.status(problem.statusCode).type('application/json').send(body);
}

/** Fastify's error handler: logs 5xx with the stack (no body), answers with the problem. */
export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const problem = toProblem(error);
  if (problem.statusCode >= 500) request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, problem);
}
