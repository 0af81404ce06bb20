/**
 * The rendered runtime and the fixture SDK compile under the strictest settings a generated SDK may meet,
 * without Node's types (the runtime must not depend on them).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { REPO, renderSdk } from './helpers/sdk';

const run = promisify(execFile);

test('rendered runtime + fixture client pass tsc --strict without @types/node', { timeout: 60_000 }, async () => {
  const { dir, cleanup } = await renderSdk();
  try {
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        strict: true,
        noEmit: true,
        moduleResolution: 'bundler',
        verbatimModuleSyntax: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: false,
        noImplicitOverride: true,
        noFallthroughCasesInSwitch: true,
        isolatedModules: true,
        skipLibCheck: true,
      },
      include: ['src/**/*.ts'],
    };
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const tsc = path.join(REPO, 'node_modules/.bin/tsc');
    const result = await run(tsc, ['-p', dir], { cwd: dir }).then(
      () => '',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(result).toBe('');
  } finally {
    await cleanup();
  }
});
