import type { CaseState } from './case-state.js';
import { casePlan, lieStatus } from './causes.js';
import { evolveSteps } from './evolve-steps.js';
import type { CaseEvent, CaseOpened } from './events.js';

/** The state of a case right after it was opened: only the opener is in it. */
export function openedState(event: CaseOpened): CaseState {
  const plan = casePlan(event.causes);
  return {
    id: event.caseId,
    causes: event.causes,
    openedBy: event.by,
    openedAt: event.at,
    updatedAt: event.at,
    members: [{ userId: event.by, role: event.role, joinedAt: event.at, invitedBy: null }],
    invitations: [],
    step: 'disclosure',
    stepOpenedAt: { disclosure: event.at },
    path: plan.path,
    status: 'active',
    pausedBy: null,
    leftBy: null,
    disclosure: {
      draftRef: null,
      sentRef: null,
      sentAt: null,
      wholeTruthConfirmed: false,
      deliveredAt: null,
      acknowledgedAt: null,
      questions: [],
    },
    reaction: { entries: [], coolingUntil: null },
    readiness: { amender: null, hurt: null },
    conversation: { openedAt: null, messageCount: 0 },
    exercises: {
      causes: { amender: null, hurt: null },
      causesRevealed: null,
      ownMistakes: [],
      roleSwap: { amender: null, hurt: null },
    },
    apology: { draftRef: null, history: [], doorClosed: false },
    expectations: [],
    lies: {
      count: plan.liesAlreadyCounted,
      status: lieStatus(plan.liesAlreadyCounted),
      entries: [],
    },
    reflection: {
      reflectedAt: { amender: null, hurt: null },
      fullPathChosen: { amender: false, hurt: false },
    },
  };
}

/**
 * Applies one event to the state. Events were decided already, so evolve never refuses; an event
 * before `caseOpened` means the stored log is broken, which is a programming error.
 */
export function evolve(state: CaseState | undefined, event: CaseEvent): CaseState {
  if (event.type === 'caseOpened') return openedState(event);
  if (state === undefined) {
    throw new Error(`A case's first event must be caseOpened, not ${event.type}.`);
  }
  return { ...evolveSteps(state, event), updatedAt: event.at };
}

/** Rebuilds a case from its stored timeline; undefined for an empty timeline. */
export function replay(events: readonly CaseEvent[]): CaseState | undefined {
  return events.reduce<CaseState | undefined>(evolve, undefined);
}

/** Applies several freshly decided events to a known state. */
export function evolveAll(state: CaseState, events: readonly CaseEvent[]): CaseState {
  return events.reduce<CaseState>((current, event) => evolve(current, event), state);
}
