import { useState, type SubmitEvent } from 'react';
import { Composer } from '../../components/Composer.js';
import { FormAlert } from '../../components/FormAlert.js';
import { useAction } from '../../hooks/useAction.js';
import type { Apology, ApologyAnswer } from '../../journey.js';
import { useCaseView } from './case-context.js';

const CHOICES: readonly { answer: ApologyAnswer; label: string; hint: string }[] = [
  { answer: 'forgive', label: 'I forgive you', hint: 'You are ready to move on together.' },
  { answer: 'not_yet', label: 'Not yet', hint: 'Something is still missing; you can say what.' },
  { answer: 'cant', label: 'I can’t', hint: 'Not now, perhaps not ever. That is yours to decide.' },
];

/** The hurt partner's answer. Forgiveness is never pressed for: every answer is a fair one. */
export function ApologyAnswerForm({ apology }: { readonly apology: Apology }) {
  const { send } = useCaseView();
  const [answer, setAnswer] = useState<ApologyAnswer | null>(null);
  const [missing, setMissing] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();

  function submit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (answer === null) {
      setProblem('Please choose an answer.');
      return;
    }
    if (answer === 'not_yet' && missing.trim() === '') {
      setProblem('Please say what is still missing, so the next apology can say it.');
      return;
    }
    setProblem(null);
    const note = answer === 'not_yet' ? { missingRef: missing } : {};
    void action.run(() => send({ type: 'answerApology', apologyId: apology.id, answer, ...note }));
  }

  return (
    <form className="write-form" noValidate onSubmit={submit}>
      <FormAlert>{problem ?? action.problem}</FormAlert>
      <fieldset className="choices" disabled={action.sending}>
        <legend className="field__label">Your answer</legend>
        {CHOICES.map((choice) => (
          <label className="choice" key={choice.answer}>
            <input
              type="radio"
              name="apology-answer"
              value={choice.answer}
              checked={answer === choice.answer}
              onChange={() => {
                setAnswer(choice.answer);
              }}
            />
            <span className="choice__text">
              <span className="choice__label">{choice.label}</span>
              <span className="choice__hint">{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {answer === 'not_yet' ? (
        <Composer
          id="apology-missing"
          label="What is missing?"
          kind="note"
          rows={3}
          required
          value={missing}
          onChange={setMissing}
          disabled={action.sending}
        />
      ) : null}
      <div className="actions actions--tight">
        <button type="submit" className="button button--primary" disabled={action.sending}>
          Send my answer
        </button>
      </div>
    </form>
  );
}

/** After "I can't", only the hurt partner can open the door to another apology. */
export function NewApologyDoor() {
  const { send, partnerName } = useCaseView();
  const action = useAction();
  return (
    <div className="write-form">
      <FormAlert>{action.problem}</FormAlert>
      <p className="muted">
        {partnerName} cannot send another apology unless you want one. If that changes, you can say
        so here.
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={action.sending}
        onClick={() => void action.run(() => send({ type: 'welcomeNewApology' }))}
      >
        I am open to a new apology
      </button>
    </div>
  );
}
