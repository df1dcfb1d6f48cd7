import type { ReactNode } from 'react';

interface StatusMessageProps {
  readonly title: string;
  readonly tone: 'loading' | 'error' | 'info';
  readonly children?: ReactNode;
}

/**
 * A whole-page state (loading, not found, failed). It carries the page's one h1 so that every
 * route, whatever its state, still has a heading for screen-reader users to land on.
 */
export function StatusMessage({ title, tone, children }: StatusMessageProps) {
  return (
    <section
      className={`status status--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-busy={tone === 'loading'}
    >
      <h1 className="status__title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
