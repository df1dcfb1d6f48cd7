import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { CaseCommandInput, RunCommandResponse } from '../../protocol/index.js';
import { outboxFor, type OutboxSnapshot } from '../outbox.js';

export interface Outbox extends OutboxSnapshot {
  /** Resolves once the server did the command; rejects only with a refusal, never on a lost line. */
  readonly send: (command: CaseCommandInput) => Promise<RunCommandResponse>;
  readonly retryNow: () => void;
}

/**
 * The case's outbox: what is still on its way, and a way to send more. `onAcknowledged` hears
 * every command the server confirmed, so the page can show its entries without waiting for the
 * live channel.
 */
export function useOutbox(
  caseId: string,
  onAcknowledged: (response: RunCommandResponse) => void,
): Outbox {
  const outbox = outboxFor(caseId);
  const snapshot = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
  const listener = useRef(onAcknowledged);
  useEffect(() => {
    listener.current = onAcknowledged;
  });

  useEffect(() => {
    const stop = outbox.onAcknowledged((response) => {
      listener.current(response);
    });
    // The browser says when it is back online; no need to wait for the next scheduled retry.
    const retry = () => {
      outbox.retryNow();
    };
    window.addEventListener('online', retry);
    return () => {
      stop();
      window.removeEventListener('online', retry);
    };
  }, [outbox]);

  return {
    ...snapshot,
    send: (command) => outbox.send(command),
    retryNow: () => {
      outbox.retryNow();
    },
  };
}
