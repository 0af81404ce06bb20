// The owners' Prism fork: an edit of Stainless's scripts/mock (and scripts/test's hint) that runs Prism from a package
// of theirs (`@lingxi.li/prism-cli@5.12.4`) in place of Stainless's `@stainless-api/prism-cli`. `sdkgen migrate`
// reads it from the work tree's script (migrate/repository/mock-server.ts), records it, and both targets' tests start
// it (emit/mock-server.ts); the hunks that only swap the package are done by sdkgen, not left for a person
// (migrate/reapply/prism-fork-done.ts).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { recordedMockServer, type MockServer } from '../generator/emit/mock-server';
import { mockServerOfRepositoryScripts, mockServerOfScript } from '../generator/migrate/repository/mock-server';
import * as mockServerModule from '../generator/migrate/repository/mock-server';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';

const mock = (prism: string) => `#!/usr/bin/env bash
set -e
cd "$(dirname "$0")/.."
if [ "$1" == "--daemon" ]; then
  npm exec --package=${prism} -- prism mock "$URL" &> .prism.log &
else
  npm exec --package=${prism} -- prism mock "$URL"
fi
`;
const STAINLESS = mock('@stainless-api/prism-cli@5.15.0');
const OWNERS = mock('@lingxi.li/prism-cli@5.12.4');
const FORK: MockServer = { kind: 'prism', package: '@lingxi.li/prism-cli', version: '5.12.4' };

async function generated(dir: string, target: 'typescript' | 'python'): Promise<Map<string, string>> {
  mkdirSync(dir, { recursive: true });
  const spec = path.join(dir, 'petstore.yaml');
  copyFileSync(path.join(ROOT, 'test/python/fixtures/petstore.yaml'), spec);
  const result = await generate({ spec, ...(target === 'python' ? { target } : {}), format: false, mockServer: FORK });
  return new Map(result.files.map((f) => [f.path, f.contents]));
}

describe('the Prism fork of the owners’ scripts', () => {
  const dir = tempDir('prism-fork');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read from the script that runs it, and Stainless’s own Prism is no fork', () => {
    expect(mockServerOfScript(OWNERS)).toEqual(FORK);
    expect(mockServerOfScript(STAINLESS)).toBeNull();
    expect(mockServerOfScript(mock('@stoplight/prism-cli@5.14.2'))).toBeNull();
    // (A version the script does not write out is not one sdkgen pins: Prism then.)
    expect(mockServerOfScript(mock('@lingxi.li/prism-cli@$PRISM'))).toBeNull();
  });

  it('is the owners’ where the generation’s script runs Stainless’s Prism and the work tree’s their fork', () => {
    const fromGeneration = mockServerOfRepositoryScripts((p) => (p === 'scripts/mock' ? STAINLESS : null));
    const fromWorkTree = mockServerOfRepositoryScripts((p) => (p === 'scripts/mock' ? OWNERS : null));
    const ownersPrismFork = (mockServerModule as Record<string, unknown>).ownersPrismFork as
      | ((a: typeof fromGeneration, b: typeof fromWorkTree) => typeof fromGeneration)
      | undefined;
    expect(ownersPrismFork?.(fromGeneration, fromWorkTree).server).toEqual(FORK);
    expect(ownersPrismFork?.(fromGeneration, fromGeneration).server).toBeNull();
  });

  it('is recorded in the manifest and read back', () => {
    expect(recordedMockServer(JSON.parse(JSON.stringify(FORK)))).toEqual(FORK);
    expect(recordedMockServer({ kind: 'prism', package: '@stoplight/prism-cli', version: '5.14.2' })).toBeNull();
    expect(recordedMockServer({ kind: 'prism', package: 'x; rm -rf /', version: '1' })).toBeNull();
  });

  it('starts the Prism fork the owners’ script ran, in both targets', async () => {
    const ts = await generated(path.join(dir, 'ts'), 'typescript');
    const pkg = JSON.parse(ts.get('package.json')!);
    expect(pkg.devDependencies['@lingxi.li/prism-cli']).toBe('5.12.4');
    expect(pkg.devDependencies['@stoplight/prism-cli']).toBeUndefined();
    expect(pkg.scripts.mock).toMatch(/^prism mock /);
    expect(ts.get('scripts/mock-server.mjs')).toContain("resolve('@lingxi.li/prism-cli/dist/index.js')");
    const py = await generated(path.join(dir, 'py'), 'python');
    const script = py.get('scripts/mock')!;
    expect(script).toContain('npx -y @lingxi.li/prism-cli@5.12.4 mock -h 127.0.0.1 -p 4010');
    expect(script).not.toContain('@stoplight/prism-cli');
  });

  it('makes the hunks that only swap the package done by sdkgen', async () => {
    const { dropPrismForkDone } = await import('../generator/migrate/reapply/prism-fork-done');
    const swap = [
      '@@ -24 +24 @@',
      '-  npm exec --package=@stainless-api/prism-cli@5.15.0 -- prism mock "$URL" &> .prism.log &',
      '+  npm exec --package=@lingxi.li/prism-cli@5.12.4 -- prism mock "$URL" &> .prism.log &',
    ].join('\n');
    const other = ['@@ -3 +3 @@', '-set -e', '+set -euo pipefail'].join('\n');
    const done: Array<{ path: string; does: string; test: string }> = [];
    const left = dropPrismForkDone(
      [
        { path: 'scripts/mock', hunks: [swap, other] },
        { path: 'src/client.ts', hunks: [swap] },
      ],
      done,
      FORK,
    );
    expect(left).toEqual([
      { path: 'scripts/mock', hunks: [other] },
      { path: 'src/client.ts', hunks: [swap] },
    ]);
    expect(done).toEqual([
      expect.objectContaining({ path: 'scripts/mock', test: expect.stringContaining('both targets') }),
    ]);
    // Without the fork recorded, nothing is done by sdkgen.
    expect(dropPrismForkDone([{ path: 'scripts/mock', hunks: [swap] }], [], null)).toHaveLength(1);
  });
});
