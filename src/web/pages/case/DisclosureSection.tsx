import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.js';
import { WriteForm } from '../../components/WriteForm.js';
import { formatWhen } from '../../copy.js';
import { formProblemOf } from '../../forms.js';
import { useAutosave } from '../../hooks/useAutosave.js';
import { useCaseView } from './case-context.js';
import { QuestionThread } from './QuestionThread.js';

/** Step 1: the amender tells the whole truth; the hurt partner reads it and may ask. */
export function DisclosureSection() {
  const { detail, journey, role, partnerName } = useCaseView();
  const { disclosure } = detail.progress;
  return (
    <section aria-labelledby="truth-title">
      <h2 id="truth-title">The whole truth</h2>
      {role === 'amender' && !disclosure.sent ? <DisclosureComposer /> : null}
      {role === 'hurt' && !disclosure.delivered ? (
        <p className="muted">
          {partnerName} is writing down what happened. You will find it here once it is sent.
        </p>
      ) : null}
      {journey.disclosure !== null && disclosure.sent ? (
        <>
          <article className="letter" aria-label="What happened, in full">
            <p className="letter__meta">
              {journey.disclosure.mine ? 'You wrote' : `${partnerName} wrote`} ·{' '}
              {formatWhen(journey.disclosure.at)}
            </p>
            <p className="letter__text">{journey.disclosure.text}</p>
          </article>
          {role === 'amender' && !disclosure.delivered ? (
            <p className="muted">
              Sent. {partnerName === 'the other person' ? 'The other person' : partnerName} will see
              it once they join.
            </p>
          ) : null}
          <Acknowledgement />
        </>
      ) : null}
      {disclosure.delivered ? <QuestionThread /> : null}
    </section>
  );
}

function DisclosureComposer() {
  const { journey, send } = useCaseView();
  const [whole, setWhole] = useState(false);
  const autosave = useAutosave((text) => {
    send({ type: 'draftDisclosure', ref: text }).catch(() => {
      // A draft that could not be kept is not worth an alarm: the text is still in the box.
    });
  }, journey.disclosureDraft);

  return (
    <>
      <p>
        Tell what happened, plainly and in full: what you did, when, and with whom. Leaving
        something out now would hurt again later. Your draft is saved as you write, and only you can
        see it until you send it.
      </p>
      <WriteForm
        label="What happened"
        kind="disclosure"
        rows={10}
        initialText={journey.disclosureDraft ?? ''}
        submitLabel="Send the whole truth"
        onTextChange={autosave.changed}
        check={() => (whole ? null : 'Please confirm that this is the whole truth.')}
        onSend={(text) => {
          autosave.cancel();
          return send({ type: 'sendDisclosure', ref: text, wholeTruthConfirmed: whole });
        }}
      >
        <label className="choice choice--inline">
          <input
            type="checkbox"
            checked={whole}
            required
            onChange={(event) => {
              setWhole(event.target.checked);
            }}
          />
          <span className="choice__label">This is the whole truth</span>
        </label>
      </WriteForm>
    </>
  );
}

function Acknowledgement() {
  const { detail, role, partnerName, send } = useCaseView();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { disclosure } = detail.progress;
  if (!disclosure.delivered) return null;
  if (disclosure.acknowledged)
    return (
      <p className="done-note">
        {role === 'hurt' ? 'You said you have read it.' : `${partnerName} has read it.`}
      </p>
    );
  if (role !== 'hurt') return null;

  async function acknowledge(): Promise<void> {
    setSending(true);
    setProblem(null);
    try {
      await send({ type: 'acknowledgeDisclosure' });
    } catch (error) {
      setProblem(formProblemOf(error).message);
    } finally {
      setSending(false);
    }
  }
  return (
    <div className="acknowledge">
      <FormAlert>{problem}</FormAlert>
      <p>Take all the time you need. When you have read it, let {partnerName} know.</p>
      <button
        type="button"
        className="button button--primary"
        disabled={sending}
        onClick={() => void acknowledge()}
      >
        I have read it
      </button>
    </div>
  );
}
