import { formatWhen } from '../../copy.js';
import { describeEvent, isTold } from '../../timeline-copy.js';
import { useCaseView } from './case-context.js';

/** What happened, when, and by whom: the case's append-only timeline, in plain sentences. */
export function TimelineSection() {
  const { entries, me, partnerName } = useCaseView();
  const told = entries.filter((entry) => isTold(entry.event));
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">What happened</h2>
      <p className="muted">
        Everything stays here, in order. Nothing can be taken back or changed.
      </p>
      <ol className="timeline" aria-label="Timeline">
        {told.map(({ seq, event }) => {
          const isMe = event.by === me;
          return (
            <li key={seq} className="timeline__entry">
              <time className="timeline__when" dateTime={event.at}>
                {formatWhen(event.at)}
              </time>
              <span className="timeline__what">
                {describeEvent(event, { name: isMe ? 'You' : partnerName, isMe })}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
