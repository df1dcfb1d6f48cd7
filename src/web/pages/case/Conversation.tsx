import { useEffect, useMemo, useRef } from 'react';
import { SafetyNote, suggestsDanger } from '../../coach/SafetyNote.js';
import { WriteForm } from '../../components/WriteForm.js';
import { formatWhen } from '../../copy.js';
import { newItemId, useCaseView } from './case-context.js';

interface ShownMessage {
  readonly id: string;
  readonly text: string;
  readonly at: string | null;
  readonly mine: boolean;
}

/**
 * The live conversation: messages appear at once on both pages, with who is here and who is
 * writing. A message sent while the line is down waits in the outbox, marked "sending".
 */
export function Conversation() {
  const { journey, pending, partnerName, live, me, send } = useCaseView();
  const log = useRef<HTMLDivElement>(null);
  const delivered = new Set(journey.messages.map((message) => message.id));
  const shown: ShownMessage[] = [
    ...journey.messages,
    ...pending.flatMap((command) =>
      command.type === 'sendMessage' && !delivered.has(command.messageId)
        ? [{ id: command.messageId, text: command.ref, at: null, mine: true }]
        : [],
    ),
  ];
  // Read once per message, not on every keystroke or typing signal.
  const alarming = useMemo(
    () =>
      new Set(
        journey.messages
          .filter((message) => !message.mine && suggestsDanger(message.text, 'message'))
          .map((message) => message.id),
      ),
    [journey.messages],
  );
  const partnerHere = live.online?.some((id) => id !== me) ?? false;
  const partnerTyping = live.typing !== null && live.typing !== me;

  // Keep the newest message in view, as in any conversation.
  useEffect(() => {
    const element = log.current;
    if (element !== null) element.scrollTop = element.scrollHeight;
  }, [shown.length]);

  return (
    <section className="subsection conversation" aria-labelledby="conversation-title">
      <h3 id="conversation-title">The conversation</h3>
      <p className="muted">
        Speak about how it was for you, more than about what the other did. {partnerName}{' '}
        {partnerHere ? 'is here now.' : 'is away; they will see your messages when they return.'}
      </p>
      <div
        ref={log}
        className="messages"
        role="log"
        aria-live="polite"
        aria-label="Messages"
        tabIndex={0}
      >
        <ol className="messages__list">
          {shown.length === 0 ? <li className="muted">No messages yet.</li> : null}
          {shown.map((message) => (
            <li key={message.id} className={message.mine ? 'message message--mine' : 'message'}>
              <p className="message__meta">
                {message.mine ? 'You' : partnerName}
                {' · '}
                {message.at === null ? 'sending…' : formatWhen(message.at)}
              </p>
              <p className="message__text">{message.text}</p>
              {alarming.has(message.id) ? (
                <SafetyNote className="coach-panel__safety message__help" />
              ) : null}
            </li>
          ))}
        </ol>
      </div>
      <p className="typing" aria-hidden={!partnerTyping}>
        {partnerTyping ? `${partnerName} is writing…` : ''}
      </p>
      <WriteForm
        label="Your message"
        kind="message"
        rows={3}
        clearAtOnce
        submitLabel="Send"
        onTyping={live.sendTyping}
        onSend={(text) => send({ type: 'sendMessage', messageId: newItemId(), ref: text })}
      />
    </section>
  );
}
