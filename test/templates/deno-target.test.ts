/**
 * `--target deno`: the Smithery SDK laid out for Deno / JSR — deno.json and jsr.json instead of package.json
 * and tsconfig, explicit `.ts` specifiers everywhere (runtime files included), no Node-only API — checked with
 * the real Deno binary (the `deno` dev dependency): `deno check` (default Deno types: no DOM, no Node), its own
 * per-endpoint tests with `deno test` against Prism (those two with SDKGEN_SLOW_TESTS=full), and `deno publish
 * --dry-run` (JSR's slow-types check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../generator/generate';
import { ROOT } from '../helpers/paths';
import { prismReady } from '../helpers/prism-process';
import { tempDir, writeFiles } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import { binary, denoTestEntry, prismUrl, run } from '../runtimes/bin';
import { SMITHERY, SMITHERY_CONFIG } from './helpers';

const deno = binary('deno');
let result: GenerateResult;
let out: string;

beforeAll(async () => {
  result = await generate({ spec: SMITHERY, config: SMITHERY_CONFIG, target: 'deno' });
  out = tempDir('deno-target');
  writeFiles(out, result.files);
});

const sources = () => result.files.filter((f) => f.path.endsWith('.ts'));

describe('sdkgen generate --target deno', () => {
  it('lays the package out for Deno and JSR', () => {
    const paths = result.files.map((f) => f.path);
    expect(paths).toContain('deno.json');
    expect(paths).toContain('jsr.json');
    for (const gone of ['package.json', 'tsconfig.json', 'tsconfig.build.json']) expect(paths).not.toContain(gone);
    for (const name of ['deno.json', 'jsr.json']) {
      const json = JSON.parse(result.files.find((f) => f.path === name)!.contents);
      expect(json).toMatchObject({ name: '@smithery/api', version: '0.1.0', exports: './src/index.ts' });
    }
    // The same SDK: every source file of the default layout is there.
    const node = readFileSync(path.join(ROOT, 'generated/smithery/.sdkgen/manifest.json'), 'utf8');
    for (const file of Object.keys(JSON.parse(node).files as Record<string, string>).filter((f) =>
      f.startsWith('src/'),
    ))
      expect(paths).toContain(file);
  });

  it('uses explicit .ts specifiers in every relative import, runtime files included', () => {
    let relative = 0;
    for (const file of sources()) {
      for (const [, spec] of file.contents.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']*)'/g)) {
        relative++;
        expect(spec, file.path).toMatch(/\.ts$/);
      }
    }
    expect(relative).toBeGreaterThan(100);
    expect(result.files.find((f) => f.path === 'src/core/base-client.ts')!.contents).toContain(
      "from './api-promise.ts'",
    );
  });

  it('uses no Node-specific API or types in src/', () => {
    for (const file of sources().filter((f) => f.path.startsWith('src/'))) {
      expect(file.contents, file.path).not.toMatch(/from 'node:|\bBuffer\b|NodeJS\.|require\(/);
      expect(file.contents.replace(/\/\*\*[\s\S]*?\*\/|\/\/.*$/gm, ''), file.path).not.toMatch(/(?<![.\w])process\./);
    }
  });

  const testFiles = () => result.files.filter((f) => f.path.startsWith('tests/') && f.path.endsWith('.test.ts'));

  // Deno's type-check and test run are SDKGEN_SLOW_TESTS=full's (CI's `npm run test:slow`): seconds of Deno's CPU that
  // `npm test`'s budget leaves out. It keeps the layout checks above and the publish dry run below.
  it.skipIf(!SLOW_FULL || deno.problem !== null)(
    `passes deno check with Deno's default types (Deno ${deno.version})${deno.problem ? ` — skipped: ${deno.problem}` : ''}`,
    () => {
      const result = run(deno.path!, ['check', '--no-lock', 'src/index.ts', 'tests/'], { cwd: out });
      expect(result.text).not.toContain('ERROR');
      expect(result.status, result.text.slice(-3000)).toBe(0);
    },
  );

  it.skipIf(!SLOW_FULL || deno.problem !== null)(
    `its per-endpoint tests pass under deno test against Prism (Deno ${deno.version})`,
    async () => {
      // Prism may still be starting (test/setup/prism.ts), and Deno's client would not wait for it.
      await prismReady(prismUrl());
      const tests = testFiles();
      const expected = tests.reduce((n, f) => n + (f.contents.match(/^Deno\.test\(/gm)?.length ?? 0), 0);
      expect(expected).toBeGreaterThan(50);
      const entry = denoTestEntry(
        path.join(out, 'all-tests.ts'),
        tests.map((f) => path.join(out, f.path)),
      );
      const test = run(deno.path!, ['test', '--no-lock', '--no-check', '--allow-net', '--allow-env', entry], {
        cwd: out,
        env: { TEST_API_BASE_URL: prismUrl() },
      });
      expect(test.text, test.text.slice(-3000)).toMatch(new RegExp(`ok \\| ${expected} passed \\| 0 failed`));
      expect(test.status).toBe(0);
    },
  );

  it.skipIf(deno.problem !== null)(`is publishable to JSR: deno publish --dry-run (no slow types)`, () => {
    // JSR wants a license; the generated package leaves choosing one to its owner.
    writeFileSync(path.join(out, 'LICENSE'), 'MIT\n');
    run('git', ['init', '-q'], { cwd: out });
    // --no-check: the type-check publish would run is `deno check` above (the same folder and deno.json, tests/
    // too); the slow-types check, this test's point, runs with or without it.
    const publish = run(deno.path!, ['publish', '--dry-run', '--allow-dirty', '--no-check'], { cwd: out });
    expect(publish.text, publish.text.slice(-3000)).toContain('Success Dry run complete');
    expect(publish.status).toBe(0);
  });
});
