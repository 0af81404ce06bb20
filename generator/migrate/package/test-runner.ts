/**
 * The tools a migrated repository keeps running as its owners set them up.
 *
 * - Stainless's SDKs ran their tests on Jest. Where the owners have tests of their own (or edited Stainless's Jest
 *   config), Jest stays the runner, with its config and packages: their tests run as they are, byte for byte, and
 *   sdkgen's generated tests run beside them (their harness hands them to Jest's globals). sdkgen adds to the config
 *   only what its own files need: its modules import each other with `.js` specifiers (mapped to the `.ts` source),
 *   its tests talk to the mock server scripts/mock-server.mjs starts (Jest's `globalSetup`), and its copies of the
 *   files it merges edits into (.sdkgen/) are no tests.
 * - Stainless's lint and format configs the owners edited (eslint.config.mjs, .eslintrc.*, .prettierrc…) stay where
 *   they are, with the packages they name; `npm run lint` runs ESLint with the one that is kept.
 */
import { isObject } from '../json-object';
import { codeMask } from '../repository/code-mask';
import { withoutComments } from '../repository/imports';
import { packageOf } from './package-json';

/** A Jest config at the root: Stainless wrote jest.config.ts. */
export const JEST_CONFIG = /^jest\.config\.[cm]?[jt]s$/;

/** Test files by path: under tests/ or __tests__/, or named `*.test.*` / `*.spec.*`. */
export const TEST_FILE = /(?:^|\/)(?:tests?|__tests__)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

/** Test files as Jest's default `testMatch` finds them. */
export const JEST_TEST_FILE = /(?:^|\/)__tests__\/.+\.[cm]?[jt]sx?$|\.(?:test|spec)\.[cm]?[jt]sx?$/;

/** Lint and format configs at the root (ESLint's flat and older configs, Prettier's). */
export const TOOL_CONFIG =
  /^(?:eslint\.config\.[cm]?[jt]s|\.eslintrc(?:\.(?:[cm]?js|json|ya?ml))?|\.eslintignore|\.prettierrc(?:\.(?:json5?|ya?ml|[cm]?js|toml))?|prettier\.config\.[cm]?js|\.prettierignore)$/;

/**
 * A Vitest config of the owners' (Stainless wrote none): Vitest reads the first of these it finds, a vite.config.* when
 * there is no vitest.config.*.
 */
export const VITEST_CONFIG = /^(?:vitest|vite)\.config\.[cm]?[jt]s$/;

/** ESLint's configs, which `npm run lint` runs ESLint with when one is kept. */
export const ESLINT_CONFIG = /^(?:eslint\.config\.[cm]?[jt]s|\.eslintrc(?:\.(?:[cm]?js|json|ya?ml))?)$/;

/** Jest itself and the packages its config needs whatever it names: its types for the tests' globals. */
const JEST_ITSELF = ['jest', '@types/jest'];

/** The mapping of sdkgen's `.js` specifiers (`./core/error.js`) to the module Jest finds without it (the `.ts`). */
export const JS_SPECIFIERS = `'^(\\\\.{1,2}/.*)\\\\.js$': '$1'`;

/**
 * An older (`targets.node`) SDK's endpoint tests import `Response` from 'node-fetch', which the SDK resolves to its
 * tests/node-fetch.ts (the global `Response`, as its `fetch` returns): Jest needs the same mapping.
 */
const NODE_FETCH_TESTS = `'^node-fetch$': '<rootDir>/tests/node-fetch.ts'`;

/** Where sdkgen keeps its copies of the files it merges edits into. */
const SDKGEN_FOLDER = '<rootDir>/.sdkgen/';

/** The global setup that starts the mock server sdkgen's tests run against. */
export const MOCK_SERVER_SETUP = `globalSetup: '<rootDir>/scripts/mock-server.mjs'`;

/**
 * The packages a kept config file needs, as the repository's package.json lists them: those the file names (an
 * import, a preset, a transform, `plugins: ['unused-imports']` for eslint-plugin-unused-imports), the others of
 * their scopes, and the tool that reads it.
 */
