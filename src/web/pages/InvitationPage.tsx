import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { InvitationPreview } from '../../protocol/index.js';
import { acceptInvitation, fetchInvitation } from '../api.js';
import { FormAlert } from '../components/FormAlert.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { formatWhen } from '../copy.js';
import { useAction } from '../hooks/useAction.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLoad } from '../hooks/useLoad.js';
import { useSession } from '../hooks/useSession.js';

const ROLE_FOR_INVITEE = {
  hurt: 'the one who was hurt',
  amender: 'the one who broke the trust',
} as const;

/** An invitation link: who invites you, in which role, and a way in (signing up if need be). */
export function InvitationPage() {
  useDocumentTitle('An invitation');
  const token = useParams().token ?? '';
  const invitation = useLoad(`invitation:${token}`, () => fetchInvitation(token));

  if (invitation.status === 'loading')
    return <StatusMessage title="Opening the invitation…" tone="loading" />;
  if (invitation.status === 'failed') {
    const unknown = invitation.error.status === 404 || invitation.error.status === 400;
    return (
      <StatusMessage
        title={unknown ? 'This link does not work' : 'Something went wrong'}
        tone="error"
      >
        <p>
          {unknown
            ? 'It may be incomplete, or mistyped. Please ask the person who sent it for a new one.'
            : invitation.error.message}
        </p>
      </StatusMessage>
    );
  }
  const preview = invitation.data;
  if (preview.status !== 'open') return <ClosedInvitation preview={preview} />;
  return <OpenInvitation token={token} preview={preview} />;
}

function ClosedInvitation({ preview }: { readonly preview: InvitationPreview }) {
  const words = {
    used: 'This invitation has already been used. Each link lets one person in, once.',
    expired: `This invitation expired on ${formatWhen(preview.expiresAt)}.`,
    replaced: 'A newer invitation took the place of this one.',
  } as const;
  const status = preview.status === 'open' ? 'used' : preview.status;
  return (
    <StatusMessage title="This invitation can no longer be used" tone="info">
      <p>{words[status]}</p>
      <p>If you still want to join, ask {preview.inviterName} for a new link. There is no hurry.</p>
    </StatusMessage>
  );
}

function OpenInvitation({
  token,
  preview,
}: {
  readonly token: string;
  readonly preview: InvitationPreview;
}) {
  const session = useSession();
  const navigate = useNavigate();
  const action = useAction();
  const { status } = session.state;
  const back = `/invite/${encodeURIComponent(token)}`;

  // The link is often opened in a new tab: ask who is signed in, as the private pages do.
  useEffect(() => {
    if (status === 'unknown') void session.load();
  }, [status, session]);

  function accept(): void {
    void action.run(async () => {
      const caseId = await acceptInvitation(token);
      await navigate(`/cases/${caseId}`);
    });
  }

  return (
    <div className="auth invitation">
      <h1 tabIndex={-1}>{preview.inviterName} invites you</h1>
      <div className="card">
        <p className="lead">
          {preview.inviterName} opened a private space on Amends for the two of you, to work through
          what happened, one step at a time.
        </p>
        <p>
          You would join as <strong>{ROLE_FOR_INVITEE[preview.inviteeRole]}</strong>. You will see
          only what is meant for you, and you can pause or leave whenever you need to.
        </p>
        <p className="muted">This link works once, until {formatWhen(preview.expiresAt)}.</p>
        <FormAlert>{action.problem}</FormAlert>
        {status === 'signedIn' ? (
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={action.sending}
              onClick={accept}
            >
              {action.sending ? 'Joining…' : 'Accept and join'}
            </button>
          </div>
        ) : status === 'unknown' ? (
          <p className="muted" role="status">
            Checking whether you are signed in…
          </p>
        ) : (
          <div className="actions">
            <Link
              className="button button--primary"
              to={`/signup?next=${encodeURIComponent(back)}`}
            >
              Create an account to join
            </Link>
            <Link
              className="button button--secondary"
              to={`/signin?next=${encodeURIComponent(back)}`}
            >
              I already have an account
            </Link>
          </div>
        )}
      </div>
    </div>
  );
}
