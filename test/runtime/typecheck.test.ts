/**
 * The rendered runtime and the fixture SDK compile under the strictest settings a generated SDK may meet,
 * without Node's types (the runtime must not depend on them); and the compiled ES modules run in plain Node.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runTsc } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import { STAINLESS_VIEW, VIEW, renderSdk } from './helpers/sdk';
import { TestServer, json, sequence } from './helpers/server';

const run = promisify(execFile);

const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  // (No DOM.Iterable: SDKs' own tsconfigs, kept by a migration, often leave it out.)
  lib: ['ES2022', 'DOM'],
  types: [],
  strict: true,
  moduleResolution: 'bundler',
  verbatimModuleSyntax: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: false,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  isolatedModules: true,
  skipLibCheck: true,
};

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await renderSdk());
});
afterAll(() => cleanup());

let compiled: Promise<string> | null = null;
/**
 * tsc's diagnostics for `dir` ('' when it compiles), compiled to dist/ with declarations, on first use: one program
 * for both tests that need it (the emit reports every diagnostic a --noEmit check would, and those of declarations).
 */
function compile(): Promise<string> {
  compiled ??= (async () => {
    const options = { ...COMPILER_OPTIONS, noEmit: false, declaration: true, outDir: 'dist', rootDir: 'src' };
    await writeFile(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: options, include: ['src/**/*.ts'] }),
    );
    return runTsc(path.join(dir, 'tsconfig.json')).output;
  })();
  return compiled;
}

test('rendered runtime + fixture client pass tsc --strict without @types/node', { timeout: 300_000 }, async () => {
  expect(await compile()).toBe('');
});

/*
 * The two variants below are tsc programs of their own (10 s of CPU together), so SDKGEN_SLOW_TESTS=full's (CI's).
 * `npm test` still type-checks an SDK from a Stainless config with validation under the same options and no ambient
 * types: tanstack-query.test.ts's small SDKs (the `legacy` one has `validation: true`).
 */
test.runIf(SLOW_FULL)(
  "with Stainless's client surface (an SDK from a Stainless config), too",
  { timeout: 300_000 },
  async () => {
    const stainless = await renderSdk(STAINLESS_VIEW);
    try {
      await writeFile(
        path.join(stainless.dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, noEmit: true }, include: ['src/**/*.ts'] }),
      );
      expect((await runTsc(path.join(stainless.dir, 'tsconfig.json'))).output).toBe('');
    } finally {
      await stainless.cleanup();
    }
  },
);

test.runIf(SLOW_FULL)(
  "with validation (the client's checks, core/schema, ValidationError), too",
  { timeout: 300_000 },
  async () => {
    const validating = await renderSdk({
      ...VIEW,
      validation: true,
      validateResponses: 'warn',
      validateParams: 'strict',
    });
    try {
      await writeFile(
        path.join(validating.dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, noEmit: true }, include: ['src/**/*.ts'] }),
      );
      expect((await runTsc(path.join(validating.dir, 'tsconfig.json'))).output).toBe('');
    } finally {
      await validating.cleanup();
    }
  },
);

test('the compiled ES modules (with declarations) run in plain Node', { timeout: 300_000 }, async () => {
  expect(await compile()).toBe('');
  const server = await new TestServer().start();
  try {
    server.on(
      'GET /items/1',
      sequence(json(503, { error: 'busy' }, { 'retry-after-ms': '1' }), json(200, { id: '1', name: 'one' })),
    );
    await writeFile(path.join(dir, 'dist/package.json'), '{ "type": "module" }');
    const script = `
      import { Test } from './dist/index.js';
      const client = new Test({ apiKey: 'k', baseURL: process.argv[1] });
      console.log(JSON.stringify(await client.items.get('1')));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, server.url], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ id: '1', name: 'one' });
    expect(server.received()).toHaveLength(2);
  } finally {
    await server.stop();
  }
});
