/**
 * The tests the owners told Stainless's Jest to skip (patterns they added to `testPathIgnorePatterns` or
 * `modulePathIgnorePatterns` in its jest.config), carried to the `exclude` of the Vitest project that runs their
 * tests, so that the same tests stay out once Vitest runs them.
 */
import { quoteString } from '../emit/print-doc';
import { codeMask } from './code-mask';

/** Stainless's Jest config, which migrate removes. */
export const JEST_CONFIG = /^jest\.config\.[cm]?[jt]s$/;

const IGNORE_ARRAY = /\b(testPathIgnorePatterns|modulePathIgnorePatterns)\s*:\s*\[([^\]]*)\]/g;
const STRING = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
/** A pattern with these is a regular expression a glob cannot say. */
const REGEX_SYNTAX = /[\\^$*+?()[\]{}|]/;

export interface JestIgnores {
  /** Vitest exclude globs for the patterns the owners added. */
  globs: string[];
  /** Added patterns no glob says (regular expressions): for a person. */
  unconverted: string[];
  /**
   * Whether those patterns were the owners' only edits to the file that mean something under Vitest (it transforms
   * TypeScript and ES modules itself: their `transformIgnorePatterns` and `transform` have nothing to carry).
   */
  onlyIgnores: boolean;
}

export function addedJestIgnores(stainless: string, edited: string): JestIgnores {
  const had = new Set(patterns(stainless));
  const added = patterns(edited).filter((pattern) => !had.has(pattern));
  const globs: string[] = [];
  const unconverted: string[] = [];
  for (const pattern of added) {
    const converted = globsOf(pattern);
    if (converted === null) unconverted.push(pattern);
    else globs.push(...converted.filter((glob) => !globs.includes(glob)));
  }
  // With the ignore arrays as Stainless wrote them and Jest's transform settings aside, is the file Stainless's again?
  const stainlessArrays = [...stainless.matchAll(IGNORE_ARRAY)];
  const restored = edited.replace(
    IGNORE_ARRAY,
    (whole, key: string) => stainlessArrays.find((m) => m[1] === key)?.[0] ?? whole,
  );
  return { globs, unconverted, onlyIgnores: withoutTransforms(restored) === withoutTransforms(stainless) };
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
    [...array[2].matchAll(STRING)].map((s) => (s[1] ?? s[2]).replace(/\\(.)/g, '$1')),
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

/** sdkgen's vitest.config.mjs with `globs` added to the exclude of the owners' tests; null when it has no such list. */
export function excludeInVitestConfig(text: string, globs: string[]): string | null {
  const end = CUSTOM_EXCLUDE_END.exec(text);
  if (end === null) return null;
  const at = end.index + end[0].length;
  const lines = globs.map((glob) => `${end[1]}${quoteString(glob)},\n`);
  return `${text.slice(0, at)}${lines.join('')}${text.slice(at)}`;
}
