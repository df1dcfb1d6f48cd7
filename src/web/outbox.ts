import {
  RunCommandBody,
  type CaseCommandInput,
  type RunCommandResponse,
} from '../protocol/index.js';
import { ApiRequestError, runCommand } from './api.js';

/** A command the server has not acknowledged yet; its id stays the same across every retry. */
export interface OutboxItem {
  readonly commandId: string;
  readonly command: CaseCommandInput;
}

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 8000;

/** Lost connections and a server that is restarting are worth waiting for; a refusal is not. */
function worthRetrying(error: unknown): boolean {
  if (!(error instanceof ApiRequestError)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

interface Waiter {
  readonly resolve: (response: RunCommandResponse) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The commands of one case on their way to the server, sent one at a time and in order, so a
 * conversation keeps its order. They are kept in sessionStorage too: a message written while the
 * connection was down survives a reload of the page and is sent, once, when the server is back.
 */
export class CommandOutbox {
  private items: OutboxItem[];
  private readonly waiters = new Map<string, Waiter>();
  private readonly listeners = new Set<() => void>();
  private readonly acknowledged = new Set<(response: RunCommandResponse) => void>();
  private draining = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = FIRST_RETRY_MS;
  private snapshot: OutboxSnapshot;

  constructor(private readonly caseId: string) {
    this.items = readStored(this.storageKey);
    this.snapshot = { pending: this.items, waiting: false };
    if (this.items.length > 0) void this.drain();
  }

  private get storageKey(): string {
    return `amends:outbox:${this.caseId}`;
  }

  /** Queues a command and resolves once the server did it, or rejects with its refusal. */
  send(command: CaseCommandInput): Promise<RunCommandResponse> {
    const item: OutboxItem = { commandId: crypto.randomUUID(), command };
    this.items = [...this.items, item];
    this.changed(this.snapshot.waiting);
    const promise = new Promise<RunCommandResponse>((resolve, reject) => {
      this.waiters.set(item.commandId, { resolve, reject });
    });
    void this.drain();
    return promise;
  }

  /** Tries again at once: the live channel came back, or the browser went online. */
  retryNow(): void {
    if (this.items.length === 0) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retryDelay = FIRST_RETRY_MS;
    void this.drain();
  }

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Hears every acknowledged command, including those restored from storage after a reload. */
  onAcknowledged(listener: (response: RunCommandResponse) => void): () => void {
    this.acknowledged.add(listener);
    return () => this.acknowledged.delete(listener);
  }

  private async drain(): Promise<void> {
    if (this.draining || this.retryTimer !== undefined) return;
    this.draining = true;
    try {
      for (let item = this.items[0]; item !== undefined; item = this.items[0]) {
        const waiter = this.waiters.get(item.commandId);
        try {
          const response = await runCommand(this.caseId, item.commandId, item.command);
          this.finish(item);
          for (const listener of this.acknowledged) listener(response);
          waiter?.resolve(response);
        } catch (error) {
          if (worthRetrying(error)) {
            this.changed(true);
            this.retryTimer = setTimeout(() => {
              this.retryTimer = undefined;
              void this.drain();
            }, this.retryDelay);
            this.retryDelay = Math.min(this.retryDelay * 2, LAST_RETRY_MS);
            return;
          }
          this.finish(item);
          waiter?.reject(error);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private finish(item: OutboxItem): void {
    this.items = this.items.filter((candidate) => candidate.commandId !== item.commandId);
    this.waiters.delete(item.commandId);
    this.retryDelay = FIRST_RETRY_MS;
    this.changed(false);
  }

  private changed(waiting: boolean): void {
    this.snapshot = { pending: this.items, waiting };
    try {
      if (this.items.length === 0) sessionStorage.removeItem(this.storageKey);
      else sessionStorage.setItem(this.storageKey, JSON.stringify(this.items));
    } catch {
      // Storage can be full or disabled (private windows); the outbox still works in memory.
    }
    for (const listener of this.listeners) listener();
  }
}

export interface OutboxSnapshot {
  readonly pending: readonly OutboxItem[];
  /** True while the last attempt failed on the network and a retry is scheduled. */
  readonly waiting: boolean;
}

function readStored(key: string): OutboxItem[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    if (!Array.isArray(stored)) return [];
    // Only what still reads as a command goes out again; anything else was not written by us.
    return stored.flatMap((value: unknown) => {
      const parsed = RunCommandBody.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

// One outbox per case for the life of the page, so a remount (StrictMode, navigation back and
// forth) never sends the same queue twice.
const outboxes = new Map<string, CommandOutbox>();

export function outboxFor(caseId: string): CommandOutbox {
  let outbox = outboxes.get(caseId);
  if (outbox === undefined) {
    outbox = new CommandOutbox(caseId);
    outboxes.set(caseId, outbox);
  }
  return outbox;
}
