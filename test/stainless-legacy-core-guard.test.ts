/**
 * An SDK of Stainless's older generator (`targets.node`) takes request options in a method's params' place
 * (`create(options)`), and its `core` module's `isRequestOptions` guard must name that module's own `RequestOptions`
 * (plain-object headers), which the method hands them on as: a real config's method whose params are all optional.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { sharedPath } from './helpers/paths';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const PROJECT = sharedPath('stainless-configs', 'ImpromptAI__openplugin');
const present = existsSync(path.join(PROJECT, 'stainless.yaml'));

it.skipIf(!present)("core's guard narrows to core's RequestOptions", async () => {
  const { files } = await generate({
    spec: path.join(PROJECT, 'openapi.json'),
    config: path.join(PROJECT, 'stainless.yaml'),
    referenceDocs: false,
  });
  const core = files.find((f) => f.path === 'src/core.ts')!.contents;
  expect(core).toContain('export function isRequestOptions(value: unknown): value is RequestOptions {');
  expect(core).not.toMatch(/export \{ isRequestOptions \}/);
  expect(files.find((f) => f.path === 'src/resources/plugin-validators.ts')!.contents).toContain(
    'if (isRequestOptions(params)) {',
  );
  if (!SLOW_FULL) return;
  // A tsc program over the SDK: seconds of CPU, so SDKGEN_SLOW_TESTS=full's.
  const sdk = tempDir('stainless-legacy-core-guard');
  writeFiles(sdk, files);
  const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
  expect(output).toBe('');
  expect(status).toBe(0);
  expect(readFileSync(path.join(sdk, 'src/core.ts'), 'utf8')).toBe(core);
});
