import { Link } from 'react-router';
import type { CaseSummary } from '../../protocol/index.js';
import { ROLE_COPY, describeStep } from '../copy.js';
import { CaseNext } from './CaseNext.js';
import { CauseChips } from './CauseChips.js';

/** One case in the home list: the whole card reads as its title, the details follow. */
export function CaseCard({ summary }: { readonly summary: CaseSummary }) {
  return (
    <article className="card case-card">
      <h3 className="case-card__title">
        <Link className="case-card__link" to={`/cases/${summary.id}`}>
          {summary.title}
        </Link>
      </h3>
      <CauseChips causes={summary.causes} />
      <dl className="case-card__facts">
        <div>
          <dt>Your role</dt>
          <dd>{ROLE_COPY[summary.myRole].short}</dd>
        </div>
        <div>
          <dt>Where you are</dt>
          <dd>{describeStep(summary.step)}</dd>
        </div>
      </dl>
      <CaseNext caseId={summary.id} />
    </article>
  );
}
