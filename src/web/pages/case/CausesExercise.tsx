import { useState, type SubmitEvent } from 'react';
import { CAUSES, type Cause } from '../../../protocol/index.js';
import { CauseChips } from '../../components/CauseChips.js';
import { FormAlert } from '../../components/FormAlert.js';
import { CAUSE_COPY } from '../../copy.js';
import { useAction } from '../../hooks/useAction.js';
import { useCaseView } from './case-context.js';

/**
 * What broke the trust, in each one's eyes: chosen privately, shown together, so neither list
 * bends to the other.
 */
export function CausesExercise() {
  const { detail, journey, role, partnerName } = useCaseView();
  const revealed = detail.progress.causesRevealed;
  if (role === null) return null;
  const mineSubmitted = detail.progress.causesSubmitted[role];
  const [onlyMine, onlyTheirs] =
    revealed === null
      ? [[], []]
      : role === 'amender'
        ? [revealed.onlyAmender, revealed.onlyHurt]
        : [revealed.onlyHurt, revealed.onlyAmender];

  return (
    <section className="subsection" aria-labelledby="causes-title">
      <h3 id="causes-title">What broke the trust?</h3>
      {revealed !== null ? (
        <div className="reveal">
          <RevealGroup title="You both chose" causes={revealed.agreed} />
          <RevealGroup title="Only you chose" causes={onlyMine} />
          <RevealGroup title={`Only ${partnerName} chose`} causes={onlyTheirs} />
        </div>
      ) : mineSubmitted ? (
        <p>
          Your list is in
          {journey.myCausesList === null
            ? ''
            : `: ${journey.myCausesList.map((cause) => CAUSE_COPY[cause].label).join(', ')}`}
          . Both lists are shown together once {partnerName}’s is in too.
        </p>
      ) : (
        <CausesForm />
      )}
    </section>
  );
}

function RevealGroup({ title, causes }: { readonly title: string; readonly causes: Cause[] }) {
  return (
    <div className="reveal__group">
      <h4 className="reveal__title">{title}</h4>
      {causes.length === 0 ? <p className="muted">None.</p> : <CauseChips causes={causes} />}
    </div>
  );
}

function CausesForm() {
  const { send, partnerName } = useCaseView();
  const [chosen, setChosen] = useState<readonly Cause[]>([]);
  const action = useAction();
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (chosen.length === 0) {
      setProblem('Please choose at least one.');
      return;
    }
    setProblem(null);
    void action.run(() => send({ type: 'submitCausesList', causes: [...chosen] }));
  }

  return (
    <form className="write-form" noValidate onSubmit={submit}>
      <FormAlert>{problem ?? action.problem}</FormAlert>
      <fieldset className="choices" disabled={action.sending}>
        <legend className="field__label">Choose what you think broke it</legend>
        <p className="field__hint">{partnerName} will not see your list until theirs is in too.</p>
        {CAUSES.map((cause) => (
          <label className="choice" key={cause}>
            <input
              type="checkbox"
              checked={chosen.includes(cause)}
              onChange={(event) => {
                setChosen((list) =>
                  event.target.checked ? [...list, cause] : list.filter((c) => c !== cause),
                );
              }}
            />
            <span className="choice__text">
              <span className="choice__label">{CAUSE_COPY[cause].label}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="actions actions--tight">
        <button type="submit" className="button button--primary" disabled={action.sending}>
          Keep my list
        </button>
      </div>
    </form>
  );
}
