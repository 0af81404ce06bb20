/**
 * The owners' upgrade of their test runner in Stainless's tests: Jest 30 took out its matchers' old names, and owners
 * moving to it rename them where Stainless's tests call them (xquik's `.rejects.toThrowError(…)` → `.toThrow(…)` in
 * tests/index.test.ts). Such a hunk tests nothing new: in a test of Stainless's runtime that sdkgen writes its own
 * of, it goes with Stainless's test (added-tests.ts), unless sdkgen's module still calls an old name.
 */

/** Jest's matchers' names Jest 30 took out, each with the name that stays. */
export const JEST_REMOVED_MATCHERS: Readonly<Record<string, string>> = {
  toBeCalled: 'toHaveBeenCalled',
  toBeCalledTimes: 'toHaveBeenCalledTimes',
  toBeCalledWith: 'toHaveBeenCalledWith',
  lastCalledWith: 'toHaveBeenLastCalledWith',
  nthCalledWith: 'toHaveBeenNthCalledWith',
  toReturn: 'toHaveReturned',
  toReturnTimes: 'toHaveReturnedTimes',
  toReturnWith: 'toHaveReturnedWith',
  lastReturnedWith: 'toHaveLastReturnedWith',
  nthReturnedWith: 'toHaveNthReturnedWith',
  toThrowError: 'toThrow',
};

const OLD_CALL = new RegExp(`\\.(${Object.keys(JEST_REMOVED_MATCHERS).join('|')})\\s*\\(`, 'g');

/** `line` with each call of a matcher's old name written with the name that stays. */
function withNewNames(line: string): string {
  return line.replace(OLD_CALL, (_, name: string) => `.${JEST_REMOVED_MATCHERS[name]}(`);
}

/**
 * Whether a unified hunk (`@@ … @@`, then ` `, `-`, `+` lines) only renames matchers: it takes out lines and adds
 * as many, each added line the taken-out one at its place with the old names written anew (and something renamed).
 */
export function renamesMatchersOnly(hunk: string): boolean {
  const lines = hunk.split('\n').filter((line) => !line.startsWith('@@') && !/^(---|\+\+\+) /.test(line));
  const removed = lines.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = lines.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  return (
    removed.length > 0 &&
    removed.length === added.length &&
    removed.every((line, i) => line !== added[i] && withNewNames(line) === added[i])
  );
}

/** Whether `module` (sdkgen's test module) calls a matcher by a name Jest 30 took out. */
export function callsRemovedMatcher(module: string): boolean {
  return new RegExp(OLD_CALL.source).test(module);
}
