/**
 * The TypeScript trial's check 10 (bench/migrate-trials/lib/npm-test.mjs): `npm test` runs in a network namespace of
 * its own, as the Python trial's checks 6 and 9 do, so that a mock another trial started on 127.0.0.1:4010 cannot
 * answer its tests. The Prism its scripts name is therefore installed before the run, into a cache under the runs
 * dir (lib/prism-provided.mjs), and the stand-in for npx/npm exec runs it. The registry is a fake here.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { npmTestCheck } from '../bench/migrate-trials/lib/npm-test.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { prismAsked, providePrism } from '../bench/migrate-trials/lib/prism-provided.mjs';
import { tempDir } from './helpers/sdk';

const canUnshare = spawnSync('unshare', ['-n', 'true']).status === 0;

/** A work tree whose `npm test` runs `script` (bash) as scripts/test. */
function workTree(prefix: string, script: string, files: Record<string, string> = {}) {
  const root = tempDir(prefix);
  const repo = path.join(root, 'repo');
  mkdirSync(path.join(repo, 'scripts'), { recursive: true });
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'acme', scripts: { test: './scripts/test' } }));
  writeFileSync(path.join(repo, 'scripts/test'), `#!/usr/bin/env bash\nset -e\n${script}\n`);
  chmodSync(path.join(repo, 'scripts/test'), 0o755);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(repo, name), text);
  // (<runs>/<name>/<stamp>: the caches sit in <runs>.)
  const runDir = path.join(root, 'runs', 'acme', 'stamp');
  mkdirSync(runDir, { recursive: true });
  const logs: Record<string, string> = {};
  const log = (name: string, text: string) => (logs[name] = text);
  return { root, repo, runDir, logs, log };
}

/** A registry whose installs write a `prism` printing its version and arguments; records what it was asked. */
function fakePrismRegistry() {
  const calls: string[] = [];
  return {
    calls,
    install(spec: string, dir: string) {
      calls.push(`install ${spec}`);
      const bin = path.join(dir, 'node_modules/.bin/prism');
      mkdirSync(path.dirname(bin), { recursive: true });
      writeFileSync(bin, `#!/usr/bin/env bash\necho "prism ${spec} $*"\n`);
      chmodSync(bin, 0o755);
      return { ok: true, log: `installed ${spec}` };
    },
  };
}

describe("the TypeScript trial's npm test", () => {
  // The real npx is never reached here: a stand-in for it says so and fails (no download in a test).
  let savedPath: string | undefined;
  beforeEach(() => {
    savedPath = process.env.PATH;
    const fake = tempDir('real-npx');
    writeFileSync(path.join(fake, 'npx'), '#!/usr/bin/env bash\necho "the real npx: $*"\nexit 1\n');
    chmodSync(path.join(fake, 'npx'), 0o755);
    process.env.PATH = `${fake}:${savedPath}`;
  });
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it.runIf(canUnshare)("runs in a network namespace of its own: another trial's server is not reached", async () => {
    // A server on the machine's loopback, as another trial's mock on 127.0.0.1:4010 (the kernel accepts for it while
    // this process waits on the check).
    const server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const probe = `const s = require('net').connect(${port}, '127.0.0.1');
s.on('connect', () => { console.log('reached the machine\\'s server'); process.exit(1); });
s.on('error', (e) => { console.log('alone: ' + e.code); process.exit(0); });`;
      const t = workTree('npm-test-netns', 'node probe.js', { 'probe.js': probe });
      const c10 = npmTestCheck({ repo: t.repo, runDir: t.runDir, spec: '/inputs/openapi.yml', log: t.log });
      expect(t.logs['npm-test.log']).toContain('alone: ECONNREFUSED');
      expect(c10.status, c10.reason).toBe('pass');
      expect(c10.reason).toContain('own network namespace');
    } finally {
      server.close();
    }
  });

  it('runs the Prism its scripts name, installed once before the run; a spec URL read as the copy', () => {
    const mock = 'npm exec --package=@stainless-api/prism-cli@5.15.0 -- prism mock "https://s.x/a.yml"';
    const t = workTree('npm-test-prism', mock);
    const registry = fakePrismRegistry();
    const c10 = npmTestCheck({
      repo: t.repo,
      runDir: t.runDir,
      spec: '/inputs/openapi.yml',
      log: t.log,
      prismRegistry: registry,
      ownPrism: 'false',
    });
    expect(c10.status, t.logs['npm-test.log']).toBe('pass');
    expect(t.logs['npm-test.log']).toContain('prism @stainless-api/prism-cli@5.15.0 mock /inputs/openapi.yml');
    expect(c10.reason).toContain("the spec https://s.x/a.yml read as the trial's copy");
    // A second trial in the same runs dir: from the cache, the registry not asked.
    const again = npmTestCheck({
      repo: t.repo,
      runDir: path.join(t.root, 'runs', 'acme', 'stamp2'),
      spec: '/inputs/openapi.yml',
      log: t.log,
      prismRegistry: registry,
      ownPrism: 'false',
    });
    expect(again.status).toBe('pass');
    expect(registry.calls).toEqual(['install @stainless-api/prism-cli@5.15.0']);
  });

  it("reads the Prism packages the scripts name; one that cannot be installed: sdkgen's stands in, said so", () => {
    const t = workTree('prism-asked', 'npx prism-cli-lookalike; npx @stoplight/prism-cli@~5.3.2 mock x.yml');
    writeFileSync(path.join(t.repo, 'scripts/mock'), 'npm exec --package=@stainless-api/prism-cli -- prism mock y\n');
    expect(prismAsked(t.repo)).toEqual(['@stainless-api/prism-cli@latest', '@stoplight/prism-cli@~5.3.2']);
    const failing = { install: () => ({ ok: false, log: 'npm error 404 Not Found' }) };
    const provided = providePrism({
      dir: t.repo,
      cacheDir: path.join(t.root, '.prism'),
      fallback: '/own/prism',
      registry: failing,
    });
    expect(provided.bin).toBe('/own/prism');
    expect(provided.notes.join('\n')).toContain(
      "@stainless-api/prism-cli@latest could not be installed (npm error 404 Not Found): sdkgen's Prism stands in",
    );
    // sdkgen's own scripts name none (their global setup starts the devDependency's, a path into the package):
    // nothing installed.
    const own = workTree('prism-none', 'jest');
    writeFileSync(
      path.join(own.repo, 'scripts/mock-server.mjs'),
      "const prism = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');\n",
    );
    expect(prismAsked(own.repo)).toEqual([]);
    expect(providePrism({ dir: own.repo, cacheDir: path.join(own.root, '.prism'), fallback: '/own/prism' })).toEqual({
      bin: '/own/prism',
      notes: [],
    });
    expect(readFileSync(path.join(own.repo, 'package.json'), 'utf8')).toContain('./scripts/test');
  });
});
