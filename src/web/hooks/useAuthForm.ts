import { useRef, useState, type RefObject, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { User } from '../../protocol/index.js';
import { fieldErrorsOf, formProblemOf, type FormProblem } from '../forms.js';
import { useFocusOnProblem } from './useFocusOnProblem.js';
import { useSession } from './useSession.js';

export interface AuthForm {
  readonly form: RefObject<HTMLFormElement | null>;
  readonly sending: boolean;
  readonly problem: FormProblem | null;
  readonly onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
}

/**
 * Sign-in and sign-up share one errand: check the fields with the server's own schema (so a
 * mistake is said before anything is sent), send, remember who is signed in, and move on.
 */
export function useAuthForm<S extends z.ZodType>(
  schema: S,
  fields: readonly string[],
  submit: (body: z.infer<S>) => Promise<User>,
  destination: string,
): AuthForm {
  const session = useSession();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  useFocusOnProblem(form, problem);

  async function send(event: SubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = schema.safeParse(
      Object.fromEntries(fields.map((name) => [name, data.get(name)])),
    );
    if (!parsed.success) {
      setProblem({
        message: 'Please check the highlighted fields.',
        fields: fieldErrorsOf(parsed.error),
      });
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      session.signedIn(await submit(parsed.data));
      await navigate(destination, { replace: true });
    } catch (error) {
      setProblem(formProblemOf(error));
      setSending(false);
    }
  }

  return { form, sending, problem, onSubmit: (event) => void send(event) };
}
