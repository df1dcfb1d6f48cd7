import { useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH, SignUpBody } from '../../protocol/index.js';
import { signUp } from '../api.js';
import { FormAlert } from '../components/FormAlert.js';
import { PasswordField } from '../components/PasswordField.js';
import { TextField } from '../components/TextField.js';
import { fieldErrorsOf, formProblemOf, type FormProblem } from '../forms.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useFocusOnProblem } from '../hooks/useFocusOnProblem.js';
import { useSession } from '../hooks/useSession.js';
import { safeNextPath } from '../next-path.js';

export function SignUpPage() {
  useDocumentTitle('Create an account');
  const session = useSession();
  const navigate = useNavigate();
  // An invitation sends people here with ?next=, to bring them back to it once they have an account.
  const next = safeNextPath(useSearchParams()[0].get('next'));
  const form = useRef<HTMLFormElement>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  useFocusOnProblem(form, problem);

  async function createAccount(event: SubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // The same schema the server uses, so people hear about a short password before sending it.
    const parsed = SignUpBody.safeParse({
      displayName: data.get('displayName'),
      email: data.get('email'),
      password: data.get('password'),
    });
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
      const user = await signUp(parsed.data);
      session.signedIn(user);
      await navigate(next ?? '/home', { replace: true });
    } catch (error) {
      setProblem(formProblemOf(error));
      setSending(false);
    }
  }

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
        onSubmit={(event) => void createAccount(event)}
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
