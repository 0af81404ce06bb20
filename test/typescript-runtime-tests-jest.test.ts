/**
 * sdkgen's tests of its TypeScript runtime (tests/path.test.ts … tests/streaming.test.ts, tests/client.test.ts and
 * their local server) where a moved repository keeps Jest: Stainless's jest.config.ts (ts-jest's ESM preset with
 * @swc/jest compiling to CommonJS), as migrate writes it for sdkgen's tests (package/test-runner.ts), runs them with
 * real Jest 29 (Stainless's packages, installed once into test/.tmp/jest-runner): the harness hands its tests to
 * Jest's globals, and the local server's `import('node:http')` loads under Jest's module system, which runs no native
 * dynamic import without --experimental-vm-modules. The retries they test are those Stainless's tests of the client
 * test (429), which the owners' edits of the client, carried into sdkgen's, kept passing. (Vitest runs them in every
 * generated package's `npm test`; the harness's own runner in plain Node, in typescript-runtime-tests.test.ts.)
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RUNTIME_TEST_PATHS } from '../generator/emit/typescript/plan-tests';
import { jestConfigForSdkgen } from '../generator/migrate/package/test-runner';
import { runtimeTestFiles } from './helpers/generated-tests';
import { runInRepository as run } from './helpers/git-history';
import { jestPackages, linkNodeModules } from './helpers/jest-runner';
import { ROOT } from './helpers/paths';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { STAINLESS_JEST } from './helpers/stainless-repository';

/** A JSON method and one that streams events: every runtime test is written (streaming.test.ts too). */
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  components: { securitySchemes: { key: { type: 'http', scheme: 'bearer' } } },
  security: [{ key: [] }],
  paths: {
    '/widgets/{id}': {
      get: {
        operationId: 'getWidget',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    },
    '/events': {
      get: {
        operationId: 'streamEvents',
        responses: { '200': { description: 'ok', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
      },
    },
  },
};

const CONFIG = `organization:
  name: acme
client_settings:
  opts:
    api_key:
      type: string
      auth:
        security_scheme: key
      read_env: ACME_API_KEY
targets:
  typescript:
    package_name: acme
resources:
  widgets:
    methods:
      retrieve: get /widgets/{id}
  events:
    methods:
      stream:
        endpoint: get /events
        streaming: { param_discriminator: null }
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe.skipIf(!SLOW_FULL)("sdkgen's tests of its TypeScript runtime under the owners' Jest", () => {
  it("pass with Stainless's jest.config.ts as a move writes it, every one of them", { timeout: 600_000 }, async () => {
    const root = tempDir('ts-runtime-tests-jest');
    roots.push(root);
    const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const repo = path.join(root, 'repo');
    writeFiles(repo, files);
    // Stainless's config for its package, with what sdkgen's tests need added as a move adds it.
    const jest = jestConfigForSdkgen(STAINLESS_JEST.replaceAll('onebusaway-sdk', 'acme'));
    writeFileSync(path.join(repo, 'jest.config.ts'), jest.text);
    expect(jest.missing).toEqual([]);
    linkNodeModules(repo, [path.join(ROOT, 'node_modules'), jestPackages()]);
    // An edit of the owners' to Stainless's client, carried into sdkgen's runtime as a move carries it (together's
    // owners made a 500 final): their CI kept Stainless's tests of the client green, and so do sdkgen's.
    const retry = path.join(repo, 'src/internal/retry.ts');
    const policy = readFileSync(retry, 'utf8');
    expect(policy).toContain('status === 429 || status >= 500;');
    writeFileSync(retry, policy.replace('status >= 500;', 'status >= 501;'));

    const tests = runtimeTestFiles(repo);
    // Every runtime test (the streaming one too) and the client's beside Stainless's tests/index.test.ts.
    expect(tests).toEqual([...RUNTIME_TEST_PATHS].sort());
    const ran = await run([path.join(repo, 'node_modules/.bin/jest'), '--ci', ...tests], repo);
    for (const test of tests) expect(ran.output).toContain(`PASS ${test}`);
    expect(ran.output).not.toContain('FAIL ');
    expect(ran.output).toMatch(/Tests: {7}\d+ passed, \d+ total/);
    expect(ran.code, ran.output).toBe(0);
  });
});
