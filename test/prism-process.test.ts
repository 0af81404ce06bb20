/**
 * test/helpers/prism-process.ts: a Prism server is only ever used at the address its own process bound. Before it,
 * the helpers probed a free port, closed it and handed it to `prism mock -p`; when another server took that port
 * first (another suite's Prism, on a box running several), Prism failed to bind only once its spec had loaded, and
 * meanwhile the other server answered the readiness probe: the tests ran against another spec's mock (404s).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrismProcess, type PrismProcess } from './helpers/prism-process';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

/** A one-operation spec answering `GET /<name>` with `{"spec": "<name>"}`. */
function writeSpec(dir: string, name: string): string {
  const file = path.join(dir, `${name}.json`);
  const response = {
    description: 'ok',
    content: { 'application/json': { example: { spec: name }, schema: { type: 'object' } } },
  };
  writeFileSync(
    file,
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: name, version: '1' },
      paths: { [`/${name}`]: { get: { operationId: name, responses: { '200': response } } } },
    }),
  );
  return file;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );

describe('startPrismProcess', () => {
  let dir: string;
  const started: PrismProcess[] = [];

  beforeAll(() => {
    dir = tempDir('prism-process');
    mkdirSync(dir, { recursive: true });
  });
  afterAll(() => {
    for (const prism of started) prism.stop();
  });

  // The two checks below start Prism (seconds of CPU each) and are SDKGEN_SLOW_TESTS=full's (CI's): in `npm test`, a
  // generated package's mock server setup (mock-server-setup.test.ts) is checked for the same two behaviours, a port
  // another server takes and Prism's reason for a spec it will not serve, and every Prism this suite starts goes
  // through this helper.
  it.skipIf(!SLOW_FULL)(
    'never hands out a port another server holds: the other server on the chosen port is not taken for Prism',
    async () => {
      // Another server got the chosen port first, answering every request as another spec's Prism would.
      const other = createServer((_request, response) => response.writeHead(404).end('{"title":"Route not resolved"}'));
      const port = await listen(other);
      try {
        const start = startPrismProcess(writeSpec(dir, 'alpha'), { port });
        await expect(start).rejects.toThrow(/EADDRINUSE|did not start/);
      } finally {
        other.close();
      }
    },
  );

  // Two Prism starts, three CPU-seconds or so each: SDKGEN_SLOW_TESTS=full's (`npm run test:slow`, CI's). In `npm
  // test`, one Prism serving its spec at the address it bound is test/setup/prism.ts's, which the files that need
  // Prism use (test/setup/test-file.ts).
  it.skipIf(!SLOW_FULL)('serves each spec at its own address when several start at once', async () => {
    // Two are enough to race for a port.
    const specs = ['alpha', 'beta'].map((name) => ({ name, file: writeSpec(dir, name) }));
    const servers = await Promise.all(specs.map(({ file }) => startPrismProcess(file)));
    started.push(...servers);
    expect(new Set(servers.map((s) => s.url)).size).toBe(specs.length);
    for (const [i, { name }] of specs.entries()) {
      const response = await fetch(`${servers[i].url}/${name}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ spec: name });
      expect(servers[i].exited()).toBeNull();
    }
    servers[0].stop();
    await expect.poll(() => servers[0].exited(), { timeout: 10_000 }).not.toBeNull();
  });

  it.skipIf(!SLOW_FULL)('reports a spec Prism will not serve, with its reason', async () => {
    const empty = path.join(dir, 'empty.json');
    writeFileSync(empty, JSON.stringify({ openapi: '3.0.3', info: { title: 'e', version: '1' }, paths: {} }));
    await expect(startPrismProcess(empty)).rejects.toThrow(/No operations found/);
  });
});
