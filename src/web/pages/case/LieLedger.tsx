import { WriteForm } from '../../components/WriteForm.js';
import { newItemId, useCaseView } from './case-context.js';

const STATUS_COPY = {
  none: 'No lie is counted in this case.',
  first_forgivable:
    'One lie is counted. A first lie can often be forgiven, when the truth follows it.',
  collapsed:
    'More than one lie is counted. Trust rarely survives a second lie: take that seriously, and take care of yourself.',
} as const;

/**
 * When a lie broke the trust, lies are counted (PRODUCT.md, the six causes): the first can be
 * forgiven, a second collapses trust. The hurt partner records one found out; the amender may
 * admit one. Nothing is blocked: the count is shown, honestly.
 */
export function LieLedger() {
  const { detail, role, send } = useCaseView();
  if (!detail.causes.includes('lie') && detail.progress.lies.count === 0) return null;
  const { lies } = detail.progress;
  return (
    <section className="card section" aria-labelledby="lies-title">
      <h2 id="lies-title">Lies counted: {lies.count}</h2>
      <p className={lies.status === 'collapsed' ? 'note' : 'muted'}>{STATUS_COPY[lies.status]}</p>
      {role === null || detail.status !== 'active' ? null : (
        <details>
          <summary>
            {role === 'amender' ? 'Admit another lie' : 'Record a lie you found out'}
          </summary>
          <WriteForm
            label={role === 'amender' ? 'What I lied about' : 'What you found out'}
            kind="note"
            rows={3}
            submitLabel={role === 'amender' ? 'Admit it' : 'Record it'}
            onSend={(text) => send({ type: 'recordLie', lieId: newItemId(), ref: text })}
          />
        </details>
      )}
    </section>
  );
}
