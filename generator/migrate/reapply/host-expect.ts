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

const VITEST_EXPECT = "import { expect } from 'vitest';";

/**
 * Where the tests run on Vitest (no Jest config stays: package/jest-plan.ts), a test file that lost the harness's
 * `expect` to the owners' Jest expectations imports Vitest's: it has Jest's matchers, and is typed (Vitest's globals
 * are no type of the tsconfig's, so a global `expect` fails `tsc --strict`). Owners' lines there calling Jest's
 * `jest` object cannot run on Vitest: a person's, with Vitest's name for it.
 */
export function expectFromVitestInPlan(
  plan: Pick<MigrationPlan, 'writes' | 'needsHand'>,
  rendered: ReadonlyMap<string, string>,
): void {
  for (const write of plan.writes) {
    const sdkgens = rendered.get(write.path);
    const names = harnessNames(write.contents);
    if (sdkgens === undefined || names === null || names.includes('expect')) continue;
    if (!(harnessNames(sdkgens) ?? []).includes('expect')) continue;
    if (!write.contents.split('\n').includes(VITEST_EXPECT)) {
      const lines = write.contents.split('\n');
      const at = lines.findIndex((line) => HARNESS_IMPORT.test(line.trim()));
      write.contents = [...lines.slice(0, at + 1), VITEST_EXPECT, ...lines.slice(at + 1)].join('\n');
    }
    const owners = linesNotIn(write.contents, sdkgens).replace(/\/\/.*$/gm, '');
    if (
      /(?<![\w$.])jest\s*\.\s*\w/.test(owners) &&
      !plan.needsHand.some((n) => n.path === write.path && /`jest`/.test(n.reason))
    )
      plan.needsHand.push({
        path: write.path,
        reason:
          "your tests here call Jest's `jest` object, and the tests run on Vitest (no Jest config of Stainless's or " +
          "yours to keep): Vitest's `vi` does the same (`vi.spyOn`, `vi.fn`), imported from 'vitest'",
      });
  }
}
