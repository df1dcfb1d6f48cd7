import { Link } from 'react-router';
import { listCases } from '../api.js';
import { CaseCard } from '../components/CaseCard.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLoad } from '../hooks/useLoad.js';
import { useCurrentUser } from '../hooks/useSession.js';
import { useExpiredSession } from '../hooks/useExpiredSession.js';

/** The signed-in person's cases, newest first as the server sends them, and a way to start one. */
export function HomePage() {
  useDocumentTitle('Your cases');
  const user = useCurrentUser();
  const cases = useLoad(`cases:${user.id}`, listCases);
  useExpiredSession(cases);

  if (cases.status === 'failed') {
    return (
      <StatusMessage title="We could not load your cases" tone="error">
        <p>{cases.error.message}</p>
      </StatusMessage>
    );
  }

  return (
    <div className="home">
      <div className="page-heading">
        <div>
          <p className="greeting">Hello, {user.displayName}</p>
          <h1 tabIndex={-1}>Your cases</h1>
        </div>
        <Link className="button button--primary" to="/cases/new">
          Start a case
        </Link>
      </div>

      {cases.status === 'loading' ? (
        <p className="muted" role="status">
          Loading your cases…
        </p>
      ) : cases.data.length === 0 ? (
        <section className="card empty" aria-labelledby="empty-title">
          <h2 id="empty-title">No cases yet</h2>
          <p>
            A case is where the two of you work through what happened, one step at a time. You can
            start one on your own and take your time: nothing is shared until you invite the other
            person.
          </p>
        </section>
      ) : (
        <section aria-labelledby="list-title">
          <h2 id="list-title" className="visually-hidden">
            All your cases
          </h2>
          <ul className="case-list">
            {cases.data.map((summary) => (
              <li key={summary.id}>
                <CaseCard summary={summary} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
