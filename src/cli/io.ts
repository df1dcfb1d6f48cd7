/** What a CLI command reads from and writes to; tests pass their own streams. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Whether stdout is a terminal a person reads (colours on) or a pipe (colours off). */
  readonly colour: boolean;
}

/** Exit codes of the `amends` command. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
