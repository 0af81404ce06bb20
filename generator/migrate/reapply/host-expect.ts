/**
 * Owners' Jest tests carried into a test file sdkgen writes keep Jest's `expect`. sdkgen's test files import
 * `expect` from its harness (tests/harness.ts), whose matchers are the few its own tests use; Stainless's tests had
 * Jest's global, with every matcher (`toHaveBeenCalledWith`, `toMatchObject`, `expect.any(…)`, `toThrow(/re/)` …).
 * Where the owners' lines in the file use one the harness lacks, the file's harness import leaves `expect` out, so
 * that the runner's global (Jest's, which runs the owners' tests: package/jest-plan.ts) is the file's `expect`:
 * sdkgen's own expectations there are Jest's forms too.
 */
import { HARNESS_IMPORT } from './test-names';
import type { MigrationPlan } from '../migration-plan';

/** A harness matcher: its name and what its first argument may be (none, a string, a class, a pattern). */
interface Matcher {
  args: { none: boolean; any: boolean; string: boolean; number: boolean; type: boolean; pattern: boolean };
}

/** The matchers of the harness's `Assertion` (on `expect(…)`) and `Rejection` (on `.rejects`) interfaces. */
export interface HarnessMatchers {
  assertion: ReadonlyMap<string, Matcher>;
  rejection: ReadonlyMap<string, Matcher>;
}

/** The matchers sdkgen's rendered harness declares. */
export function harnessMatchers(harness: string): HarnessMatchers {
  return { assertion: matchersOf(harness, 'Assertion'), rejection: matchersOf(harness, 'Rejection') };
}

function matchersOf(harness: string, name: string): Map<string, Matcher> {
  const body = new RegExp(`^export interface ${name} \\{\\n([\\s\\S]*?)^\\}`, 'm').exec(harness)?.[1] ?? '';
  const matchers = new Map<string, Matcher>();
  for (const m of body.matchAll(/^\s+(\w+)\(([^)]*(?:\([^)]*\)[^)]*)*)\)\s*:/gm)) {
    const [, member, parameters] = m;
    const first = parameters.trim();
    matchers.set(member, {
      args: {
        none: first === '' || /^\w+\?:/.test(first),
        any: /^\w+\??:\s*(?:unknown|any)\b/.test(first),
        string: /\bstring\b/.test(first),
        number: /\bnumber\b/.test(first),
        type: /\bnew\s*\(/.test(first),
        pattern: /\bRegExp\b/.test(first),
      },
    });
  }
  return matchers;
}

