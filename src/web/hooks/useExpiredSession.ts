import { useEffect } from 'react';
import type { LoadState } from './useLoad.js';
import { useSession } from './useSession.js';

/**
 * When a private request answers 401 the session ended elsewhere (it expired, or the person
 * signed out in another tab): forget it, and <RequireAuth> will ask them to sign in again.
 */
export function useExpiredSession(loaded: LoadState<unknown>): void {
  const { signedOut } = useSession();
  const expired = loaded.status === 'failed' && loaded.error.status === 401;
  useEffect(() => {
    if (expired) signedOut();
  }, [expired, signedOut]);
}
