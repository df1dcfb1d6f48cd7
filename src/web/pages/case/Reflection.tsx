import { FormAlert } from '../../components/FormAlert.js';
import { WriteForm } from '../../components/WriteForm.js';
import { useAction } from '../../hooks/useAction.js';
import { useCaseView } from './case-context.js';

/**
 * When trust was never there (no_initial_trust), there may be nothing to rebuild. Before any step,
 * each writes an honest reflection; only if both then choose to, the full path opens.
 */
export function Reflection() {
  const { detail, send, journey } = useCaseView();
  const todo = new Set(detail.next.todo.map((item) => item.kind));
  const choose = useAction();
  const mine = journey.reflection;
  return (
    <section className="card section" aria-labelledby="reflection-title">
      <h2 id="reflection-title">First, an honest look</h2>
      <p>
        You said the trust may never really have been there. That is worth taking seriously: there
        may be nothing to rebuild, and knowing it can be a relief too.
      </p>
      <p className="muted">
        Before any steps, each of you writes, privately, what you hoped for and what was really
        there. Only you can read your own reflection.
      </p>
      {mine === null ? null : (
        <div className="subsection">
          <h3>Your reflection</h3>
          <p className="letter">{mine}</p>
        </div>
      )}
      {todo.has('write_reflection') ? (
        <WriteForm
          label="My reflection"
          kind="note"
          rows={6}
          hint="What did you hope for? What was really there? What do you want now?"
          submitLabel="Keep my reflection"
          onSend={(text) => send({ type: 'submitReflection', ref: text })}
        />
      ) : null}
      {todo.has('choose_full_path') ? (
        <div className="subsection">
          <h3>Go on together?</h3>
          <p className="muted">
            If you both choose to go on, the five steps open. If not, it is fine to stop here.
          </p>
          <FormAlert>{choose.problem}</FormAlert>
          <button
            type="button"
            className="button button--primary"
            disabled={choose.sending}
            onClick={() => void choose.run(() => send({ type: 'chooseFullPath' }))}
          >
            I want to go on
          </button>
        </div>
      ) : null}
    </section>
  );
}
