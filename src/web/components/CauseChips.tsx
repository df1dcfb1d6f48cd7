import type { Cause } from '../../protocol/index.js';
import { CAUSE_COPY } from '../copy.js';

/** The causes of a case as small labels; a list, so screen readers say how many there are. */
export function CauseChips({ causes }: { readonly causes: readonly Cause[] }) {
  return (
    <ul className="chips" aria-label="What broke the trust">
      {causes.map((cause) => (
        <li className="chip" key={cause}>
          {CAUSE_COPY[cause].label}
        </li>
      ))}
    </ul>
  );
}
