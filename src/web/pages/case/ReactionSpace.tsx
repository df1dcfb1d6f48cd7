import { useState } from 'react';
import { WriteForm } from '../../components/WriteForm.js';
import { formatWhen } from '../../copy.js';
import { newItemId, useCaseView } from './case-context.js';

/**
 * The hurt partner's room to react. Nothing written here is ever coached or judged, and a
 * private entry is seen by nobody else.
 */
export function ReactionSpace() {
  const { journey, role, partnerName, send } = useCaseView();
  const [keepPrivate, setKeepPrivate] = useState(false);
  const mineToWrite = role === 'hurt';
  return (
    <section className="subsection" aria-labelledby="reaction-title">
      <h3 id="reaction-title">
        {mineToWrite ? 'Your space to react' : `What ${partnerName} shared`}
      </h3>
      {mineToWrite ? (
        <p>
          Write whatever you feel: anger, sadness, questions with no answers. Nothing here is judged
          or corrected. Keep it private if you like.
        </p>
      ) : null}
      {journey.reactions.length === 0 ? null : (
        <ul className="items" aria-label="Reactions">
          {journey.reactions.map((reaction) => (
            <li key={reaction.id} className="item">
              <p className="item__text">{reaction.text}</p>
              <p className="item__meta">
                {formatWhen(reaction.at)}
                {reaction.private ? ' · only you can see this' : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      {mineToWrite ? (
        <WriteForm
          label="What I feel"
          kind="reaction"
          rows={5}
          submitLabel="Keep it"
          onSend={(text) =>
            send({
              type: 'writeReaction',
              reactionId: newItemId(),
              ref: text,
              private: keepPrivate,
            })
          }
        >
          <label className="choice choice--inline">
            <input
              type="checkbox"
              checked={keepPrivate}
              onChange={(event) => {
                setKeepPrivate(event.target.checked);
              }}
            />
            <span className="choice__label">Keep this private (only you will see it)</span>
          </label>
        </WriteForm>
      ) : null}
    </section>
  );
}
