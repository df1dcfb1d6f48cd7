import { Link } from 'react-router';
import { StepList } from '../components/StepList.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useSession } from '../hooks/useSession.js';

const PROMISES = [
  {
    title: 'A coach before you send',
    text: 'As you write, a gentle coach points out what may wound and what may help, so you can choose your words before the other person reads them.',
  },
  {
    title: 'Commitments you can count',
    text: 'Trust grows back through promises kept. A shared ledger keeps each commitment and whether it was honoured, so progress is something you can see.',
  },
  {
    title: 'Yours, and private',
    text: 'What you write belongs to you. You can practise alone first; nothing reaches anyone until you decide to invite them.',
  },
] as const;

/** The front door: what Amends is for, in a few kind sentences, and the two ways in. */
export function LandingPage() {
  useDocumentTitle('Rebuild trust, together');
  const signedIn = useSession().state.status === 'signedIn';

  return (
    <div className="landing">
      <section className="hero" aria-labelledby="hero-title">
        <p className="eyebrow">For two people who want to try again</p>
        <h1 id="hero-title" tabIndex={-1}>
          When trust has been broken, you don’t have to find the way back alone.
        </h1>
        <p className="lead">
          Amends is a private, guided space for two people to rebuild trust after one of them broke
          it — through a betrayal, a lie, jealousy, or promises that weren’t kept. It takes you
          through the path one honest step at a time, at a pace the hurt person can live with.
        </p>
        <div className="actions">
          {signedIn ? (
            <Link className="button button--primary" to="/home">
              Go to your cases
            </Link>
          ) : (
            <>
              <Link className="button button--primary" to="/signup">
                Create an account
              </Link>
              <Link className="button button--secondary" to="/signin">
                Sign in
              </Link>
            </>
          )}
        </div>
      </section>

      <section className="card section" aria-labelledby="steps-title">
        <h2 id="steps-title">Five steps, walked in order</h2>
        <p className="muted">
          Each step opens when the one before it is done, so nothing important gets skipped.
        </p>
        <StepList />
      </section>

      <section className="promises" aria-label="What Amends offers">
        {PROMISES.map((promise) => (
          <article className="card promise" key={promise.title}>
            <h2 className="promise__title">{promise.title}</h2>
            <p>{promise.text}</p>
          </article>
        ))}
      </section>
    </div>
  );
}
