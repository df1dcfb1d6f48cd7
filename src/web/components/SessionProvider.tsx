import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { fetchCurrentUser } from '../api.js';
import { SessionContext, type Session, type SessionState } from '../hooks/useSession.js';
import type { User } from '../../protocol/index.js';

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'unknown' });
  const inFlight = useRef<Promise<void> | null>(null);

  const load = useCallback((): Promise<void> => {
    inFlight.current ??= fetchCurrentUser()
      .then(
        (user) => {
          setState(user === null ? { status: 'signedOut' } : { status: 'signedIn', user });
        },
        (error: unknown) => {
          const message =
            error instanceof Error
              ? error.message
              : 'We could not check whether you are signed in.';
          setState({ status: 'failed', message });
        },
      )
      .finally(() => {
        inFlight.current = null;
      });
    return inFlight.current;
  }, []);

  const signedIn = useCallback((user: User) => {
    setState({ status: 'signedIn', user });
  }, []);
  const signedOut = useCallback(() => {
    setState({ status: 'signedOut' });
  }, []);

  const session = useMemo<Session>(
    () => ({ state, load, signedIn, signedOut }),
    [state, load, signedIn, signedOut],
  );
  return <SessionContext value={session}>{children}</SessionContext>;
}
