import type { Migration } from 'kysely';
import { accountsAndCases } from './0001-accounts-and-cases.js';
import { caseEvents } from './0002-case-events.js';

/**
 * Every migration, by name, in order. Listed here rather than read from the folder at run time so
 * that the compiled server needs no file-system scan and a missing file fails the typecheck.
 */
export const migrations: Record<string, Migration> = {
  '0001-accounts-and-cases': accountsAndCases,
  '0002-case-events': caseEvents,
};
