import { APOLOGY_COMPONENTS, type ApologyComponent } from '../../coach/index.js';
import './coach.css';
import './coach-notes.css';

export interface ApologyChecklistProps {
  readonly id: string;
  readonly checklist: Readonly<Record<ApologyComponent, boolean>>;
  /** The coach's score, 0–100. */
  readonly score: number;
  /** Nothing written yet: the checklist invites rather than reports. */
  readonly empty: boolean;
  /** The text sounds like someone is in danger: polishing the apology is not the point now. */
  readonly unsafe?: boolean;
}

interface ComponentCopy {
  /** What the part is, as a short instruction. */
  readonly label: string;
  /** One kind sentence for when this is the part that would help most. */
  readonly nudge: string;
}

const COMPONENT_COPY: Readonly<Record<ApologyComponent, ComponentCopy>> = {
  remorse: {
    label: 'Say you are sorry',
    nudge: 'You could say plainly that you are sorry for what you did.',
  },
  responsibility: {
    label: 'Own what you did',
    nudge: 'It may help most to say it was your doing, without a “but”.',
  },
  acknowledges_hurt: {
    label: 'Name the hurt',
    nudge: 'You could name the hurt they felt, in your own words.',
  },
  should_have: {
    label: 'Say what you should have done',
    nudge: 'You could say what you should have done instead.',
  },
  future_commitment: {
    label: 'Say what you will do from now on',
    nudge: 'You could say what you will do differently from now on.',
  },
  repair_offer: {
    label: 'Offer to make it right',
    nudge: 'You could offer something that would help make it right.',
  },
  forgiveness_request: {
    label: 'Hope for forgiveness, without pressing',
    nudge: 'If it feels right, you could say you hope they can forgive you one day.',
  },
};

// Which missing part to suggest first: the order in which they make an apology land, as in
// the research the coach's score follows (Lewicki et al. 2016): owning it and offering repair
// matter most, asking for forgiveness least.
const MOST_HELPFUL_FIRST: readonly ApologyComponent[] = [
  'responsibility',
  'repair_offer',
  'acknowledges_hurt',
  'remorse',
  'future_commitment',
  'should_have',
  'forgiveness_request',
];

/** The one sentence under the checklist: where to start, what would help most, or well done. */
function nextStep(
  checklist: ApologyChecklistProps['checklist'],
  empty: boolean,
  unsafe: boolean,
): string {
  if (unsafe) return 'Your safety, and theirs, comes first. The apology can wait.';
  if (empty) return 'Start with what you did, in your own words. The parts tick as you write.';
  const missing = MOST_HELPFUL_FIRST.find((component) => !checklist[component]);
  if (missing === undefined) {
    return 'All seven parts are there. Read it once more, slowly, as they will.';
  }
  return COMPONENT_COPY[missing].nudge;
}

/**
 * The seven parts of a full apology, ticking themselves as the coach finds them, with the
 * coach's score as a bar and one gentle pointer to what would help most.
 */
export function ApologyChecklist({ id, checklist, score, empty, unsafe }: ApologyChecklistProps) {
  const done = APOLOGY_COMPONENTS.filter((component) => checklist[component]).length;
  const titleId = `${id}-title`;
  return (
    <section className="coach-checklist" aria-labelledby={titleId}>
      <p className="coach-checklist__title" id={titleId}>
        The parts of an apology{' '}
        <span className="coach-checklist__count">
          ({done} of {APOLOGY_COMPONENTS.length})
        </span>
      </p>
      {/* role="list" keeps the list semantics that Safari drops when list-style is none. */}
      <ul className="coach-checklist__list" role="list" aria-labelledby={titleId}>
        {APOLOGY_COMPONENTS.map((component) => {
          const ticked = checklist[component];
          return (
            <li
              key={component}
              className={`coach-check${ticked ? ' coach-check--done' : ''}`}
              data-component={component}
              data-done={ticked}
            >
              <span className="coach-check__box" aria-hidden="true">
                {ticked ? '✓' : ''}
              </span>
              <span className="coach-check__label">{COMPONENT_COPY[component].label}</span>
              <span className="visually-hidden">{ticked ? ', done' : ', not yet'}</span>
            </li>
          );
        })}
      </ul>
      <div className="coach-meter">
        <span className="coach-meter__label" id={`${id}-meter`}>
          How complete it feels
        </span>
        <div
          className="coach-meter__track"
          role="meter"
          aria-labelledby={`${id}-meter`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={score}
          aria-valuetext={`${score} out of 100`}
        >
          <div className="coach-meter__fill" style={{ width: `${score}%` }} />
        </div>
      </div>
      <p className="coach-checklist__next">{nextStep(checklist, empty, unsafe === true)}</p>
    </section>
  );
}
