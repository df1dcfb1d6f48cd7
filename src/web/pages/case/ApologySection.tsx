import { Composer } from '../../components/Composer.js';
import { WriteForm } from '../../components/WriteForm.js';
import { formatWhen } from '../../copy.js';
import { useAutosave } from '../../hooks/useAutosave.js';
import type { Apology } from '../../journey.js';
import { ApologyAnswerForm, NewApologyDoor } from './ApologyAnswerForm.js';
import { newItemId, useCaseView } from './case-context.js';
import { useState } from 'react';

const ANSWER_WORDS = {
  forgive: 'I forgive you.',
  not_yet: 'Not yet.',
  cant: 'I can’t forgive this.',
} as const;

/** Step 3: the apology, its answers, and every earlier apology, which all stay on the case. */
export function ApologySection() {
  const { detail, journey, role, partnerName } = useCaseView();
  const pending = journey.apologies.find((apology) => apology.answer === null);
  const canWrite = role === 'amender' && detail.step !== 'sincerity' && pending === undefined;
  return (
    <section aria-labelledby="apology-title">
      <h2 id="apology-title">The apology</h2>
      {role === 'amender' ? (
        <p>
          A good apology names the hurt, takes responsibility, says how you should have acted and
          what you will do from now on, and why you are sorry. It does not explain away, or ask for
          pity.
        </p>
      ) : detail.step === 'apology' && pending === undefined ? (
        <p className="muted">{partnerName} is preparing an apology. There is no rush for you.</p>
      ) : null}
      {journey.apologies.length > 0 ? (
        <ol className="items" aria-label="Apologies">
          {journey.apologies.map((apology) => (
            <li key={apology.id} className="item">
              <ApologyItem apology={apology} />
            </li>
          ))}
        </ol>
      ) : null}
      {role === 'hurt' && pending !== undefined ? <ApologyAnswerForm apology={pending} /> : null}
      {role === 'hurt' && detail.progress.apologyDoorClosed ? <NewApologyDoor /> : null}
      {canWrite ? <ApologyComposer /> : null}
      {role === 'amender' && pending !== undefined ? (
        <p className="muted">
          Sent. {partnerName} answers in their own time; there is nothing to do but wait.
        </p>
      ) : null}
    </section>
  );
}

function ApologyItem({ apology }: { readonly apology: Apology }) {
  const { partnerName } = useCaseView();
  const answer = apology.answer;
  return (
    <article aria-label={`Apology of ${formatWhen(apology.at)}`}>
      <p className="item__meta">
        {apology.mine ? 'You wrote' : `${partnerName} wrote`} · {formatWhen(apology.at)}
      </p>
      <p className="letter__text">{apology.text}</p>
      <p className={answer === null ? 'item__meta' : `answer answer--${answer.answer}`}>
        {answer === null
          ? 'Waiting for an answer.'
          : `${apology.mine ? partnerName : 'You'} answered: ${ANSWER_WORDS[answer.answer]}`}
        {answer?.missing == null ? '' : ` What is missing: “${answer.missing}”`}
      </p>
    </article>
  );
}

function ApologyComposer() {
  const { detail, journey, send } = useCaseView();
  const [draft, setDraft] = useState(journey.apologyDraft ?? '');
  const autosave = useAutosave((text) => {
    send({ type: 'draftApology', ref: text }).catch(() => {
      // A draft that could not be kept is not worth an alarm: the text is still in the box.
    });
  }, journey.apologyDraft);
  const again = journey.apologies.length > 0;

  if (detail.step !== 'apology')
    return (
      <div className="write-form">
        <p className="notice">
          You can prepare your apology now, alone. It is saved as you write, only you can see it,
          and you can send it when you reach step 3.
        </p>
        <Composer
          id="apology-draft"
          label="My apology (draft)"
          kind="apology"
          rows={8}
          value={draft}
          onChange={(text) => {
            setDraft(text);
            autosave.changed(text);
          }}
        />
      </div>
    );
  return (
    <WriteForm
      label={again ? 'A new apology' : 'My apology'}
      kind="apology"
      rows={8}
      initialText={journey.apologyDraft ?? ''}
      submitLabel="Send the apology"
      onTextChange={autosave.changed}
      onSend={(text) => {
        autosave.cancel();
        return send({ type: 'sendApology', apologyId: newItemId(), ref: text });
      }}
    />
  );
}
