// A JSON Lines method's endpoint tests against Steady (emit/test-skips.ts): Stainless's SDKs tested against Steady
// run them from 2026-03-03 (STEADY_JSON_LINES_SINCE), Prism cannot answer them. A migrated repository whose scripts ran
// Steady (`mockServer`) runs them in an era from then on, both targets; against Prism they stay skipped.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { MockServer } from '../generator/emit/mock-server';
import { generateFrom, tempDir } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1.0.0' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/batches/{batch_id}/results': {
      get: {
        operationId: 'getBatchResults',
        parameters: [{ name: 'batch_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'lines',
            content: { 'application/x-jsonl': { schema: { $ref: '#/components/schemas/BatchResult' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: { BatchResult: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
  },
};
const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
  python:
    package_name: acme
resources:
  batches:
    models:
      batch_result: BatchResult
    methods:
      results: get /batches/{batch_id}/results
`;
const STEADY: MockServer = { kind: 'steady', version: '0.22.1', validatorFlags: [] };
const SKIP = "Mock server doesn't support application/x-jsonl responses";

describe('a JSON Lines method’s endpoint tests', () => {
  const dir = tempDir('steady-jsonl');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const testsOf = async (target: string | null, mockServer: MockServer, stainlessEra: string | null = null) => {
    const result = await generateFrom(dir, SPEC, CONFIG, {
      target,
      mockServer,
      stainlessEra,
      format: false,
      mcp: false,
    });
    const file = result.files.find((f) =>
      /tests\/api[-_]resources\/(batches\.test\.ts|test_batches\.py)$/.test(f.path),
    );
    return file!.contents;
  };

  it('run against Steady of its era (TypeScript)', async () => {
    expect(await testsOf(null, null)).toContain(`// ${SKIP}`);
    const steady = await testsOf(null, STEADY);
    expect(steady).not.toContain(SKIP);
    expect(steady).toMatch(/\btest\('results'/);
    // (An SDK of an era before Steady answered them keeps Stainless's skip.)
    expect(await testsOf(null, STEADY, '2026-02-20')).toContain(`// ${SKIP}`);
  });

  it('run against Steady of its era (Python)', async () => {
    expect(await testsOf('python', null)).toContain(SKIP);
    expect(await testsOf('python', STEADY)).not.toContain(SKIP);
  });
});
