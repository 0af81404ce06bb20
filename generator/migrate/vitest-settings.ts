/**
 * The owners' own Vitest config, where sdkgen writes its vitest.config.mjs (a repository that ran its tests on
 * Vitest before). When the file sets nothing but test settings the project running the owners' tests can hold
 * (include, exclude, setup files, global setup, environment, timeout, globals), they are carried into that project
 * and sdkgen's config takes the file's place: without it the generated tests run without their globals, mock server
 * and package aliases. Anything else (plugins, `resolve`, coverage, code that computes a value) leaves the file to
 * its owners, who are told what to do.
 */
import { quoteString } from '../emit/print-doc';

/** A quoted string literal (no template literals: a value computed at run time is not carried). */
const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
const VALUE = new RegExp(
  String.raw`\s*(?:(${STRING})|\[\s*((?:(?:${STRING})\s*,\s*)*(?:${STRING})?)\s*\]|(\d[\d_]*)|(true|false))\s*`,
  'y',
);
const KEY = /\s*([A-Za-z_$][\w$]*|'[^'\n]*'|"[^"\n]*")\s*:/y;
const ITEM = new RegExp(STRING, 'g');

/** `export default defineConfig({ test: { … } })`, or the same object without defineConfig; the body in group 1. */
const CONFIG = new RegExp(
  String.raw`^\s*(?:import\s*\{\s*defineConfig\s*\}\s*from\s*(['"])vitest/config\1\s*;?\s*)?` +
    String.raw`export\s+default\s+(defineConfig\s*\(\s*)?\{\s*test\s*:\s*\{([\s\S]*)\}\s*,?\s*\}\s*(\))?\s*;?\s*$`,
);

/**
 * What the owners' Vitest config sets for their tests, or null when it holds anything sdkgen's config cannot carry
 * for them (then it stays theirs).
 */
export function ownersVitestSettings(text: string): OwnersTestSettings | null {
  const code = withoutComments(text);
  if (code === null) return null;
  const config = CONFIG.exec(code);
  // defineConfig( … ) opens and closes together.
  if (config === null || (config[2] === undefined) !== (config[4] === undefined)) return null;
  const entries = entriesOf(config[3]);
  if (entries === null) return null;
  const settings = noOwnersTestSettings();
  for (const [key, value] of entries) {
    const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value : null;
    switch (key) {
      case 'include':
        if (!Array.isArray(value)) return null;
        settings.include = value;
        break;
      case 'exclude':
        if (!Array.isArray(value)) return null;
        settings.excludes.push(...value);
        break;
      case 'setupFiles':
      case 'globalSetup':
        if (strings === null) return null;
        (key === 'setupFiles' ? settings.setupFiles : settings.globalSetup).push(...strings);
        break;
      case 'environment':
        if (typeof value !== 'string') return null;
        settings.environment = value;
        break;
      case 'testTimeout':
        if (typeof value !== 'number') return null;
        settings.testTimeout = value;
        break;
      case 'globals':
        // sdkgen's config turns globals on for every project; tests that import from 'vitest' run either way.
        if (typeof value !== 'boolean') return null;
        break;
      default:
        return null;
    }
  }
  return settings;
}

type Value = string | string[] | number | boolean;

/** The `key: value` entries of an object literal's body, or null when one is not a literal sdkgen reads. */
function entriesOf(body: string): Array<[string, Value]> | null {
  const entries: Array<[string, Value]> = [];
  let at = 0;
  while (/\S/.test(body.slice(at))) {
    KEY.lastIndex = at;
    const key = KEY.exec(body);
    if (key === null) return null;
    VALUE.lastIndex = KEY.lastIndex;
    const value = VALUE.exec(body);
    if (value === null) return null;
    at = VALUE.lastIndex;
    const name = /^['"]/.test(key[1]) ? key[1].slice(1, -1) : key[1];
    entries.push([name, valueOf(value)]);
    if (body[at] === ',') at++;
    else if (/\S/.test(body.slice(at))) return null;
  }
  return entries;
}

function valueOf(match: RegExpExecArray): Value {
  if (match[1] !== undefined) return unquote(match[1]);
  if (match[2] !== undefined) return [...match[2].matchAll(ITEM)].map((item) => unquote(item[0]));
  if (match[3] !== undefined) return Number(match[3].replace(/_/g, ''));
  return match[4] === 'true';
}

/** The text without its comments (strings kept as they are); null when it has a template literal. */
function withoutComments(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '`') return null;
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export interface ModuleMapping {
  /** The regular expression, as Jest reads it. */
  pattern: string;
  /** What a match becomes: `<rootDir>/…` or a package, with `$1`… for the pattern's groups. */
  replacement: string;
}

/** The tests the project that runs the owners' tests includes by default (sdkgen's template's). */
export const OWNERS_TEST_GLOB = '**/*.{test,spec}.?(c|m)[jt]s?(x)';

/** The text of a quoted string literal. */
export function unquote(literal: string): string {
  return unescaped(literal.slice(1, -1));
}

/** A string literal's contents without its backslash escapes (the configs' patterns and paths need no others). */
function unescaped(contents: string): string {
  return contents.replace(/\\(.)/g, '$1');
}

/** A path as Vitest's config reads it: `<rootDir>/x` (Jest's way) is `./x`; a relative path or a package stays. */
function vitestPath(file: string): string {
  return file.startsWith('<rootDir>/') ? `./${file.slice('<rootDir>/'.length)}` : file;
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

/** Settings with nothing to carry, for the owners' config to add to. */
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
