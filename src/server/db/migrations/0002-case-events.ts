import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A case becomes an append-only log of events (the timeline); `cases`, `case_causes` and
 * `case_members` are kept as projections of it for fast lists. Commands are remembered by the id
 * the client gave them, so a retry after a lost answer never does the same thing twice.
 */
export const caseEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('case_events')
      .addColumn('case_id', 'varchar(36)', (col) =>
        col.notNull().references('cases.id').onDelete('cascade'),
      )
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('type', 'varchar(48)', (col) => col.notNull())
      .addColumn('actor_id', 'varchar(36)', (col) => col.notNull())
      .addColumn('at', 'varchar(32)', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('case_events_pk', ['case_id', 'seq'])
      .execute();

    await db.schema
      .createTable('case_commands')
      .addColumn('case_id', 'varchar(36)', (col) =>
        col.notNull().references('cases.id').onDelete('cascade'),
      )
      .addColumn('command_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('actor_id', 'varchar(36)', (col) => col.notNull())
      .addColumn('first_seq', 'integer', (col) => col.notNull())
      .addColumn('last_seq', 'integer', (col) => col.notNull())
      .addColumn('at', 'varchar(32)', (col) => col.notNull())
      .addPrimaryKeyConstraint('case_commands_pk', ['case_id', 'command_id'])
      .execute();

    await db.schema
      .createTable('invitations')
      .addColumn('token_hash', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('invitation_id', 'varchar(64)', (col) => col.notNull().unique())
      .addColumn('case_id', 'varchar(36)', (col) =>
        col.notNull().references('cases.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
      .execute();

    // Cases opened before the timeline existed get their first event, so every case replays.
    const existing = await sql<{
      id: string;
      created_by: string;
      created_at: string;
      role: string;
    }>`select c.id, c.created_by, c.created_at, m.role
       from cases c join case_members m on m.case_id = c.id and m.user_id = c.created_by`.execute(
      db,
    );
    for (const row of existing.rows) {
      const causes = await sql<{
        cause: string;
      }>`select cause from case_causes where case_id = ${row.id}`.execute(db);
      const event = {
        type: 'caseOpened',
        at: row.created_at,
        by: row.created_by,
        caseId: row.id,
        causes: causes.rows.map((cause) => cause.cause),
        role: row.role,
      };
      await sql`insert into case_events (case_id, seq, type, actor_id, at, data)
                values (${row.id}, 1, 'caseOpened', ${row.created_by}, ${row.created_at}, ${JSON.stringify(event)})`.execute(
        db,
      );
    }
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['invitations', 'case_commands', 'case_events']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
