/**
 * What the owners added to Stainless's Jest config that Vitest can do the same way, carried to the Vitest project
 * that runs their tests (the `custom` project of sdkgen's vitest.config.mjs):
 * - the tests they told Jest to skip (patterns added to `testPathIgnorePatterns` or `modulePathIgnorePatterns`), to
 *   its `exclude`, so that the same tests stay out;
 * - their setup files (`setupFiles`, `setupFilesAfterEnv`: Vitest runs its `setupFiles` with the test framework
 *   already in place, as Jest runs the latter), to its `setupFiles`, in that order;
 * - the time a test may take (`testTimeout`), to its `testTimeout`;
 * - the modules they mapped to others (`moduleNameMapper`: a regular expression → a path or package, `$1`… for its
 *   groups), to the config's `resolve.alias`, which reads them the same way, before the package's own entries;
 * - where their tests are (`testMatch` globs, `roots` folders), to its `include` (a `!` glob to its `exclude`);
 * - the environment they run in (`testEnvironment`: node, jsdom, happy-dom), to its `environment`;
 * - their global setup module (`globalSetup`), to its `globalSetup`: Vitest runs a module's default export before the
 *   tests, as Jest does.
 * What has no counterpart that behaves the same (`testRegex`, `globalTeardown`, another environment) is said, for a
 * person.
 */
import { quoteString } from '../emit/print-doc';
import { codeMask } from './code-mask';

/** Stainless's Jest config, which migrate removes. */
export const JEST_CONFIG = /^jest\.config\.[cm]?[jt]s$/;

/** A quoted string literal. */
const LITERAL = `(?:'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*")`;
/**
 * An array of string literals (comments between them allowed), its contents in the group: a `]` inside a pattern or
 * a glob (`[jt]s`) is not the array's end.
 */
const LITERAL_ARRAY = `\\[((?:\\s|,|${LITERAL}|//[^\\n]*|/\\*[\\s\\S]*?\\*/)*)\\]`;
const IGNORE_ARRAY = new RegExp(`\\b(testPathIgnorePatterns|modulePathIgnorePatterns)\\s*:\\s*${LITERAL_ARRAY}`, 'g');
const STRING = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
/** A pattern with these is a regular expression a glob cannot say. */
const REGEX_SYNTAX = /[\\^$*+?()[\]{}|]/;

export interface JestSettings {
  /** Vitest exclude globs for the patterns the owners added. */
  globs: string[];
  /** Added patterns no glob says (regular expressions): for a person. */
  unconverted: string[];
  /** Setup files the owners added, as Vitest's `setupFiles` names them (relative to the repository's root). */
  setupFiles: string[];
  /** The owners' `testTimeout` (ms) where it is not Stainless's, else null. */
  testTimeout: number | null;
  /** `moduleNameMapper` entries the owners added. */
  moduleMap: ModuleMapping[];
  /** Added `moduleNameMapper` patterns mapped to a list of paths (tried in turn), which an alias cannot say. */
  unmapped: string[];
  /** The owners' test files as Vitest include globs, when they changed `testMatch` or `roots`; else null. */
  include: string[] | null;
  /** The Vitest environment of the one the owners chose (`testEnvironment`), when they changed it; else null. */
  environment: string | null;
  /** The owners' `globalSetup` module, as Vitest's `globalSetup` names it. */
  globalSetup: string[];
  /** The owners' settings with no Vitest counterpart that behaves the same: what to do, for a person. */
  notCarried: string[];
  /**
   * Whether the above were the owners' only edits to the file that mean something under Vitest (it transforms
   * TypeScript and ES modules itself: their `transformIgnorePatterns` and `transform` have nothing to carry).
   */
  onlyCarried: boolean;
}

export interface ModuleMapping {
  /** The regular expression, as Jest reads it. */
  pattern: string;
  /** What a match becomes: `<rootDir>/…` or a package, with `$1`… for the pattern's groups. */
  replacement: string;
}

