/**
 * The forms of a Stainless SDK's endpoint tests (`tests/api-resources/…`) that its generator's date decides
 * (stainless/era.ts), so that a migration keeps those of the SDK's era:
 * - an object of three entries or more opens a line (one entry a line however short) from 2026-01-06 on ("break long
 *   lines in snippets into multiline"); before, Prettier alone lays it out (llama-stack-ts's, hypeman-ts's of
 *   2025-12, honcho-node's of 2025-05);
 * - an upload is `toFile(Buffer.from('Example data'), 'README.md')` from 2026-03-07 on, `Buffer.from('# my file
 *   contents')` before (imagekit-nodejs, grid-js-sdk); `Buffer` comes from the harness, so the tests still need no
 *   Node type definitions;
 * - an object the body's example gives takes the keys it lacks from its schema's own example from 2025-09-22 on
 *   ("improve example values"); before, they are built (papr-ts's of 2025-07-07).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-era.test.ts samples a Stainless SDK's era (docs/contributing.md, "What `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsOfEra } from '../generator/stainless/era';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { startPrismInProcess } from './helpers/prism-in-process';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const created = { '200': { description: 'ok', content: { 'application/json': { schema: schema('Thing') } } } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['size', 'owner'],
                properties: {
                  size: {
                    type: 'object',
                    required: ['width', 'height', 'depth'],
                    properties: {
                      width: { type: 'integer' },
                      height: { type: 'integer' },
                      depth: { type: 'integer' },
                    },
                  },
                  owner: schema('Owner'),
                },
              },
              example: { size: { width: 1, height: 2, depth: 3 }, owner: { name: 'Ellie' } },
            },
          },
        },
        responses: created,
      },
    },
    '/files': {
      post: {
        operationId: 'uploadFile',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file', 'purpose'],
                properties: { file: { type: 'string', format: 'binary' }, purpose: { type: 'string' } },
              },
            },
          },
        },
        responses: created,
      },
    },
  },
  components: {
    schemas: {
      Owner: {
        type: 'object',
        required: ['name', 'team'],
        properties: { name: { type: 'string' }, team: { type: 'string' } },
        example: { name: 'Alan', team: 'paleontology' },
      },
      Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  things:
    models:
      thing: Thing
      owner: Owner
    methods:
      create: post /things
  files:
    methods:
      upload: post /files
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

interface Sdk {
  root: string;
  dir: string;
  file: (name: string) => string;
}

async function sdk(era: string | null): Promise<Sdk> {
  const root = tempDir('stainless-ts-test-forms');
  roots.push(root);
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, stainlessEra: era });
  const dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  const files = new Map(result.files.map((f) => [f.path, f.contents]));
  return { root, dir, file: (name) => files.get(name) ?? '' };
}

let newest: Sdk;
let beforeUploadText: Sdk;
let beforeBrokenObjects: Sdk;
let beforeOwnKeys: Sdk;

beforeAll(async () => {
  [newest, beforeUploadText, beforeBrokenObjects, beforeOwnKeys] = await Promise.all([
    sdk(null),
    sdk('2026-03-06'),
    sdk('2026-01-05'),
    sdk('2025-09-21'),
  ]);
});

describe.runIf(SLOW_FULL)("a Stainless SDK's endpoint tests, by era", () => {
  it('reads the forms of each era', () => {
    expect(formsOfEra(null)).toMatchObject({ brokenObjects: true, uploadText: 'Example data', ownExampleKeys: true });
    expect(formsOfEra('2026-03-07')).toMatchObject({ uploadText: 'Example data' });
    expect(formsOfEra('2026-03-06')).toMatchObject({ uploadText: '# my file contents', brokenObjects: true });
    expect(formsOfEra('2026-01-06')).toMatchObject({ brokenObjects: true });
    expect(formsOfEra('2026-01-05')).toMatchObject({ brokenObjects: false, ownExampleKeys: true });
    expect(formsOfEra('2025-09-22')).toMatchObject({ ownExampleKeys: true });
    expect(formsOfEra('2025-09-21')).toMatchObject({ ownExampleKeys: false });
  });

  it('breaks an object of three entries from 2026-01-06 on; before, keeps it on the line it fits', () => {
    expect(newest.file('tests/api-resources/things.test.ts')).toContain(
      '      size: {\n        depth: 3,\n        height: 2,\n        width: 1,\n      },\n',
    );
    expect(beforeBrokenObjects.file('tests/api-resources/things.test.ts')).toContain(
      '      size: { depth: 3, height: 2, width: 1 },\n',
    );
  });

  it("fills a given object's keys from its schema's own example from 2025-09-22 on; before, builds them", () => {
    expect(newest.file('tests/api-resources/things.test.ts')).toContain(
      "      owner: { name: 'Ellie', team: 'paleontology' },\n",
    );
    expect(beforeOwnKeys.file('tests/api-resources/things.test.ts')).toContain(
      "      owner: { name: 'Ellie', team: 'team' },\n",
    );
  });

  it("uploads the era's bytes by the harness's Buffer", () => {
    const uploads = newest.file('tests/api-resources/files.test.ts');
    expect(uploads).toContain("file: await toFile(Buffer.from('Example data'), 'README.md'),");
    expect(uploads).toContain("import { Buffer, describe, expect, process, test } from '../harness.js';");
    expect(beforeUploadText.file('tests/api-resources/files.test.ts')).toContain(
      "file: await toFile(Buffer.from('# my file contents'), 'README.md'),",
    );
    // A file that uploads nothing imports no Buffer.
    expect(newest.file('tests/api-resources/things.test.ts')).toContain(
      "import { describe, expect, process, test } from '../harness.js';",
    );
  });

  it('type-checks under --strict without Node type definitions, and its tests pass against the mock', async () => {
    const { status, output } = typeCheckStrict(beforeUploadText.dir, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    const server = await startPrismInProcess(path.join(beforeUploadText.root, 'spec.json'));
    try {
      const run = await runGeneratedTests(beforeUploadText.dir, server.url);
      expect(run.failed, run.text).toEqual([]);
      expect(run.passed, run.text).toContain('resource files > upload: only required params');
      expect(run.passed, run.text).toContain('resource things > create: required and optional params');
    } finally {
      await server.stop();
    }
  }, 120_000);
});
