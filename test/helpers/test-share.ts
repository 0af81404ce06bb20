/**
 * A deterministic share of a generated Python SDK's test modules, for the SDKs too large to run whole against
 * Prism within CI's budget (corpus-large-python.test.ts): every k-th module in path order, k chosen so the share
 * holds about `budget` test functions, and then, for each kind of test the SDK's modules hold that the share lacks
 * (a binary response, a file upload, a page, …), the first module of that kind. The same SDK gives the same share.
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
