/**
 * With `--baseline`, the TypeScript trial runs the owners' tests at the ref (bench/migrate-trials/lib/ref-owners-tests.mjs)
 * in a network namespace of its own, as check 10's `npm test` on sdkgen's side (lib/npm-test.mjs): a mock another
 * trial started on the machine's 127.0.0.1 must not answer the ref's tests either, or the two sides are not compared
 * alike.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { refOwnersTests } from '../bench/migrate-trials/lib/ref-owners-tests.mjs';
import { tempDir } from './helpers/sdk';

const canUnshare = spawnSync('unshare', ['-n', 'true']).status === 0;

describe("the ref's owners' tests (--baseline)", () => {
  it.runIf(canUnshare)("run in a network namespace of their own: another trial's server is not reached", async () => {
    const server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const dir = tempDir('ref-owners-netns');
      mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
      mkdirSync(path.join(dir, 'tests'), { recursive: true });
      writeFileSync(path.join(dir, 'tests/custom.test.ts'), "test('custom', () => {});\n");
      // Jest's stand-in: a probe of the machine's server, printing Jest's closing count.
      const probe = `const s = require('net').connect(${port}, '127.0.0.1');
s.on('connect', () => { console.log('reached the machine\\'s server'); console.log('Tests:       1 failed, 1 total'); process.exit(1); });
s.on('error', (e) => { console.log('alone: ' + e.code); console.log('Tests:       1 passed, 1 total'); process.exit(0); });`;
      writeFileSync(path.join(dir, 'probe.cjs'), probe);
      writeFileSync(path.join(dir, 'node_modules/.bin/jest'), `#!/usr/bin/env bash\nexec node "${dir}/probe.cjs"\n`);
      chmodSync(path.join(dir, 'node_modules/.bin/jest'), 0o755);
      const logs: Record<string, string> = {};
      const entry = refOwnersTests({
        dir,
        ownersTests: ['tests/custom.test.ts'],
        log: (name: string, text: string) => (logs[name] = text),
      });
      expect(logs['baseline-owners-tests.log']).toContain('alone: ECONNREFUSED');
      expect(entry).toMatchObject({ what: "owners' tests (jest, 1 files)", status: 'ok', failing: [] });
      expect(entry.reason).toBe('Tests:       1 passed, 1 total (own network namespace)');
    } finally {
      server.close();
    }
  });
});
