/**
 * Stainless's tests of the client (`tests/index.test.ts`), which an SDK made from a Stainless config has as
 * Stainless's SDKs had it: for real configs (query auth: OneBusAway's `send_as_query_param`; bearer auth read from
 * the environment: Knock's), the file is snapshotted, type-checked with the SDK under tsc --strict, and run under Node
 * by the harness on its own (its tests need no server: they read the URLs the client builds, or give it a `fetch`).
 * An SDK without a Stainless config has no such file.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { ROOT, SHARED } from './helpers/paths';
import { tempDir, writeFiles } from './helpers/sdk';

const SNAPSHOTS = path.join(ROOT, 'test/__snapshots__/stainless-client-tests');

const projects = [
  { name: 'onebusaway', dir: 'stainless-compat/onebusaway', spec: 'openapi.yml', config: 'stainless.yml' },
  {
    name: 'knock',
    dir: 'stainless-configs/knocklabs__docs__data-specs-api',
    spec: 'openapi.yml',
    config: 'stainless.yml',
  },
].filter((p) => existsSync(path.join(SHARED, p.dir, p.config)));
if (projects.length < 2) console.warn('stainless-client-tests: ../shared is absent; the real configs are skipped');

const root = tempDir('stainless-client-tests');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(projects)('the client tests of $name', ({ name, dir, spec, config }) => {
  const out = path.join(root, name);

  it('are Stainless-shaped, type-check under tsc --strict and pass', async () => {
    const result = await generate({ spec: path.join(SHARED, dir, spec), config: path.join(SHARED, dir, config) });
    const file = result.files.find((f) => f.path === 'tests/index.test.ts');
    expect(file, 'tests/index.test.ts').toBeDefined();
    await expect(file!.contents).toMatchFileSnapshot(path.join(SNAPSHOTS, name, 'index.test.ts'));

    // The SDK with only these tests (the resources' need a mock server; test/stainless-compat.test.ts runs them).
    writeFiles(
      out,
      result.files.filter((f) => !f.path.startsWith('tests/api-resources/')),
    );
    const { status, output } = typeCheckStrict(out, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);

    const run = await runGeneratedTests(out, 'http://127.0.0.1:9');
    const declared = readFileSync(path.join(out, 'tests/index.test.ts'), 'utf8').match(/^\s*it\(/gm)?.length ?? 0;
    expect(run.failed, run.text).toEqual([]);
    expect(run.summary).toBe(`${declared} passed, 0 failed, 0 skipped`);
  });
});

describe('an SDK without a Stainless config', () => {
  it('has no tests/index.test.ts', async () => {
    const result = await generate({ spec: path.join(ROOT, 'test/fixtures/auth-schemes.yaml') });
    expect(result.files.map((f) => f.path)).toContain('tests/harness.ts');
    expect(result.files.map((f) => f.path)).not.toContain('tests/index.test.ts');
  });
});
