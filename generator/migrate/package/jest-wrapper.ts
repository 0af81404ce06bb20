/**
 * sdkgen's Jest config beside one of the owners' (theirs, so migrate changes not a byte of it: xquik's
 * `jest.config.mjs`, Stainless's jest.config.ts renamed and edited). sdkgen's modules and tests need three things of
 * the config Jest runs them with (package/test-runner.ts): the `.js` specifier mapping, `.sdkgen/` left out (its
 * copies of package.json collide in Jest's module map, its tests are merge bases) and the mock server as the global
 * setup. Rather than leave those for a person, sdkgen writes a config of its own that imports theirs and adds them,
 * and `npm test` runs Jest with it: whatever they change in theirs, Jest reads it still.
 */
import { JS_SPECIFIERS } from './test-runner';

/** sdkgen's config, beside theirs (not a `jest.config.*` name: Jest finds theirs alone where no `-c` is given). */
export const SDKGEN_JEST_CONFIG = 'jest.sdkgen.config.mjs';

export interface SdkgenJestConfig {
  path: string;
  contents: string;
  /** `scripts.test` of package.json: Jest with sdkgen's config. */
  testScript: string;
}

/**
 * sdkgen's config over the owners' config at `path` (a module of JavaScript at the repository's root: one in TypeScript
 * needs ts-node to be imported, and stays theirs to complete); null for another. `nodeFetchTests`: an older SDK's
 * tests import 'node-fetch', mapped to tests/node-fetch.ts.
 */
export function sdkgenJestConfig(path: string, options: { nodeFetchTests?: boolean } = {}): SdkgenJestConfig | null {
  if (!/^jest\.config\.[cm]?js$/.test(path)) return null;
  const mappings = [
    JS_SPECIFIERS,
    ...(options.nodeFetchTests ? [`'^node-fetch$': '<rootDir>/tests/node-fetch.ts'`] : []),
  ];
  const contents = `// sdkgen's Jest config: yours, ${path}, with what sdkgen's modules and tests need. Written by sdkgen.
import owners from './${path}';

// (A config may be a function, as Jest takes it.)
const config = typeof owners === 'function' ? await owners() : owners;

/** @type {import('jest').Config} */
export default {
  ...config,
  // sdkgen's modules import each other with \`.js\` specifiers: the \`.ts\` source, first.
  moduleNameMapper: { ${mappings.join(', ')}, ...config.moduleNameMapper },
  // sdkgen's copies of the files it merges edits into are no modules nor tests.
  modulePathIgnorePatterns: [...(config.modulePathIgnorePatterns ?? []), '<rootDir>/.sdkgen/'],
  // The mock server sdkgen's tests run against, unless yours starts one.
  globalSetup: config.globalSetup ?? '<rootDir>/scripts/mock-server.mjs',
};
`;
  return { path: SDKGEN_JEST_CONFIG, contents, testScript: `jest -c ${SDKGEN_JEST_CONFIG}` };
}
