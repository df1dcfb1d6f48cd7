import { Link, useLocation, useSearchParams } from 'react-router';
import { SignInBody } from '../../protocol/index.js';
import { signIn } from '../api.js';
import { FormAlert } from '../components/FormAlert.js';
import { PasswordField } from '../components/PasswordField.js';
import { TextField } from '../components/TextField.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useAuthForm } from '../hooks/useAuthForm.js';
import { safeNextPath } from '../next-path.js';

/** What other pages may hand to this one through the router's location state. */
interface SignInState {
  readonly from?: string;
  readonly notice?: string;
}

function readState(state: unknown): SignInState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, notice } = state as Record<string, unknown>;
  const safeFrom = safeNextPath(from);
  return {
    // Only ever return to a page of this app, never to an address someone slipped in.
    ...(safeFrom === undefined ? {} : { from: safeFrom }),
    ...(typeof notice === 'string' ? { notice } : {}),
  };
}

export function SignInPage() {
  useDocumentTitle('Sign in');
  const state = readState(useLocation().state);
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  const from = next ?? state.from;
  const notice = state.notice;
  const { form, sending, problem, onSubmit } = useAuthForm(
    SignInBody,
    ['email', 'password'],
    signIn,
    from ?? '/home',
  );

  return (
    <div className="auth">
      <h1 tabIndex={-1}>Welcome back</h1>
      {notice === undefined ? (
        <p className="lead">Sign in to return to your cases.</p>
      ) : (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form ref={form} className="card form" noValidate aria-label="Sign in" onSubmit={onSubmit}>
        <FormAlert>{problem?.message}</FormAlert>
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          disabled={sending}
          error={problem?.fields.email}
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          disabled={sending}
          error={problem?.fields.password}
        />
        <button className="button button--primary button--block" type="submit" disabled={sending}>
          {sending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth__switch">
        New to Amends?{' '}
        <Link to={next === undefined ? '/signup' : `/signup?next=${encodeURIComponent(next)}`}>
          Create an account
        </Link>
      </p>
    </div>
  );
}
