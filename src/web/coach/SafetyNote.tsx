import { analyze, type TextKind } from '../../coach/index.js';

/** True when the coach hears a threat, violence, self-harm or coercion in a text. */
export function suggestsDanger(text: string, kind: TextKind): boolean {
  return analyze(text, kind).findings.some(
    (finding) => finding.code === 'safety_risk' && finding.severity === 'danger',
  );
}

/**
 * Help, shown at once to whoever writes or reads a text that suggests danger (PRODUCT.md): to
 * the writer beside their draft, to the reader under the message.
 */
export function SafetyNote({ className }: { readonly className: string }) {
  return (
    <p className={className} role="note">
      If you or someone else is in danger, contact your local emergency number. You are not alone.
    </p>
  );
}
