/**
 * A Stainless config's `skip_test_reason` on a method: the TypeScript endpoint tests of that method are written whole
 * and skipped under the reason, as Stainless's SDKs have them (knock-node's `tenants/bulk.test.ts`: `// Mock server
 * doesn't support array query params for this endpoint yet` over `test.skip('delete: only required params', …)`);
 * the other methods' tests run.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const REASON = "Prism doesn't support text/event-stream responses";

function project(): { spec: string; config: string } {
  const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
  const spec = writeSpec(
    openapi({
      paths: {
        '/logs/{id}': {
          get: {
            operationId: 'getLogs',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: ok,
          },
        },
        '/logs': { get: { operationId: 'listLogs', responses: ok } },
      },
    }),
  );
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(
    config,
    [
      'organization: { name: acme }',
      'targets: { typescript: { package_name: acme } }',
      'resources:',
      '  logs:',
      '    methods:',
      '      stream:',
      "        endpoint: 'get /logs/{id}'",
      `        skip_test_reason: ${JSON.stringify(REASON)}`,
      "      list: 'get /logs'",
      '',
    ].join('\n'),
  );
  return { spec, config };
}

describe("a method's skip_test_reason in the TypeScript endpoint tests", () => {
  it('writes its tests whole and skipped under the reason; the other methods run', async () => {
    const { spec, config } = project();
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const test = files.find((f) => f.path === 'tests/api-resources/logs.test.ts')!.contents;
    expect(test).toContain(
      `  // ${REASON}\n  test.skip('stream', async () => {\n    const responsePromise = client.logs.stream('id');`,
    );
    expect(test).toMatch(/^ {2}test\('list', async \(\) => \{$/m);
    expect(test.match(/test\.skip\(/g)).toHaveLength(1);
  });
});
