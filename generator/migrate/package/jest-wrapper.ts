/**
 * sdkgen's Jest config beside one of the owners' (theirs, so migrate changes not a byte of it: xquik's
 * `jest.config.mjs`, Stainless's jest.config.ts renamed and edited). sdkgen's modules and tests need three things of
 * the config Jest runs them with (package/test-runner.ts): the `.js` specifier mapping, `.sdkgen/` left out (its
 * copies of package.json collide in Jest's module map, its tests are merge bases) and the mock server as the global
 * setup. Rather than leave those for a person, sdkgen writes a config of its own that imports theirs and adds them,
 * and `npm test` runs Jest with it: whatever they change in theirs, Jest reads it still. Theirs in TypeScript
 * (Stainless's jest.config.ts, edited) gets one in TypeScript: Jest loads a `.ts` config with ts-node (or the loader a
 * `@jest-config-loader` pragma names), which their own already needs, and that loader compiles theirs as sdkgen's
 * imports it. So does theirs as `jest.config.cts` (Jest 30 loads it as a `.ts`), or with `export =`: imported as
 * CommonJS (`ownersImport`). A `jest.config.mts` Jest does not load as TypeScript: a person's still.
 */
import { JS_SPECIFIERS } from './test-runner';

/** sdkgen's config, beside theirs (not a `jest.config.*` name: Jest finds theirs alone where no `-c` is given). */
export const SDKGEN_JEST_CONFIG = 'jest.sdkgen.config.mjs';
/** sdkgen's config beside theirs in TypeScript. */
export const SDKGEN_JEST_CONFIG_TS = 'jest.sdkgen.config.ts';
/** sdkgen's config beside theirs in TypeScript as CommonJS (`jest.config.cts`, which Jest 30 loads as it loads `.ts`). */
export const SDKGEN_JEST_CONFIG_CTS = 'jest.sdkgen.config.cts';

/** A module's `export = …` (TypeScript's CommonJS export), which a default import finds only under esModuleInterop. */
const EXPORT_ASSIGNMENT = /^\s*export\s*=/m;

/** The docblock pragmas with which a config in TypeScript names its loader for Jest (Jest 30). */
const LOADER_PRAGMA = /^\s*(?:\/\*\*|\*)?\s*(@jest-config-loader(?:-options)?\b.*?)\s*(?:\*\/)?\s*$/gm;

export interface SdkgenJestConfig {
  path: string;
  contents: string;
  /** `scripts.test` of package.json: Jest with sdkgen's config. */
  testScript: string;
}

/**
 * sdkgen's config over the owners' config at `path` (a module of JavaScript or TypeScript at the repository's root);
 * null for another. `nodeFetchTests`: an older SDK's tests import 'node-fetch', mapped to tests/node-fetch.ts. `text`:
 * theirs, whose loader pragmas sdkgen's config in TypeScript repeats (Jest reads them from the config it is given).
 */
export function sdkgenJestConfig(
  path: string,
  options: { nodeFetchTests?: boolean; text?: string } = {},
): SdkgenJestConfig | null {
  const mappings = [
    JS_SPECIFIERS,
    ...(options.nodeFetchTests ? [`'^node-fetch$': '<rootDir>/tests/node-fetch.ts'`] : []),
  ];
  const additions = `  // sdkgen's modules import each other with \`.js\` specifiers: the \`.ts\` source, first.
  moduleNameMapper: { ${mappings.join(', ')}, ...config.moduleNameMapper },
  // sdkgen's copies of the files it merges edits into are no modules nor tests.
  modulePathIgnorePatterns: [...(config.modulePathIgnorePatterns ?? []), '<rootDir>/.sdkgen/'],
  // The mock server sdkgen's tests run against, unless yours starts one.
  globalSetup: config.globalSetup ?? '<rootDir>/scripts/mock-server.mjs',`;
  if (/^jest\.config\.c?ts$/.test(path)) return typeScriptConfig(path, additions, options.text ?? '');
  if (!/^jest\.config\.[cm]?js$/.test(path)) return null;
  const contents = `// sdkgen's Jest config: yours, ${path}, with what sdkgen's modules and tests need. Written by sdkgen.
import owners from './${path}';

// (A config may be a function, as Jest takes it.)
const config = typeof owners === 'function' ? await owners() : owners;

/** @type {import('jest').Config} */
export default {
  ...config,
${additions}
};
`;
  return { path: SDKGEN_JEST_CONFIG, contents, testScript: `jest -c ${SDKGEN_JEST_CONFIG}` };
}

/**
 * sdkgen's config over theirs in TypeScript: compiled as theirs is (ts-node type-checks it, to CommonJS: no top-level
 * `await`, so a function Jest calls), typed on its own (theirs may be typed with ts-jest's type or Jest's).
 */
function typeScriptConfig(path: string, additions: string, text: string): SdkgenJestConfig {
  const pragmas = [...text.matchAll(LOADER_PRAGMA)].map((m) => m[1]);
  const docblock = pragmas.length > 0 ? `/**\n${pragmas.map((p) => ` * ${p}\n`).join('')} */\n` : '';
  const commonJs = path.endsWith('.cts');
  const contents = `${docblock}// sdkgen's Jest config: yours, ${path}, with what sdkgen's modules and tests need. Written by sdkgen.
${ownersImport(path, commonJs || EXPORT_ASSIGNMENT.test(text))}

type Config = {
  moduleNameMapper?: Record<string, string | string[]>;
  modulePathIgnorePatterns?: string[];
  globalSetup?: string;
  [option: string]: unknown;
};
// (A config may be a function, as Jest takes it.)
const theirs = owners as unknown as Config | (() => Config | Promise<Config>);

export default async (): Promise<Config> => {
  const config = typeof theirs === 'function' ? await theirs() : theirs;
  return {
    ...config,
${additions.replace(/^/gm, '  ')}
  };
};
`;
  const sdkgens = commonJs ? SDKGEN_JEST_CONFIG_CTS : SDKGEN_JEST_CONFIG_TS;
  return { path: sdkgens, contents, testScript: `jest -c ${sdkgens}` };
}

/**
 * How sdkgen's config imports theirs. A default import, where theirs has `export default` in a `.ts`. Else (theirs
 * `export = …`, or a `.cts`) TypeScript's CommonJS import, which needs no esModuleInterop; the loader compiles it to a
 * `require`, whose module is theirs (`export =`) or holds it (`export default`, read as Jest reads it). A `.cts` is
 * named with its extension, which only the loader's `require` resolves (TypeScript does not, without
 * allowImportingTsExtensions: that line is not type-checked).
 */
function ownersImport(path: string, commonJs: boolean): string {
  if (!commonJs) return `import owners from './${path.replace(/\.ts$/, '')}';`;
  const specifier = path.endsWith('.cts') ? `./${path}` : `./${path.replace(/\.ts$/, '')}`;
  const ignored = path.endsWith('.cts') ? '// @ts-ignore: the loader resolves the `.cts`, TypeScript need not\n' : '';
  return `${ignored}import loaded = require('${specifier}');

// (\`export default\` compiled to CommonJS: the config is the module's \`default\`.)
const owners: unknown =
  (loaded as { __esModule?: boolean }).__esModule === true ? (loaded as { default: unknown }).default : loaded;`;
}
