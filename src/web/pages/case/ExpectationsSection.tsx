import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.js';
import { WriteForm } from '../../components/WriteForm.js';
import { formProblemOf } from '../../forms.js';
import type { Expectation, ExpectationMark } from '../../journey.js';
import { newItemId, useCaseView } from './case-context.js';

const MARKS: readonly { mark: ExpectationMark; label: string }[] = [
  { mark: 'knew', label: 'I knew' },
  { mark: 'didnt_know', label: 'I didn’t know' },
  { mark: 'dont_agree', label: 'I don’t agree' },
];

const markLabel = (mark: ExpectationMark): string =>
  MARKS.find((entry) => entry.mark === mark)?.label ?? '';

/**
 * The expectations map: each says what they silently expect; the other marks it. What both
 * accept becomes an agreement; what is disputed is kept for the conversation.
 */
export function ExpectationsSection() {
  const { detail, journey, partnerName, send } = useCaseView();
  const waitsForTruth =
    detail.causes.includes('betrayal') && !detail.progress.disclosure.acknowledged;
  const mine = journey.expectations.filter((item) => item.mine);
  const theirs = journey.expectations.filter((item) => !item.mine);
  const agreed = journey.expectations.filter(
    (item) => item.mark === 'knew' || item.mark === 'didnt_know',
  );
  const disputed = journey.expectations.filter((item) => item.mark === 'dont_agree');

  return (
    <section aria-labelledby="expectations-title">
      <h2 id="expectations-title">What we expect of each other</h2>
      <p>
        Much of what we count on is never said out loud. Write down what you silently expect, for
        example “tell me when you will be late”. {partnerName} says whether they knew.
      </p>
      {waitsForTruth ? (
        <p className="notice">
          After a betrayal the whole truth comes first. This map opens once the disclosure has been
          read.
        </p>
      ) : (
        <WriteForm
          label="Something I expect"
          kind="expectation"
          rows={2}
          submitLabel="Add to the map"
          onSend={(text) => send({ type: 'addExpectation', expectationId: newItemId(), ref: text })}
        />
      )}

      <h3>Yours</h3>
      {mine.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ul className="items" aria-label="Your expectations">
          {mine.map((item) => (
            <li key={item.id} className="item">
              <p className="item__text">{item.text}</p>
              <p className="item__meta">
                {item.mark === null
                  ? `${partnerName} has not marked it yet.`
                  : `${partnerName}: ${markLabel(item.mark)}`}
              </p>
            </li>
          ))}
        </ul>
      )}

      <h3>{partnerName === 'the other person' ? 'Theirs' : `${partnerName}’s`}</h3>
      {theirs.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ul className="items" aria-label={`${partnerName}’s expectations`}>
          {theirs.map((item) => (
            <li key={item.id} className="item">
              <TheirExpectation item={item} />
            </li>
          ))}
        </ul>
      )}

      <div className="summary-columns">
        <div>
          <h3>Agreed</h3>
          <ItemList items={agreed} empty="Nothing agreed yet." label="Agreed" />
        </div>
        <div>
          <h3>For the conversation</h3>
          <ItemList items={disputed} empty="Nothing disputed." label="For the conversation" />
        </div>
      </div>
    </section>
  );
}

function ItemList({
  items,
  empty,
  label,
}: {
  readonly items: readonly Expectation[];
  readonly empty: string;
  readonly label: string;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ul>
  );
}

function TheirExpectation({ item }: { readonly item: Expectation }) {
  const { send } = useCaseView();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function mark(value: ExpectationMark): Promise<void> {
    setSending(true);
    setProblem(null);
    try {
      await send({ type: 'markExpectation', expectationId: item.id, mark: value });
    } catch (error) {
      setProblem(formProblemOf(error).message);
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <p className="item__text">{item.text}</p>
      {item.mark !== null ? (
        <p className="item__meta">You said: {markLabel(item.mark)}</p>
      ) : (
        <>
          <FormAlert>{problem}</FormAlert>
          <div className="mark-buttons" role="group" aria-label={`Mark: ${item.text}`}>
            {MARKS.map((entry) => (
              <button
                key={entry.mark}
                type="button"
                className="button button--secondary button--small"
                disabled={sending}
                onClick={() => void mark(entry.mark)}
              >
                {entry.label}
              </button>
            ))}
          </div>
        </>
      )}
    </>
  );
}
