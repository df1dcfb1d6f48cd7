import { useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { formProblemOf } from '../forms.js';
import { Composer, type ComposerKind } from './Composer.js';
import { FormAlert } from './FormAlert.js';

export interface WriteFormProps {
  readonly label: string;
  readonly kind: ComposerKind;
  readonly submitLabel: string;
  /** Sends the text; resolves when the server did it, rejects with its refusal. */
  readonly onSend: (text: string) => Promise<unknown>;
  readonly hint?: string;
  readonly initialText?: string;
  readonly rows?: number;
  /** Messages leave the box at once (they wait in the outbox); letters stay until they are sent. */
  readonly clearAtOnce?: boolean;
  /** Says what is still missing before sending (a checkbox…), or null when all is well. */
  readonly check?: () => string | null;
  readonly onTextChange?: (text: string) => void;
  readonly onTyping?: () => void;
  /** More fields between the text and the button (a checkbox, a choice). */
  readonly children?: ReactNode;
  readonly optional?: boolean;
}

/** A text to write and send, with the server's answer said kindly if it refuses. */
export function WriteForm(props: WriteFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [text, setText] = useState(props.initialText ?? '');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  function change(value: string): void {
    setText(value);
    props.onTextChange?.(value);
  }

  async function send(event: SubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const missing =
      text.trim() === '' && props.optional !== true
        ? 'Please write something first.'
        : (props.check?.() ?? null);
    if (missing !== null) {
      setProblem(missing);
      form.current?.querySelector<HTMLElement>('.form-alert')?.focus();
      return;
    }
    const sent = text;
    setProblem(null);
    if (props.clearAtOnce === true) {
      setText('');
      // In a conversation the next message follows: keep the writer in the box.
      form.current?.querySelector('textarea')?.focus();
    } else setSending(true);
    try {
      await props.onSend(sent);
      if (props.clearAtOnce !== true) setText('');
    } catch (error) {
      // Refused: the words come back, so nothing written is ever lost.
      if (props.clearAtOnce === true) setText(sent);
      setProblem(formProblemOf(error).message);
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      ref={form}
      className="write-form"
      noValidate
      onSubmit={(event) => void send(event)}
      onKeyDown={(event) => {
        // Ctrl+Enter (⌘+Enter) sends, as in most places people write messages; Enter is a new line.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          form.current?.requestSubmit();
        }
      }}
    >
      <FormAlert>{problem}</FormAlert>
      <Composer
        id={`${id}-text`}
        label={props.label}
        kind={props.kind}
        value={text}
        onChange={change}
        hint={props.hint}
        rows={props.rows}
        disabled={sending}
        onTyping={props.onTyping}
      />
      {props.children}
      <div className="actions actions--tight">
        <button className="button button--primary" type="submit" disabled={sending}>
          {sending ? 'Sending…' : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
