import type { Kysely } from 'kysely';
import {
  decide,
  evolve,
  evolveAll,
  isVisibleTo,
  roleOf,
  type CaseCommand,
  type CaseState,
} from '../../domain/index.js';
import type { UserId } from '../../protocol/index.js';
import type { Clock } from '../clock.js';
import { isUniqueViolation } from '../db/errors.js';
import type { Database } from '../db/schema.js';
import { notFound, Problem } from '../http/problem.js';
import type { LiveHub } from '../live/live-hub.js';
import { CaseEventRepository, type StoredEvent } from './case-event.repository.js';
import { syncProjection } from './case-projection.js';
import { refusalProblem } from './refusal.js';

export interface Loaded {
  readonly seq: number;
  readonly state: CaseState;
}

export interface CommandOutcome {
  /** The events this command appended (or had appended, when replayed). */
  readonly entries: readonly StoredEvent[];
  readonly lastSeq: number;
  readonly replayed: boolean;
  readonly state: CaseState;
}

const CACHE_LIMIT = 500;
const WRITE_ATTEMPTS = 3;

/**
 * Runs commands against cases: load (replay) → decide → append → project, in one transaction,
 * then wakes the live connections. The event log is the truth; a small cache of replayed states
 * only saves re-reading old events, and is topped up from the log on every use.
 */
export class CaseService {
  private readonly cache = new Map<string, Loaded>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly live: LiveHub,
  ) {}

  /** The case as it is now, or undefined if it does not exist. */
  async load(caseId: string, db: Kysely<Database> = this.db): Promise<Loaded | undefined> {
    const cached = this.cache.get(caseId);
    const fresh = await new CaseEventRepository(db).after(caseId, cached?.seq ?? 0);
    if (fresh.length === 0) return cached;
    let state = cached?.state;
    for (const { event } of fresh) state = evolve(state, event);
    const last = fresh.at(-1);
    if (state === undefined || last === undefined) return undefined;
    return { seq: last.seq, state };
  }

  /** The case for one of its members; a non-member gets the same 404 as a missing case. */
  async loadForMember(caseId: string, userId: UserId): Promise<Loaded> {
    const loaded = await this.load(caseId);
    if (loaded === undefined || roleOf(loaded.state, userId) === undefined) throw notFound();
    this.remember(caseId, loaded);
    return loaded;
  }

  /** The timeline after `afterSeq` that this member may see. */
  async timeline(
    caseId: string,
    viewer: UserId,
    afterSeq: number,
  ): Promise<{ entries: StoredEvent[]; lastSeq: number }> {
    const { seq, state } = await this.loadForMember(caseId, viewer);
    const events = await new CaseEventRepository(this.db).after(caseId, afterSeq, seq);
    return {
      entries: events.filter(({ event }) => isVisibleTo(state, event, viewer)),
      lastSeq: seq,
    };
  }

  /** Opens a new case: its first event, and its row with the title. */
  async open(
    command: Extract<CaseCommand, { type: 'openCase' }>,
    actor: UserId,
    title: string,
  ): Promise<CommandOutcome> {
    return this.write(command.caseId, actor, undefined, command, title);
  }

  /**
   * Decides and stores one command. The same commandId from the same person is done once: a
   * retry gets the first answer back, so a message resent after a lost connection is not doubled.
   */
  async run(
    caseId: string,
    actor: UserId,
    commandId: string | undefined,
    command: CaseCommand,
    alongside?: (trx: Kysely<Database>) => Promise<void>,
  ): Promise<CommandOutcome> {
    return this.write(caseId, actor, commandId, command, undefined, alongside);
  }

  private async write(
    caseId: string,
    actor: UserId,
    commandId: string | undefined,
    command: CaseCommand,
    title?: string,
    alongside?: (trx: Kysely<Database>) => Promise<void>,
  ): Promise<CommandOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const outcome = await this.db.transaction().execute(async (trx) => {
          const written = await this.writeIn(trx, caseId, actor, commandId, command, title);
          // Whatever must stand or fall with these events (an invitation's secret) goes here.
          if (!written.replayed && alongside !== undefined) await alongside(trx);
          return written;
        });
        this.remember(caseId, { seq: outcome.lastSeq, state: outcome.state });
        if (!outcome.replayed) this.live.publish(caseId, { kind: 'changed' });
        return outcome;
      } catch (error) {
        // Another server appended first (same seq): reload and decide again on the new state.
        if (!isUniqueViolation(error) || attempt >= WRITE_ATTEMPTS) throw error;
        this.cache.delete(caseId);
      }
    }
  }

  private async writeIn(
    trx: Kysely<Database>,
    caseId: string,
    actor: UserId,
    commandId: string | undefined,
    command: CaseCommand,
    title?: string,
  ): Promise<CommandOutcome> {
    const events = new CaseEventRepository(trx);
    const loaded = command.type === 'openCase' ? undefined : await this.load(caseId, trx);
    if (command.type !== 'openCase' && loaded === undefined) throw notFound();

    if (commandId !== undefined && loaded !== undefined) {
      const previous = await events.findCommand(caseId, commandId);
      if (previous !== undefined) {
        if (previous.actorId !== actor) {
          throw new Problem(
            409,
            'command_id_reused',
            'This command id was already used. Please try again.',
          );
        }
        const entries = await events.after(caseId, previous.firstSeq - 1, previous.lastSeq);
        return { entries, lastSeq: loaded.seq, replayed: true, state: loaded.state };
      }
    }

    const decision = decide(loaded?.state, command, actor, this.clock());
    if (!decision.ok) throw refusalProblem(decision.error);
    const firstSeq = (loaded?.seq ?? 0) + 1;
    const lastSeq = firstSeq + decision.events.length - 1;
    const state =
      loaded === undefined
        ? evolveAll(
            evolve(undefined, decision.events[0] ?? missingFirstEvent()),
            decision.events.slice(1),
          )
        : evolveAll(loaded.state, decision.events);
    if (loaded === undefined) await syncProjection(trx, undefined, state, title);
    await events.append(caseId, firstSeq, decision.events);
    if (loaded !== undefined) await syncProjection(trx, loaded.state, state);
    if (commandId !== undefined) {
      await events.recordCommand(
        caseId,
        commandId,
        { actorId: actor, firstSeq, lastSeq },
        this.clock().toISOString(),
      );
    }
    const entries = decision.events.map((event, index) => ({ seq: firstSeq + index, event }));
    return { entries, lastSeq, replayed: false, state };
  }

  private remember(caseId: string, loaded: Loaded): void {
    const current = this.cache.get(caseId);
    if (current !== undefined && current.seq > loaded.seq) return;
    this.cache.delete(caseId);
    this.cache.set(caseId, loaded);
    if (this.cache.size > CACHE_LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}

function missingFirstEvent(): never {
  throw new Error('Opening a case decided no event.');
}
