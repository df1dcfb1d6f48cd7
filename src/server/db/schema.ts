import type { Insertable, Selectable } from 'kysely';

/**
 * The tables, typed. Times are ISO-8601 strings in UTC so that SQLite and PostgreSQL store and
 * compare them the same way; ids are UUID strings made by the server.
 */
export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a leaked database does not leak live sessions. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface CasesTable {
  id: string;
  title: string;
  step: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CaseCausesTable {
  case_id: string;
  cause: string;
}

export interface CaseMembersTable {
  case_id: string;
  user_id: string;
  role: string;
  joined_at: string;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

export interface CaseEventsTable {
  case_id: string;
  /** 1, 2, 3… per case: the order of the timeline and the cursor of live updates. */
  seq: number;
  type: string;
  actor_id: string;
  at: string;
  /** The whole event as JSON; written content inside it is opaque to the server. */
  data: string;
}

export interface CaseCommandsTable {
  case_id: string;
  command_id: string;
  actor_id: string;
  first_seq: number;
  last_seq: number;
  at: string;
}

export interface InvitationsTable {
  /** SHA-256 of the link's secret: the database alone cannot be used to join a case. */
  token_hash: string;
  invitation_id: string;
  case_id: string;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  case_causes: CaseCausesTable;
  case_members: CaseMembersTable;
  server_secrets: ServerSecretsTable;
  case_events: CaseEventsTable;
  case_commands: CaseCommandsTable;
  invitations: InvitationsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type CaseRow = Selectable<CasesTable>;
export type SessionRow = Selectable<SessionsTable>;
