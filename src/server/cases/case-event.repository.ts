import type { Kysely } from 'kysely';
import type { CaseEvent } from '../../domain/index.js';
import type { Database } from '../db/schema.js';

export interface StoredEvent {
  readonly seq: number;
  readonly event: CaseEvent;
}

export interface StoredCommand {
  actorId: string;
  firstSeq: number;
  lastSeq: number;
}

/** Owns the SQL of the append-only case timeline and of the commands already done. */
export class CaseEventRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The case's events after `afterSeq`, in order. */
  async after(caseId: string, afterSeq: number, upToSeq?: number): Promise<StoredEvent[]> {
    let query = this.db
      .selectFrom('case_events')
      .select(['seq', 'data'])
      .where('case_id', '=', caseId)
      .where('seq', '>', afterSeq);
    if (upToSeq !== undefined) query = query.where('seq', '<=', upToSeq);
    const rows = await query.orderBy('seq').execute();
    // The log is written only by this server from decided events, so its JSON is trusted here.
    return rows.map((row) => ({ seq: row.seq, event: JSON.parse(row.data) as CaseEvent }));
  }

  /** Appends events with consecutive numbers; a concurrent writer makes the primary key fail. */
  async append(caseId: string, firstSeq: number, events: readonly CaseEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.db
      .insertInto('case_events')
      .values(
        events.map((event, index) => ({
          case_id: caseId,
          seq: firstSeq + index,
          type: event.type,
          actor_id: event.by,
          at: event.at,
          data: JSON.stringify(event),
        })),
      )
      .execute();
  }

  async findCommand(caseId: string, commandId: string): Promise<StoredCommand | undefined> {
    const row = await this.db
      .selectFrom('case_commands')
      .select(['actor_id', 'first_seq', 'last_seq'])
      .where('case_id', '=', caseId)
      .where('command_id', '=', commandId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { actorId: row.actor_id, firstSeq: row.first_seq, lastSeq: row.last_seq };
  }

  async recordCommand(
    caseId: string,
    commandId: string,
    command: StoredCommand,
    at: string,
  ): Promise<void> {
    await this.db
      .insertInto('case_commands')
      .values({
        case_id: caseId,
        command_id: commandId,
        actor_id: command.actorId,
        first_seq: command.firstSeq,
        last_seq: command.lastSeq,
        at,
      })
      .execute();
  }
}
