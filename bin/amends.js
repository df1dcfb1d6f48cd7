#!/usr/bin/env node
// The `amends` command: a thin shim over the compiled CLI in dist/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('Amends is not built yet. Run "npm run build" first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  colour: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
});
process.exitCode = code;
