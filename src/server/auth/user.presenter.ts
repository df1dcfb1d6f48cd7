import type { User } from '../../protocol/index.js';
import { UserId } from '../../protocol/index.js';
import type { UserRow } from '../db/schema.js';

/** The fields of an account that may leave the server: never the password hash. */
export function presentUser(row: UserRow): User {
  return {
    id: UserId.parse(row.id),
    email: row.email,
    displayName: row.display_name,
    createdAt: row.created_at,
  };
}
