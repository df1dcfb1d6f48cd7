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

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  case_causes: CaseCausesTable;
  case_members: CaseMembersTable;
  server_secrets: ServerSecretsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type CaseRow = Selectable<CasesTable>;
export type SessionRow = Selectable<SessionsTable>;
