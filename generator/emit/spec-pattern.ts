/**
 * A spec's `pattern` run on strings of ours (example values that must meet it). The pattern is untrusted input: one
 * that repeats a group (`^(a+)+$`) can backtrack for longer than the run lasts on a string a spec chose (a property
 * name). Such a pattern runs in a VM context with a time limit, and finds nothing when it takes longer; any other
 * runs here. The context runs only the code below: the pattern and the strings are data.
 */
import vm from 'node:vm';

/** A group followed by a quantifier that repeats it: `)*`, `)+`, `){2,}`. */
const REPEATED_GROUP = /\)(?:[*+]|\{\d*,)/;

/** How long one pattern may take over all its candidates. */
const TIME_LIMIT_MS = 50;

const FIND = new vm.Script('candidates.find((candidate) => new RegExp(pattern, "u").test(candidate)) ?? null');

let context: vm.Context | null = null;

/** The first of `candidates` that `pattern` accepts; null when none does, or the pattern is not one JavaScript reads. */
export function firstMatching(pattern: string, candidates: string[]): string | null {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return null;
  }
  if (!REPEATED_GROUP.test(pattern)) return candidates.find((candidate) => regex.test(candidate)) ?? null;
  context ??= vm.createContext(Object.create(null));
  context.pattern = pattern;
  context.candidates = candidates;
  try {
    return FIND.runInContext(context, { timeout: TIME_LIMIT_MS }) as string | null;
  } catch {
    // Too long (ERR_SCRIPT_EXECUTION_TIMEOUT): as if nothing matched.
    return null;
  }
}
