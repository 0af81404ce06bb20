/**
 * The Stainless compatibility set (../shared/stainless-compat/<project>: a Stainless config, its spec, and what
 * Stainless generated from them: `expected/api.md` and the SDK's own endpoint tests). Helpers to type-check those
 * tests against the SDK sdkgen generates from the same two inputs, case by case, and to run them against a mock.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeRegExp } from '../../generator/escape-regexp';
import { ROOT, SHARED } from './paths';
import { runTsc, STRICT_OPTIONS } from './sdk';

/**
 * The projects' folder: ../shared/stainless-compat, or SDKGEN_STAINLESS_COMPAT to check other projects laid out the
 * same way (`openapi.*`, `stainless.yml`, and `expected/` holding the Stainless SDK's api.md, package.json, tests/).
 */
export const COMPAT = process.env.SDKGEN_STAINLESS_COMPAT ?? path.join(SHARED, 'stainless-compat');

export interface CompatProject {
  name: string;
  dir: string;
  spec: string;
  config: string;
  /** npm name the expected tests import. */
  packageName: string;
}

/** Every project of the compatibility set (a folder with a config, a spec and `expected/`), sorted by name. */
export function compatProjects(): CompatProject[] {
  if (!existsSync(COMPAT)) return [];
  return readdirSync(COMPAT)
    .sort()
    .map((name) => path.join(COMPAT, name))
    .filter((dir) => existsSync(path.join(dir, 'expected', 'api.md')))
    .map((dir) => {
      const spec = readdirSync(dir).find((f) => /^openapi\.(ya?ml|json)$/.test(f));
      const config = readdirSync(dir).find((f) => /stainless\.ya?ml$/.test(f));
      if (!spec || !config) throw new Error(`${dir}: no openapi.* or stainless.yml`);
      const packageName = (
        JSON.parse(readFileSync(path.join(dir, 'expected', 'package.json'), 'utf8')) as { name: string }
      ).name;
      return { name: path.basename(dir), dir, spec: path.join(dir, spec), config: path.join(dir, config), packageName };
    });
}

export interface TestCase {
  /** "<file relative to tests/api-resources> > <describe> > <test name>". */
  id: string;
  file: string;
  skipped: boolean;
  /** 1-based lines the case spans. */
  from: number;
  to: number;
}

/** The expected test files of a project, relative to expected/tests. */
export function expectedTestFiles(project: CompatProject): string[] {
  const base = path.join(project.dir, 'expected', 'tests');
  const walk = (relative: string): string[] =>
    readdirSync(path.join(base, relative))
      .sort()
      .flatMap((entry) => {
        const file = relative ? `${relative}/${entry}` : entry;
        if (statSync(path.join(base, file)).isDirectory()) return walk(file);
        return entry.endsWith('.test.ts') ? [file] : [];
      });
  return walk('');
}

