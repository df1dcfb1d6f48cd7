import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from './io.js';
import { main } from './main.js';

function fakeIo() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return {
    io: { stdin: new PassThrough(), stdout, stderr, colour: false },
    out: () => out,
    err: () => err,
  };
}

describe('amends', () => {
  it('prints its help with --help', async () => {
    const { io, out } = fakeIo();
    expect(await main(['--help'], io)).toBe(EXIT_OK);
    expect(out()).toContain('amends <command>');
    expect(out()).toContain('--database-url');
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { io, err } = fakeIo();
    expect(await main(['serv'], io)).toBe(EXIT_USAGE);
    expect(err()).toContain('unknown command "serv"');
  });

  it('rejects an unknown flag with a clear message and exit code 2', async () => {
    const { io, err } = fakeIo();
    expect(await main(['serve', '--prot', '9000'], io)).toBe(EXIT_USAGE);
    expect(err()).toMatch(/Unknown flag '--prot'/);
  });

  it('rejects a port that is not a port', async () => {
    const { io, err } = fakeIo();
    expect(await main(['serve', '--port', 'eighty'], io)).toBe(EXIT_USAGE);
    expect(err()).toContain('port');
  });

  it('migrates a new embedded database, then says it is up to date', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'amends-cli-'));
    try {
      const first = fakeIo();
      expect(await main(['migrate', '--data', data], first.io)).toBe(EXIT_OK);
      expect(first.out()).toContain('applied 0001-accounts-and-cases');
      const second = fakeIo();
      expect(await main(['migrate', '--data', data], second.io)).toBe(EXIT_OK);
      expect(second.out()).toContain('up to date');
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
