/**
 * A request body that requires one of several sets of its fields (`oneOf: [{required: [file]}, {required: [url]}]`,
 * groq's transcriptions), in sdkgen's own SDKs (no Stainless config, whose tests Stainless skips, "Unsupported either
 * condition": test/unit/stainless-either-condition-r35c.test.ts): the tests send a body that takes the first set (its
 * fields as if required), and, where it must take exactly one (`oneOf`), the all-params test leaves the other sets'
 * fields out; with `anyOf` every field is sent. Sent as the required fields alone, or with every field of a `oneOf`,
 * the body meets none or two and Prism answers 422 (32 failed pytest cases and 4 Vitest tests before).
 *
 * `npm test` checks the calls the tests make; with SDKGEN_PYTHON_TESTS=full (`npm run test:python` runs this folder)
 * the TypeScript tests run against Prism in this process, and the Python SDK's pytest against `prism mock`.
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

const ok = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } },
  },
};
const body = (mediaType: string, schema: object) => ({ required: true, content: { [mediaType]: { schema } } });
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://acme.test' }],
  paths: {
    // Exactly one of file and url, beside the required model (multipart).
    '/transcriptions': {
      post: {
        operationId: 'transcribe',
        requestBody: body('multipart/form-data', { $ref: '#/components/schemas/TranscriptionRequest' }),
        responses: ok,
      },
    },
    // Exactly one of email and phone, nothing required besides (JSON).
    '/lookups': {
      post: {
        operationId: 'lookup',
        requestBody: body('application/json', {
          type: 'object',
          properties: { email: { type: 'string' }, phone: { type: 'string' }, note: { type: 'string' } },
          oneOf: [{ required: ['email'] }, { required: ['phone'] }],
        }),
        responses: ok,
      },
    },
    // At least one of name and tag: both may be sent.
    '/searches': {
      post: {
        operationId: 'search',
        requestBody: body('application/json', {
          type: 'object',
          properties: { name: { type: 'string' }, tag: { type: 'string' } },
          anyOf: [{ required: ['name'] }, { required: ['tag'] }],
        }),
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      TranscriptionRequest: {
        type: 'object',
        properties: {
          file: { type: 'string', format: 'binary' },
          url: { type: 'string' },
          model: { type: 'string' },
        },
        required: ['model'],
        oneOf: [{ required: ['file'] }, { required: ['url'] }],
      },
    },
  },
};

describe("a body requiring one of several sets of fields, in sdkgen's own SDKs' tests", () => {
  const dirs: string[] = [];
  let prism: MockServer | null = null;
  afterAll(async () => {
    await prism?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** The TypeScript SDK written under a temporary folder, with the spec beside it: its folder and the spec's path. */
  async function typescriptSdk(): Promise<{ dir: string; spec: string }> {
    const root = tempDir('either-condition-r36g');
    dirs.push(root);
    const spec = path.join(root, 'spec.json');
    writeFileSync(spec, JSON.stringify(SPEC));
    const dir = path.join(root, 'sdk');
    writeFiles(dir, (await generate({ spec, funcs: false, referenceDocs: false, format: false })).files);
    return { dir, spec };
  }

  it('TypeScript: the tests send the first set, and of a oneOf not the others', async () => {
    const { dir } = await typescriptSdk();
    const test = (name: string) => readFileSync(path.join(dir, `tests/api-resources/${name}.test.ts`), 'utf8');
    expect(test('lookups')).toContain("client.lookups.create({ email: 'email' })");
    expect(test('lookups')).toContain("client.lookups.create({ email: 'email', note: 'note' })");
    expect(test('lookups')).not.toContain('phone:');
    expect(test('transcriptions')).toMatch(/client\.transcriptions\.create\(\{\s+file: await toFile\(/);
    expect(test('transcriptions')).not.toContain("url: 'url'");
    expect(test('searches')).toContain("client.searches.create({ name: 'name' })");
    expect(test('searches')).toContain("client.searches.create({ name: 'name', tag: 'tag' })");
  });

  it('Python: the tests send the first set, and of a oneOf not the others', async () => {
    const root = tempDir('either-condition-r36g');
    dirs.push(root);
    const spec = path.join(root, 'spec.json');
    writeFileSync(spec, JSON.stringify(SPEC));
    const { files } = await generate({ spec, target: 'python', format: false });
    const test = (name: string) => files.find((f) => f.path === `tests/api_resources/test_${name}.py`)!.contents;
    expect(test('lookups')).toContain('client.lookups.create(\n            email="email",\n        )');
    expect(test('lookups')).not.toContain('phone=');
    expect(test('transcriptions')).toContain('            model="model",\n            file=b"raw file contents",\n');
    expect(test('transcriptions')).not.toContain('url="url"');
    // (Of a oneOf with nothing optional left, no all-params test: it would be the required one again.)
    expect(test('transcriptions')).not.toContain('test_method_create_with_all_params');
    expect(test('searches')).toContain('            name="name",\n            tag="tag",\n');
  });

  // (Against Prism with SDKGEN_PYTHON_TESTS=full, as the Python half: too slow for `npm test`.)
  it.skipIf(!PYTHON_FULL)(
    'TypeScript: the generated tests pass against Prism',
    async () => {
      const { dir, spec } = await typescriptSdk();
      prism = await startPrismInProcess(spec);
      const run = await runGeneratedTests(dir, prism.url);
      expect(run.failed, run.text).toEqual([]);
      expect(run.passed.length, run.text).toBe(5);
      await prism.stop();
      prism = null;
    },
    120_000,
  );

  const py = PYTHON_FULL
    ? pythonSdk('either-condition-r36g', { spec: { name: 'openapi.json', text: JSON.stringify(SPEC) } })
    : null;

  it.skipIf(!PYTHON_FULL)(
    'Python: pytest against prism mock',
    async () => {
      const { cases } = await runTestsAgainstPrism({ spec: path.join(py!.dir, 'openapi.json'), sdk: py!.out });
      const failed = cases.filter((c) => c.outcome === 'failed');
      expect(failed.map((c) => `${c.id}: ${c.message.split('\n')[0]}`)).toEqual([]);
      expect(cases.filter((c) => c.outcome === 'passed').length).toBeGreaterThan(0);
    },
    600_000,
  );
});
