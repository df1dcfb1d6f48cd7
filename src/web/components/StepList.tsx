import type { CaseStep } from '../../protocol/index.js';
import { STEPS } from '../copy.js';

interface StepListProps {
  /** Where the case is; without it the list simply explains the path (as on the landing page). */
  readonly current?: CaseStep;
}

/** The five steps of the method, in order, with the current one marked for sight and speech. */
export function StepList({ current }: StepListProps) {
  const currentIndex =
    current === undefined
      ? -1
      : current === 'settled'
        ? STEPS.length
        : STEPS.findIndex((s) => s.step === current);

  return (
    <ol className={current === undefined ? 'steps' : 'steps steps--tracked'}>
      {STEPS.map((entry, index) => {
        const state =
          currentIndex < 0
            ? 'plain'
            : index < currentIndex
              ? 'done'
              : index === currentIndex
                ? 'current'
                : 'upcoming';
        return (
          <li
            key={entry.step}
            className={`step step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="step__number" aria-hidden="true">
              {index + 1}
            </span>
            <div className="step__body">
              <h3 className="step__title">
                {entry.title}
                {state === 'current' ? <span className="step__badge">You are here</span> : null}
                {state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
              </h3>
              <p className="step__description">{entry.description}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