/** Whether `code` (the owners' lines) expects something the harness's `expect` cannot. */
export function needsHostExpect(code: string, matchers: HarnessMatchers): boolean {
  const text = code.replace(/\/\/.*$/gm, '');
  if (!/\bexpect\s*[(.]/.test(text)) return false;
  // `expect.any(…)`, `expect.objectContaining(…)`, `expect.assertions(n)`: Jest's own.
  if (/(?<![\w$.])expect\s*\.\s*\w/.test(text)) return true;
  if (/\.\s*resolves\b/.test(text)) return true;
  for (const m of text.matchAll(/(\.\s*rejects\s*)?\.\s*(?:not\s*\.\s*)?(to[A-Z]\w*)\s*\(\s*(\S?)/g)) {
    const [, rejects, name, firstChar] = m;
    const matcher = (rejects ? matchers.rejection : matchers.assertion).get(name);
    if (matcher === undefined || !accepts(matcher, firstChar)) return true;
  }
  return false;
}

/** Whether a matcher takes a first argument that begins with `firstChar` (`)`: none; an object or array: `unknown`'s alone). */
function accepts({ args }: Matcher, firstChar: string): boolean {
  if (firstChar === ')') return args.none;
  if (args.any) return true;
  if (firstChar === "'" || firstChar === '"' || firstChar === '`') return args.string;
  if (firstChar === '/') return args.pattern;
  if (/[0-9-]/.test(firstChar)) return args.number;
  // A capitalized name is a class (`toThrow(TypeError)`); another name, a variable of the type the matcher takes.
  if (/[A-Z]/.test(firstChar)) return args.type;
  if (/[a-z_$]/.test(firstChar)) return !args.none || args.string || args.number || args.type || args.pattern;
  return false;
}

/** The lines of `text` that `other` has none of (the owners' lines of an edited file, against the file they edited). */
export function linesNotIn(text: string, other: string): string {
  const theirs = new Set(other.split('\n'));
  return text
    .split('\n')
    .filter((line) => !theirs.has(line))
    .join('\n');
}

/**
 * Whether the owners' lines (`owners`) run only on Jest: they call its `jest` object (`jest.spyOn`, `jest.fn`), or
 * expect what sdkgen's harness (`harness`, its text) cannot.
 */
export function linesNeedJest(owners: string, harness: string | undefined): boolean {
  const code = owners.replace(/\/\/.*$/gm, '');
  if (/(?<![\w$.])jest\s*\.\s*\w/.test(code)) return true;
  const matchers = harness === undefined ? null : harnessMatchers(harness);
  return matchers !== null && matchers.assertion.size > 0 && needsHostExpect(code, matchers);
}

/**
 * `text` (sdkgen's test file with the owners' edits carried) importing `expect` from the harness no more where the
 * lines it does not share with sdkgen's (`sdkgens`) need Jest's.
 */
export function withHostExpect(text: string, sdkgens: string, harness: string | undefined): string {
  if (harness === undefined) return text;
  const lines = text.split('\n');
  // (The harness import giving `expect`, whichever names beside it: Stainless-era files call their tests `test`.)
  const namesAt = (line: string) => (HARNESS_IMPORT.exec(line.trim())?.[1] ?? '').split(',').map((n) => n.trim());
  const at = lines.findIndex((line) => namesAt(line).includes('expect'));
  if (at < 0) return text;
  const names = namesAt(lines[at]);
  const owners = linesNotIn(text, sdkgens);
  // (A harness declaring no matchers is not sdkgen's: nothing to judge by.)
  const matchers = harnessMatchers(harness);
  if (matchers.assertion.size === 0 || !needsHostExpect(owners, matchers)) return text;
  const kept = names.filter((name) => name !== '' && name !== 'expect').join(', ');
  return lines.map((line, i) => (i === at ? line.replace(/\{[^}]*\}/, `{ ${kept} }`) : line)).join('\n');
}

/** The names a test file imports from the harness (its first harness import), null where it imports none. */
function harnessNames(text: string): string[] | null {
  for (const line of text.split('\n')) {
    const names = HARNESS_IMPORT.exec(line.trim())?.[1];
    if (names !== undefined) return names.split(',').map((name) => name.trim());
  }
  return null;
}

/**
 * Jest's `jest` members whose namesakes on Vitest's `vi` take the same arguments and do the same (Vitest's migration
 * guide): an owners' call of one runs on Vitest as `vi.…`. Others (`requireActual`, async on Vitest; `setTimeout`) and
 * Jest's types (`jest.Mock<…>`: other type parameters) are a person's.
 */
const VI_NAMESAKES = new Set([
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
  'advanceTimersByTime',
  'advanceTimersByTimeAsync',
  'advanceTimersToNextTimer',
  'runAllTimers',
  'runAllTimersAsync',
  'runOnlyPendingTimers',
  'runOnlyPendingTimersAsync',
  'runAllTicks',
  'clearAllTimers',
  'getTimerCount',
  'setSystemTime',
  'getRealSystemTime',
]);

const JEST_MEMBER = /(?<![\w$.])jest(\s*\.\s*)(\w+)/g;

/**
 * The owners' lines of `text` (those sdkgen's `sdkgens` has none of) with their calls of Jest's `jest` that Vitest's
 * `vi` has as namesakes made `vi`'s. Jest's `mockImplementation()` takes no function; Vitest's must be given one: an
 * argument-less call on such a line is given the function doing nothing that Jest's stands for.
 */
export function jestCallsToVi(text: string, sdkgens: string): { text: string; converted: boolean } {
  const theirs = new Set(sdkgens.split('\n'));
  let converted = false;
  const lines = text.split('\n').map((line) => {
    if (theirs.has(line)) return line;
    const code = line.replace(/\/\/.*$/, '');
    if (!/(?<![\w$.])jest\s*\.\s*\w/.test(code)) return line;
    let changed = false;
    const next = line.replace(JEST_MEMBER, (whole, dot: string, member: string, at: number) => {
      if (at >= code.length || !VI_NAMESAKES.has(member)) return whole;
      changed = true;
      return `vi${dot}${member}`;
    });
    if (!changed) return line;
    converted = true;
    return next.replace(/\.mockImplementation\(\s*\)/g, '.mockImplementation(() => {})');
  });
  return { text: lines.join('\n'), converted };
}

/** The `jest.…` members the owners' lines of `text` still call (none of them has a namesake on `vi`). */
function jestMembersLeft(text: string, sdkgens: string): string[] {
  const owners = linesNotIn(text, sdkgens).replace(/\/\/.*$/gm, '');
  return [...new Set([...owners.matchAll(JEST_MEMBER)].map((m) => `jest.${m[2]}`))];
}

/** `text` importing `names` from Vitest, on one import line after the harness's (merged with one already there). */
function withVitestImport(text: string, names: readonly string[]): string {
  const lines = text.split('\n');
  const existing = lines.findIndex((line) => /^import \{[^}]*\} from 'vitest';$/.test(line));
  const had =
    existing < 0
      ? []
      : /\{([^}]*)\}/
          .exec(lines[existing])![1]
          .split(',')
          .map((n) => n.trim());
  const all = [...new Set([...had, ...names])].filter((n) => n !== '').sort();
  if (all.length === had.length) return text;
  const line = `import { ${all.join(', ')} } from 'vitest';`;
  if (existing >= 0) return lines.map((l, i) => (i === existing ? line : l)).join('\n');
  const at = lines.findIndex((l) => HARNESS_IMPORT.test(l.trim()));
  return [...lines.slice(0, at + 1), line, ...lines.slice(at + 1)].join('\n');
}

