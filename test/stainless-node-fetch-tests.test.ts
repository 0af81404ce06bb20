/**
 * The endpoint tests of an SDK whose Stainless config has the legacy `targets.node` take `Response` from 'node-fetch',
 * as Stainless's tests of that layout did (honcho-node, lumaai-node, onebusaway, llama-stack: every file of
 * tests/api-resources), while the SDK takes no dependency on node-fetch: its tsconfig.json's paths and its Vitest
 * config's alias make the name tests/node-fetch.ts, the global `Response`. A `targets.typescript` SDK has none of it.
 * The node SDK's tests type-check under its own tsconfig.json (strict) and pass, run by Vitest with the SDK's own
 * config, against a local HTTP server.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-legacy-request-forms.test.ts samples the older Stainless generator's forms (targets.node)
// (docs/contributing.md, "What `npm test` samples").
import { spawn } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths';
import { runTsc } from './helpers/run-tsc';
import { generateWithStainlessConfig, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Notes', version: '1.0.0' },
  paths: {
    '/notes': {
      get: {
        operationId: 'listNotes',
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { count: { type: 'integer' } }, required: ['count'] },
              },
            },
          },
        },
      },
    },
  },
};

const config = (target: 'node' | 'typescript') =>
  [
    'organization: { name: notes }',
    'targets:',
    `  ${target}: { package_name: notes-sdk }`,
    'resources:',
    '  notes:',
    "    methods: { list: 'get /notes' }",
    '',
  ].join('\n');

const IMPORTS = "import Notes from 'notes-sdk';\nimport { Response } from 'node-fetch';\n";

const server = new TestServer();
beforeAll(async () => {
  await server.start();
});
afterAll(() => server.stop());

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.runIf(SLOW_FULL)("the endpoint tests' node-fetch import, by the Stainless target", () => {
  it('targets.node: imported as Stainless wrote it, mapped to the global Response; the tests type-check and pass', async () => {
    const { dir, result, files } = await generateWithStainlessConfig('node-fetch-tests', SPEC, config('node'), {
      referenceDocs: false,
    });
    const test = files.get('tests/api-resources/notes.test.ts')!;
    expect(test).toContain(IMPORTS);
    expect(test).toContain('expect(rawResponse).toBeInstanceOf(Response);');
    expect(files.get('tests/node-fetch.ts')).toContain('export const Response = globalThis.Response;');
    expect(files.get('tsconfig.json')).toContain('"node-fetch": ["./tests/node-fetch.ts"]');
    expect(files.get('vitest.config.mjs')).toContain("new URL('./tests/node-fetch.ts', import.meta.url)");
    // No dependency on node-fetch.
    expect(files.get('package.json')).not.toContain('node-fetch');

    const sdk = path.join(dir, 'sdk');
    writeFiles(sdk, result.files);
    // The SDK's own compiler settings (strict), over src/ and tests/.
    const checked = runTsc(path.join(sdk, 'tsconfig.json'));
    expect(checked.output).toBe('');
    expect(checked.status).toBe(0);

    // Its tests, run by Vitest with its own config, against a local server of the API.
    server.on('GET /notes', json(200, { count: 1 }));
    server.otherwise(json(404, { error: 'not found' }));
    if (!existsSync(path.join(sdk, 'node_modules')))
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(sdk, 'node_modules'), 'dir');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TEST_API_BASE_URL: server.url };
    delete env.VITEST;
    delete env.VITEST_POOL_ID;
    delete env.VITEST_WORKER_ID;
    const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
    const { code, output } = await run(
      process.execPath,
      [vitest, 'run', '--config', 'vitest.config.mjs', 'tests/api-resources'],
      sdk,
      env,
    );
    expect(output).toMatch(/Tests\s+3 passed \(3\)/);
    expect(code, output).toBe(0);
    expect(server.received('GET /notes').length).toBeGreaterThan(0);
  }, 180_000);

  it('targets.typescript: no node-fetch in the tests, the tsconfig or the Vitest config', async () => {
    const { files } = await generateWithStainlessConfig('node-fetch-tests-ts', SPEC, config('typescript'), {
      referenceDocs: false,
    });
    const test = files.get('tests/api-resources/notes.test.ts')!;
    expect(test).toContain("import Notes from 'notes-sdk';\n");
    for (const file of ['tests/api-resources/notes.test.ts', 'tsconfig.json', 'vitest.config.mjs'])
      expect(files.get(file), file).not.toContain('node-fetch');
    expect(files.has('tests/node-fetch.ts')).toBe(false);
  }, 60_000);
});