/** Jest's settings carried as they are (see the top of this file): one array of paths each, a number, an object. */
const SETUP_ARRAY = new RegExp(`\\b(setupFiles|setupFilesAfterEnv)\\s*:\\s*${LITERAL_ARRAY}`, 'g');
const TEST_TIMEOUT = /\btestTimeout\s*:\s*(\d[\d_]*)\b/g;
const MODULE_MAPPER = /\bmoduleNameMapper\s*:\s*\{((?:[^{}'"]|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")*)\}/g;
/** One entry of that object: a quoted key, and a quoted value or a list of them. */
const MAPPING = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\[[^\]]*\])/g;
const QUOTED = `(${LITERAL})`;
/** Jest's settings of one string: where the tests run, and the modules run once before and after all of them. */
const TEST_ENVIRONMENT = new RegExp(`\\btestEnvironment\\s*:\\s*${QUOTED}`, 'g');
const GLOBAL_SETUP = new RegExp(`\\bglobalSetup\\s*:\\s*${QUOTED}`, 'g');
const GLOBAL_TEARDOWN = new RegExp(`\\bglobalTeardown\\s*:\\s*${QUOTED}`, 'g');
/** Where Jest looks for tests: globs, and the folders they are looked for in. */
const TEST_MATCH = new RegExp(`\\btestMatch\\s*:\\s*${LITERAL_ARRAY}`, 'g');
const ROOTS = new RegExp(`\\broots\\s*:\\s*${LITERAL_ARRAY}`, 'g');
const TEST_REGEX = /\btestRegex\s*:\s*([^,\n}]+)/g;

/** Jest's test environments and Vitest's names for them. */
const VITEST_ENVIRONMENTS: Record<string, string> = {
  node: 'node',
  'jest-environment-node': 'node',
  jsdom: 'jsdom',
  'jest-environment-jsdom': 'jsdom',
  '@happy-dom/jest-environment': 'happy-dom',
};

/** The tests the project that runs the owners' tests includes when their Jest config says only where to look. */
export const OWNERS_TEST_GLOB = '**/*.{test,spec}.?(c|m)[jt]s?(x)';

export function addedJestSettings(stainless: string, edited: string): JestSettings {
  const had = new Set(patterns(stainless));
  const added = patterns(edited).filter((pattern) => !had.has(pattern));
  const globs: string[] = [];
  const unconverted: string[] = [];
  for (const pattern of added) {
    const converted = globsOf(pattern);
    if (converted === null) unconverted.push(pattern);
    else globs.push(...converted.filter((glob) => !globs.includes(glob)));
  }
  const hadMappings = new Map(mappingsOf(stainless).map((m) => [m.pattern, m.replacement]));
  const moduleMap: ModuleMapping[] = [];
  const unmapped: string[] = [];
  for (const mapping of mappingsOf(edited)) {
    if (hadMappings.get(mapping.pattern) === mapping.replacement) continue;
    if (mapping.replacement === null) unmapped.push(mapping.pattern);
    else moduleMap.push({ pattern: mapping.pattern, replacement: mapping.replacement });
  }
  const hadSetup = new Set(setupFilesOf(stainless));
  const setupFiles = setupFilesOf(edited).filter((file) => !hadSetup.has(file));
  const timeout = testTimeoutOf(edited);
  const testTimeout = timeout !== null && timeout !== testTimeoutOf(stainless) ? timeout : null;
  // With the ignore arrays as Stainless wrote them, and the carried settings and Jest's transform settings aside on
  // both sides, is the file Stainless's again?
  const stainlessArrays = [...stainless.matchAll(IGNORE_ARRAY)];
  const stainlessMapper = [...stainless.matchAll(MODULE_MAPPER)][0]?.[0];
  const restored = edited
    .replace(IGNORE_ARRAY, (whole, key: string) => stainlessArrays.find((m) => m[1] === key)?.[0] ?? whole)
    .replace(MODULE_MAPPER, (whole) => stainlessMapper ?? whole);
  const rest = (text: string) => withoutTransforms(withoutCarried(text));
  const located = testLocation(stainless, edited);
  const environment = changedEnvironment(stainless, edited);
  const globalSetup = changed(stainless, edited, GLOBAL_SETUP);
  const globalTeardown = changed(stainless, edited, GLOBAL_TEARDOWN);
  const testRegex = changed(stainless, edited, TEST_REGEX);
  const notCarried = [
    ...(environment.unknown !== null
      ? [
          `Jest ran your tests in the environment '${environment.unknown}': give the 'custom' project the Vitest ` +
            'environment that does the same (its environment setting)',
        ]
      : []),
    ...(environment.vitest !== null && environment.vitest !== 'node'
      ? [
          `Vitest's '${environment.vitest}' environment loads the ${environment.vitest} package: list it in ` +
            "devDependencies (Jest's environment package brought its own)",
        ]
      : []),
    ...(testRegex !== null
      ? [`Jest found your tests by testRegex ${testRegex}: give the 'custom' project include globs for them`]
      : []),
    ...(globalTeardown !== null
      ? [
          `Jest ran ${globalTeardown} once after all tests (globalTeardown): export it as \`teardown\` from a ` +
            "globalSetup module of the 'custom' project",
        ]
      : []),
  ];
  return {
    globs: [...globs, ...located.excludes.filter((glob) => !globs.includes(glob))],
    unconverted,
    setupFiles,
    testTimeout,
    moduleMap,
    unmapped,
    include: located.include,
    environment: environment.vitest,
    globalSetup: globalSetup === null ? [] : [vitestPath(globalSetup)],
    notCarried,
    onlyCarried: rest(restored) === rest(stainless),
  };
}

/** The matches of `setting` that start in code (not in a comment or a string): the settings the config has. */
function inCode(text: string, setting: RegExp): RegExpMatchArray[] {
  const code = codeMask(text);
  return [...text.matchAll(setting)].filter((m) => code[m.index!] === 1);
}

/** The value `setting` (a string, or the text of a testRegex) has in `edited` when it is not the one in `stainless`. */
function changed(stainless: string, edited: string, setting: RegExp): string | null {
  const value = settingOf(edited, setting);
  return value !== null && value !== settingOf(stainless, setting) ? value : null;
}

function settingOf(text: string, setting: RegExp): string | null {
  const found = inCode(text, setting)[0];
  if (!found) return null;
  return /^['"]/.test(found[1]) ? unquote(found[1]) : found[1].trim();
}

/** The environment the owners chose instead of Stainless's, by Vitest's name, or `unknown` when Vitest has none. */
function changedEnvironment(stainless: string, edited: string): { vitest: string | null; unknown: string | null } {
  const chosen = changed(stainless, edited, TEST_ENVIRONMENT);
  if (chosen === null) return { vitest: null, unknown: null };
  const vitest = VITEST_ENVIRONMENTS[chosen] ?? null;
  return { vitest, unknown: vitest === null ? chosen : null };
}

/**
 * Where the owners' Jest config says the tests are, when they changed it: `testMatch`'s globs (its `!` globs are
 * excludes), each looked for under every folder of `roots` (Jest reads a glob against the whole path, so one not
 * under `<rootDir>/` matches in any folder). Only `roots`: the owners' tests under those folders.
 */
function testLocation(stainless: string, edited: string): { include: string[] | null; excludes: string[] } {
  const match = listOf(edited, TEST_MATCH);
  const roots = listOf(edited, ROOTS);
  const same = (a: string[] | null, b: string[] | null) => JSON.stringify(a) === JSON.stringify(b);
  if (same(match, listOf(stainless, TEST_MATCH)) && same(roots, listOf(stainless, ROOTS)))
    return { include: null, excludes: [] };
  const folders = (roots ?? ['<rootDir>']).map((root) => root.replace(/^<rootDir>\/?/, '').replace(/\/+$/, ''));
  const include: string[] = [];
  const excludes: string[] = [];
  for (const pattern of match ?? [OWNERS_TEST_GLOB]) {
    const negated = pattern.startsWith('!');
    const glob = negated ? pattern.slice(1) : pattern;
    const rooted = glob.startsWith('<rootDir>/');
    const relative = rooted ? glob.slice('<rootDir>/'.length) : glob.startsWith('**/') ? glob : `**/${glob}`;
    const globs = rooted ? [relative] : folders.map((folder) => (folder === '' ? relative : `${folder}/${relative}`));
    for (const each of globs) {
      const list = negated ? excludes : include;
      if (!list.includes(each)) list.push(each);
    }
  }
  return { include, excludes };
}

/** The strings of the array `setting` holds (the first in code), or null when the config has no such setting. */
function listOf(text: string, setting: RegExp): string[] | null {
  const found = inCode(text, setting)[0];
  return found ? [...found[1].matchAll(STRING)].map((s) => unescaped(s[1] ?? s[2])) : null;
}

/** The `moduleNameMapper` entries of a Jest config; a replacement given as a list of paths is null. */
function mappingsOf(text: string): Array<{ pattern: string; replacement: string | null }> {
  const mapper = inCode(text, MODULE_MAPPER)[0];
  if (!mapper) return [];
  return [...mapper[1].matchAll(MAPPING)].map((entry) => ({
    pattern: unquote(entry[1]),
    replacement: entry[2].startsWith('[') ? null : unquote(entry[2]),
  }));
}

/** The text of a quoted string literal. */
export function unquote(literal: string): string {
  return unescaped(literal.slice(1, -1));
}

/** A string literal's contents without its backslash escapes (the configs' patterns and paths need no others). */
function unescaped(contents: string): string {
  return contents.replace(/\\(.)/g, '$1');
}

/** The setup files a Jest config names, in the order Jest runs them, as paths from the repository's root. */
function setupFilesOf(text: string): string[] {
  const arrays = inCode(text, SETUP_ARRAY);
  const ordered = [...arrays.filter((m) => m[1] === 'setupFiles'), ...arrays.filter((m) => m[1] !== 'setupFiles')];
  return ordered.flatMap((array) => [...array[2].matchAll(STRING)].map((s) => vitestPath(unescaped(s[1] ?? s[2]))));
}

/** A Jest config path as Vitest's config reads it: `<rootDir>/x` is `./x`; a relative path or a package stays. */
function vitestPath(file: string): string {
  return file.startsWith('<rootDir>/') ? `./${file.slice('<rootDir>/'.length)}` : file;
}

function testTimeoutOf(text: string): number | null {
  const found = inCode(text, TEST_TIMEOUT)[0];
  return found ? Number(found[1].replace(/_/g, '')) : null;
}

/** The text without the settings carried as they are, each with the line it takes when it has one to itself. */
function withoutCarried(text: string): string {
  const line = (pattern: RegExp) =>
    new RegExp(`^[ \\t]*${pattern.source}[ \\t]*,?[ \\t]*\\n|${pattern.source}[ \\t]*,?`, 'gm');
  return [SETUP_ARRAY, TEST_TIMEOUT, TEST_ENVIRONMENT, GLOBAL_SETUP, TEST_MATCH, ROOTS].reduce(
    (rest, setting) => rest.replace(line(setting), ''),
    text,
  );
}

/** Where one of Jest's transform settings starts: its key at the start of a line, and its value's bracket. */
const JEST_TRANSFORM = /^[ \t]*(?:transformIgnorePatterns|transform)\s*:\s*[[{]/gm;

/** The text without Jest's transform settings (each key with its bracketed value), which Vitest needs none of. */
function withoutTransforms(text: string): string {
  const code = codeMask(text);
  let out = '';
  let from = 0;
  for (const match of text.matchAll(JEST_TRANSFORM)) {
    if (match.index < from || code[match.index + match[0].length - 1] !== 1) continue;
    const end = closingBracket(text, code, match.index + match[0].length - 1);
    if (end === null) continue;
    const rest = /^,?[ \t]*\n?/.exec(text.slice(end + 1))![0];
    out += text.slice(from, match.index);
    from = end + 1 + rest.length;
  }
  return out + text.slice(from);
}

/** The index of the bracket (in code) closing the one at `open`; null when it is not closed. */
function closingBracket(text: string, code: Uint8Array, open: number): number | null {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (code[i] !== 1) continue;
    if (text[i] === '[' || text[i] === '{') depth++;
    else if ((text[i] === ']' || text[i] === '}') && --depth === 0) return i;
  }
  return null;
}

function patterns(text: string): string[] {
  return [...text.matchAll(IGNORE_ARRAY)].flatMap((array) =>
    [...array[2].matchAll(STRING)].map((s) => unescaped(s[1] ?? s[2])),
  );
}

/**
 * Jest matches a pattern anywhere in a test's absolute path; `<rootDir>/` anchors it at the repository's root.
 * A literal one is the files and folders whose path holds it.
 */
function globsOf(pattern: string): string[] | null {
  const rooted = pattern.startsWith('<rootDir>/');
  const literal = rooted ? pattern.slice('<rootDir>/'.length) : pattern;
  if (literal === '' || REGEX_SYNTAX.test(literal)) return null;
  if (rooted) return literal.endsWith('/') ? [`${literal}**`] : [`${literal}*`, `${literal}*/**`];
  return [`**/*${literal}*`, `**/*${literal}*/**`];
}

/** Where the exclude list of the Vitest project for the owners' tests ends, in sdkgen's vitest.config.mjs. */
const CUSTOM_EXCLUDE_END = /^([ \t]*)'tests\/api-resources\/\*\*',\n/m;
/** The line closing that list. */
const LIST_END = /^([ \t]*)\],?\n/m;

export interface OwnersTestSettings {
  excludes: string[];
  setupFiles: string[];
  testTimeout: number | null;
  moduleMap: ModuleMapping[];
  /** The project's include globs in place of sdkgen's, or null to keep them. */
  include: string[] | null;
  environment: string | null;
  globalSetup: string[];
}

/** Settings with nothing to carry, for a repository's Jest configs to add to. */
export function noOwnersTestSettings(): OwnersTestSettings {
  return {
    excludes: [],
    setupFiles: [],
    testTimeout: null,
    moduleMap: [],
    include: null,
    environment: null,
    globalSetup: [],
  };
}

/** Adds what `from` sets to `into`: lists appended; a single value only where `into` has none yet. */
export function addTestSettings(into: OwnersTestSettings, from: OwnersTestSettings): void {
  into.excludes.push(...from.excludes);
  into.setupFiles.push(...from.setupFiles);
  into.globalSetup.push(...from.globalSetup);
  into.moduleMap.push(...from.moduleMap);
  into.testTimeout ??= from.testTimeout;
  into.include ??= from.include;
  into.environment ??= from.environment;
}

/** The include list of the project that runs the owners' tests (the last before its exclude list). */
const CUSTOM_INCLUDE = /^([ \t]*)include: \[(?: *'(?:[^'\\\n]|\\.)*',?)* *\],\n/gm;

/** Where the config's alias list starts. */
const ALIAS_START = /^([ \t]*)alias: \[\n/m;

/**
 * sdkgen's vitest.config.mjs with the owners' settings: their include globs in place of the project's own,
 * `excludes` added to the exclude list of the project that runs their tests, their setup files, test timeout,
 * environment and global setup after it, their module mappings first in the config's alias list. Null when it has no
 * such lists.
 */
export function inVitestConfig(config: string, settings: OwnersTestSettings): string | null {
  const text = settings.include === null ? config : withInclude(config, settings.include);
  if (text === null) return null;
  const end = CUSTOM_EXCLUDE_END.exec(text);
  if (end === null) return null;
  const at = end.index + end[0].length;
  const close = LIST_END.exec(text.slice(at));
  if (close === null) return null;
  const after = at + close.index + close[0].length;
  const indent = close[1];
  const added = [
    ...(settings.setupFiles.length > 0
      ? [`${indent}setupFiles: [${settings.setupFiles.map((file) => quoteString(file)).join(', ')}],\n`]
      : []),
    ...(settings.testTimeout !== null ? [`${indent}testTimeout: ${settings.testTimeout},\n`] : []),
    ...(settings.environment !== null ? [`${indent}environment: ${quoteString(settings.environment)},\n`] : []),
    ...(settings.globalSetup.length > 0
      ? [`${indent}globalSetup: [${settings.globalSetup.map((file) => quoteString(file)).join(', ')}],\n`]
      : []),
  ];
  // A glob the list has already (`**/node_modules/**`) is not added twice.
  const list = text.slice(text.lastIndexOf('exclude: [', at), at);
  const excludes = [...new Set(settings.excludes)]
    .filter((glob) => !list.includes(`${quoteString(glob)},\n`))
    .map((glob) => `${end[1]}${quoteString(glob)},\n`);
  const withSettings = `${text.slice(0, at)}${excludes.join('')}${text.slice(at, after)}${added.join('')}${text.slice(after)}`;
  if (settings.moduleMap.length === 0) return withSettings;
  const alias = ALIAS_START.exec(withSettings);
  if (alias === null) return null;
  const entries = settings.moduleMap.map(
    ({ pattern, replacement }) =>
      `${alias[1]}  { find: new RegExp(${quoteString(pattern)}), replacement: ${aliasReplacement(replacement)} },\n`,
  );
  const start = alias.index + alias[0].length;
  return `${withSettings.slice(0, start)}${entries.join('')}${withSettings.slice(start)}`;
}

/** The config with `include` as the include list of the project that runs the owners' tests; null when none is found. */
function withInclude(text: string, include: string[]): string | null {
  const end = CUSTOM_EXCLUDE_END.exec(text);
  if (end === null) return null;
  const lists = [...text.slice(0, end.index).matchAll(CUSTOM_INCLUDE)];
  const list = lists[lists.length - 1];
  if (list === undefined) return null;
  const line = `${list[1]}include: [${include.map((glob) => quoteString(glob)).join(', ')}],\n`;
  return `${text.slice(0, list.index)}${line}${text.slice(list.index + list[0].length)}`;
}

/**
 * A Jest mapping's replacement as the config's code: a path under the root made absolute (an alias to a relative
 * path would resolve from each importing file), anything else as it is.
 */
function aliasReplacement(replacement: string): string {
  const path = vitestPath(replacement);
  return path === replacement
    ? quoteString(replacement)
    : `fileURLToPath(new URL(${quoteString(path)}, import.meta.url))`;
}
