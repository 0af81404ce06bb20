/**
 * The generated TypeScript package's tests of its own runtime (tests/index.test.ts, tests/path.test.ts,
 * stringifyQuery, buildHeaders, uploads, form, responses and streaming, with their local server,
 * tests/local-server.ts), at the paths Stainless's SDKs have their tests of the same subjects: `npm test` checks that
 * a package gets them, built with its own client and credentials, and how a move settles Stainless's files at those
 * paths; with SDKGEN_SLOW_TESTS=full they are type-checked (tsc --strict) and run, under the harness's own runner in
 * plain Node, in packages of corpus specs (one under an sdkgen config naming its client `Path` and an idempotency
 * header) and of Stainless compatibility projects. generated/smithery runs them with its other tests (its `npm test`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { RUNTIME_TEST_PATHS } from '../generator/emit/typescript/plan-tests';
import { planMigration } from '../generator/migrate/plan';
import { runGeneratedTests, runtimeTestFiles, typeCheckStrict } from './helpers/generated-tests';
import { FIXTURES } from './helpers/fixtures';
import { sharedPath } from './helpers/paths';
import { baseOf, checkoutOf } from './helpers/plan-inputs';
import { generateWithStainlessConfig, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const root = tempDir('ts-runtime-tests');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A spec with one JSON method (no stream), for a Stainless config's SDK. */
const PLAIN_SPEC = {
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1.0.0' },
  servers: [{ url: 'https://api.acme.test' }],
  components: { securitySchemes: { key: { type: 'http', scheme: 'bearer' } } },
  security: [{ key: [] }],
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const STAINLESS_CONFIG = `organization:
  name: acme
  docs: https://docs.acme.test
client_settings:
  opts:
    api_key:
      type: string
      auth:
        security_scheme: key
      read_env: ACME_API_KEY
resources:
  things:
    methods:
      list: get /things
targets:
  typescript:
    package_name: acme
`;

describe("the generated TypeScript package's tests of its runtime", () => {
  it('are written at Stainless’s paths, with the client as the API needs it and its server', async () => {
    const result = await generate({ spec: path.join(FIXTURES, 'sse.yaml') });
    const files = new Map(result.files.map((f) => [f.path, f.contents]));
    // (tests/client.test.ts is the client's where tests/index.test.ts is Stainless's: an SDK from a Stainless config.)
    expect(files.has('tests/client.test.ts')).toBe(false);
    const runtime = [...RUNTIME_TEST_PATHS].filter((file) => file !== 'tests/client.test.ts');
    for (const file of [...runtime, 'tests/index.test.ts', 'tests/local-server.ts']) {
      expect(files.has(file), file).toBe(true);
      expect(files.get(file), file).not.toMatch(/\{\{|\}\}/);
    }
    const client = files.get('tests/index.test.ts')!;
    expect(client).toMatch(/^import \{ rejection, withEnv, withServer, type Answer \} from '\.\/local-server\.js';$/m);
    // Every request goes to the tests' own server, never through a `fetch` of the tests'.
    expect(client).not.toMatch(/\bfetch\s*:/);
    expect(client).toMatch(/_BASE_URL: `\$\{server\.url\}\/from-env`/);
  });

  it('leave Stainless’s tests of the client theirs, and the stream’s out where the SDK has no streaming runtime', async () => {
    const { files } = await generateWithStainlessConfig('ts-runtime-tests-stainless', PLAIN_SPEC, STAINLESS_CONFIG);
    expect(files.has('src/core/streaming.ts')).toBe(false);
    expect(files.has('tests/streaming.test.ts')).toBe(false);
    for (const file of [...RUNTIME_TEST_PATHS].filter((f) => f !== 'tests/streaming.test.ts'))
      expect(files.has(file), file).toBe(true);
    expect(files.get('tests/index.test.ts')).not.toContain('local-server');
    // The same behaviours (base URL from the environment, retries, timeouts) on a real server, beside Stainless's.
    const client = files.get('tests/client.test.ts')!;
    expect(client).toMatch(
      /^import \{ rejection, withEnv, withServer, type Answer \} from '\.\/local-server(?:\.js)?';$/m,
    );
    expect(client).not.toMatch(/\bfetch\s*:/);
    expect(client).toContain('withEnv({ ACME_BASE_URL: `${server.url}/from-env` }');
    expect(client).toContain("apiKey: 'My API Key'");
    // Its runtime has Stainless's `buildHeaders` too, which code written for Stainless's calls: tested beside the merge.
    expect(files.get('tests/buildHeaders.test.ts')).toContain("describe('buildHeaders'");
  });

  // knock-mgmt-node's Stainless client sent arrays `tags[]=x&tags[]=y`: the client test reads the query as the
  // config's `query_settings.array_format` has the client send it, in every format.
  it.skipIf(!SLOW_FULL).each(['brackets', 'indices', 'comma', 'repeat'])(
    "array_format %s: the client's test of a request's query passes against its own server",
    async (format) => {
      const config = `${STAINLESS_CONFIG}query_settings:\n  array_format: ${format}\n`;
      const { dir, result } = await generateWithStainlessConfig(`ts-runtime-query-${format}`, PLAIN_SPEC, config);
      writeFiles(dir, result.files);
      const run = await runGeneratedTests(dir, 'http://127.0.0.1:9', 120_000, ['tests/client.test.ts']);
      expect(run.failed, run.text).toEqual([]);
      expect(run.passed).toContain('requests > sends the method, path, query, headers and JSON body it is given');
      rmSync(dir, { recursive: true, force: true });
    },
    240_000,
  );

  // An owners' repository keeps its compiler settings and type packages (supermemory-ts: TypeScript 5.8, no DOM
  // iterables, exactOptionalPropertyTypes, @types/node 20.19.11 and @types/bun): the tests must type-check there too.
  // The declarations older packages add, merged into the lib's as they are in such a repository.
  const OLDER_TYPES = `// @types/node before NonSharedUint8Array: the encoded bytes' buffer may be shared.
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
// bun-types 1.x: a form's entries typed as strings only.
interface FormData {
  entries(): IterableIterator<[string, string]>;
}
`;
  it.skipIf(!SLOW_FULL)(
    'type-check under an owners’ older lib, stricter options and older type packages',
    async () => {
      const dir = path.join(root, 'older-settings');
      const result = await generate({ spec: path.join(FIXTURES, 'sse.yaml') });
      writeFiles(dir, result.files);
      writeFileSync(path.join(dir, 'older-types.d.ts'), OLDER_TYPES);
      const tests = runtimeTestFiles(dir);
      expect(tests).toEqual(expect.arrayContaining(['tests/form.test.ts', 'tests/uploads.test.ts']));
      const include = ['src/**/*.ts', ...tests, 'tests/local-server.ts', 'tests/harness.ts', 'older-types.d.ts'];
      const checked = typeCheckStrict(dir, include, {
        target: 'ES2020',
        lib: ['ES2022', 'DOM'],
        exactOptionalPropertyTypes: true,
        noPropertyAccessFromIndexSignature: true,
        noImplicitReturns: true,
      });
      expect(checked.output).toBe('');
    },
    240_000,
  );

  const CORPUS = sharedPath('corpus/public');
  const COMPAT = sharedPath('stainless-compat');
  const projects = [
    { name: 'appwrite-as-Path', spec: path.join(CORPUS, 'appwrite.io__client__0.9.3.json'), sdkgenConfig: true },
    { name: 'hpbose', spec: path.join(CORPUS, 'apisetu.gov.in__hpbose__3.0.0.json') },
    { name: 'grid', spec: path.join(COMPAT, 'grid/openapi.yaml'), config: path.join(COMPAT, 'grid/stainless.yml') },
    {
      name: 'llama-stack',
      spec: path.join(COMPAT, 'llama-stack/openapi.yml'),
      config: path.join(COMPAT, 'llama-stack/stainless.yml'),
    },
  ];
  it.skipIf(!SLOW_FULL).each(projects.map((p) => [p.name, p] as const))(
    '%s: compile under tsc --strict and pass in plain Node against their own server',
    async (name, project) => {
      const dir = path.join(root, name);
      mkdirSync(dir, { recursive: true });
      let config = project.config;
      if (project.sdkgenConfig) {
        // A client named as a runtime export the tests import (`path`'s module), an idempotency header.
        config = path.join(dir, 'sdkgen.config.yaml');
        writeFileSync(config, 'client:\n  name: Path\n  envPrefix: ODD_NAME\n  idempotencyHeader: X-Idem-Key\n');
      }
      const result = await generate({ spec: project.spec, ...(config ? { config } : {}) });
      writeFiles(dir, result.files);
      const tests = runtimeTestFiles(dir);
      // (With a Stainless config, tests/index.test.ts is Stainless's tests of the client, run against the mock, and
      // sdkgen's of the client are tests/client.test.ts.)
      expect(tests.length).toBeGreaterThanOrEqual(project.config ? 7 : 8);
      if (project.config) expect(tests).toContain('tests/client.test.ts');
      const checked = typeCheckStrict(dir, ['src/**/*.ts', ...tests, 'tests/local-server.ts', 'tests/harness.ts']);
      expect(checked.output).toBe('');
      // (No mock of the API: these tests answer from their own server.)
      const run = await runGeneratedTests(dir, 'http://127.0.0.1:9', 120_000, tests);
      expect(run.failed, run.text).toEqual([]);
      expect(run.passed.length, run.text).toBeGreaterThanOrEqual(35);
      // The client's retries on a real server, in every package (tests/client.test.ts beside Stainless's tests).
      expect(run.passed).toContain('retries > retries a 429 after the retry-after-ms the server asks for');
      // sdkgen's own `Stream` (no owners' module in its place): its whole events are tested, not skipped.
      if (tests.includes('tests/streaming.test.ts'))
        expect(run.passed).toContain('event streams > yields whole events, with their names, and ends at [DONE]');
      if (project.sdkgenConfig) {
        expect(readFileSync(path.join(dir, 'tests/index.test.ts'), 'utf8')).toContain("'X-Idem-Key'");
        expect(run.passed).toContain(
          'retries > sends one idempotency key on every attempt of a call, or the one it is given',
        );
      }
    },
    240_000,
  );
});

describe("migrate: Stainless's tests of its runtime where sdkgen writes its own", () => {
  const stainlessTest = `import { createPathTagFunction } from 'acme/internal/utils/path';

describe('path template tag function', () => {
  test('encodes', () => {
    expect(createPathTagFunction()\`/a/\${'b'}\`).toBe('/a/b');
  });
});
`;
  const sdkgens = "// sdkgen's test of its path tag\n";
  const packageJson = '{ "name": "acme", "version": "1.0.0" }\n';
  const stainless = { 'package.json': packageJson, 'tests/path.test.ts': stainlessTest };
  const rendered = [
    { path: 'package.json', contents: packageJson },
    { path: 'src/index.ts', contents: 'export {};\n' },
    { path: 'src/internal/utils/path.ts', contents: 'export function createPathTagFunction() {}\n' },
    { path: 'src/lib/helpers.ts', contents: 'export const helper = 1;\n' },
    { path: 'tests/path.test.ts', contents: sdkgens },
  ];
  const plan = (current: Record<string, string>, base: Record<string, string> | null = stainless) =>
    planMigration({ current: checkoutOf(current), base: base && baseOf(base), rendered });
  const written = (p: ReturnType<typeof plan>) => p.writes.find((w) => w.path === 'tests/path.test.ts')?.contents;

  it('writes sdkgen’s in place of Stainless’s as Stainless wrote it', () => {
    const moved = plan(stainless);
    expect(written(moved)).toBe(sdkgens);
    expect(moved.removed).not.toContain('tests/path.test.ts');
    expect(moved.runtimeTestsLeftToOwners).toEqual([]);
  });

  it('keeps the tests the owners added, of what stays, as theirs: sdkgen writes none there from now on', () => {
    const added = `${stainlessTest}
import { helper } from '../src/lib/helpers';

test('our helper', () => {
  expect(helper).toBe(1);
});
`;
    const moved = plan({ ...stainless, 'tests/path.test.ts': added });
    expect(moved.runtimeTestsLeftToOwners).toEqual(['tests/path.test.ts']);
    expect(written(moved)).toContain("test('our helper'");
    expect(written(moved)).not.toContain('path template tag function');
    expect(moved.generated.map((f) => f.path)).not.toContain('tests/path.test.ts');
  });

  it('writes sdkgen’s where the owners changed Stainless’s tests of its runtime, their change reported', () => {
    const changed = stainlessTest.replace("toBe('/a/b')", "toEqual('/a/b')");
    const moved = plan({ ...stainless, 'tests/path.test.ts': changed });
    expect(written(moved)).toBe(sdkgens);
    expect(moved.removed).not.toContain('tests/path.test.ts');
    const reported = [...moved.rejected.map((r) => r.path), ...moved.changedStainlessTests];
    expect(reported.some((entry) => entry.startsWith('tests/path.test.ts'))).toBe(true);
  });

  it('reports an edit that only took lines out of Stainless’s tests of its runtime, never drops it', () => {
    // Two tests of Stainless's, the owners took the second out (a hunk of removed lines only).
    const two = stainlessTest.replace(
      '  });\n});\n',
      "  });\n\n  test('encodes a slash', () => {\n    expect(createPathTagFunction()`/a/${'b/c'}`).toBe('/a/b%2Fc');\n  });\n});\n",
    );
    const base = { ...stainless, 'tests/path.test.ts': two };
    // Stainless's runtime module by its path (sdkgen's runtime has one there), and one sdkgen has not.
    for (const [module, reportedAs] of [
      ['acme/internal/utils/path', 'changedStainlessTests'],
      ['acme/core/gone', 'rejected'],
    ] as const) {
      const pristine = two.replace('acme/internal/utils/path', module);
      const moved = plan(
        { ...base, 'tests/path.test.ts': pristine.replace(/\n\n {2}test\('encodes a slash'[^]*?\n {2}\}\);/, '') },
        { ...base, 'tests/path.test.ts': pristine },
      );
      expect(written(moved)).toBe(sdkgens);
      expect(moved.removed).not.toContain('tests/path.test.ts');
      const reported = reportedAs === 'rejected' ? moved.rejected.flatMap((r) => r.hunks) : moved.changedStainlessTests;
      expect(reported.join('\n'), module).toContain(
        reportedAs === 'rejected' ? "-  test('encodes a slash', () => {" : 'tests/path.test.ts',
      );
    }
  });

  it('leaves the owners’ own test there theirs, whole', () => {
    const own = "import { helper } from '../src/lib/helpers';\n\ntest('ours', () => expect(helper).toBe(1));\n";
    for (const base of [stainless, null]) {
      const moved = plan(
        { 'package.json': packageJson, 'tests/path.test.ts': own },
        base && { 'package.json': packageJson },
      );
      expect(written(moved)).toBe(own);
      expect(moved.runtimeTestsLeftToOwners).toEqual(['tests/path.test.ts']);
      expect(moved.needsHand.map((n) => n.path)).not.toContain('tests/path.test.ts');
    }
  });
});
