import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseDetail, RunCommandResponse, TimelineEntry } from '../../protocol/index.js';
import { ApiRequestError, fetchCaseDetail, fetchTimeline } from '../api.js';
import { readJourney, type Journey } from '../journey.js';
import { useCaseLive, type Live } from './useCaseLive.js';
import { useOutbox, type Outbox } from './useOutbox.js';

export type WorkspaceState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: ApiRequestError }
  | {
      readonly status: 'ready';
      readonly detail: CaseDetail;
      readonly entries: readonly TimelineEntry[];
      readonly journey: Journey;
    };

export interface Workspace {
  readonly state: WorkspaceState;
  readonly live: Live;
  readonly outbox: Outbox;
  /** True when the last refresh failed: what is shown may be a little behind. */
  readonly stale: boolean;
}

const asApiError = (error: unknown): ApiRequestError =>
  error instanceof ApiRequestError
    ? error
    : new ApiRequestError(0, 'unexpected', 'Something went wrong. Please try again.');

/**
 * Everything the case page shows, kept current: the case's standing (refetched whenever
 * something happened), its timeline (kept by seq, so an entry heard twice is shown once), the
 * live channel and the outbox.
 */
export function useCaseWorkspace(caseId: string, me: string): Workspace {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const [stale, setStale] = useState(false);
  const [bySeq, setBySeq] = useState<ReadonlyMap<number, TimelineEntry>>(new Map());
  // Only what came from the timeline or the live channel moves the cursor: a command's own
  // entries can be ahead of an entry of the partner's that is still on its way.
  const cursor = useRef(0);
  const refreshing = useRef<{ again: boolean } | null>(null);

  const merge = useCallback((entries: readonly TimelineEntry[]) => {
    if (entries.length === 0) return;
    setBySeq((known) => {
      const next = new Map(known);
      for (const entry of entries) next.set(entry.seq, entry);
      return next;
    });
  }, []);

  // Several changes in a row need one refetch after the last, not one each.
  const refreshDetail = useCallback(() => {
    if (refreshing.current !== null) {
      refreshing.current.again = true;
      return;
    }
    const run = { again: true };
    refreshing.current = run;
    void (async () => {
      while (run.again) {
        run.again = false;
        try {
          setDetail(await fetchCaseDetail(caseId));
          setStale(false);
        } catch {
          setStale(true);
        }
      }
      refreshing.current = null;
    })();
  }, [caseId]);

  const catchUp = useCallback(() => {
    fetchTimeline(caseId, cursor.current).then(
      (timeline) => {
        merge(timeline.entries);
        cursor.current = Math.max(cursor.current, timeline.lastSeq);
      },
      () => {
        setStale(true);
      },
    );
  }, [caseId, merge]);

  useEffect(() => {
    let current = true;
    Promise.all([fetchCaseDetail(caseId), fetchTimeline(caseId, 0)]).then(
      ([fresh, timeline]) => {
        if (!current) return;
        merge(timeline.entries);
        cursor.current = Math.max(cursor.current, timeline.lastSeq);
        setDetail(fresh);
      },
      (error: unknown) => {
        if (current) setFailure(asApiError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [caseId, merge]);

  const outbox = useOutbox(caseId, (response: RunCommandResponse) => {
    merge(response.entries);
    refreshDetail();
  });

  const live = useCaseLive(caseId, detail !== null, {
    cursor: () => cursor.current,
    onEntries: (entries, lastSeq) => {
      merge(entries);
      cursor.current = Math.max(cursor.current, lastSeq);
      refreshDetail();
    },
    onReconnect: () => {
      catchUp();
      refreshDetail();
      outbox.retryNow();
    },
  });

  const entries = useMemo(() => [...bySeq.values()].sort((a, b) => a.seq - b.seq), [bySeq]);
  const journey = useMemo(() => readJourney(entries, me), [entries, me]);

  const state: WorkspaceState =
    failure !== null
      ? { status: 'failed', error: failure }
      : detail === null
        ? { status: 'loading' }
        : { status: 'ready', detail, entries, journey };
  return { state, live, outbox, stale };
}
