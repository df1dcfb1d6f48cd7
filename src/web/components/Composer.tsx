import type { ChangeEvent } from 'react';
import type { TextKind } from '../../coach/index.js';
import { CoachedTextarea } from '../coach/CoachedTextarea.js';

/** What a text is for: the coach (when it is on) reads disclosures, messages and apologies. */
export type ComposerKind =
  | 'disclosure'
  | 'message'
  | 'apology'
  | 'compensation'
  | 'reaction'
  | 'question'
  | 'answer'
  | 'expectation'
  | 'mistake'
  | 'story'
  | 'note';

export interface ComposerProps {
  readonly id: string;
  readonly label: string;
  readonly kind: ComposerKind;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
  readonly rows?: number;
  readonly disabled?: boolean;
  readonly required?: boolean;
  /** Called on each keystroke, e.g. to tell the other person someone is writing. */
  readonly onTyping?: (() => void) | undefined;
}

/** The texts the coach reads; everything else (a reaction above all) is never coached. */
const COACHED: readonly string[] = [
  'disclosure',
  'message',
  'apology',
  'compensation',
] satisfies TextKind[];

const isCoached = (kind: ComposerKind): kind is ComposerKind & TextKind => COACHED.includes(kind);

/**
 * The one place people write longer texts: the coach's textarea for disclosures, messages,
 * apologies and compensation, a plain roomy textarea for the rest.
 */
export function Composer({
  id,
  label,
  kind,
  value,
  onChange,
  hint,
  rows,
  disabled,
  required,
  onTyping,
}: ComposerProps) {
  const hintId = `${id}-hint`;
  if (isCoached(kind))
    return (
      <div className="field composer">
        <CoachedTextarea
          id={id}
          label={label}
          kind={kind}
          value={value}
          onChange={(text) => {
            onChange(text);
            onTyping?.();
          }}
          rows={rows}
          disabled={disabled}
          required={required}
          describedBy={hint === undefined ? undefined : hintId}
        />
        {hint === undefined ? null : (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        )}
      </div>
    );
  return (
    <div className="field composer">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        className="field__input composer__input"
        id={id}
        name={kind}
        value={value}
        rows={rows ?? (kind === 'expectation' ? 2 : 6)}
        disabled={disabled}
        required={required}
        aria-describedby={hint === undefined ? undefined : hintId}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
          onChange(event.target.value);
          onTyping?.();
        }}
      />
    </div>
  );
}
