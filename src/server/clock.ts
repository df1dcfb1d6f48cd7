/** The server's only source of time, injected so that tests can move it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The system clock plus an offset that only moves forward (browser tests' cooling periods). */
export class MovableClock {
  private offsetMs = 0;
  readonly now: Clock = () => new Date(Date.now() + this.offsetMs);
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
