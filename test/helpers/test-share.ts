/**
 * A deterministic share of a generated Python SDK's test modules, for the SDKs too large to run whole against
 * Prism within CI's budget (corpus-large-python.test.ts): every k-th module in path order, k chosen so the share
 * holds about `budget` test functions, and then, for each kind of test the SDK's modules hold that the share lacks
 * (a binary response, a file upload, a page, …), the first module of that kind. The same SDK gives the same share.
 * `testFunctionShare` takes test functions rather than modules (the real configs' sweep): at most its budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The kinds of generated test a share covers whenever the SDK has them, each recognised in a module's text. */
export const TEST_KINDS: Record<string, RegExp> = {
  'a response with no body': /\bis None$/m,
  'a binary response (mocked with respx)': /\brespx\b/,
  'a file or raw body sent': /b"raw file contents"/,
  'a page': /assert_matches_type\(Sync\w*Page\[/,
  'a path param checked for emptiness': /def test_path_params_/,
  'an overloaded (streaming) method': /_overload_\d/,
  'a call with every param': /_with_all_params\(/,
};

export interface TestModule {
  /** Relative to the SDK's folder: "tests/api_resources/test_users.py". */
  file: string;
  /** Its test functions (each runs once in the [strict] half of the run). */
  cases: number;
  kinds: string[];
}

/** Every test module under the SDK's tests/api_resources, in path order, with its size and kinds. */
export function testModules(sdk: string): TestModule[] {
  const dir = path.join(sdk, 'tests', 'api_resources');
  return testFiles(dir).map((relative) => {
    const text = readFileSync(path.join(dir, relative), 'utf8');
    return {
      file: `tests/api_resources/${relative}`,
      cases: (text.match(/^ {4}(async )?def test_/gm) ?? []).length,
      kinds: Object.keys(TEST_KINDS).filter((kind) => TEST_KINDS[kind].test(text)),
    };
  });
}

/** The share of `modules` to run: about `budget` test functions, every kind present at least once. */
export function testShare(modules: TestModule[], budget: number): TestModule[] {
  const total = modules.reduce((sum, m) => sum + m.cases, 0);
  const stride = Math.max(1, Math.ceil(total / budget));
  const chosen = modules.filter((_, i) => i % stride === 0);
  for (const kind of Object.keys(TEST_KINDS)) {
    if (chosen.some((m) => m.kinds.includes(kind))) continue;
    const first = modules.find((m) => m.kinds.includes(kind));
    if (first) chosen.push(first);
  }
  return chosen.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The test_*.py files under `dir`, relative to it with `/`, in path order. */
function testFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      if (statSync(path.join(dir, entry)).isDirectory())
        return entry === '__pycache__' ? [] : testFiles(path.join(dir, entry), `${prefix}${entry}/`);
      return /^test_.*\.py$/.test(entry) ? [`${prefix}${entry}`] : [];
    });
}

/** One test function of a generated SDK: its pytest node id (both its [loose] and [strict] cases) and its kinds. */
export interface TestFunction {
  /** "tests/api_resources/test_users.py::TestUsers::test_method_list". */
  id: string;
  kinds: string[];
}

/**
 * Every test function under the SDK's tests/api_resources, in path order and then in file order, each with the kinds
 * its own text shows (its decorators, signature and body).
 */
export function testFunctions(sdk: string): TestFunction[] {
  const dir = path.join(sdk, 'tests', 'api_resources');
  return testFiles(dir).flatMap((relative) =>
    functionsIn(`tests/api_resources/${relative}`, readFileSync(path.join(dir, relative), 'utf8')),
  );
}

/** The test functions of a module's text, each with its decorators: a class's methods, as the generator writes them. */
export function functionsIn(file: string, text: string): TestFunction[] {
  const lines = text.split('\n');
  const found: Array<{ start: number; name: string; className: string | null }> = [];
  let className: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const classMatch = /^class (\w+)/.exec(lines[i]);
    if (classMatch) className = classMatch[1];
    const def = /^ {4}(?:async )?def (test_\w+)/.exec(lines[i]);
    if (!def) continue;
    let start = i;
    while (start > 0 && /^ {4}@/.test(lines[start - 1])) start--;
    found.push({ start, name: def[1], className });
  }
  return found.map((fn, i) => {
    const own = lines.slice(fn.start, i + 1 < found.length ? found[i + 1].start : lines.length).join('\n');
    return {
      id: `${file}::${fn.className ? `${fn.className}::` : ''}${fn.name}`,
      kinds: Object.keys(TEST_KINDS).filter((kind) => TEST_KINDS[kind].test(own)),
    };
  });
}

/**
 * A share of `functions` of at most `budget` (and at least one of each kind the SDK has): every k-th function, k from
 * the budget, then for each kind the share lacks the first function of that kind. Bounded by functions rather than
 * modules, so that an SDK of a few large modules runs no more than one of many small ones.
 */
export function testFunctionShare(functions: TestFunction[], budget: number): TestFunction[] {
  const kinds = Object.keys(TEST_KINDS).filter((kind) => functions.some((fn) => fn.kinds.includes(kind)));
  const stride = Math.max(1, Math.ceil(functions.length / Math.max(1, budget - kinds.length)));
  const chosen = new Set(functions.filter((_, i) => i % stride === 0));
  for (const kind of kinds)
    if (![...chosen].some((fn) => fn.kinds.includes(kind)))
      chosen.add(functions.find((fn) => fn.kinds.includes(kind))!);
  return functions.filter((fn) => chosen.has(fn));
}
