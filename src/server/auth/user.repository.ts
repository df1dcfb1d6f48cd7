import type { Kysely } from 'kysely';
import type { Database, NewUserRow, UserRow } from '../db/schema.js';

/** Owns the SQL of accounts. */
export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(user: NewUserRow): Promise<void> {
    await this.db.insertInto('users').values(user).execute();
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  findById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }
}
