/**
 * An owners' Jest config in TypeScript (Stainless's jest.config.ts, edited by them: theirs, kept byte for byte) gets
 * sdkgen's config beside it, in TypeScript too (package/jest-wrapper.ts): Jest loads a `.ts` config with ts-node (or
 * the loader a `@jest-config-loader` pragma names), which theirs already needs, and that loader compiles theirs as
 * sdkgen's imports it. Run with real Jest (Stainless's packages, installed once into test/.tmp/jest-runner): with
 * theirs alone the `.js` specifiers of sdkgen's modules are not found; with sdkgen's the test passes, the mock server's
 * global setup run. (Checked by hand with Jest 30 too.) The real-Jest run installs Jest's packages on a fresh checkout:
 * it runs in `test:slow` (SDKGEN_SLOW_TESTS=full), where test/migrate-jest.test.ts runs real Jest too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SDKGEN_JEST_CONFIG_TS, sdkgenJestConfig } from '../generator/migrate/package/jest-wrapper';
import { runInRepository as run } from './helpers/git-history';
import { jestPackages, linkNodeModules } from './helpers/jest-runner';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { STAINLESS_JEST } from './helpers/stainless-repository';

/** Stainless's config with an edit of the owners': theirs. */
const OWNERS_JEST = STAINLESS_JEST.replace("['scripts']", "['scripts', '<rootDir>/tests/live/']");

/** Stainless's tsconfig's strictness: ts-node type-checks a config with it. */
const TSCONFIG = {
  include: ['src', 'tests'],
  compilerOptions: {
    target: 'es2020',
    lib: ['es2020'],
    module: 'commonjs',
    moduleResolution: 'node',
    esModuleInterop: true,
    noEmit: true,
    strict: true,
    noImplicitAny: true,
    noImplicitReturns: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    noPropertyAccessFromIndexSignature: true,
    skipLibCheck: true,
  },
};

function repository(): string {
  const repo = tempDir('jest-owners-ts');
  const files: Record<string, string> = {
    'package.json': '{ "name": "onebusaway-sdk", "private": true }\n',
    'tsconfig.json': JSON.stringify(TSCONFIG, null, 2),
    'jest.config.ts': OWNERS_JEST,
    // sdkgen's modules import each other with `.js` specifiers.
    'src/index.ts': "export { stop } from './stop.js';\n",
    'src/stop.ts': 'export const stop = (id: string): string => `stop ${id}`;\n',
    'tests/index.test.ts': [
      "import { stop } from '../src/index.js';",
      '',
      "test('a stop', () => {",
      "  expect(stop('1_75403')).toBe('stop 1_75403');",
      "  expect(process.env['MOCK_SERVER_STARTED']).toBe('yes');",
      '});',
      '',
    ].join('\n'),
    // sdkgen's copy of package.json, which collides in Jest's module map.
    '.sdkgen/pristine/package.json': '{ "name": "onebusaway-sdk", "private": true }\n',
    'scripts/mock-server.mjs': "export default async function () {\n  process.env.MOCK_SERVER_STARTED = 'yes';\n}\n",
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  return repo;
}

describe("sdkgen's Jest config over the owners' own in TypeScript", () => {
  it('is TypeScript beside theirs, imports it, and repeats its loader pragmas', () => {
    const config = sdkgenJestConfig('jest.config.ts', { text: OWNERS_JEST })!;
    expect(config.path).toBe(SDKGEN_JEST_CONFIG_TS);
    expect(config.testScript).toBe(`jest -c ${SDKGEN_JEST_CONFIG_TS}`);
    expect(config.contents).toContain("import owners from './jest.config';");
    expect(config.contents.startsWith('//')).toBe(true);
    const pragmas = '/** @jest-config-loader esbuild-register */\n/**\n * @jest-config-loader-options {"x": 1}\n */\n';
    expect(sdkgenJestConfig('jest.config.ts', { text: pragmas + OWNERS_JEST })!.contents).toMatch(
      /^\/\*\*\n \* @jest-config-loader esbuild-register\n \* @jest-config-loader-options \{"x": 1\}\n \*\/\n/,
    );
  });

  it.runIf(SLOW_FULL)(
    'runs their tests and sdkgen’s with real Jest, where theirs alone cannot',
    { timeout: 300_000 },
    async () => {
      const repo = repository();
      linkNodeModules(repo, [path.join(ROOT, 'node_modules'), jestPackages()]);
      const jest = path.join(repo, 'node_modules/.bin/jest');
      const alone = await run([jest], repo);
      expect(alone.code).not.toBe(0);
      expect(alone.output).toContain("Cannot find module '../src/index.js'");
      const config = sdkgenJestConfig('jest.config.ts', { text: OWNERS_JEST })!;
      writeFileSync(path.join(repo, config.path), config.contents);
      const withOurs = await run([jest, '-c', config.path], repo);
      expect(withOurs.output).toContain('Tests:       1 passed, 1 total');
      expect(withOurs.code).toBe(0);
    },
  );
});
