/**
 * `amends coach`: runs the coach from the command line.
 *   amends coach --jsonl            JSON lines in (stdin) → one JSON line out per line, in order
 *   amends coach --json [FILE]      one text (FILE or stdin) → its analysis as JSON
 *   amends coach [FILE]             one text → a readable, coloured report for a person
 * Options: --kind apology|disclosure|message|compensation (default: message).
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { analyze, TEXT_KINDS } from '../coach/index.js';
import type { Analysis, Finding, TextKind } from '../coach/index.js';
import type { CliIo } from './io.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './io.js';

const USAGE =
  'usage: amends coach [--kind KIND] [--json] [FILE]\n       amends coach --jsonl < lines.jsonl\n' +
  `KIND is one of ${TEXT_KINDS.join(', ')} (default: message)\n`;

/** One input line of `--jsonl`. */
const CoachLine = z.object({
  id: z.union([z.string(), z.number(), z.null()]).optional(),
  kind: z.enum(TEXT_KINDS).default('message'),
  text: z.string({ error: 'missing "text" (a string)' }),
});

interface Options {
  mode: 'jsonl' | 'json' | 'report';
  kind: TextKind;
  file?: string;
}

/** Runs `amends coach` with the arguments after `coach`; resolves to the exit code. */
export async function runCoach(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr.write(`${options}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (options.mode === 'jsonl') return runJsonl(io);
  let text: string;
  try {
    text =
      options.file === undefined ? await readAll(io.stdin) : await readFile(options.file, 'utf8');
  } catch (error) {
    io.stderr.write(`amends coach: cannot read ${options.file ?? 'stdin'}: ${message(error)}\n`);
    return EXIT_FAILURE;
  }
  const analysis = analyze(text, options.kind);
  if (options.mode === 'json') {
    io.stdout.write(`${JSON.stringify(present(null, analysis))}\n`);
  } else {
    io.stdout.write(report(text, analysis, io.colour));
  }
  return EXIT_OK;
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { mode: 'report', kind: 'message' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--jsonl') options.mode = 'jsonl';
    else if (arg === '--json') options.mode = 'json';
    else if (arg === '--kind' || arg.startsWith('--kind=')) {
      const value = arg === '--kind' ? args[++i] : arg.slice('--kind='.length);
      const kind = z.enum(TEXT_KINDS).safeParse(value);
      if (!kind.success) return `amends coach: unknown kind "${value ?? ''}"`;
      options.kind = kind.data;
    } else if (arg.startsWith('-') && arg !== '-') return `amends coach: unknown option ${arg}`;
    else if (options.file !== undefined) return 'amends coach: only one FILE at a time';
    else if (arg !== '-') options.file = arg;
  }
  return options;
}

// Reads JSON lines one by one and answers each in order; a bad line gets an error line.
async function runJsonl(io: CliIo): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    io.stdout.write(`${JSON.stringify(answerLine(line))}\n`);
  }
  return EXIT_OK;
}

/** The output object of one `--jsonl` input line. */
export function answerLine(line: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `invalid JSON: ${message(error)}` };
  }
  const parsed = CoachLine.safeParse(value);
  if (!parsed.success) {
    const id = idOf(value);
    return { id, error: parsed.error.issues.map((i) => i.message).join('; ') };
  }
  return present(parsed.data.id ?? null, analyze(parsed.data.text, parsed.data.kind));
}

function idOf(value: unknown): string | number | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const id = value.id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

function present(id: string | number | null, a: Analysis): Record<string, unknown> {
  const codes = [...new Set(a.findings.map((f) => f.code))].sort();
  return {
    id,
    kind: a.kind,
    score: a.score,
    codes,
    findings: a.findings,
    ...(a.checklist === undefined ? {} : { checklist: a.checklist }),
  };
}

const COLOUR = { good: '\x1b[32m', info: '\x1b[36m', warn: '\x1b[33m', danger: '\x1b[31m' };
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

/** A readable report of one analysis, coloured when a person reads it in a terminal. */
export function report(text: string, a: Analysis, colour: boolean): string {
  const paint = (f: Finding, s: string): string =>
    colour ? `${COLOUR[f.severity]}${s}${RESET}` : s;
  const bold = (s: string): string => (colour ? `${BOLD}${s}${RESET}` : s);
  const out: string[] = [bold(`Coach — ${a.kind}, score ${a.score}/100`), ''];
  if (a.findings.length === 0) out.push('Nothing to point at. It reads calmly.');
  for (const f of a.findings) {
    const mark = f.severity === 'good' ? '✓' : f.severity === 'danger' ? '!!' : '!';
    out.push(`${paint(f, `${mark} ${f.code}`)}  "${text.slice(f.start, f.end)}"`);
    out.push(`    ${f.reason}`);
    if (f.suggestion !== undefined && f.suggestion !== '') out.push(`    Try: "${f.suggestion}"`);
    if (f.suggestion === '') out.push('    Try: leave this part out.');
  }
  if (a.checklist !== undefined) {
    out.push('', bold('Apology checklist'));
    for (const [component, done] of Object.entries(a.checklist)) {
      out.push(`  [${done ? 'x' : ' '}] ${component.replace(/_/g, ' ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
