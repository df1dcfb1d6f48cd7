import { fetchCaseDetail } from '../api.js';
import { describeToDo, describeWait } from '../copy.js';
import { useLoad } from '../hooks/useLoad.js';

/**
 * On the home page, under each case: what this person can do next and what they wait for.
 * Each card asks for its own case, so a slow one never holds up the list.
 */
export function CaseNext({ caseId }: { readonly caseId: string }) {
  const loaded = useLoad(`case-next:${caseId}`, () => fetchCaseDetail(caseId));
  if (loaded.status === 'loading')
    return <p className="case-next muted">Looking at what is next…</p>;
  if (loaded.status === 'failed') return null;
  const detail = loaded.data;
  const partner =
    detail.members.find((member) => !member.isMe && member.role !== 'mediator')?.displayName ??
    'the other person';
  const { todo, waitingFor } = detail.next;
  if (todo.length === 0 && waitingFor.length === 0) return null;
  return (
    <div className="case-next">
      {todo.length === 0 ? null : (
        <div>
          <p className="case-next__label">Next for you</p>
          <ul className="case-next__list" aria-label="Next for you">
            {todo.map((line) => (
              <li key={line.kind}>{describeToDo(line, partner)}</li>
            ))}
          </ul>
        </div>
      )}
      {waitingFor.length === 0 ? null : (
        <div>
          <p className="case-next__label">Waiting for</p>
          <ul className="case-next__list" aria-label="Waiting for">
            {waitingFor.map((line) => (
              <li key={line.kind}>{describeWait(line, partner)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
