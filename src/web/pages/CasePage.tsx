import { useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { CauseChips } from '../components/CauseChips.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { StepList } from '../components/StepList.js';
import { ROLE_COPY, describeStep } from '../copy.js';
import { useCaseWorkspace } from '../hooks/useCaseWorkspace.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useCurrentUser, useSession } from '../hooks/useSession.js';
import { CaseViewContext, type CaseView } from './case/case-context.js';
import { CaseControls } from './case/CaseControls.js';
import { CaseSections } from './case/CaseSections.js';
import { InvitePanel } from './case/InvitePanel.js';
import { LieLedger } from './case/LieLedger.js';
import { Members } from './case/Members.js';
import { NextSteps } from './case/NextSteps.js';
import { Reflection } from './case/Reflection.js';

/** One case: the workspace of the journey. Each case gets a fresh workspace (keyed by id). */
export function CasePage() {
  const caseId = useParams().caseId ?? '';
  return <CaseWorkspace key={caseId} caseId={caseId} />;
}

function CaseWorkspace({ caseId }: { readonly caseId: string }) {
  const me = useCurrentUser().id;
  const { signedOut } = useSession();
  const { state, live, outbox, stale } = useCaseWorkspace(caseId, me);
  useDocumentTitle(state.status === 'ready' ? state.detail.title : 'Case');
  const expired = state.status === 'failed' && state.error.status === 401;
  useEffect(() => {
    if (expired) signedOut();
  }, [expired, signedOut]);

  const view = useMemo<CaseView | null>(() => {
    if (state.status !== 'ready') return null;
    const { detail } = state;
    const partner = detail.members.find((member) => !member.isMe && member.role !== 'mediator');
    return {
      detail,
      journey: state.journey,
      entries: state.entries,
      me,
      role: detail.myRole === 'mediator' ? null : detail.myRole,
      partnerName: partner?.displayName ?? 'the other person',
      partnerJoined: partner !== undefined,
      live,
      pending: outbox.pending.map((item) => item.command),
      send: outbox.send,
    };
  }, [state, me, live, outbox.pending, outbox.send]);

  if (state.status === 'loading')
    return <StatusMessage title="Opening your case…" tone="loading" />;
  if (state.status === 'failed') {
    const notFound = state.error.status === 404 || state.error.status === 400;
    return (
      <StatusMessage
        title={notFound ? 'We could not find this case' : 'Something went wrong'}
        tone="error"
      >
        <p>{state.error.message}</p>
        <p>
          <Link to="/home">Back to your cases</Link>
        </p>
      </StatusMessage>
    );
  }
  if (view === null) return null;

  const { detail } = view;
  return (
    <CaseViewContext value={view}>
      <div className="case">
        <p className="back-link">
          <Link to="/home">← Your cases</Link>
        </p>
        <header className="case__header">
          <h1 tabIndex={-1}>{detail.title}</h1>
          <CauseChips causes={detail.causes} />
          <dl className="facts">
            <div>
              <dt>Your role</dt>
              <dd>{ROLE_COPY[detail.myRole].short}</dd>
            </div>
            <div>
              <dt>Where you are</dt>
              <dd>{describeStep(detail.step)}</dd>
            </div>
          </dl>
        </header>

        <p className="connection" role="status">
          {stale || (outbox.waiting && !live.connected)
            ? 'We lost the connection for a moment. What you send is kept and goes out as soon as we are back.'
            : ''}
        </p>

        {view.partnerJoined ? null : (
          <aside className="note" aria-label="Privacy">
            <p>
              <strong>Only you can see this case for now.</strong> Nothing is shared until the other
              person joins, so you can prepare at your own pace.
            </p>
          </aside>
        )}

        <NextSteps />
        {view.partnerJoined ? <Members /> : <InvitePanel />}
        {detail.path === 'reflection' ? <Reflection /> : <CaseSections />}
        <LieLedger />

        <details className="card section path">
          <summary>
            <h2 className="path__title">The path</h2>
          </summary>
          <p className="muted">Each step opens when the one before it is done.</p>
          <StepList current={detail.step} />
        </details>
        {view.partnerJoined ? <CaseControls /> : null}
      </div>
    </CaseViewContext>
  );
}
