import { useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { CAUSES, CreateCaseBody, PartnerRole } from '../../protocol/index.js';
import { createCase } from '../api.js';
import { FormAlert } from '../components/FormAlert.js';
import { TextField } from '../components/TextField.js';
import { CAUSE_COPY, ROLE_COPY } from '../copy.js';
import { fieldErrorsOf, formProblemOf, type FormProblem } from '../forms.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useFocusOnProblem } from '../hooks/useFocusOnProblem.js';

/** Starting a case is its diagnosis: a name for it, what broke the trust, and who you are in it. */
export function NewCasePage() {
  useDocumentTitle('Start a case');
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  useFocusOnProblem(form, problem);

  async function startCase(event: SubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = CreateCaseBody.safeParse({
      title: data.get('title'),
      causes: data.getAll('causes'),
      role: data.get('role') ?? undefined,
    });
    if (!parsed.success) {
      setProblem({
        message: 'Please check the highlighted questions.',
        fields: fieldErrorsOf(parsed.error),
      });
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      const created = await createCase(parsed.data);
      await navigate(`/cases/${created.id}`);
    } catch (error) {
      setProblem(formProblemOf(error));
      setSending(false);
    }
  }

  const causesError = problem?.fields.causes;
  // zod's own words for a missing choice are technical; this question deserves a plain one.
  const roleError = problem?.fields.role === undefined ? undefined : 'Please choose your role.';

  return (
    <div className="new-case">
      <p className="back-link">
        <Link to="/home">← Your cases</Link>
      </p>
      <h1 tabIndex={-1}>Start a case</h1>
      <p className="lead">
        A few questions to begin. Only you will see this until you decide to invite the other
        person.
      </p>
      <form
        ref={form}
        className="card form"
        noValidate
        aria-label="Start a case"
        onSubmit={(event) => void startCase(event)}
      >
        <FormAlert>{problem?.message}</FormAlert>
        <TextField
          label="Title"
          name="title"
          hint="A short name only you will recognise, for example “Last summer”."
          autoComplete="off"
          maxLength={120}
          required
          disabled={sending}
          error={problem?.fields.title}
        />

        <fieldset
          className="choices"
          disabled={sending}
          aria-describedby={causesError === undefined ? 'causes-hint' : 'causes-hint causes-error'}
        >
          <legend className="field__label">What broke the trust?</legend>
          <p className="field__hint" id="causes-hint">
            Choose all that apply. It shapes the path you will walk.
          </p>
          {CAUSES.map((cause) => (
            <label className="choice" key={cause}>
              <input
                type="checkbox"
                name="causes"
                value={cause}
                aria-invalid={causesError === undefined ? undefined : true}
              />
              <span className="choice__text">
                <span className="choice__label">{CAUSE_COPY[cause].label}</span>
                <span className="choice__hint">{CAUSE_COPY[cause].explanation}</span>
              </span>
            </label>
          ))}
          {causesError === undefined ? null : (
            <p className="field__error" id="causes-error">
              {causesError}
            </p>
          )}
        </fieldset>

        <fieldset
          className="choices"
          disabled={sending}
          aria-describedby={roleError === undefined ? undefined : 'role-error'}
        >
          <legend className="field__label">Your role</legend>
          {PartnerRole.options.map((role) => (
            <label className="choice" key={role}>
              <input
                type="radio"
                name="role"
                value={role}
                required
                aria-invalid={roleError === undefined ? undefined : true}
              />
              <span className="choice__text">
                <span className="choice__label">{ROLE_COPY[role].label}</span>
              </span>
            </label>
          ))}
          {roleError === undefined ? null : (
            <p className="field__error" id="role-error">
              {roleError}
            </p>
          )}
        </fieldset>

        <div className="actions">
          <button className="button button--primary" type="submit" disabled={sending}>
            {sending ? 'Starting…' : 'Start the case'}
          </button>
          <Link className="button button--quiet" to="/home">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
