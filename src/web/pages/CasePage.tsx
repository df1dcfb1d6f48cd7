import { Link, useParams } from 'react-router';
import { fetchCase } from '../api.js';
import { CauseChips } from '../components/CauseChips.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { StepList } from '../components/StepList.js';
import { ROLE_COPY, describeStep } from '../copy.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLoad } from '../hooks/useLoad.js';
import { useExpiredSession } from '../hooks/useExpiredSession.js';

/** One case: what it is about, who you are in it, and where it stands on the five steps. */
export function CasePage() {
  const caseId = useParams().caseId ?? '';
  const loaded = useLoad(`case:${caseId}`, () => fetchCase(caseId));
  useExpiredSession(loaded);
  useDocumentTitle(loaded.status === 'ready' ? loaded.data.title : 'Case');

  if (loaded.status === 'loading')
    return <StatusMessage title="Opening your case…" tone="loading" />;
  if (loaded.status === 'failed') {
    const notFound = loaded.error.status === 404 || loaded.error.status === 400;
    return (
      <StatusMessage
        title={notFound ? 'We could not find this case' : 'Something went wrong'}
        tone="error"
      >
        <p>{loaded.error.message}</p>
        <p>
          <Link to="/home">Back to your cases</Link>
        </p>
      </StatusMessage>
    );
  }

  const summary = loaded.data;
  return (
    <div className="case">
      <p className="back-link">
        <Link to="/home">← Your cases</Link>
      </p>
      <header className="case__header">
        <h1 tabIndex={-1}>{summary.title}</h1>
        <CauseChips causes={summary.causes} />
        <dl className="facts">
          <div>
            <dt>Your role</dt>
            <dd>{ROLE_COPY[summary.myRole].short}</dd>
          </div>
          <div>
            <dt>Where you are</dt>
            <dd>{describeStep(summary.step)}</dd>
          </div>
        </dl>
      </header>

      <aside className="note" aria-label="Privacy">
        <p>
          <strong>Only you can see this case for now.</strong> Nothing is shared until you invite
          the other person, so you can prepare at your own pace.
        </p>
      </aside>

      <section className="card section" aria-labelledby="path-title">
        <h2 id="path-title">The path</h2>
        <p className="muted">Each step opens when the one before it is done.</p>
        <StepList current={summary.step} />
      </section>
    </div>
  );
}
