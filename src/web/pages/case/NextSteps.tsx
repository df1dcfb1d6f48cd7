import { describeToDo, describeWait } from '../../copy.js';
import { useCaseView } from './case-context.js';

/**
 * What I can do now and what I am waiting for, from the server's own reading of the case, so
 * that both pages always agree on whose turn it is.
 */
export function NextSteps() {
  const { detail, partnerName } = useCaseView();
  const { todo, waitingFor } = detail.next;
  const paused = detail.status === 'paused';
  const left = detail.status === 'left';

  return (
    <section className="card section next" aria-labelledby="next-title">
      <h2 id="next-title">What comes next</h2>
      {left ? <p>This case is closed: one of you left it.</p> : null}
      {paused ? <p>The case is paused for now.</p> : null}
      {detail.step === 'sincerity' ? (
        <div className="next__later">
          <p>
            <strong>Step 4 of 5: Sincerity without pressure</strong> comes next. Here care is shown
            through actions, at a pace the hurt partner chooses.
          </p>
          <p className="muted">
            This part of Amends is still being built. Everything you did so far is kept.
          </p>
        </div>
      ) : null}
      <div className="next__columns">
        <div>
          <h3 className="next__heading">For you to do</h3>
          {todo.length === 0 ? (
            <p className="muted">Nothing right now. Take the time you need.</p>
          ) : (
            <ul className="next__list" aria-label="For you to do">
              {todo.map((line) => (
                <li key={line.kind}>{describeToDo(line, partnerName)}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="next__heading">Waiting for</h3>
          {waitingFor.length === 0 ? (
            <p className="muted">Nothing: nobody is waiting on anyone.</p>
          ) : (
            <ul className="next__list next__list--waiting" aria-label="Waiting for">
              {waitingFor.map((line) => (
                <li key={line.kind}>{describeWait(line, partnerName)}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
