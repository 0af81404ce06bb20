/**
 * A Stainless SDK's endpoint tests, where the body's example gives a field null (issue 89, the null examples of
 * nullable unions): the IR keeps apart the two ways a schema says it may be null (`nullMember` on a union whose null
 * is one of its `oneOf`/`anyOf` members). Stainless's tests write a value for such a field, from its own example where
 * that is not null (isaacus's chunking `size: 512`, `overlap_ratio: 0.1`), else the union's first variant that can be
 * written (isaacus's `top_n`, whose own example is null); a `nullable: true` field given null stays null (knock's
 * `ending_at`). The tests type-check and
 * pass against Prism.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-example-values.test.ts samples Stainless's examples and endpoint-test values
// (docs/contributing.md, "What `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../generator/diff/diff';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { startPrismInProcess } from './helpers/prism-in-process';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const intOrNull = (example: unknown) => ({
  oneOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }],
  examples: [example],
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/searches': {
      post: {
        operationId: 'createSearch',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['query'],
                properties: {
                  query: { type: 'string' },
                  top_n: intOrNull(null),
                  chunking: {
                    anyOf: [{ $ref: '#/components/schemas/Chunking' }, { type: 'null' }],
                  },
                },
              },
              example: { query: 'murder', top_n: null, chunking: { size: null, overlap: null, ending: null } },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Chunking: {
        type: 'object',
        properties: {
          size: intOrNull(512),
          overlap: { anyOf: [{ type: 'number', maximum: 1 }, { type: 'null' }], examples: [0.1, null] },
          ending: { type: 'string', nullable: true, example: 'never' },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  searches:
    models:
      chunking: Chunking
    methods:
      create: post /searches
`;

let root: string;
let tests: string;
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  root = tempDir('stainless-ts-null-member');
  // (In the era of the evidence: isaacus's generation of 2026-03-11, before EXAMPLES_AS_GIVEN_SINCE, stainless/era.ts.)
  const result = await generateFrom(root, SPEC, CONFIG, {
    funcs: false,
    referenceDocs: false,
    stainlessEra: '2026-03-11',
  });
  writeFiles(path.join(root, 'sdk'), result.files);
  tests = result.files.find((f) => f.path === 'tests/api-resources/searches.test.ts')?.contents ?? '';
});

describe.runIf(SLOW_FULL)('null examples of nullable fields in Stainless tests', () => {
  it("marks a union whose null is a oneOf/anyOf member, and not a `nullable` schema's", async () => {
    const api = await loadApi(path.join(root, 'spec.json'), path.join(root, 'stainless.yml'));
    const chunking = api.schemas.find((s) => s.name === 'Chunking')!;
    expect(chunking.type.kind).toBe('object');
    const props = chunking.type.kind === 'object' ? chunking.type.properties : [];
    const type = (key: string) => props.find((p) => p.key === key)!.type;
    expect(type('size')).toMatchObject({ kind: 'union', nullMember: true });
    expect(type('overlap')).toMatchObject({ kind: 'union', nullMember: true });
    expect(type('ending')).toMatchObject({ kind: 'union' });
    expect(type('ending')).not.toHaveProperty('nullMember');
  });

  it("writes a value for a member-null field given null, from its own example where it isn't null", () => {
    expect(tests).toContain('chunking: {\n        ending: null,\n        overlap: 0.1,\n        size: 512,\n      },');
    expect(tests).toMatch(/top_n: 1,/);
    expect(tests).not.toMatch(/top_n: null/);
  });

  it('type-checks, and its tests pass against the mock', async () => {
    const dir = path.join(root, 'sdk');
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    const server = await startPrismInProcess(path.join(root, 'spec.json'));
    try {
      const run = await runGeneratedTests(dir, server.url);
      expect(run.failed, run.text).toEqual([]);
      expect(run.passed, run.text).toContain('resource searches > create: required and optional params');
    } finally {
      await server.stop();
    }
  }, 120_000);
});
