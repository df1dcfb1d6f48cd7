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
  /** Stops the server the way an operator would (SIGTERM) and removes its data folder. */
  readonly stop: () => Promise<void>;
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
export async function startServer(): Promise<RunningServer> {
  const external = process.env.AMENDS_E2E_BASE_URL;
  if (external !== undefined && external !== '') {
    return { baseUrl: external.replace(/\/$/, ''), stop: () => Promise.resolve() };
  }

  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'amends-e2e-'));
  const child = spawn(
    process.execPath,
    ['bin/amends.js', 'serve', '--port', String(port), '--data', dataDir],
    { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'test' }, stdio: ['ignore', 'pipe', 'pipe'] },
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

  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
