import { describe, it, expect } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { runCoach } from './coach.command.js';
import type { CliIo } from './io.js';

async function run(
  args: string[],
  input: string,
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const io: CliIo = { stdin: Readable.from([input]), stdout, stderr, colour: false };
  const code = await runCoach(args, io);
  return { code, out, err };
}

describe('amends coach --jsonl', () => {
  it('answers each line in order, with codes as a sorted set', async () => {
    const input = [
      '{"id": "a17", "kind": "apology", "text": "I\'m sorry if you were upset, but I was exhausted."}',
      '{"id": "m1", "kind": "message", "text": "You always lie. You always lie."}',
    ].join('\n');
    const { code, out } = await run(['--jsonl'], input);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a17', 'm1']);
    expect(lines[0]?.codes).toEqual(['conditional_apology', 'justification']);
    expect(lines[0]?.kind).toBe('apology');
    expect(typeof lines[0]?.score).toBe('number');
    const findings = lines[0]?.findings as { code: string; start: number; end: number }[];
    expect(findings[0]).toMatchObject({ code: 'conditional_apology', start: 0, end: 27 });
    expect(lines[1]?.codes).toEqual(['absolute', 'you_accusation']);
  });

  it('gives an error line for invalid JSON or a missing text, and goes on', async () => {
    const input = [
      'not json',
      '{"id": "x2", "kind": "message"}',
      '{"id": "x3", "text": "Thanks!"}',
    ].join('\n');
    const { code, out } = await run(['--jsonl'], input);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: null });
    expect(typeof lines[0]?.error).toBe('string');
    expect(lines[1]).toMatchObject({ id: 'x2' });
    expect(typeof lines[1]?.error).toBe('string');
    expect(lines[2]).toMatchObject({ id: 'x3', kind: 'message', codes: [] });
  });
});

describe('amends coach --json and the report', () => {
  it('prints one analysis as JSON for a single text', async () => {
    const { code, out } = await run(['--json', '--kind', 'apology'], "I'm sorry. It was my fault.");
    expect(code).toBe(0);
    const a = JSON.parse(out) as Record<string, unknown>;
    expect(a.codes).toEqual(['remorse', 'responsibility']);
    expect(a.checklist).toBeDefined();
  });

  it('prints a readable report', async () => {
    const { code, out } = await run(['--kind', 'message'], 'You never listen.');
    expect(code).toBe(0);
    expect(out).toContain('absolute');
    expect(out).toContain('"You never"');
    expect(out).toContain('score');
  });

  it('refuses an unknown kind with a usage error', async () => {
    const { code, err } = await run(['--kind', 'poem'], 'hi');
    expect(code).toBe(2);
    expect(err).toContain('usage');
  });
});
