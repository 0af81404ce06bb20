/**
 * The comment over the skipped endpoint test of a method whose response is an event stream, where a Stainless config
 * turns the mock tests off: Stainless's says the mock cannot serve one (hypeman-ts's `instances.logs`: "Prism doesn't
 * support text/event-stream responses", of its era), where another method's says the tests are disabled.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const SPEC = openapi({
  paths: {
    '/logs': {
      get: {
        operationId: 'streamLogs',
        responses: {
          '200': { description: 'lines', content: { 'text/event-stream': { schema: { type: 'string' } } } },
        },
      },
    },
    '/status': {
      get: {
        operationId: 'getStatus',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
});

async function testModule(era: string | null): Promise<string> {
  const spec = writeSpec(SPEC);
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(
    config,
    [
      'organization: { name: box }',
      'targets:',
      '  typescript: { package_name: box-sdk }',
      'settings: { disable_mock_tests: true }',
      'resources:',
      '  box:',
      "    methods: { logs: 'get /logs', status: 'get /status' }",
      '',
    ].join('\n'),
  );
  const { files } = await generate({ spec, config, stainlessEra: era });
  const text = files.find((f) => f.path === 'tests/api-resources/box.test.ts')?.contents;
  expect(text).toBeDefined();
  return text!;
}

describe('an event stream method, the mock tests off', () => {
  it("says the mock does not serve event streams, in its era's words", async () => {
    const older = await testModule('2025-12-23');
    expect(older).toContain("  // Prism doesn't support text/event-stream responses\n  test.skip('logs'");
    expect(older).toContain("  // Prism tests are disabled\n  test.skip('status'");
    const newest = await testModule(null);
    expect(newest).toContain("  // Mock server doesn't support text/event-stream responses\n  test.skip('logs'");
    expect(newest).toContain("  // Mock server tests are disabled\n  test.skip('status'");
  }, 60_000);
});
