import { useEffect, useRef, useState } from 'react';
import { APOLOGY_COMPONENTS, type ApologyComponent, type Finding } from '../../coach/index.js';
import { quote } from './segments.js';
import './coach.css';
import './coach-notes.css';
import { SafetyNote } from './SafetyNote.js';

export interface CoachPanelProps {
  /** The id the textarea's aria-describedby points at. */
  readonly id: string;
  /** The text the findings' spans point into. */
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly checklist?: Readonly<Record<ApologyComponent, boolean>> | undefined;
  /** Puts a finding's suggestion in place of its phrase (and focus back in the text). */
  readonly onApply: (finding: Finding) => void;
  readonly disabled?: boolean;
}

// Long enough that a person typing a sentence hears one summary at the end, not one per key.
const ANNOUNCE_DELAY_MS = 1200;

interface Group {
  readonly key: string;
  readonly title: string;
  readonly findings: readonly Finding[];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The sentence the live region speaks: counts only, so it stays short. */
function summaryOf(groups: readonly Group[], checklist: CoachPanelProps['checklist']): string {
  const [hurt, look, helps] = groups.map((group) => group.findings.length);
  const parts = [
    hurt ? plural(hurt, 'thing that may hurt', 'things that may hurt') : '',
    look ? plural(look, 'thing worth a second look', 'things worth a second look') : '',
    helps ? plural(helps, 'thing that helps', 'things that help') : '',
  ].filter((part) => part !== '');
  let sentence =
    parts.length === 0
      ? 'The coach has nothing to point at.'
      : `The coach sees ${parts.join(', ')}.`;
  if (checklist !== undefined) {
    const done = APOLOGY_COMPONENTS.filter((component) => checklist[component]).length;
    sentence += ` ${done} of ${APOLOGY_COMPONENTS.length} parts of an apology are there.`;
  }
  return sentence;
}

/**
 * The coach's side list: what may hurt, what is worth a second look, and what helps, each with
 * the phrase, the reason and, when the coach has one, a one-click better wording.
 */
export function CoachPanel({ id, text, findings, checklist, onApply, disabled }: CoachPanelProps) {
  const groups: Group[] = [
    {
      key: 'hurt',
      title: 'What may hurt',
      findings: findings
        .filter((f) => f.severity === 'danger' || f.severity === 'warn')
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'danger' ? -1 : 1)),
    },
    {
      key: 'look',
      title: 'Worth a second look',
      findings: findings.filter((f) => f.severity === 'info'),
    },
    { key: 'helps', title: 'What helps', findings: findings.filter((f) => f.severity === 'good') },
  ];
  const inDanger = findings.some((f) => f.code === 'safety_risk' && f.severity === 'danger');
  const summary = summaryOf(groups, checklist);

  // Announce the counts once typing pauses; what was there when the page opened is not news.
  const [announced, setAnnounced] = useState('');
  const lastSpoken = useRef(summary);
  useEffect(() => {
    if (summary === lastSpoken.current) return;
    const timer = setTimeout(() => {
      lastSpoken.current = summary;
      setAnnounced(summary);
    }, ANNOUNCE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [summary]);

  return (
    <section className="coach-panel" aria-labelledby={`${id}-title`}>
      <p className="coach-panel__title" id={`${id}-title`}>
        The coach’s notes
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </div>
      {inDanger ? <SafetyNote className="coach-panel__safety" /> : null}
      <div id={id} className="coach-panel__groups">
        {findings.length === 0 ? (
          <p className="coach-panel__empty">
            {text.trim() === ''
              ? 'As you write, the coach points at what may hurt and what helps. It only advises: you decide what to send.'
              : 'Nothing to point at for now. Read it once more as they will, slowly.'}
          </p>
        ) : (
          groups.map((group) =>
            group.findings.length === 0 ? null : (
              <div key={group.key} className={`coach-group coach-group--${group.key}`}>
                <p className="coach-group__title" id={`${id}-${group.key}`}>
                  {group.title}
                </p>
                <ul className="coach-group__list" aria-labelledby={`${id}-${group.key}`}>
                  {group.findings.map((finding) => (
                    <FindingItem
                      key={`${finding.code}-${finding.start}-${finding.end}`}
                      itemId={`${id}-${finding.code}-${finding.start}`}
                      finding={finding}
                      phrase={quote(text.slice(finding.start, finding.end))}
                      onApply={onApply}
                      disabled={disabled === true}
                    />
                  ))}
                </ul>
              </div>
            ),
          )
        )}
      </div>
    </section>
  );
}

interface FindingItemProps {
  readonly itemId: string;
  readonly finding: Finding;
  readonly phrase: string;
  readonly onApply: (finding: Finding) => void;
  readonly disabled: boolean;
}

function FindingItem({ itemId, finding, phrase, onApply, disabled }: FindingItemProps) {
  const { suggestion } = finding;
  return (
    <li className={`coach-finding coach-finding--${finding.severity}`} data-code={finding.code}>
      <q className="coach-finding__phrase" id={`${itemId}-phrase`}>
        {phrase}
      </q>
      <p className="coach-finding__reason">{finding.reason}</p>
      {suggestion === undefined ? null : (
        <div className="coach-finding__suggestion">
          {suggestion === '' ? null : (
            <p className="coach-finding__instead" id={`${itemId}-instead`}>
              Instead: <q>{suggestion}</q>
            </p>
          )}
          <button
            type="button"
            className="button button--secondary coach-finding__apply"
            aria-describedby={suggestion === '' ? `${itemId}-phrase` : `${itemId}-instead`}
            disabled={disabled}
            onClick={() => {
              onApply(finding);
            }}
          >
            {suggestion === '' ? 'Remove this part' : 'Use this wording'}
          </button>
        </div>
      )}
    </li>
  );
}
