import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CaseStep } from '../../../protocol/index.js';
import { ApologySection } from './ApologySection.js';
import { useCaseView } from './case-context.js';
import { ConversationStep } from './ConversationStep.js';
import { DisclosureSection } from './DisclosureSection.js';
import { ExpectationsSection } from './ExpectationsSection.js';
import { TimelineSection } from './TimelineSection.js';

type SectionId = 'truth' | 'conversation' | 'apology' | 'expectations' | 'timeline';

const SECTIONS: readonly { id: SectionId; label: string; render: () => ReactNode }[] = [
  { id: 'truth', label: '1 · The whole truth', render: () => <DisclosureSection /> },
  { id: 'conversation', label: '2 · Reaction and talk', render: () => <ConversationStep /> },
  { id: 'apology', label: '3 · The apology', render: () => <ApologySection /> },
  { id: 'expectations', label: 'Expectations', render: () => <ExpectationsSection /> },
  { id: 'timeline', label: 'What happened', render: () => <TimelineSection /> },
];

function sectionOfStep(step: CaseStep): SectionId {
  if (step === 'disclosure') return 'truth';
  if (step === 'conversation') return 'conversation';
  return 'apology';
}

/**
 * The journey as tabs, the current step open. Every panel stays mounted (only hidden), so a
 * half-written message survives a look at the timeline and the conversation keeps listening.
 */
export function CaseSections() {
  const { detail } = useCaseView();
  const [selected, setSelected] = useState<SectionId>(sectionOfStep(detail.step));
  const [followedStep, setFollowedStep] = useState(detail.step);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  // When the case moves on while the person was looking at the step that just ended, they follow.
  if (followedStep !== detail.step) {
    setFollowedStep(detail.step);
    if (selected === sectionOfStep(followedStep)) setSelected(sectionOfStep(detail.step));
  }

  function moveFocus(event: KeyboardEvent<HTMLButtonElement>, index: number): void {
    const last = SECTIONS.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const section = SECTIONS[target];
    if (section === undefined) return;
    setSelected(section.id);
    tabs.current[target]?.focus();
  }

  return (
    <div className="section sections">
      <div className="tabs" role="tablist" aria-label="The steps of this case">
        {SECTIONS.map((section, index) => {
          const isCurrentStep = section.id === sectionOfStep(detail.step);
          return (
            <button
              key={section.id}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${section.id}`}
              className="tab"
              aria-selected={selected === section.id}
              aria-controls={`panel-${section.id}`}
              tabIndex={selected === section.id ? 0 : -1}
              onClick={() => {
                setSelected(section.id);
              }}
              onKeyDown={(event) => {
                moveFocus(event, index);
              }}
            >
              {section.label}
              {isCurrentStep && index < 3 ? <span className="tab__now"> · now</span> : null}
            </button>
          );
        })}
      </div>
      {SECTIONS.map((section) => (
        <div
          key={section.id}
          role="tabpanel"
          id={`panel-${section.id}`}
          aria-labelledby={`tab-${section.id}`}
          className="card tabpanel"
          hidden={selected !== section.id}
          tabIndex={0}
        >
          {section.render()}
        </div>
      ))}
    </div>
  );
}
