/**
 * An SDK with no resource at all: a Stainless config every method of which is left out (a spec copy that has none of
 * its endpoints: fashn-ts before its spec's server path was read, generator/normalize/server-path-prefix.ts). The
 * client imports `./resources/index` all the same (`import * as API from './resources/index.js'`): that module must
 * be one (`export {};`), or tsc stops at TS2306 "File '…/src/resources/index.ts' is not a module".
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { STRICT_OPTIONS, generateFrom, runTsc, sdkModuleSyntax, sdkPaths, tempDir, writeFiles } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: { '/a': { get: { operationId: 'a', responses: { '200': { description: 'ok' } } } } },
};
const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  things:
    methods:
      list: get /nope
`;

it('writes a resources index that is a module, and the SDK type-checks', async () => {
  const dir = tempDir('no-resources');
  const { files } = await generateFrom(dir, SPEC, CONFIG, { format: false });
  const index = files.find((f) => f.path === 'src/resources/index.ts')?.contents ?? '';
  expect(index).toMatch(/^export \{\};$/m);
  const sdk = path.join(dir, 'sdk');
  writeFiles(sdk, files);
  const project = path.join(sdk, 'tsconfig.strict.json');
  writeFileSync(
    project,
    JSON.stringify({
      compilerOptions: { ...STRICT_OPTIONS, ...sdkModuleSyntax(sdk), ...sdkPaths(sdk), types: [] },
      include: ['src'],
    }),
  );
  const tsc = runTsc(project);
  expect(tsc.output).toBe('');
  expect(tsc.status).toBe(0);
}, 300_000);
