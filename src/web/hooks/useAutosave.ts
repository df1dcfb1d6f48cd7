import { useEffect, useRef } from 'react';

const QUIET_MS = 1500;

/**
 * Saves a draft once the writer pauses, and once more when they leave the page, so practising
 * alone never loses a word. `save` should queue the draft (the outbox keeps it across a lost
 * connection); an unchanged text is not saved again.
 */
export function useAutosave(save: (text: string) => void, saved: string | null): Autosave {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const last = useRef(saved ?? '');
  const waiting = useRef<string | null>(null);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (waiting.current !== null) latestSave.current(waiting.current);
    },
    [],
  );

  return {
    changed: (text) => {
      clearTimeout(timer.current);
      if (text.trim() === '' || text === last.current) {
        waiting.current = null;
        return;
      }
      waiting.current = text;
      timer.current = setTimeout(() => {
        waiting.current = null;
        last.current = text;
        latestSave.current(text);
      }, QUIET_MS);
    },
    cancel: () => {
      clearTimeout(timer.current);
      waiting.current = null;
    },
  };
}

export interface Autosave {
  readonly changed: (text: string) => void;
  /** The text is being sent: a draft saved after it would be out of date. */
  readonly cancel: () => void;
}