export function packagesOfConfig(path: string, text: string, listed: ReadonlySet<string>): string[] {
  const named = new Set<string>();
  for (const m of withoutComments(text).matchAll(/(['"])([@\w][\w@./:-]*)\1/g))
    for (const candidate of packageNames(m[2])) if (listed.has(candidate)) named.add(candidate);
  const tool = JEST_CONFIG.test(path)
    ? JEST_ITSELF
    : ESLINT_CONFIG.test(path) || /^\.eslintignore$/.test(path)
      ? ['eslint']
      : VITEST_CONFIG.test(path)
        ? ['vitest']
        : ['prettier'];
  for (const name of tool) if (listed.has(name)) named.add(name);
  // Jest reads a config in TypeScript with ts-node.
  if (JEST_CONFIG.test(path) && /\.[cm]?ts$/.test(path) && listed.has('ts-node')) named.add('ts-node');
  // A scope's packages go together (@swc/jest runs on @swc/core, @typescript-eslint/parser with its plugin).
  // (Not @types: each of those goes with its own package.)
  const scopeOf = (name: string) => (name.startsWith('@') && !name.startsWith('@types/') ? name.split('/')[0] : null);
  const scopes = new Set<string | null>([...named].map(scopeOf).filter((scope) => scope !== null));
  for (const name of listed) if (scopes.has(scopeOf(name))) named.add(name);
  return [...named].sort();
}

/** The packages a name in a config may stand for: the package of a path, ESLint's plugin naming, Jest's environments. */
function packageNames(name: string): string[] {
  const pkg = packageOf(name);
  const names = pkg === null ? [] : [pkg];
  // `plugins: ['unused-imports', '@typescript-eslint']`, `extends: ['plugin:prettier/recommended']`.
  const plugin = name.replace(/^plugin:/, '').replace(/\/[^@]*$/, '');
  if (plugin.startsWith('@')) {
    const [scope, rest] = plugin.split('/');
    names.push(rest === undefined ? `${scope}/eslint-plugin` : `${scope}/eslint-plugin-${rest}`);
  } else if (plugin !== '') names.push(`eslint-plugin-${plugin}`, `eslint-config-${plugin}`);
  // Jest's `testEnvironment: 'jsdom'` for jest-environment-jsdom.
  if (pkg !== null && !pkg.startsWith('@')) names.push(`jest-environment-${pkg}`);
  return names;
}

export interface JestConfigForSdkgen {
  /** The config with what sdkgen's files need added (the same text when it had it already). */
  text: string;
  /** What sdkgen added, for the report. */
  added: string[];
  /** What it could not add, for a person. */
  missing: string[];
}

/**
 * The repository's Jest config with what sdkgen's modules and tests need: the `.js` specifier mapping first in its
 * `moduleNameMapper` (a key of its own when it has none), and the mock server as its `globalSetup`. Added as lines
 * of their own in the config object, so that the owners' lines stay as they wrote them.
 */
export function jestConfigForSdkgen(text: string, options: { nodeFetchTests?: boolean } = {}): JestConfigForSdkgen {
  const code = codeMask(text);
  const inCode = (pattern: RegExp) => [...text.matchAll(pattern)].find((m) => code[m.index] === 1);
  const added: string[] = [];
  const missing: string[] = [];
  const edits: Array<{ at: number; text: string }> = [];
  const object = inCode(/(?:module\.exports\s*=|export\s+default|\bconst\s+[\w$]+\s*(?::\s*[\w$.<>]+\s*)?=)\s*\{/g);
  const lineAfter = (at: number) => text.slice(text.indexOf('\n', at) + 1);
  const indentAfter = (at: number) => /^[ \t]*/.exec(lineAfter(at))![0] || '  ';
  if (object === undefined) {
    return {
      text,
      added,
      missing: [`its module mapping ${JS_SPECIFIERS} and ${MOCK_SERVER_SETUP} (sdkgen's tests need them)`],
    };
  }
  const objectOpen = object.index + object[0].length;
  const memberIndent = indentAfter(objectOpen);
  const mappings: string[] = [];
  if (!text.includes('\\.js$')) mappings.push(JS_SPECIFIERS);
  if (options.nodeFetchTests && !/['"]\^node-fetch\$['"]/.test(text)) mappings.push(NODE_FETCH_TESTS);
  if (mappings.length > 0) {
    const mapper = inCode(/\bmoduleNameMapper\s*:\s*\{[ \t]*\n/g);
    if (mapper !== undefined) {
      const at = mapper.index + mapper[0].length;
      edits.push({ at, text: mappings.map((m) => `${indentAfter(at - 1)}${m},\n`).join('') });
    } else {
      edits.push({
        at: lineStart(text, objectOpen),
        text: `${memberIndent}moduleNameMapper: { ${mappings.join(', ')} },\n`,
      });
    }
    for (const m of mappings) added.push(`moduleNameMapper ${m}`);
  }
  // Jest would run the copies of sdkgen's files kept in .sdkgen/ (the merge base of edited tests) as tests.
  if (!text.includes(SDKGEN_FOLDER)) {
    const ignored = [...text.matchAll(/\b(modulePathIgnorePatterns|testPathIgnorePatterns)\s*:\s*\[[ \t]*\n/g)].find(
      (m) => code[m.index] === 1,
    );
    if (ignored !== undefined) {
      const at = ignored.index + ignored[0].length;
      edits.push({ at, text: `${indentAfter(at - 1)}'${SDKGEN_FOLDER}',\n` });
      added.push(`${ignored[1]} '${SDKGEN_FOLDER}'`);
    } else if (inCode(/\b(?:modulePathIgnorePatterns|testPathIgnorePatterns)\s*:/g) === undefined) {
      edits.push({
        at: lineStart(text, objectOpen),
        text: `${memberIndent}modulePathIgnorePatterns: ['${SDKGEN_FOLDER}'],\n`,
      });
      added.push(`modulePathIgnorePatterns '${SDKGEN_FOLDER}'`);
    } else
      missing.push(`'${SDKGEN_FOLDER}' in its modulePathIgnorePatterns (sdkgen's merge bases are no tests to run)`);
  }
  if (!text.includes('scripts/mock-server.mjs')) {
    if (inCode(/\bglobalSetup\s*:/g) !== undefined)
      missing.push(
        `your globalSetup runs, not sdkgen's mock server: start scripts/mock-server.mjs from it (its default ` +
          'export; set TEST_API_BASE_URL to a server of yours instead, and the tests use that)',
      );
    else {
      edits.push({ at: lineStart(text, objectOpen), text: `${memberIndent}${MOCK_SERVER_SETUP},\n` });
      added.push(MOCK_SERVER_SETUP);
    }
  }
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += text.slice(from, edit.at) + edit.text;
    from = edit.at;
  }
  return { text: out + text.slice(from), added, missing };
}

/** The start of the line after the one `at` is on. */
function lineStart(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end + 1;
}

/**
 * sdkgen's `test` and `lint` scripts run the tools the repository keeps: Jest (which runs sdkgen's tests too; with
 * sdkgen's config over the owners' own where it writes one, `jestScript`) and
 * ESLint with the owners' config, after sdkgen's type-check. A script the owners changed is theirs already.
 */
export function withToolScripts(
  json: Record<string, unknown>,
  generated: string,
  tools: { jest: boolean; eslint: boolean; jestScript?: string },
) {
  const ours = (JSON.parse(generated) as { scripts?: Record<string, string> }).scripts ?? {};
  const scripts = isObject(json.scripts) ? (json.scripts as Record<string, string>) : null;
  if (scripts === null) return;
  // (`jestScript`: Jest with sdkgen's config over the owners' own, package/jest-wrapper.ts.)
  if (tools.jest && scripts.test === ours.test) scripts.test = tools.jestScript ?? 'jest';
  if (tools.eslint && scripts.lint === ours.lint) scripts.lint = `${ours.lint} && eslint .`;
}
