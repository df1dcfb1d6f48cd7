/** What a live connection hears about a case. */
export type LiveSignal =
  | { readonly kind: 'changed' }
  | { readonly kind: 'typing'; readonly userId: string }
  | { readonly kind: 'presence' };

type Listener = (signal: LiveSignal) => void;

/**
 * Tells the live connections of a case that something happened. In one process this is enough;
 * several servers in front of one PostgreSQL need a shared channel (LISTEN/NOTIFY) behind the
 * same interface.
 */
export class LiveHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly present = new Map<string, Map<string, number>>();
  private readonly outlets: ((caseId: string, signal: LiveSignal) => void)[] = [];

  /** Also hands every signal published here to another carrier (another server's hub). */
  onPublish(outlet: (caseId: string, signal: LiveSignal) => void): void {
    this.outlets.push(outlet);
  }

  subscribe(caseId: string, listener: Listener): () => void {
    const set = this.listeners.get(caseId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(caseId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(caseId);
    };
  }

  /** A signal that happened on this server: for its connections, and for the other servers. */
  publish(caseId: string, signal: LiveSignal): void {
    this.deliver(caseId, signal);
    for (const outlet of this.outlets) outlet(caseId, signal);
  }

  /** A signal for this server's connections only (one that came from another server). */
  deliver(caseId: string, signal: LiveSignal): void {
    for (const listener of this.listeners.get(caseId) ?? []) listener(signal);
  }

  /** Counts one more open connection of this person on this case; returns its release. */
  join(caseId: string, userId: string): () => void {
    const people = this.present.get(caseId) ?? new Map<string, number>();
    people.set(userId, (people.get(userId) ?? 0) + 1);
    this.present.set(caseId, people);
    this.publish(caseId, { kind: 'presence' });
    return () => {
      const count = (people.get(userId) ?? 1) - 1;
      if (count <= 0) people.delete(userId);
      else people.set(userId, count);
      if (people.size === 0) this.present.delete(caseId);
      this.publish(caseId, { kind: 'presence' });
    };
  }

  /** Who has the case open right now. */
  online(caseId: string): string[] {
    return [...(this.present.get(caseId)?.keys() ?? [])];
  }
}
