import { WriteForm } from '../../components/WriteForm.js';
import { formatWhen } from '../../copy.js';
import type { Question } from '../../journey.js';
import { newItemId, useCaseView } from './case-context.js';

/** The questions about the disclosure and their answers; the thread stays on the case. */
export function QuestionThread() {
  const { journey, role, partnerName, send } = useCaseView();
  const { questions } = journey;
  return (
    <section className="thread" aria-labelledby="questions-title">
      <h3 id="questions-title">Questions and answers</h3>
      {questions.length === 0 ? (
        <p className="muted">
          {role === 'hurt'
            ? 'If something is unclear, or missing, you can ask. You can come back to this any time.'
            : `No questions yet. If ${partnerName} asks something, it appears here.`}
        </p>
      ) : (
        <ol className="thread__list">
          {questions.map((question) => (
            <li key={question.id} className="thread__item">
              <QuestionItem question={question} />
            </li>
          ))}
        </ol>
      )}
      {role === 'hurt' ? (
        <WriteForm
          label="Ask a question"
          kind="question"
          rows={3}
          submitLabel="Ask"
          onSend={(text) => send({ type: 'askQuestion', questionId: newItemId(), ref: text })}
        />
      ) : null}
    </section>
  );
}

function QuestionItem({ question }: { readonly question: Question }) {
  const { role, partnerName, send } = useCaseView();
  return (
    <>
      <p className="thread__meta">
        {question.mine ? 'You asked' : `${partnerName} asked`} · {formatWhen(question.at)}
      </p>
      <p className="thread__text">{question.text}</p>
      {question.answer !== null ? (
        <div className="thread__answer">
          <p className="thread__meta">
            {question.answer.mine ? 'You answered' : `${partnerName} answered`} ·{' '}
            {formatWhen(question.answer.at)}
          </p>
          <p className="thread__text">{question.answer.text}</p>
        </div>
      ) : role === 'amender' ? (
        <WriteForm
          label="Your answer"
          kind="answer"
          rows={3}
          submitLabel="Send the answer"
          onSend={(text) => send({ type: 'answerQuestion', questionId: question.id, ref: text })}
        />
      ) : (
        <p className="muted">Not answered yet.</p>
      )}
    </>
  );
}
