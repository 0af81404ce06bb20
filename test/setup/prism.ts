/**
 * vitest global setup: starts Prism (installed by `npm ci` as a dev dependency) mocking the flagship spec on
 * 127.0.0.1, for the per-endpoint tests generated into generated/smithery/tests. Prism validates every
 * request against the spec and answers with the spec's examples. The URL reaches the tests through
 * TEST_API_BASE_URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from '../helpers/paths';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prism exited with ${child.exitCode}:\n${log()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`prism did not start within 60 s:\n${log()}`);
}

/** Start Prism mocking `spec` on a free 127.0.0.1 port; resolves once it answers `probePath`. */
async function startPrism(spec: string, probePath: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const prism = path.join(ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js');
  const child = spawn(process.execPath, [prism, 'mock', '-h', '127.0.0.1', '-p', String(port), spec], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}${probePath}`, child, () => output);
  return { url, stop: () => child.kill('SIGTERM') };
}

export default async function setup(): Promise<() => Promise<void>> {
  const prism = await startPrism(path.join(ROOT, 'specs/smithery.openapi.yml'), '/health');
  process.env.TEST_API_BASE_URL = prism.url;
  return async () => {
    prism.stop();
  };
}
