import { useState, type SubmitEvent } from 'react';
import { FormAlert } from '../../components/FormAlert.js';
import { formatWhen } from '../../copy.js';
import { formProblemOf } from '../../forms.js';
import { useCaseView } from './case-context.js';

const HOUR = 60 * 60 * 1000;
const PAUSES = [
  { value: '1h', label: 'One hour', ms: HOUR },
  { value: '1d', label: 'One day', ms: 24 * HOUR },
  { value: '3d', label: 'Three days', ms: 72 * HOUR },
] as const;

/** The pause the hurt partner chooses, and "I'm ready to talk" from both. */
export function Readiness() {
  const { detail, role, partnerName } = useCaseView();
  const { progress } = detail;
  if (progress.conversationOpen)
    return (
      <p className="done-note">You both said you were ready. The conversation is open below.</p>
    );
  if (role === null) return null;
  const other = role === 'amender' ? 'hurt' : 'amender';
  return (
    <section className="subsection" aria-labelledby="ready-title">
      <h3 id="ready-title">A pause, then talking</h3>
      {progress.coolingUntil === null ? (
        <p className="muted">
          {role === 'hurt'
            ? 'Before you talk, you can take a pause: as long as you need.'
            : `${partnerName} may choose a pause before you talk.`}
        </p>
      ) : (
        <p>
          {role === 'hurt' ? 'You chose' : `${partnerName} chose`} a pause until{' '}
          <strong>{formatWhen(progress.coolingUntil)}</strong>.
        </p>
      )}
      {role === 'hurt' ? <PauseChooser /> : null}
      <ul className="plain-list" aria-label="Who is ready">
        <li>{progress.ready[role] ? 'You said you are ready.' : 'You have not said yet.'}</li>
        <li>
          {progress.ready[other]
            ? `${partnerName} said they are ready.`
            : `${partnerName} has not said yet.`}
        </li>
      </ul>
      {progress.ready[role] ? null : <ReadyButton />}
    </section>
  );
}

function PauseChooser() {
  const { send, detail } = useCaseView();
  const [choice, setChoice] = useState('1d');
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function choose(event: SubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const preset = PAUSES.find((pause) => pause.value === choice);
    const until = preset === undefined ? new Date(custom) : new Date(Date.now() + preset.ms);
    if (Number.isNaN(until.getTime())) {
      setProblem('Please choose a date and time.');
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      await send({ type: 'chooseCoolingPeriod', until: until.toISOString() });
    } catch (error) {
      setProblem(formProblemOf(error).message);
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="write-form" noValidate onSubmit={(event) => void choose(event)}>
      <FormAlert>{problem}</FormAlert>
      <fieldset className="choices choices--row" disabled={sending}>
        <legend className="field__label">
          {detail.progress.coolingUntil === null ? 'How long a pause?' : 'Change the pause'}
        </legend>
        {[...PAUSES, { value: 'custom', label: 'Until a date I choose' }].map((pause) => (
          <label className="choice choice--inline" key={pause.value}>
            <input
              type="radio"
              name="pause"
              value={pause.value}
              checked={choice === pause.value}
              onChange={() => {
                setChoice(pause.value);
              }}
            />
            <span className="choice__label">{pause.label}</span>
          </label>
        ))}
      </fieldset>
      {choice === 'custom' ? (
        <div className="field">
          <label className="field__label" htmlFor="pause-until">
            Until
          </label>
          <input
            id="pause-until"
            className="field__input"
            type="datetime-local"
            value={custom}
            onChange={(event) => {
              setCustom(event.target.value);
            }}
          />
        </div>
      ) : null}
      <div className="actions actions--tight">
        <button type="submit" className="button button--secondary" disabled={sending}>
          Choose this pause
        </button>
      </div>
    </form>
  );
}

function ReadyButton() {
  const { send } = useCaseView();
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function ready(): Promise<void> {
    setSending(true);
    setProblem(null);
    try {
      await send({ type: 'markReady' });
    } catch (error) {
      setProblem(formProblemOf(error).message);
    } finally {
      setSending(false);
    }
  }
  return (
    <div>
      <FormAlert>{problem}</FormAlert>
      <p className="muted">The conversation opens when you have both said you are ready.</p>
      <button
        type="button"
        className="button button--primary"
        disabled={sending}
        onClick={() => void ready()}
      >
        I’m ready to talk
      </button>
    </div>
  );
}
