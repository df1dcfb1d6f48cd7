import { useState, type SubmitEvent } from 'react';
import { Composer } from '../../components/Composer.js';
import { FormAlert } from '../../components/FormAlert.js';
import { WriteForm } from '../../components/WriteForm.js';
import { useAction } from '../../hooks/useAction.js';
import { useCaseView } from './case-context.js';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** The role swap: each tells the story as the other would; the other says how close it came. */
export function RoleSwap() {
  const { journey, role, partnerName, send } = useCaseView();
  if (role === null) return null;
  const mine = journey.roleSwapStories.find((story) => story.role === role);
  const theirs = journey.roleSwapStories.find((story) => story.role !== role);
  return (
    <section className="subsection" aria-labelledby="swap-title">
      <h3 id="swap-title">In each other’s shoes</h3>
      {mine === undefined ? (
        <WriteForm
          label={`The story as ${partnerName} would tell it`}
          hint="Write in their voice: what happened to them, and how it felt."
          kind="story"
          rows={6}
          submitLabel="Share my version"
          onSend={(text) => send({ type: 'writeRoleSwapStory', ref: text })}
        />
      ) : (
        <article className="letter" aria-label="Your version of their story">
          <p className="letter__meta">Your version of {partnerName}’s story</p>
          <p className="letter__text">{mine.text}</p>
          <p className="item__meta">
            {mine.rating === null
              ? `${partnerName} has not said yet how close it came.`
              : `${partnerName} felt understood ${mine.rating} out of 5.`}
            {mine.comment === null ? '' : ` “${mine.comment}”`}
          </p>
        </article>
      )}
      {theirs === undefined ? (
        <p className="muted">{partnerName} has not shared their version of your story yet.</p>
      ) : (
        <article className="letter" aria-label={`${partnerName}’s version of your story`}>
          <p className="letter__meta">{partnerName}’s version of your story</p>
          <p className="letter__text">{theirs.text}</p>
          {theirs.rating === null ? (
            <RatingForm />
          ) : (
            <p className="item__meta">You felt understood {theirs.rating} out of 5.</p>
          )}
        </article>
      )}
    </section>
  );
}

function RatingForm() {
  const { send, partnerName } = useCaseView();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();

  function submit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (rating === null) {
      setProblem('Please choose a number from 1 to 5.');
      return;
    }
    setProblem(null);
    const note = comment.trim() === '' ? {} : { commentRef: comment };
    void action.run(() => send({ type: 'rateRoleSwap', rating, ...note }));
  }

  return (
    <form className="write-form" noValidate onSubmit={submit}>
      <FormAlert>{problem ?? action.problem}</FormAlert>
      <fieldset className="choices choices--row" disabled={action.sending}>
        <legend className="field__label">How well did {partnerName} understand you?</legend>
        <p className="field__hint">1 is not at all, 5 is completely.</p>
        {RATINGS.map((value) => (
          <label className="choice choice--inline" key={value}>
            <input
              type="radio"
              name="rating"
              value={value}
              checked={rating === value}
              onChange={() => {
                setRating(value);
              }}
            />
            <span className="choice__label">{value}</span>
          </label>
        ))}
      </fieldset>
      <Composer
        id="rating-comment"
        label="A word about it (optional)"
        kind="note"
        rows={2}
        value={comment}
        onChange={setComment}
        disabled={action.sending}
      />
      <div className="actions actions--tight">
        <button type="submit" className="button button--primary" disabled={action.sending}>
          Send my answer
        </button>
      </div>
    </form>
  );
}
