import type { TimelineEntry } from '../../protocol/index.js';
import type { StoredEvent } from './case-event.repository.js';

/** Timeline entries as they leave the server: the sequence number and the event as decided. */
export function presentEntries(entries: readonly StoredEvent[]): TimelineEntry[] {
  return entries.map(({ seq, event }) => ({ seq, event: { ...event } }));
}
