import { useState } from 'react';
import type { InvitationCreated } from '../../../protocol/index.js';
import { createInvitation } from '../../api.js';
import { FormAlert } from '../../components/FormAlert.js';
import { formatWhen } from '../../copy.js';
import { formProblemOf } from '../../forms.js';
import { useCaseView } from './case-context.js';

/**
 * Inviting the other person: a single-use link that expires. The link itself is only shown
 * once, right after it is made (the server keeps only a fingerprint of it).
 */
export function InvitePanel() {
  const { detail } = useCaseView();
  const [link, setLink] = useState<InvitationCreated | null>(null);
  const [making, setMaking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function makeLink(): Promise<void> {
    setMaking(true);
    setProblem(null);
    setCopied(false);
    try {
      setLink(await createInvitation(detail.id));
    } catch (error) {
      setProblem(formProblemOf(error).message);
    } finally {
      setMaking(false);
    }
  }

  const address = link === null ? '' : `${window.location.origin}${link.path}`;
  async function copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
    } catch {
      setProblem('We could not copy it. Please select the link and copy it yourself.');
    }
  }

  const open = detail.openInvitation;
  return (
    <section className="card section invite" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite the other person</h2>
      <p>
        When you are ready, send them a private link. They see nothing of this case until they join,
        and then only what is meant for them: your drafts stay yours.
      </p>
      <FormAlert>{problem}</FormAlert>
      {link !== null ? (
        <div className="invite__link">
          <label className="field__label" htmlFor="invite-link">
            Your invitation link
          </label>
          <input
            id="invite-link"
            className="field__input"
            readOnly
            value={address}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
          <div className="actions actions--tight">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void copyLink()}
            >
              Copy the link
            </button>
            <span role="status" className="muted">
              {copied ? 'Copied.' : ''}
            </span>
          </div>
          <p className="muted">
            It works once, until {formatWhen(link.expiresAt)}. Send it the way you usually talk to
            each other.
          </p>
        </div>
      ) : (
        <>
          {open === null ? null : (
            <p className="muted">
              A link you made earlier works until {formatWhen(open.expiresAt)}. If you no longer
              have it, make a new one: the old one will stop working.
            </p>
          )}
          <div className="actions actions--tight">
            <button
              type="button"
              className="button button--secondary"
              disabled={making}
              onClick={() => void makeLink()}
            >
              {making ? 'Making the link…' : 'Make an invitation link'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
