/**
 * The Stainless compatibility set (../shared/stainless-compat/<project>: a Stainless config, its spec, and what
 * Stainless generated from them: `expected/api.md` and the SDK's own endpoint tests). Helpers to type-check those
 * tests against the SDK sdkgen generates from the same two inputs, case by case, and to run them against a mock.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  casesWithErrors,
  runCases as runCaseFiles,
  testFilesUnder,
  writeCaseProject,
  type CaseRun,
  type TestCase,
} from '../../scripts/stainless-ts-cases.mjs';
import { sharedPath } from './paths';
import { runTsc, STRICT_OPTIONS } from './sdk';

/**
 * The projects' folder: ../shared/stainless-compat, or SDKGEN_STAINLESS_COMPAT to check other projects laid out the
 * same way (`openapi.*`, `stainless.yml`, and `expected/` holding the Stainless SDK's api.md, package.json, tests/).
 */
export const COMPAT = process.env.SDKGEN_STAINLESS_COMPAT ?? sharedPath('stainless-compat');

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

export type { CaseRun, TestCase };

/** The expected test files of a project, relative to expected/tests. */
export function expectedTestFiles(project: CompatProject): string[] {
  return testFilesUnder(path.join(project.dir, 'expected', 'tests'));
}

/**
 * Copies each project's expected tests into its `dir/tests` and type-checks them with `tsc --strict` against the SDK
 * in `dir/sdk` (scripts/stainless-ts-cases.mjs's writeCaseProject), one project after another in this process's
 * type-checking thread (one compiler start-up, the libraries parsed once). Only the copied tests (and the node-fetch
 * stand-in) are checked: the SDK's sources are read for the types the tests use, and are checked in full, under the
 * stricter options of our own output, by stainless-resource-tests.test.ts (the same projects' SDKs, with their
 * generated tests). By project name, every case with the errors reported inside it (or an Error: tsc reported errors
 * outside the expected tests).
 */
export function typeCheckCases(
  projects: Array<{ project: CompatProject; dir: string }>,
): Map<string, Array<TestCase & { errors: string[] }> | Error> {
  const configs = projects.map(({ project, dir }) =>
    writeCaseProject({
      tests: path.join(project.dir, 'expected', 'tests'),
      packageName: project.packageName,
      dir,
      // tsc --strict as the SDK's users have it; the stricter extras of STRICT_OPTIONS are for our own output.
      compilerOptions: {
        ...STRICT_OPTIONS,
        noUncheckedIndexedAccess: false,
        isolatedModules: false,
        verbatimModuleSyntax: false,
      },
    }),
  );
  const results = configs.map((config, i) => {
    const dir = projects[i]!.dir;
    const only = [path.join(dir, 'node-fetch.ts'), ...copiedFiles(path.join(dir, 'tests'))];
    return runTsc(config, { only });
  });
  return new Map(
    projects.map(({ project, dir }, i): [string, Array<TestCase & { errors: string[] }> | Error] => {
      const { cases, elsewhere } = casesWithErrors(dir, results[i]!.output);
      if (elsewhere.length > 0)
        return [
          project.name,
          new Error(`tsc reports errors outside the expected tests (in the SDK itself?):\n${elsewhere.join('\n')}`),
        ];
      return [project.name, cases];
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

/** A project whose copied tests (in `dir/tests`) run against the mock at `baseURL`. */
export interface CaseRunRequest {
  project: CompatProject;
  dir: string;
  baseURL: string;
}

/**
 * Runs the copied tests of every requested project with vitest in one child process, each project against its own
 * `baseURL` (scripts/stainless-ts-cases.mjs's runCases); resolves with the outcome of every case, by project name and
 * by the same ids as `typeCheckCases`. `work` holds the run's config and report.
 */
export function runCases(requests: CaseRunRequest[], work: string): Promise<Map<string, CaseRun>> {
  return runCaseFiles(
    requests.map(({ project, dir, baseURL }) => ({
      name: project.name,
      packageName: project.packageName,
      dir,
      baseURL,
    })),
    work,
  );
}
