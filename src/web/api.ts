import {
  ApiError,
  CaseDetailResponse,
  CaseListResponse,
  CaseResponse,
  CsrfResponse,
  InvitationAccepted,
  InvitationCreated,
  InvitationPreview,
  RunCommandResponse,
  TimelineResponse,
  SessionResponse,
  UserResponse,
  type CaseCommandInput,
  type CaseDetail,
  type CaseSummary,
  type CreateCaseBody,
  type SignInBody,
  type SignUpBody,
  type User,
} from '../protocol/index.js';
import type { z } from 'zod';

/** An error the API answered with, carrying its kind message and any per-field messages. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

const NETWORK_MESSAGE =
  'We could not reach Amends. Please check your connection and try again in a moment.';
const UNEXPECTED_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

// One token per browser session; it is dropped whenever the session changes (sign in, sign up,
// sign out), because the server may tie it to the session it replaced.
let csrfToken: Promise<string> | undefined;

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= request('GET', '/api/csrf', CsrfResponse).then(
    (body) => body.token,
    (error: unknown) => {
      csrfToken = undefined;
      throw error;
    },
  );
  return csrfToken;
}

/** Ask for a CSRF token ahead of the first form, so sending one does not wait for it. */
export function prefetchCsrfToken(): void {
  fetchCsrfToken().catch(() => {
    // A failure here is retried, and reported, by the request that needs the token.
  });
}

function forgetCsrfToken(): void {
  csrfToken = undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(
  method: Method,
  path: string,
  schema: z.ZodType<T> | null,
  body?: unknown,
  retryOnCsrf = true,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await fetchCsrfToken();

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'network', NETWORK_MESSAGE);
  }

  if (!response.ok) {
    const error = await readError(response);
    // A token can expire with the session behind it: fetch a fresh one and try once more.
    if (error.status === 403 && error.code === 'csrf' && retryOnCsrf) {
      forgetCsrfToken();
      return request(method, path, schema, body, false);
    }
    throw error;
  }
  if (schema === null || response.status === 204) return undefined as T;
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success)
    throw new ApiRequestError(response.status, 'bad_response', UNEXPECTED_MESSAGE);
  return parsed.data;
}

async function readError(response: Response): Promise<ApiRequestError> {
  const parsed = ApiError.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    return new ApiRequestError(response.status, 'unexpected', UNEXPECTED_MESSAGE);
  }
  const { code, message, fields } = parsed.data.error;
  return new ApiRequestError(response.status, code, message, fields);
}

/** The signed-in person, or null when nobody is signed in. */
export async function fetchCurrentUser(): Promise<User | null> {
  // /api/session answers 200 with null for a visitor, so no page logs a 401 just for asking.
  return (await request('GET', '/api/session', SessionResponse)).user;
}

export async function signUp(body: SignUpBody): Promise<User> {
  const { user } = await request('POST', '/api/auth/signup', UserResponse, body);
  forgetCsrfToken();
  return user;
}

export async function signIn(body: SignInBody): Promise<User> {
  const { user } = await request('POST', '/api/auth/signin', UserResponse, body);
  forgetCsrfToken();
  return user;
}

export async function signOut(): Promise<void> {
  await request('POST', '/api/auth/signout', null);
  forgetCsrfToken();
}

export async function listCases(): Promise<CaseSummary[]> {
  return (await request('GET', '/api/cases', CaseListResponse)).cases;
}

export async function createCase(body: CreateCaseBody): Promise<CaseSummary> {
  return (await request('POST', '/api/cases', CaseResponse, body)).case;
}

export async function fetchCase(caseId: string): Promise<CaseSummary> {
  return (await request('GET', `/api/cases/${encodeURIComponent(caseId)}`, CaseResponse)).case;
}

const casePath = (caseId: string): string => `/api/cases/${encodeURIComponent(caseId)}`;

/** A case as this member sees it: its standing, who is in it, what each person does next. */
export async function fetchCaseDetail(caseId: string): Promise<CaseDetail> {
  return (await request('GET', casePath(caseId), CaseDetailResponse)).case;
}

/** The entries of the case's timeline after `after` that this member may see. */
export function fetchTimeline(caseId: string, after = 0): Promise<TimelineResponse> {
  return request('GET', `${casePath(caseId)}/timeline?after=${after}`, TimelineResponse);
}

/**
 * Does one thing in a case. The caller chooses `commandId` and keeps it for retries: the server
 * does a command once per id, so a retry after a lost answer never doubles it.
 */
export function runCommand(
  caseId: string,
  commandId: string,
  command: CaseCommandInput,
): Promise<RunCommandResponse> {
  return request('POST', `${casePath(caseId)}/commands`, RunCommandResponse, {
    commandId,
    command,
  });
}

export function createInvitation(caseId: string): Promise<InvitationCreated> {
  return request('POST', `${casePath(caseId)}/invitations`, InvitationCreated, {});
}

const invitationPath = (token: string): string => `/api/invitations/${encodeURIComponent(token)}`;

/** Who invites, and in which role; answers signed out too. */
export function fetchInvitation(token: string): Promise<InvitationPreview> {
  return request('GET', invitationPath(token), InvitationPreview);
}

export async function acceptInvitation(token: string): Promise<string> {
  return (await request('POST', `${invitationPath(token)}/accept`, InvitationAccepted)).caseId;
}
