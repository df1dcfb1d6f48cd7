/** The server's only source of time, injected so that tests can move it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
