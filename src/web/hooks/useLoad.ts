import { useEffect, useState } from 'react';
import { ApiRequestError } from '../api.js';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'failed'; readonly error: ApiRequestError };

type Settled<T> =
  | { readonly key: string; readonly status: 'ready'; readonly data: T }
  | { readonly key: string; readonly status: 'failed'; readonly error: ApiRequestError };

/**
 * Loads data for a page and reloads it when `key` changes. The result remembers which key it
 * belongs to, so a page never shows the previous case while the next one is on its way.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): LoadState<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (current) setSettled({ key, status: 'ready', data });
      },
      (error: unknown) => {
        if (!current) return;
        const apiError =
          error instanceof ApiRequestError
            ? error
            : new ApiRequestError(0, 'unexpected', 'Something went wrong. Please try again.');
        setSettled({ key, status: 'failed', error: apiError });
      },
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure on every render; `key` says when it means something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (settled === null || settled.key !== key) return { status: 'loading' };
  return settled;
}
