/**
 * The owners' Jest tests, rewritten for Vitest, which runs the SDK's tests after a migration (Stainless's ran Jest).
 * Vitest runs Jest's describe/test/expect as they are, but `./scripts/lint` type-checks tests/ without global test
 * types, and Vitest has no `jest` object. So a test gets an import of what it uses from 'vitest', the `jest` calls
 * Vitest's `vi` answers the same way are made on `vi`, and `jest.setTimeout(ms)` becomes Vitest's setting. What has no
 * counterpart that behaves the same (`jest.requireActual`) is left as it is and reported; a test taking a `done`
 * callback returns a promise that `done` settles.
 *
 * Only code is rewritten: text in comments, strings and regular expressions is found and left alone.
 */
import { codeMask, maskedText } from './code-mask';

/** Test files by path: under tests/ or __tests__/, or named `*.test.*` / `*.spec.*`. */
export const TEST_FILE = /(?:^|\/)(?:tests?|__tests__)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

/** Jest's globals that Vitest exports under the same names. */
const TEST_GLOBALS = ['describe', 'test', 'it', 'expect', 'beforeAll', 'beforeEach', 'afterAll', 'afterEach'];

/** `jest.<name>` calls that `vi.<name>` makes the same way. */
const SAME_ON_VI = new Set([
  'fn',
  'spyOn',
  'mock',
  'unmock',
  'doMock',
  'doUnmock',
  'mocked',
  'isMockFunction',
  'clearAllMocks',
  'resetAllMocks',
  'restoreAllMocks',
  'resetModules',
  'useFakeTimers',
  'useRealTimers',
  'runAllTimers',
  'runAllTicks',
  'runOnlyPendingTimers',
  'advanceTimersByTime',
  'advanceTimersToNextTimer',
  'clearAllTimers',
  'getTimerCount',
  'setSystemTime',
  'getRealSystemTime',
]);

/** Jest's mock types (`jest.Mock`) and Vitest's type of the same thing. */
const TYPES: Record<string, string> = {
  Mock: 'Mock',
  Mocked: 'Mocked',
  MockedFunction: 'MockedFunction',
  MockInstance: 'MockInstance',
  SpyInstance: 'MockInstance',
};

export interface VitestConversion {
  /** The rewritten text (the same text when nothing changed). */
  text: string;
  /** What was rewritten, for the report; empty when nothing was. */
  changes: string[];
  /** What was left as it is and needs a person. */
  leftOver: string[];
}

