import {
  useCallback,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  type ChangeEvent,
} from 'react';
import { analyze, type Finding, type TextKind } from '../../coach/index.js';
import { ApologyChecklist } from './ApologyChecklist.js';
import { CoachPanel } from './CoachPanel.js';
import { applySuggestion, rebaseFindings, splitSegments } from './segments.js';
import './coach.css';

export interface CoachedTextareaProps {
  readonly id: string;
  readonly label: string;
  readonly kind: TextKind;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number | undefined;
  /** A short hint shown under the label, and read before the coach's findings. */
  readonly hint?: string | undefined;
  /** Ids of the page's own hint or error for this text, read before the coach's findings. */
  readonly describedBy?: string | undefined;
  readonly disabled?: boolean | undefined;
  readonly placeholder?: string | undefined;
  readonly required?: boolean | undefined;
}

/**
 * A real textarea with the coach's findings highlighted behind the words as the person types,
 * a side list of reasons and suggestions, and, for an apology, the checklist. It only advises:
 * it has no send button and never stops the text from being sent.
 */
export function CoachedTextarea({
  id,
  label,
  kind,
  value,
  onChange,
  rows,
  hint,
  describedBy,
  disabled,
  placeholder,
  required,
}: CoachedTextareaProps) {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  // Where the caret goes once a suggestion's text has been rendered.
  const pendingCaret = useRef<number | null>(null);
  const panelId = `${id}-coach`;

  // The analysis trails the text under heavy typing so keystrokes are never held up by it;
  // its spans are then moved onto the current text, which is what is shown.
  const analysed = useDeferredValue(value);
  const analysis = useMemo(() => analyze(analysed, kind), [analysed, kind]);
  const findings = useMemo(
    () => rebaseFindings(analysis.findings, analysed, value),
    [analysis, analysed, value],
  );
  const segments = useMemo(() => splitSegments(value, findings), [value, findings]);

  // The backdrop must wrap lines exactly as the textarea does: same box inside the border
  // (which shrinks when a scrollbar appears) and the same scroll position.
  const syncBackdrop = useCallback(() => {
    const textarea = textareaRef.current;
    const backdrop = backdropRef.current;
    if (textarea === null || backdrop === null) return;
    backdrop.style.top = `${textarea.clientTop}px`;
    backdrop.style.left = `${textarea.clientLeft}px`;
    backdrop.style.width = `${textarea.clientWidth}px`;
    backdrop.style.height = `${textarea.clientHeight}px`;
    backdrop.scrollTop = textarea.scrollTop;
    backdrop.scrollLeft = textarea.scrollLeft;
  }, []);

  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (textarea === null) return;
    const observer = new ResizeObserver(syncBackdrop);
    observer.observe(textarea);
    return () => {
      observer.disconnect();
    };
  }, [syncBackdrop]);

  useLayoutEffect(() => {
    syncBackdrop();
    const caret = pendingCaret.current;
    const textarea = textareaRef.current;
    if (caret === null || textarea === null) return;
    pendingCaret.current = null;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  }, [value, segments, syncBackdrop]);

  const applyFinding = useCallback(
    (finding: Finding) => {
      if (finding.suggestion === undefined) return;
      const next = applySuggestion(value, finding, finding.suggestion);
      pendingCaret.current = next.caret;
      onChange(next.text);
    },
    [value, onChange],
  );

  const hintId = `${id}-hint`;
  const describedByIds = [hint === undefined ? undefined : hintId, describedBy, panelId]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');

  return (
    <div className={`coach coach--${kind}`}>
      <label className="field__label coach__label" htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="coach__layout">
        <div className={`coach__editor${disabled === true ? ' coach__editor--disabled' : ''}`}>
          <div className="coach__backdrop" ref={backdropRef} aria-hidden="true">
            {segments.map((segment) =>
              segment.severity === null ? (
                <span key={segment.start}>{segment.text}</span>
              ) : (
                <mark
                  key={segment.start}
                  className={`coach-mark coach-mark--${segment.severity}`}
                  data-codes={segment.codes.join(' ')}
                >
                  {segment.text}
                </mark>
              ),
            )}
            {/* A final newline only shows as a line of its own if something follows it. */}
            {value.endsWith('\n') || value === '' ? ' ' : null}
          </div>
          <textarea
            ref={textareaRef}
            className="field__input coach__input"
            id={id}
            name={kind}
            value={value}
            rows={rows ?? (kind === 'message' ? 3 : 7)}
            disabled={disabled}
            required={required}
            placeholder={placeholder}
            spellCheck
            aria-describedby={describedByIds}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
              onChange(event.target.value);
            }}
            onScroll={syncBackdrop}
          />
        </div>
        <div className="coach__aside">
          {kind === 'apology' && analysis.checklist !== undefined ? (
            <ApologyChecklist
              id={`${id}-checklist`}
              checklist={analysis.checklist}
              score={analysis.score}
              empty={value.trim() === ''}
              unsafe={findings.some((f) => f.code === 'safety_risk' && f.severity === 'danger')}
            />
          ) : null}
          <CoachPanel
            id={panelId}
            text={value}
            findings={findings}
            checklist={kind === 'apology' ? analysis.checklist : undefined}
            onApply={applyFinding}
            disabled={disabled === true}
          />
        </div>
      </div>
    </div>
  );
}
