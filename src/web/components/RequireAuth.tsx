import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession.js';
import { StatusMessage } from './StatusMessage.js';

/** Guards the private pages: asks who is signed in, and sends everyone else to sign in. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  const { status } = session.state;

  useEffect(() => {
    if (status === 'unknown') void session.load();
  }, [status, session]);

  switch (session.state.status) {
    case 'signedIn':
      return <Outlet />;
    case 'signedOut':
      // Remember where they were going, so signing in brings them back there.
      return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
    case 'failed':
      return (
        <StatusMessage title="We could not open this page" tone="error">
          <p>{session.state.message}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void session.load()}
          >
            Try again
          </button>
        </StatusMessage>
      );
    case 'unknown':
      return <StatusMessage title="Opening your space…" tone="loading" />;
  }
}
