/**
 * The coach: reads what a person is about to send and points at phrases, with a short reason
 * and, where it can, a better way to say it. Pure TypeScript, no I/O: it runs in the browser,
 * on the server and in the CLI.
 */
export type {
  Analysis,
  ApologyComponent,
  Code,
  Finding,
  Range,
  Severity,
  TextKind,
} from './types.js';
export { APOLOGY_COMPONENTS, CODES, TEXT_KINDS } from './types.js';
export { analyze } from './analyze.js';
