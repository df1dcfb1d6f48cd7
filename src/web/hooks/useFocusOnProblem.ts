import { useEffect, type RefObject } from 'react';

/**
 * After a failed submit, move focus to the first input that needs attention so keyboard and
 * screen-reader users land on it; when no input is to blame, the form's alert is read out instead.
 */
export function useFocusOnProblem(form: RefObject<HTMLFormElement | null>, problem: unknown): void {
  useEffect(() => {
    if (problem === null) return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>('.form-alert');
    target?.focus();
  }, [form, problem]);
}
