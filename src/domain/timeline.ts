import type { UserId } from '../protocol/index.js';
import { roleOf } from './case-queries.js';
import type { CaseState } from './case-state.js';
import type { CaseEvent, CaseEventType } from './events.js';

/** Entries only their writer ever sees: drafts, private lists (revealed by a later event), reflections. */
const PRIVATE_TO_WRITER: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'disclosureDrafted',
  'apologyDrafted',
  'causesListSubmitted',
  'reflectionSubmitted',
]);

/** What a mediator sees for now: the case's shape, none of its content (part 2 may widen this). */
const MEDIATOR_VISIBLE: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'caseOpened',
  'partnerInvited',
  'partnerJoined',
  'casePaused',
  'caseResumed',
  'caseLeft',
  'stepOpened',
]);

/**
 * True when `viewer` may see this timeline entry in the case's current state. Non-members see
 * nothing; drafts and private entries stay with their writer; a disclosure sent while practising
 * alone is seen by the partner only once it is delivered, and only its final version.
 */
export function isVisibleTo(state: CaseState, event: CaseEvent, viewer: UserId): boolean {
  const role = roleOf(state, viewer);
  if (role === undefined) return false;
  if (event.by === viewer) return true;
  if (role === 'mediator') return MEDIATOR_VISIBLE.has(event.type);
  if (PRIVATE_TO_WRITER.has(event.type)) return false;
  switch (event.type) {
    case 'reactionWritten':
      return !event.private;
    case 'disclosureSent':
      return state.disclosure.deliveredAt !== null && event.ref === state.disclosure.sentRef;
    default:
      return true;
  }
}

/** The part of a case's timeline that `viewer` may see, in order. */
export function timelineFor(
  state: CaseState,
  events: readonly CaseEvent[],
  viewer: UserId,
): readonly CaseEvent[] {
  return events.filter((event) => isVisibleTo(state, event, viewer));
}
