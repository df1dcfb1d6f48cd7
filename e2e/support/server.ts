import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const STARTUP_TIMEOUT_MS = 30_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;

export interface RunningServer {
  readonly baseUrl: string;
  /** The embedded database's folder, to start another server on the same data. */
  readonly dataDir: string;
  /** Stops the server the way an operator would (SIGTERM) and removes its data folder. */
  readonly stop: () => Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would, and keeps its data. */
  readonly crash: () => Promise<void>;
  /** Moves the server's clock forward (the server runs with its test clock on). */
  readonly advanceClock: (ms: number) => Promise<void>;
}

export interface ServerOptions {
  /** Start on this data folder (a restart) instead of a new one. */
  readonly dataDir?: string;
  /** Keep a fixed port across a restart, so open pages reconnect to the same address. */
  readonly port?: number;
}

/** Asks the OS for a port nobody is using, so test files never collide with each other. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port.'));
      });
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The server exited with code ${child.exitCode} before it was ready:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(
    `The server did not answer /api/health within ${STARTUP_TIMEOUT_MS} ms:\n${output()}`,
  );
}

/**
 * Starts the real, built server (`npm run build` first; `npm run test:e2e` does it) on a fresh
 * embedded database, exactly as a person would with `amends serve`.
 * Set AMENDS_E2E_BASE_URL to run the browser tests against a server you started yourself.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const external = process.env.AMENDS_E2E_BASE_URL;
  if (external !== undefined && external !== '') {
    const baseUrl = external.replace(/\/$/, '');
    return {
      baseUrl,
      dataDir: '',
      stop: () => Promise.resolve(),
      crash: () => Promise.reject(new Error('Cannot crash a server this test did not start.')),
      advanceClock: (ms) => advanceClock(baseUrl, ms),
    };
  }

  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'amends-e2e-')));
  const child = spawn(
    process.execPath,
    ['bin/amends.js', 'serve', '--port', String(port), '--data', dataDir],
    {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'test', AMENDS_TEST_CLOCK: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Keep the server's output to explain a failed start; it is not echoed otherwise.
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_TIMEOUT_MS);
      await exited(child);
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const crash = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited(child);
    }
  };

  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, stop, crash, advanceClock: (ms) => advanceClock(baseUrl, ms) };
}

/** Moves the clock of a server started with AMENDS_TEST_CLOCK=true. */
async function advanceClock(baseUrl: string, ms: number): Promise<void> {
  const response = await fetch(`${baseUrl}/__test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceMs: ms }),
  });
  if (response.status !== 200)
    throw new Error(`The test clock did not move: ${await response.text()}`);
}
