import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from './errors.js';
import type { Database } from './schema.js';

/**
 * A secret the server makes once and keeps in the database, so that it survives restarts and is
 * shared by every instance in front of one PostgreSQL.
 */
export async function loadOrCreateSecret(
  db: Kysely<Database>,
  name: string,
  now: Date,
): Promise<string> {
  const existing = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing !== undefined) return existing.value;
  const value = randomBytes(32).toString('base64url');
  try {
    await db
      .insertInto('server_secrets')
      .values({ name, value, created_at: now.toISOString() })
      .execute();
    return value;
  } catch (error) {
    // Another instance made it first: use theirs.
    if (!isUniqueViolation(error)) throw error;
    return loadOrCreateSecret(db, name, now);
  }
}
