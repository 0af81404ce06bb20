/**
 * TanStack Query over a Stainless SDK's event streams: the factories take `params?: X | null`, while Stainless's
 * stream methods take `query: X | undefined = {}` (no null): the factories pass undefined for null, and the SDK
 * type-checks with `tanstackQuery: true` (the options sweep found a real config where it did not).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-stream-forms.test.ts samples Stainless's streams (docs/contributing.md, "What `npm test`
// samples").
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/jobs/{id}/logs': {
      get: {
        operationId: 'jobLogs',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'tail', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { '200': { description: 'ok', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
      },
    },
  },
};

const STAINLESS = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  jobs:
    methods:
      logs: get /jobs/{id}/logs
`;

const root = tempDir('stainless-stream-tanstack');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.runIf(SLOW_FULL)('TanStack Query over Stainless event streams', () => {
  it('passes undefined for a null params to a stream method that takes none, and type-checks', () => {
    writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
    writeFileSync(path.join(root, 'stainless.yml'), STAINLESS);
    writeFileSync(path.join(root, 'sdkgen.yaml'), 'stainless: stainless.yml\ntanstackQuery: true\n');
    const out = path.join(root, 'sdk');
    const run = runSdkgen(
      ['generate', path.join(root, 'spec.json'), '-o', out, '--config', path.join(root, 'sdkgen.yaml'), '--quiet'],
      { timeout: 300_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const methods = readFileSync(path.join(out, 'src/resources/jobs.ts'), 'utf8');
    expect(methods).toMatch(/query: JobLogsParams \| undefined = \{\}/);
    expect(readFileSync(path.join(out, 'src/tanstack/jobs.ts'), 'utf8')).toContain('params ?? undefined');
    const { status, output } = typeCheckStrict(out, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 600_000);
});
