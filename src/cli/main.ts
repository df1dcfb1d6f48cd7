import { runCoach } from './coach.command.js';
import { UsageError } from './args.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from './io.js';
import { runMigrate, runServe } from './serve.command.js';
import { VERSION } from '../server/version.js';

export const USAGE = `Usage: amends <command> [flags]

Commands:
  serve     Start Amends (the API and the web app)
              --port, -p N          port to listen on (default 8080, or $PORT)
              --host HOST           address to listen on (default localhost, or $HOST)
              --data DIR            folder of the embedded database (default ./data)
              --database-url URL    use PostgreSQL instead (or $DATABASE_URL)
  migrate   Bring the database up to date (same --data and --database-url flags)
  coach     Read a text and show what may hurt and what may heal (see amends coach --help)

Flags:
  --help, -h      show this help
  --version, -v   show the version
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = { serve: runServe, migrate: runMigrate, coach: runCoach };

/** Runs the `amends` command line and returns its exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr.write(`amends: unknown command "${name}".\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (name !== 'coach' && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`amends ${name}: ${error.message}\nRun "amends --help" to see the flags.\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`amends ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof Error && error.cause instanceof Error) {
      io.stderr.write(`  because: ${error.cause.message}\n`);
    }
    return EXIT_FAILURE;
  }
}