export function vitestFromJest(text: string): VitestConversion {
  const code = codeMask(text);
  const isCode = (at: number) => code[at] === 1;
  const changes: string[] = [];
  const leftOver: string[] = [];
  const edits: Array<{ at: number; end: number; text: string }> = [];

  // `@jest/globals` is Vitest's own module by another name; its `jest` is Vitest's `vi`.
  let fromJestGlobals = false;
  for (const m of text.matchAll(/\bimport\s+(type\s+)?\{([^}]*)\}\s*from\s*(['"])@jest\/globals\3/g)) {
    if (!isCode(m.index)) continue;
    fromJestGlobals = true;
    const names = m[2].replace(/\bjest\b/, 'vi');
    edits.push({ at: m.index, end: m.index + m[0].length, text: `import ${m[1] ?? ''}{${names}} from 'vitest'` });
  }
  if (fromJestGlobals) changes.push("imports from 'vitest' what it imported from '@jest/globals'");

  const counts = new Map<string, number>();
  const count = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  const typesUsed = new Set<string>();
  for (const m of text.matchAll(/(?<![\w$.])jest\.(\w+)/g)) {
    if (!isCode(m.index)) continue;
    const member = m[1];
    // The type of a `done` parameter, which goes with it (below).
    if (member === 'DoneCallback') continue;
    const after = text.slice(m.index + m[0].length);
    if (member === 'setTimeout') {
      const call = /^\(([^()]*)\)/.exec(after);
      if (call) {
        edits.push({
          at: m.index,
          end: m.index + m[0].length + call[0].length,
          text: `vi.setConfig({ testTimeout: ${call[1].trim()} })`,
        });
        count('jest.setTimeout(ms) → vi.setConfig({ testTimeout: ms })');
        continue;
      }
    } else if (SAME_ON_VI.has(member) && /^\s*[(<]/.test(after)) {
      edits.push({ at: m.index, end: m.index + 'jest'.length, text: 'vi' });
      count(`jest.${member} → vi.${member}`);
      if (member === 'mock' || member === 'doMock') {
        const factory = /^\s*\(\s*(['"`])[^'"`]*\1\s*,/.test(after);
        if (factory && !leftOver.some((l) => l.startsWith('vi.mock')))
          leftOver.push(
            "vi.mock's factory returns the module's exports: a default export is its `default` key (Jest's " +
              'returned the module itself); check each factory',
          );
      }
      continue;
    } else if (TYPES[member] && !/^\s*\(/.test(after)) {
      edits.push({ at: m.index, end: m.index + m[0].length, text: TYPES[member] });
      typesUsed.add(TYPES[member]);
      count(`jest.${member} → ${TYPES[member]}`);
      continue;
    }
    const note = `\`jest.${member}\` has no Vitest counterpart sdkgen rewrites${
      member === 'requireActual' ? ' (`await vi.importActual(…)` is asynchronous)' : ''
    }`;
    if (!leftOver.includes(note)) leftOver.push(note);
  }
  for (const [what, n] of counts) changes.push(n > 1 ? `${what} (${n})` : what);

  // A `done` callback: Vitest waits on the promise a test or hook returns instead. `done(error)` fails it, as in Jest.
  let callbacks = 0;
  for (const m of text.matchAll(
    /(?<![\w$.])(?:\(\s*done\s*(?::[^()]*)?\)\s*=>\s*|function\s*\(\s*done\s*(?::[^()]*)?\)\s*)/g,
  )) {
    if (!isCode(m.index)) continue;
    const body = m.index + m[0].length;
    const arrow = m[0].startsWith('(');
    const end = text[body] === '{' ? closingBrace(text, code, body) : arrow ? expressionEnd(text, code, body) : -1;
    if (end < 0) {
      const note = 'Vitest passes no `done` callback: return a promise instead';
      if (!leftOver.includes(note)) leftOver.push(note);
      continue;
    }
    // Laid out as the formatter would: the body one level in from the line the callback starts on.
    const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', m.index) + 1))![0];
    const promise = `new Promise<void>((resolve, reject) => {\n${indent}  ${DONE}`;
    if (text[body] !== '{') {
      edits.push({ at: m.index, end: body, text: `() => ${promise}\n${indent}  ` });
      edits.push({ at: end, end, text: `;\n${indent}})` });
    } else {
      // A `function (done)` too: Jest gives a test no `this` to keep.
      edits.push({ at: m.index, end: body + 1, text: `() => ${promise}` });
      edits.push({ at: end, end: end + 1, text: '})' });
    }
    callbacks++;
  }
  if (callbacks > 0)
    changes.push(
      `a \`done\` callback → a returned promise that \`done()\` resolves${callbacks > 1 ? ` (${callbacks})` : ''}`,
    );

  // What the file uses from Vitest and does not import yet.
  const masked = maskedText(text, code);
  const own = declaredNames(masked);
  const wanted = TEST_GLOBALS.filter(
    (name) => !own.has(name) && new RegExp(`(?<![\\w$.])${name}(?:\\.\\w+)*\\(`).test(masked),
  );
  const usesVi = edits.some((e) => e.text.startsWith('vi')) && !fromJestGlobals;
  if (usesVi && !own.has('vi')) wanted.push('vi');
  const typeNames = [...typesUsed].filter((name) => !own.has(name)).sort();
  if (wanted.length > 0 || typeNames.length > 0) {
    const specifiers = [...wanted.sort(), ...typeNames.map((name) => `type ${name}`)].join(', ');
    const at = importInsertionPoint(text, code);
    edits.push({ at, end: at, text: `import { ${specifiers} } from 'vitest';\n` });
    changes.unshift(`imports ${[...wanted, ...typeNames].join(', ')} from 'vitest'`);
  }

  // By place; an insertion before a replacement that starts at the same place.
  edits.sort((a, b) => a.at - b.at || a.end - b.end);
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += text.slice(from, edit.at) + edit.text;
    from = edit.end;
  }
  return { text: out + text.slice(from), changes, leftOver };
}

/** The first line of a test's body that took a `done` callback: Jest's `done`, resolving its promise. */
const DONE = 'const done = (error?: unknown) => (error ? reject(error) : resolve());';

/** The index of the `}` that closes the `{` at `open` (in code), or -1. */
function closingBrace(text: string, code: Uint8Array, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (code[i] !== 1) continue;
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Where the expression starting at `from` ends: at the `,` or closing bracket that ends the argument, or -1. */
function expressionEnd(text: string, code: Uint8Array, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (code[i] !== 1) continue;
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if ((c === ',' || c === ';') && depth === 0) return i;
  }
  return -1;
}

/** Names the file imports or declares itself (it may have a `test` of its own). */
function declaredNames(masked: string): Set<string> {
  const names = new Set<string>();
  for (const m of masked.matchAll(/\bimport\s+(?:type\s+)?\{([^}]*)\}/g))
    for (const part of m[1].split(','))
      names.add(
        part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  for (const m of masked.matchAll(/\b(?:function|const|let|var|class)\s+([\w$]+)/g)) names.add(m[1]);
  return names;
}

/** Where a new import goes: after the file's last top-level import, else after its leading comments. */
function importInsertionPoint(text: string, code: Uint8Array): number {
  let at = -1;
  for (const m of text.matchAll(/^import\s*(?!\()[^;'"]*?(?:from\s*)?(['"])[^'"\n]+\1[^\n]*\n?/gm)) {
    if (code[m.index] === 1) at = m.index + m[0].length;
  }
  if (at >= 0) return at;
  const leading = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*\n/.exec(text);
  return leading ? leading[0].length : 0;
}
