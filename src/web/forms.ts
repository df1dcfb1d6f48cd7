import type { z } from 'zod';
import { ApiRequestError } from './api.js';

/** One message per input, keyed by the input's name in the request body. */
export type FieldErrors = Readonly<Partial<Record<string, string>>>;

/** The first problem zod found with each field, worded by the shared schema. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = issue.path[0];
    if (typeof name === 'string' && !(name in fields)) fields[name] = issue.message;
  }
  return fields;
}

export interface FormProblem {
  /** The API's error code when the server answered, so a form can offer a way forward. */
  readonly code?: string;
  readonly message: string;
  readonly fields: FieldErrors;
}

/** Turns whatever a submit threw into something a form can show beside its inputs. */
export function formProblemOf(error: unknown): FormProblem {
  if (error instanceof ApiRequestError)
    return { code: error.code, message: error.message, fields: error.fields };
  return { message: 'Something went wrong. Please try again in a moment.', fields: {} };
}
