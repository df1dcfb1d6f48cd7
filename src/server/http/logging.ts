import type { FastifyServerOptions } from 'fastify';

// An invitation link's secret travels in the path (/invite/…, /api/invitations/…): it is a key
// to someone's case, so the logs keep only that there was one.
const SECRET_IN_PATH = /\/(invite|invitations)\/[^/?]+/g;

/** The path of a request as logs may keep it: no query string, no invitation secret. */
export function loggablePath(url: string): string {
  return (url.split('?')[0] ?? '').replace(SECRET_IN_PATH, '/$1/[secret]');
}

/**
 * Structured logs with no content and no secrets: requests log method, path and status only;
 * query strings and invitation secrets are dropped, and cookies and auth headers are redacted
 * in case anything logs them.
 */
export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream === undefined ? {} : { stream }),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        id: request.id,
        method: request.method,
        path: loggablePath(request.url),
      }),
    },
  };
}
