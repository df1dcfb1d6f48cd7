import type { Kysely, Migration } from 'kysely';

/** Accounts, sessions, cases with their causes and members, and the server's own secrets. */
export const accountsAndCases: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
      .addColumn('email', 'varchar(254)', (col) => col.notNull().unique())
      .addColumn('display_name', 'varchar(80)', (col) => col.notNull())
      .addColumn('password_hash', 'varchar(255)', (col) => col.notNull())
      .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(36)', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
      .addColumn('expires_at', 'varchar(32)', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('cases')
      .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('step', 'varchar(32)', (col) => col.notNull())
      .addColumn('created_by', 'varchar(36)', (col) => col.notNull().references('users.id'))
      .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
      .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('case_causes')
      .addColumn('case_id', 'varchar(36)', (col) =>
        col.notNull().references('cases.id').onDelete('cascade'),
      )
      .addColumn('cause', 'varchar(32)', (col) => col.notNull())
      .addPrimaryKeyConstraint('case_causes_pk', ['case_id', 'cause'])
      .execute();

    await db.schema
      .createTable('case_members')
      .addColumn('case_id', 'varchar(36)', (col) =>
        col.notNull().references('cases.id').onDelete('cascade'),
      )
      .addColumn('user_id', 'varchar(36)', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('role', 'varchar(16)', (col) => col.notNull())
      .addColumn('joined_at', 'varchar(32)', (col) => col.notNull())
      .addPrimaryKeyConstraint('case_members_pk', ['case_id', 'user_id'])
      .addUniqueConstraint('case_members_one_per_role', ['case_id', 'role'])
      .execute();
    await db.schema
      .createIndex('case_members_user_id')
      .on('case_members')
      .column('user_id')
      .execute();

    await db.schema
      .createTable('server_secrets')
      .addColumn('name', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'server_secrets',
      'case_members',
      'case_causes',
      'cases',
      'sessions',
      'users',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
