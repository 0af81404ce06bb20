/**
 * The owners' own Vitest config, where sdkgen writes its vitest.config.mjs (a repository that ran its tests on
 * Vitest before). When the file sets nothing but test settings the project running the owners' tests can hold
 * (include, exclude, setup files, global setup, environment, timeout, globals), they are carried into that project
 * and sdkgen's config takes the file's place: without it the generated tests run without their globals, mock server
 * and package aliases. Anything else (plugins, `resolve`, coverage, code that computes a value) leaves the file to
 * its owners, who are told what to do.
 */
import { noOwnersTestSettings, unquote, type OwnersTestSettings } from './jest-settings';

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
