import type { ReactNode } from 'react';

/**
 * The form-level message. The live region is always in the page, and only its content changes,
 * because screen readers announce changes to a region they already know, not a new one.
 */
export function FormAlert({ children }: { readonly children?: ReactNode }) {
  return (
    <div className="form-alert" role="alert" aria-live="assertive" aria-atomic="true" tabIndex={-1}>
      {children}
    </div>
  );
}
