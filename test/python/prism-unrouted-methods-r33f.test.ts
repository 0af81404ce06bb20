/**
 * The generated tests of a method Prism does not route (OpenAPI 3.2's QUERY, a method of `additionalOperations`
 * such as COPY: Prism answers them 405) are written skipped, in Stainless's form and with its reason
 * (replicate-python-beta's `models.search`: `@pytest.mark.skip(reason="Prism doesn't support query methods yet")`),
 * so that a generated SDK's `npm test` / `pytest` against `prism mock` passes: the other methods' tests still run.
 * A Stainless config's `skip_test_reason` stays the reason where it gives one.
 *
 * `npm test` checks the TypeScript tests are written so; with SDKGEN_PYTHON_TESTS=full (`npm run test:python` runs this
 * folder) they run against Prism in this process, and the Python SDK's pytest against `prism mock`.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { runGeneratedTests } from '../helpers/generated-tests';
import { startPrismInProcess, type MockServer } from '../helpers/prism-in-process';
import { PYTHON_FULL, runTestsAgainstPrism } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';
import { tempDir, writeFiles } from '../helpers/sdk';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const jsonBody = (properties: object) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', properties } } },
});

/** A GET Prism answers, a QUERY and a COPY it does not, and a POST whose config gives its own skip reason. */
const SPEC = {
  openapi: '3.2.0',
  info: { title: 'Kb', version: '1' },
  servers: [{ url: 'https://kb.test' }],
  paths: {
    '/models': {
      get: { operationId: 'listModels', responses: ok },
      query: { operationId: 'searchModels', requestBody: jsonBody({ q: { type: 'string' } }), responses: ok },
      additionalOperations: {
        COPY: { operationId: 'copyModels', requestBody: jsonBody({ to: { type: 'string' } }), responses: ok },
      },
    },
    '/jobs': { post: { operationId: 'createJob', requestBody: jsonBody({ name: { type: 'string' } }), responses: ok } },
  },
};
const CONFIG = `organization:
  name: kb
resources:
  models:
    methods:
      list: get /models
      search: query /models
      copy: copy /models
  jobs:
    methods:
      create:
        endpoint: post /jobs
        skip_test_reason: jobs are slow
`;

describe('tests of methods Prism does not route are skipped, so the generated tests pass against Prism', () => {
  let prism: MockServer | null = null;
  const dirs: string[] = [];
  afterAll(async () => {
    await prism?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** The TypeScript SDK without, then with the Stainless config, written under `root`: their folders. */
  async function typescriptSdks(root: string): Promise<Array<{ dir: string; config: boolean }>> {
    const spec = path.join(root, 'spec.json');
    writeFileSync(spec, JSON.stringify(SPEC));
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const sdks: Array<{ dir: string; config: boolean }> = [];
    for (const config of [false, true]) {
      const dir = path.join(root, config ? 'stainless' : 'plain');
      writeFiles(
        dir,
        (await generate({ spec, ...(config ? { config: path.join(root, 'stainless.yml') } : {}) })).files,
      );
      sdks.push({ dir, config });
    }
    return sdks;
  }

  it('TypeScript: the tests of QUERY and COPY methods are written skipped, with the reason', async () => {
    const root = tempDir('prism-unrouted-r33f');
    dirs.push(root);
    for (const { dir } of await typescriptSdks(root)) {
      const models = readFileSync(path.join(dir, 'tests/api-resources/models.test.ts'), 'utf8');
      // (sdkgen's tests are `it.skip('search: only required params', …)`, Stainless's `test.skip('search', …)`.)
      expect(models).toMatch(/\/\/ Prism doesn't support query methods yet\n\s+(it|test)\.skip\('search\b/);
      expect(models).toMatch(/\/\/ Prism doesn't support copy methods yet\n\s+(it|test)\.skip\('copy\b/);
      expect(models).not.toMatch(/\.skip\('list\b/);
    }
  });

  // (Against Prism with SDKGEN_PYTHON_TESTS=full, as the Python half: ~20 s on a loaded machine, too slow for `npm test`.)
  it.skipIf(!PYTHON_FULL)(
    'TypeScript: the generated tests pass against Prism',
    async () => {
      const root = tempDir('prism-unrouted-r33f');
      dirs.push(root);
      const sdks = await typescriptSdks(root);
      prism = await startPrismInProcess(path.join(root, 'spec.json'));
      for (const { dir, config } of sdks) {
        const run = await runGeneratedTests(dir, prism.url);
        expect(run.failed, run.text).toEqual([]);
        const ran = (names: string[], method: string) => names.some((name) => name.includes(` > ${method}`));
        expect(ran(run.passed, 'list'), run.text).toBe(true);
        expect(ran(run.skipped, 'search') && ran(run.skipped, 'copy'), run.text).toBe(true);
        expect(ran(run.passed, 'search') || ran(run.passed, 'copy'), run.text).toBe(false);
        // The config's own reason skips its method too; without a config the POST runs against Prism.
        expect(ran(run.skipped, 'create'), run.text).toBe(config);
        expect(ran(run.passed, 'create'), run.text).toBe(!config);
      }
      await prism.stop();
      prism = null;
    },
    120_000,
  );

  const py = PYTHON_FULL
    ? pythonSdk('prism-unrouted-r33f', { spec: { name: 'openapi.json', text: JSON.stringify(SPEC) } })
    : null;

  it.skipIf(!PYTHON_FULL)(
    'Python: pytest against prism mock',
    async () => {
      const text = py!.read('tests/api_resources/test_models.py');
      expect(text).toContain(
        '    @pytest.mark.skip(reason="Prism doesn\'t support query methods yet")\n    @parametrize\n    def test_method_search(',
      );
      expect(text).toContain('@pytest.mark.skip(reason="Prism doesn\'t support copy methods yet")');
      const { cases } = await runTestsAgainstPrism({ spec: path.join(py!.dir, 'openapi.json'), sdk: py!.out });
      const failed = cases.filter((c) => c.outcome === 'failed');
      expect(failed.map((c) => `${c.id}: ${c.message.split('\n')[0]}`)).toEqual([]);
      const outcome = (word: string) => new Set(cases.filter((c) => c.base.includes(word)).map((c) => c.outcome));
      expect(outcome('_search')).toEqual(new Set(['skipped']));
      expect(outcome('_copy')).toEqual(new Set(['skipped']));
      expect(outcome('_list')).toEqual(new Set(['passed']));
      expect(outcome('_create')).toEqual(new Set(['passed']));
    },
    600_000,
  );
});