/**
 * Where the tests run on Vitest (no Jest config stays: package/jest-plan.ts), a test file that lost the harness's
 * `expect` to the owners' Jest expectations imports Vitest's: it has Jest's matchers, and is typed (Vitest's globals
 * are no type of the tsconfig's, so a global `expect` fails `tsc --strict`). Owners' lines there calling Jest's `jest`
 * object call Vitest's `vi` where it has the member (whether or not the file kept the harness's `expect`); the rest
 * are a person's, with Vitest's name for them.
 */
export function expectFromVitestInPlan(
  plan: Pick<MigrationPlan, 'writes' | 'needsHand'>,
  rendered: ReadonlyMap<string, string>,
): void {
  for (const write of plan.writes) {
    const sdkgens = rendered.get(write.path);
    const names = harnessNames(write.contents);
    if (sdkgens === undefined || names === null) continue;
    const vitestNames: string[] = [];
    if (!names.includes('expect') && (harnessNames(sdkgens) ?? []).includes('expect')) vitestNames.push('expect');
    const toVi = jestCallsToVi(write.contents, sdkgens);
    if (toVi.converted) vitestNames.push('vi');
    if (vitestNames.length === 0 && !/(?<![\w$.])jest\s*\.\s*\w/.test(linesNotIn(write.contents, sdkgens))) continue;
    write.contents = withVitestImport(toVi.text, vitestNames);
    const left = jestMembersLeft(write.contents, sdkgens);
    if (left.length > 0 && !plan.needsHand.some((n) => n.path === write.path && /`jest`/.test(n.reason)))
      plan.needsHand.push({
        path: write.path,
        reason:
          `your tests here call Jest's \`jest\` object (${left.map((m) => `\`${m}\``).join(', ')}), and the tests ` +
          "run on Vitest (no Jest config of Stainless's or yours to keep): Vitest's `vi` has what they need under " +
          "other names (`vi.importActual`, async; `vi.setConfig({ testTimeout })`), imported from 'vitest'",
      });
  }
}
