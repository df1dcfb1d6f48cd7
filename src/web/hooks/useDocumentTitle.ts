import { useEffect } from 'react';

/** Each route names itself in the tab and to screen readers, which announce the new title. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'Amends' : `${title} · Amends`;
  }, [title]);
}
