import { useState } from 'react';
import { formProblemOf } from '../forms.js';

export interface Action {
  readonly sending: boolean;
  /** The server's refusal, in its own kind words, or null. */
  readonly problem: string | null;
  readonly run: (act: () => Promise<unknown>) => Promise<void>;
}

/** One button's errand: busy while it runs, and the refusal kept to be shown beside it. */
export function useAction(): Action {
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return {
    sending,
    problem,
    run: async (act) => {
      setSending(true);
      setProblem(null);
      try {
        await act();
      } catch (error) {
        setProblem(formProblemOf(error).message);
      } finally {
        setSending(false);
      }
    },
  };
}
