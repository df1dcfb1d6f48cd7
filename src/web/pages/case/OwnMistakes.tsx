import { WriteForm } from '../../components/WriteForm.js';
import { newItemId, useCaseView } from './case-context.js';

/** Each names at least one mistake of their own: in a conflict, both sides own some. */
export function OwnMistakes() {
  const { journey, partnerName, send } = useCaseView();
  const mine = journey.ownMistakes.filter((mistake) => mistake.mine);
  const theirs = journey.ownMistakes.filter((mistake) => !mistake.mine);
  return (
    <section className="subsection" aria-labelledby="mistakes-title">
      <h3 id="mistakes-title">My own mistakes</h3>
      <p className="muted">
        Not to share the blame, but to see the whole picture. Name at least one thing you would do
        differently.
      </p>
      <div className="summary-columns">
        <div>
          <h4>You named</h4>
          {mine.length === 0 ? (
            <p className="muted">Nothing yet.</p>
          ) : (
            <ul className="plain-list" aria-label="Mistakes you named">
              {mine.map((mistake) => (
                <li key={mistake.id}>{mistake.text}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4>{partnerName} named</h4>
          {theirs.length === 0 ? (
            <p className="muted">Nothing yet.</p>
          ) : (
            <ul className="plain-list" aria-label={`Mistakes ${partnerName} named`}>
              {theirs.map((mistake) => (
                <li key={mistake.id}>{mistake.text}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <WriteForm
        label="A mistake of mine"
        kind="mistake"
        rows={2}
        submitLabel="Name it"
        onSend={(text) => send({ type: 'nameOwnMistake', mistakeId: newItemId(), ref: text })}
      />
    </section>
  );
}