/** The `test(...)` / `test.skip(...)` cases of a test file, with the lines each spans. */
export function testCases(file: string, source: string): TestCase[] {
  const lines = source.split('\n');
  const starts: Array<{ line: number; name: string; skipped: boolean }> = [];
  lines.forEach((text, i) => {
    const m = /^\s*(?:test|it)(\.skip)?\((['"`])(.*?)\2/.exec(text);
    if (m) starts.push({ line: i + 1, name: m[3], skipped: m[1] !== undefined });
  });
  const describe = /describe\((['"`])(.*?)\1/.exec(source)?.[2] ?? '';
  return starts.map((start, i) => ({
    id: `${file} > ${describe} > ${start.name}`,
    file,
    skipped: start.skipped,
    from: start.line,
    to: i + 1 < starts.length ? starts[i + 1].line - 1 : lines.length,
  }));
}

/**
 * Copies the expected tests into `dir/tests` and writes `dir/tsconfig.json`, which type-checks them with
 * `tsc --strict` against the SDK in `dir/sdk` (the package name mapped to its src/, `node-fetch`'s Response read as
 * the global one). Returns the tsconfig's path.
 */
function writeCaseProject(project: CompatProject, dir: string): string {
  cpSync(path.join(project.dir, 'expected', 'tests'), path.join(dir, 'tests'), { recursive: true });
  writeFileSync(
    path.join(dir, 'node-fetch.ts'),
    '// The two older SDKs import Response from node-fetch: it is the global one.\nexport const Response = globalThis.Response;\n',
  );
  const tsconfig = {
    compilerOptions: {
      // tsc --strict as the SDK's users have it; the stricter extras of STRICT_OPTIONS are for our own output.
      ...STRICT_OPTIONS,
      noUncheckedIndexedAccess: false,
      isolatedModules: false,
      verbatimModuleSyntax: false,
      types: ['vitest/globals', 'node'],
      typeRoots: [path.join(ROOT, 'node_modules', '@types'), path.join(ROOT, 'node_modules')],
      paths: {
        [project.packageName]: ['./sdk/src/index.ts'],
        [`${project.packageName}/*`]: ['./sdk/src/*'],
        'node-fetch': ['./node-fetch.ts'],
      },
    },
    include: ['tests/**/*.ts'],
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  return path.join(dir, 'tsconfig.json');
}

/**
 * Every case of the expected tests copied into `dir`, with the errors tsc reported inside it (`output`: what tsc
 * printed for `dir/tsconfig.json`); an error outside every case (an import, the client's construction) counts
 * against every case of its file.
 */
function casesWithErrors(project: CompatProject, dir: string, output: string): Array<TestCase & { errors: string[] }> {
  const errors = output
    .split('\n')
    .map(
      (line) =>
        /^(?:.*\/)?tests\/api-resources\/(.+?)\((\d+),\d+\): (error .*)$/.exec(line) ??
        /^(.+?)\((\d+),\d+\): (error .*)$/.exec(line),
    )
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[1], line: Number(m[2]), text: m[3] }));
  const elsewhere = errors.filter((e) => !existsSync(path.join(dir, 'tests', 'api-resources', e.file)));
  if (elsewhere.length > 0)
    throw new Error(
      `tsc reports errors outside the expected tests (in the SDK itself?):\n${elsewhere.map((e) => `${e.file}(${e.line}): ${e.text}`).join('\n')}`,
    );
  return expectedTestFiles(project)
    .filter((f) => f.startsWith('api-resources/'))
    .flatMap((f) => {
      const file = f.slice('api-resources/'.length);
      const cases = testCases(file, readFileSync(path.join(dir, 'tests', f), 'utf8'));
      const inFile = errors.filter((e) => e.file === file);
      return cases.map((c) => ({
        ...c,
        errors: inFile
          .filter((e) => (e.line >= c.from && e.line <= c.to) || !cases.some((o) => e.line >= o.from && e.line <= o.to))
          .map((e) => `${e.line}: ${e.text}`),
      }));
    });
}

/**
 * Copies each project's expected tests into its `dir/tests` and type-checks them with `tsc --strict` against the SDK
 * in `dir/sdk` (see writeCaseProject), one project after another in this process's type-checking thread (one
 * compiler start-up, the libraries parsed once). Only the copied tests (and the node-fetch stand-in) are checked: the
 * SDK's sources are read for the types the tests use, and are checked in full, under the stricter options of our own
 * output, by stainless-resource-tests.test.ts (the same projects' SDKs, with their generated tests). By project name,
 * every case with the errors reported inside it (or the error reading them threw: an error outside the expected
 * tests).
 */
export function typeCheckCases(
  projects: Array<{ project: CompatProject; dir: string }>,
): Map<string, Array<TestCase & { errors: string[] }> | Error> {
  const configs = projects.map(({ project, dir }) => writeCaseProject(project, dir));
  const results = configs.map((config, i) => {
    const dir = projects[i]!.dir;
    const only = [path.join(dir, 'node-fetch.ts'), ...copiedFiles(path.join(dir, 'tests'))];
    return runTsc(config, { only });
  });
  return new Map(
    projects.map(({ project, dir }, i): [string, Array<TestCase & { errors: string[] }> | Error] => {
      try {
        return [project.name, casesWithErrors(project, dir, results[i]!.output)];
      } catch (error) {
        return [project.name, error as Error];
      }
    }),
  );
}

/** The .ts files under `dir`, as absolute paths. */
function copiedFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return copiedFiles(full);
      return entry.endsWith('.ts') ? [full] : [];
    });
}

export interface CaseRun {
  passed: string[];
  failed: Array<{ id: string; error: string }>;
  skipped: string[];
}

/** A project whose copied tests (in `dir/tests`) run against the mock at `baseURL`. */
export interface CaseRunRequest {
  project: CompatProject;
  dir: string;
  baseURL: string;
}

/**
 * Runs the copied tests of every requested project with vitest (globals on, as Jest gives them) in one child
 * process, each project against its own `baseURL`; resolves with the outcome of every case, by project name and
 * by the same ids as `typeCheckCases`. `work` holds the run's config and report.
 */
export async function runCases(requests: CaseRunRequest[], work: string): Promise<Map<string, CaseRun>> {
  // One worker, not isolated: every test file builds its own client, so they can share one process and one load of
  // each SDK instead of a fork each.
  const projects = requests.map(
    ({ project, dir, baseURL }) => `    {
      resolve: {
        // The package and its subpaths (\`<pkg>/resources/…\`, which vaif's tests import) from the SDK's src/.
        alias: [
          { find: new RegExp(${JSON.stringify(`^${escapeRegExp(project.packageName)}$`)}), replacement: ${JSON.stringify(path.join(dir, 'sdk', 'src', 'index.ts'))} },
          { find: new RegExp(${JSON.stringify(`^${escapeRegExp(project.packageName)}/`)}), replacement: ${JSON.stringify(path.join(dir, 'sdk', 'src') + '/')} },
          { find: 'node-fetch', replacement: ${JSON.stringify(path.join(dir, 'node-fetch.ts'))} },
        ],
      },
      test: {
        name: ${JSON.stringify(project.name)},
        root: ${JSON.stringify(dir)},
        include: ['tests/**/*.test.ts'],
        globals: true,
        testTimeout: 60000,
        isolate: false,
        env: { TEST_API_BASE_URL: ${JSON.stringify(baseURL)} },
      },
    },`,
  );
  const config = `export default {
  test: {
    pool: 'forks',
    maxWorkers: 1,
    projects: [
${projects.join('\n')}
    ],
  },
};
`;
  writeFileSync(path.join(work, 'vitest.config.mjs'), config);
  const report = path.join(work, 'report.json');
  const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vitest, 'run', '--config', path.join(work, 'vitest.config.mjs'), '--reporter=json', `--outputFile=${report}`],
      {
        cwd: work,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: 'ignore',
      },
    );
    // Killed as hung only well past what a loaded 2-core machine takes (over two minutes for two projects).
    const timer = setTimeout(() => child.kill('SIGKILL'), 250_000 * requests.length);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    testResults: Array<{
      name: string;
      assertionResults: Array<{ ancestorTitles: string[]; title: string; status: string; failureMessages: string[] }>;
    }>;
  };
  const runs = new Map<string, CaseRun>(
    requests.map(({ project }) => [project.name, { passed: [], failed: [], skipped: [] }]),
  );
  for (const file of json.testResults) {
    const request = requests.find(({ dir }) => file.name.startsWith(dir + path.sep));
    if (!request) throw new Error(`vitest reported a test file outside every project: ${file.name}`);
    const run = runs.get(request.project.name)!;
    const relative = path
      .relative(path.join(request.dir, 'tests', 'api-resources'), file.name)
      .split(path.sep)
      .join('/');
    for (const result of file.assertionResults) {
      const id = `${relative} > ${[...result.ancestorTitles, result.title].join(' > ')}`;
      if (result.status === 'passed') run.passed.push(id);
      else if (result.status === 'failed')
        run.failed.push({ id, error: (result.failureMessages[0] ?? '').split('\n')[0] });
      else run.skipped.push(id);
    }
  }
  return runs;
}
