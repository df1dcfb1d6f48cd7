import { Link, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH, SignUpBody } from '../../protocol/index.js';
import { signUp } from '../api.js';
import { FormAlert } from '../components/FormAlert.js';
import { PasswordField } from '../components/PasswordField.js';
import { TextField } from '../components/TextField.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useAuthForm } from '../hooks/useAuthForm.js';
import { safeNextPath } from '../next-path.js';

export function SignUpPage() {
  useDocumentTitle('Create an account');
  // An invitation sends people here with ?next=, to bring them back to it once they have an account.
  const next = safeNextPath(useSearchParams()[0].get('next'));
  // The same schema the server uses, so people hear about a short password before sending it.
  const { form, sending, problem, onSubmit } = useAuthForm(
    SignUpBody,
    ['displayName', 'email', 'password'],
    signUp,
    next ?? '/home',
  );

  return (
    <div className="auth">
      <h1 tabIndex={-1}>Create your account</h1>
      <p className="lead">
        An account keeps your cases private to you. You can start alone and invite the other person
        later.
      </p>
      <form
        ref={form}
        className="card form"
        noValidate
        aria-label="Create an account"
        onSubmit={onSubmit}
      >
        <FormAlert>
          {problem?.message}
          {problem?.code === 'email_taken' ? (
            <>
              {' '}
              <Link to="/signin">Sign in instead</Link>
            </>
          ) : null}
        </FormAlert>
        <TextField
          label="Your name"
          name="displayName"
          autoComplete="name"
          hint="What the other person will see when you invite them."
          required
          disabled={sending}
          error={problem?.fields.displayName}
        />
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
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
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
          disabled={sending}
          error={problem?.fields.password}
        />
        <button className="button button--primary button--block" type="submit" disabled={sending}>
          {sending ? 'Creating your account…' : 'Create an account'}
        </button>
      </form>
      <p className="auth__switch">
        Already have an account?{' '}
        <Link to={next === undefined ? '/signin' : `/signin?next=${encodeURIComponent(next)}`}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
