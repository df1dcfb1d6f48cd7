import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { signOut } from '../api.js';
import { useSession } from '../hooks/useSession.js';

/** The frame of every page: skip link, header, the page itself, and a quiet footer. */
export function Layout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const shownPath = useRef(location.pathname);

  // A client-side navigation does not move focus as a page load would; put it on the new
  // page's heading so screen readers start reading there. The first page keeps the browser's.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [location.pathname]);

  const user = session.state.status === 'signedIn' ? session.state.user : null;

  async function signOutAndLeave(): Promise<void> {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      // Even if the server did not answer, this browser should stop showing private pages.
    }
    setSigningOut(false);
    session.signedOut();
    await navigate('/signin', { state: { notice: 'You have signed out. Take care.' } });
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="brand" to={user === null ? '/' : '/home'}>
            <img className="brand__mark" src="/favicon.svg" alt="" width="28" height="28" />
            <span className="brand__name">Amends</span>
          </Link>
          <nav className="site-nav" aria-label="Account">
            {user === null ? (
              location.pathname === '/signin' ? null : (
                <Link className="button button--quiet" to="/signin">
                  Sign in
                </Link>
              )
            ) : (
              <>
                <span className="site-nav__name" title={user.displayName}>
                  {user.displayName}
                </span>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={signingOut}
                  onClick={() => void signOutAndLeave()}
                >
                  {signingOut ? 'Signing out…' : 'Sign out'}
                </button>
              </>
            )}
          </nav>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>
            Amends is private: what you write here is yours, and nothing is shared until you invite
            someone.
          </p>
        </div>
      </footer>
    </div>
  );
}
