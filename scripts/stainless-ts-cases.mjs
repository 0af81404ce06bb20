// Stainless's own endpoint tests (`tests/api-resources/**`) checked against a TypeScript SDK: their cases, a tsconfig
// that type-checks them against the SDK's src/, the tsc errors each case holds, and a vitest run of them against a
// mock. Shared by test/helpers/stainless-compat.ts (the stainless-compat suite) and scripts/stainless-ts-tests.mjs
// (the real pairs of bench/stainless-distance/pairs.json). A case folder `dir` holds `tests/` (Stainless's tests),
// `sdk/src/` (the SDK checked) and `node-fetch.ts` (a stand-in the older SDKs' tests import).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `.test.ts` files under `base`, relative to it, sorted. */
export function testFilesUnder(base, relative = '') {
  if (!existsSync(path.join(base, relative))) return [];
  return readdirSync(path.join(base, relative))
    .sort()
    .flatMap((entry) => {
      const file = relative ? `${relative}/${entry}` : entry;
      if (statSync(path.join(base, file)).isDirectory()) return testFilesUnder(base, file);
      return entry.endsWith('.test.ts') ? [file] : [];
    });
}

/** The `test(...)` / `test.skip(...)` cases of a test file, with the lines each spans. */
export function testCases(file, source) {
  const lines = source.split('\n');
  const starts = [];
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
 * Copies the tests folder `tests` into `dir/tests` and writes `dir/tsconfig.json`, which type-checks them with the
 * given compiler options against the SDK in `dir/sdk` (the package name mapped to its src/, `node-fetch`'s Response
 * read as the global one). Returns the tsconfig's path.
 */
export function writeCaseProject({ tests, packageName, dir, compilerOptions }) {
  cpSync(tests, path.join(dir, 'tests'), { recursive: true });
  writeFileSync(
    path.join(dir, 'node-fetch.ts'),
    '// The older SDKs import Response from node-fetch: it is the global one.\nexport const Response = globalThis.Response;\n',
  );
  const tsconfig = {
    compilerOptions: {
      ...compilerOptions,
      types: ['vitest/globals', 'node'],
      typeRoots: [path.join(ROOT, 'node_modules', '@types'), path.join(ROOT, 'node_modules')],
      paths: {
        [packageName]: ['./sdk/src/index.ts'],
        [`${packageName}/*`]: ['./sdk/src/*'],
        'node-fetch': ['./node-fetch.ts'],
      },
    },
    include: ['tests/**/*.ts'],
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  return path.join(dir, 'tsconfig.json');
}

/**
 * Every case of the tests copied into `dir` (those of `tests/api-resources`), with the errors tsc reported inside it
 * (`output`: what tsc printed for `dir/tsconfig.json`); an error outside every case (an import, the client's
 * construction) counts against every case of its file. `elsewhere`: the errors outside the tests (in the SDK).
 */
export function casesWithErrors(dir, output) {
  const errors = output
    .split('\n')
    .map(
      (line) =>
        /^(?:.*\/)?tests\/api-resources\/(.+?)\((\d+),\d+\): (error .*)$/.exec(line) ??
        /^(.+?)\((\d+),\d+\): (error .*)$/.exec(line),
    )
    .filter((m) => m !== null)
    .map((m) => ({ file: m[1], line: Number(m[2]), text: m[3] }));
  const base = path.join(dir, 'tests', 'api-resources');
  const elsewhere = errors
    .filter((e) => !existsSync(path.join(base, e.file)))
    .map((e) => `${e.file}(${e.line}): ${e.text}`);
  const cases = testFilesUnder(base).flatMap((file) => {
    const fileCases = testCases(file, readFileSync(path.join(base, file), 'utf8'));
    const inFile = errors.filter((e) => e.file === file);
    return fileCases.map((c) => ({
      ...c,
      errors: inFile
        .filter(
          (e) => (e.line >= c.from && e.line <= c.to) || !fileCases.some((o) => e.line >= o.from && e.line <= o.to),
        )
        .map((e) => `${e.line}: ${e.text}`),
    }));
  });
  return { cases, elsewhere };
}

/**
 * Runs the copied tests of every request (`{ name, packageName, dir, baseURL }`) with vitest (globals on, as Jest
 * gives them) in one child process, each against its own `baseURL`; resolves with the outcome of every case
 * (`{ passed, failed: [{ id, error }], skipped }`), by request name and by the ids of `casesWithErrors`. `work` holds
 * the run's config and report; `timeout` (ms, default 250 s a request) kills a hung run.
 */
export async function runCases(requests, work, { timeout = 250_000 * requests.length, include } = {}) {
  // One worker, not isolated: every test file builds its own client, so they can share one process and one load of
  // each SDK instead of a fork each.
  const projects = requests.map(
    ({ name, packageName, dir, baseURL }) => `    {
      resolve: {
        // The package and its subpaths (\`<pkg>/resources/…\`, which vaif's tests import) from the SDK's src/.
        alias: [
          { find: new RegExp(${JSON.stringify(`^${escapeRegExp(packageName)}$`)}), replacement: ${JSON.stringify(path.join(dir, 'sdk', 'src', 'index.ts'))} },
          { find: new RegExp(${JSON.stringify(`^${escapeRegExp(packageName)}/`)}), replacement: ${JSON.stringify(path.join(dir, 'sdk', 'src') + '/')} },
          { find: 'node-fetch', replacement: ${JSON.stringify(path.join(dir, 'node-fetch.ts'))} },
        ],
      },
      test: {
        name: ${JSON.stringify(name)},
        root: ${JSON.stringify(dir)},
        include: ${JSON.stringify(include ?? ['tests/**/*.test.ts'])},
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
  await new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vitest, 'run', '--config', path.join(work, 'vitest.config.mjs'), '--reporter=json', `--outputFile=${report}`],
      { cwd: work, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const runs = new Map(requests.map(({ name }) => [name, { passed: [], failed: [], skipped: [] }]));
  for (const file of json.testResults) {
    const request = requests.find(({ dir }) => file.name.startsWith(dir + path.sep));
    if (!request) throw new Error(`vitest reported a test file outside every project: ${file.name}`);
    const run = runs.get(request.name);
    const relative = path
      .relative(path.join(request.dir, 'tests', 'api-resources'), file.name)
      .split(path.sep)
      .join('/');
    // A file that failed to load (an import vitest could not resolve) reports no case: its message stands for each.
    if (file.assertionResults.length === 0 && file.status === 'failed') {
      run.failed.push({ id: `${relative} > (load)`, error: (file.message ?? '').split('\n')[0] });
    }
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
