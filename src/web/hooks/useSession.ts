import { createContext, use } from 'react';
import type { User } from '../../protocol/index.js';

/**
 * What the app knows about who is signed in. It starts as `unknown` and is only asked of the
 * server by pages that need it: asking on the public pages would log a 401 in the console of
 * every visitor who is not signed in.
 */
export type SessionState =
  | { readonly status: 'unknown' }
  | { readonly status: 'signedOut' }
  | { readonly status: 'signedIn'; readonly user: User }
  | { readonly status: 'failed'; readonly message: string };

export interface Session {
  readonly state: SessionState;
  /** Ask the server who is signed in; concurrent calls share one request. */
  readonly load: () => Promise<void>;
  readonly signedIn: (user: User) => void;
  readonly signedOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = use(SessionContext);
  if (session === null) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}

/** The signed-in person; only for pages behind <RequireAuth>, which guarantees there is one. */
export function useCurrentUser(): User {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useCurrentUser needs a signed-in person.');
  return state.user;
}
