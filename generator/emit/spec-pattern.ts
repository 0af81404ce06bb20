/**
 * A spec's `pattern` run on strings of ours (example values that must meet it). The pattern is untrusted input: one
 * that repeats a group (`^(a+)+$`) can backtrack for longer than the run lasts on a string a spec chose (a property
 * name). Such a pattern runs in a VM context with a time limit, and finds nothing when it takes longer; any other
 * runs here. The context runs only the code below: the pattern and the strings are data.
 */
import vm from 'node:vm';

/** A group followed by a quantifier that repeats it: `)*`, `)+`, `){2,}`. */
const REPEATED_GROUP = /\)(?:[*+]|\{\d*,)/;

/**
 * How long one pattern may take over all its candidates. A pattern that does not backtrack for ever is done in
 * microseconds, but the time is the clock's, and a busy machine or a garbage-collection pause can hold a run for tens
 * of milliseconds: the limit is far above that, so that the value found never depends on the machine's load.
 */
const TIME_LIMIT_MS = 1000;
/**
 * Once this many patterns of one generation have run out of time (a spec written to make them: each would cost a
 * second), its others get this much instead.
 */
const SLOW_PATTERNS_BEFORE_SHORT_LIMIT = 5;
const SHORT_TIME_LIMIT_MS = 50;

/**
 * What one generation's patterns have cost: how many ran out of time; and what each run found (by pattern and
 * candidates), as a large spec asks the same of one pattern many times and each run in the VM context starts a timer
 * thread.
 */
export interface PatternBudget {
  timedOut: number;
  found?: Map<string, string | null>;
  /** The time limit of a pattern while fewer than five ran out of time: TIME_LIMIT_MS unless a caller (a test) says. */
  limitMs?: number;
}

const FIND = new vm.Script('candidates.find((candidate) => new RegExp(pattern, "u").test(candidate)) ?? null');

let context: vm.Context | null = null;

/** The first of `candidates` that `pattern` accepts; null when none does, or the pattern is not one JavaScript reads. */
export function firstMatching(
  pattern: string,
  candidates: string[],
  budget: PatternBudget = { timedOut: 0 },
): string | null {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return null;
  }
  if (!REPEATED_GROUP.test(pattern)) return candidates.find((candidate) => regex.test(candidate)) ?? null;
  const key = `${pattern}\0${candidates.join('\0')}`;
  const found = (budget.found ??= new Map());
  if (found.has(key)) return found.get(key)!;
  const result = findInContext(pattern, candidates, budget);
  found.set(key, result);
  return result;
}

function findInContext(pattern: string, candidates: string[], budget: PatternBudget): string | null {
  context ??= vm.createContext(Object.create(null));
  context.pattern = pattern;
  context.candidates = candidates;
  const timeout =
    budget.timedOut < SLOW_PATTERNS_BEFORE_SHORT_LIMIT ? (budget.limitMs ?? TIME_LIMIT_MS) : SHORT_TIME_LIMIT_MS;
  try {
    return FIND.runInContext(context, { timeout }) as string | null;
  } catch (error) {
    // Too long (ERR_SCRIPT_EXECUTION_TIMEOUT): as if nothing matched.
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') budget.timedOut++;
    return null;
  }
}
