import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.js';
import { useAction } from '../../hooks/useAction.js';
import { useCaseView } from './case-context.js';

/**
 * Either partner may pause or leave a case at any time (PRODUCT.md): nothing here is forced.
 * Leaving asks once more, because it closes the case for both.
 */
export function CaseControls() {
  const { detail, send, partnerName } = useCaseView();
  const action = useAction();
  const [confirmLeave, setConfirmLeave] = useState(false);
  if (detail.status === 'left') {
    return (
      <section className="card section" aria-labelledby="controls-title">
        <h2 id="controls-title">This case is closed</h2>
        <p className="muted">One of you left the case. What was written stays here, read-only.</p>
      </section>
    );
  }
  const canResume = detail.next.todo.some((item) => item.kind === 'resume_case');
  return (
    <section className="card section" aria-labelledby="controls-title">
      <h2 id="controls-title">Take a break, or stop</h2>
      <p className="muted">
        {detail.status === 'paused'
          ? canResume
            ? 'You paused this case. Resume it when you are ready.'
            : `${partnerName} paused this case for now.`
          : 'You can pause this case at any time, or leave it. Leaving closes it for both of you.'}
      </p>
      <FormAlert>{action.problem}</FormAlert>
      <div className="actions actions--tight">
        {detail.status === 'active' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={action.sending}
            onClick={() => void action.run(() => send({ type: 'pauseCase' }))}
          >
            Pause this case
          </button>
        ) : null}
        {canResume ? (
          <button
            type="button"
            className="button button--primary"
            disabled={action.sending}
            onClick={() => void action.run(() => send({ type: 'resumeCase' }))}
          >
            Resume
          </button>
        ) : null}
        {confirmLeave ? (
          <>
            <button
              type="button"
              className="button button--secondary"
              disabled={action.sending}
              onClick={() => void action.run(() => send({ type: 'leaveCase' }))}
            >
              Yes, leave this case
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirmLeave(false);
              }}
            >
              Stay
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setConfirmLeave(true);
            }}
          >
            Leave this case…
          </button>
        )}
      </div>
    </section>
  );
}
