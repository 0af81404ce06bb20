/**
 * The Stainless compatibility set: for each project in ../shared/stainless-compat, the SDK sdkgen generates from
 * the project's spec and Stainless config alone is compared with the SDK Stainless generated from the same two:
 *   1. surface: our api.md against Stainless's, endpoint by endpoint (call chain, arguments, return type) and type by
 *      type, with `sdkgen diff --against`'s comparer;
 *   2. Stainless's own endpoint tests type-check against our SDK under tsc --strict, case by case;
 *   3. those not skipped pass against Prism mocking the spec.
 * Every difference fails, but for the ones listed in KNOWN with their reason, so a new one (or one that went away)
 * shows up. The folder is outside the repository (CI has it beside the checkout); without it the suite is skipped
 * with a notice. `npm test` takes one project (OneBusAway: its surface and its cases type-checked);
 * SDKGEN_SLOW_TESTS=full, which CI runs, takes every one and runs the cases against Prism.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareApiSurfaces, parseApiMd, type ApiChange } from '../generator/diff/api-md';
import { generate } from '../generator/generate';
import {
  compatProjects,
  runCases,
  typeCheckCases,
  type CaseRun,
  type CompatProject,
  type TestCase,
} from './helpers/stainless-compat';
import { startPrismInProcess } from './helpers/prism-in-process';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL, sweep } from './helpers/slow-tests';

interface Known {
  /** Surface differences, as `<kind> <chain or type>`. */
  surface: Record<string, string>;
  /** Test cases that do not type-check, by case id. */
  typeErrors: Record<string, string>;
  /** Test cases that fail against Prism, by case id. */
  failures: Record<string, string>;
  /** api.md sections whose types are listed in another order than Stainless's, by heading, with why. */
  typeOrder?: Record<string, string>;
}

const KNOWN: Record<string, Known> = {
  'llama-stack': { surface: {}, typeErrors: {}, failures: {} },
  grid: { surface: {}, typeErrors: {}, failures: {} },
  onebusaway: { surface: {}, typeErrors: {}, failures: {} },
};

/** Each api.md section's type names, in order, by heading. */
function typeLists(apiMd: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  let heading = '';
  for (const line of apiMd.split('\n')) {
    if (/^#+ /.test(line)) lists.set((heading = line.trim()), []);
    const type = /^- <code><a href="[^"]+">(\w+)<\/a><\/code>$/.exec(line);
    if (type) lists.get(heading)?.push(type[1]);
  }
  return lists;
}

/** Surface changes that are differences for users: everything but what we add. */
function differences(changes: ApiChange[]): string[] {
  return changes
    .filter((c) => c.kind !== 'method-added' && c.kind !== 'type-added')
    .map((c) => `${c.kind} ${c.chain ?? c.type ?? ''}`.trim());
}

const projects = sweep('stainless-compat', compatProjects(), (p) => p.name, ['onebusaway']);

const root = tempDir('stainless-compat');
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Cases = Array<TestCase & { errors: string[] }>;
let typeChecked: Map<string, Cases | Error> | null = null;
/** Every project's expected tests type-checked against our SDK, on first use, in one tsc --build. */
function casesOf(project: CompatProject): Cases {
  typeChecked ??= typeCheckCases(projects.map((p) => ({ project: p, dir: path.join(root, p.name) })));
  const cases = typeChecked.get(project.name)!;
  if (cases instanceof Error) throw cases;
  return cases;
}

let prismRuns: Promise<Map<string, CaseRun>> | null = null;
/**
 * The cases of every project that has some not skipped, each project against Prism mocking its spec, on first use:
 * one vitest run for them all.
 */
function runAgainstPrism(): Promise<Map<string, CaseRun>> {
  prismRuns ??= (async () => {
    const active = projects.filter((project) => casesOf(project).some((c) => !c.skipped));
    const servers = await Promise.all(active.map((project) => startPrismInProcess(project.spec)));
    try {
      return await runCases(
        active.map((project, i) => ({ project, dir: path.join(root, project.name), baseURL: servers[i]!.url })),
        root,
      );
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  })();
  return prismRuns;
}

/** Each project's SDK, generated from its spec and Stainless config (every one before the first tsc). */
const apiMds = new Map<string, string>();
beforeAll(async () => {
  for (const project of projects) {
    const result = await generate({ spec: project.spec, config: project.config, format: false });
    const dir = path.join(root, project.name);
    mkdirSync(path.join(dir, 'sdk'), { recursive: true });
    writeFiles(path.join(dir, 'sdk'), result.files);
    apiMds.set(project.name, result.files.find((f) => f.path === 'api.md')!.contents);
  }
});

describe.skipIf(projects.length === 0).each(projects)('Stainless project $name', (project: CompatProject) => {
  const known = KNOWN[project.name] ?? { surface: {}, typeErrors: {}, failures: {} };
  let cases: Cases = [];

  it('has the same surface as the SDK Stainless generated (api.md: endpoints, call shapes, return types, types)', () => {
    const expected = parseApiMd(readFileSync(path.join(project.dir, 'expected', 'api.md'), 'utf8'));
    const ours = parseApiMd(apiMds.get(project.name)!);
    const found = differences(compareApiSurfaces(expected, ours));
    const matched = expected.methods.filter((m) => !found.some((d) => d.endsWith(` ${m.chain}`))).length;
    const typesMatched = expected.types.filter((t) => !found.includes(`type-removed ${t.name}`)).length;
    console.log(
      `stainless-compat ${project.name}: endpoints matched ${matched}/${expected.methods.length}, types matched ${typesMatched}/${expected.types.length}`,
    );
    expect(found.sort()).toEqual(Object.keys(known.surface).sort());
    // As Stainless's, api.md lists the config's models and the methods' response types, nothing else: no method's
    // params type or page alias, no schema Stainless declares inside the types that use it.
    const added = compareApiSurfaces(expected, ours).flatMap((c) =>
      c.kind === 'type-added' && c.type ? [c.type] : [],
    );
    expect(added).toEqual([]);
    // In Stainless's order too: the models by name, then the methods' types (create, retrieve, update, list, delete,
    // the others by name).
    const ourLists = typeLists(apiMds.get(project.name)!);
    const reordered = [...typeLists(readFileSync(path.join(project.dir, 'expected', 'api.md'), 'utf8'))]
      .filter(([heading, theirs]) => {
        const ours = (ourLists.get(heading) ?? []).filter((t) => theirs.includes(t));
        return ours.join() !== theirs.filter((t) => ours.includes(t)).join();
      })
      .map(([heading]) => heading);
    expect(reordered).toEqual(Object.keys(known.typeOrder ?? {}));
    // The sections in Stainless's order (the shared types first, then the config's), and each resource's methods in
    // its order whatever the config's: create, retrieve, update, list, delete, the others by name.
    const common = <T>(ours: T[], theirs: T[]) => [
      ours.filter((x) => theirs.includes(x)),
      theirs.filter((x) => ours.includes(x)),
    ];
    const headings = (apiMd: string) => apiMd.split('\n').filter((line) => /^#+ /.test(line));
    const [ourHeadings, theirHeadings] = common(
      headings(apiMds.get(project.name)!),
      headings(readFileSync(path.join(project.dir, 'expected', 'api.md'), 'utf8')),
    );
    expect(ourHeadings).toEqual(theirHeadings);
    const [ourMethods, theirMethods] = common(
      ours.methods.map((m) => m.chain),
      expected.methods.map((m) => m.chain),
    );
    expect(ourMethods).toEqual(theirMethods);
  });

  it("type-checks every case of the SDK's own endpoint tests (tsc --strict)", () => {
    cases = casesOf(project);
    const failing = cases.filter((c) => c.errors.length > 0);
    console.log(
      `stainless-compat ${project.name}: test cases compiling ${cases.length - failing.length}/${cases.length}`,
    );
    expect(cases.length).toBeGreaterThan(0);
    expect(Object.fromEntries(failing.map((c) => [c.id, c.errors]))).toEqual(
      Object.fromEntries(Object.keys(known.typeErrors).map((id) => [id, expect.anything()])),
    );
    // The first project's test type-checks every project's cases: 2 minutes were too few on a loaded machine.
  }, 600_000);

  // The cases run in a Vitest of their own against Prism: 25 s of CPU for OneBusAway alone, so SDKGEN_SLOW_TESTS=full's
  // (CI's). `npm test` still runs generated endpoint tests against Prism (the flagship's, under Vitest and workerd).
  describe('against Prism', () => {
    it.runIf(SLOW_FULL)(
      'passes every case that is not skipped',
      async () => {
        const active = cases.filter((c) => !c.skipped);
        if (active.length === 0) {
          console.log(
            `stainless-compat ${project.name}: every case is skipped by the project (settings.disable_mock_tests)`,
          );
          expect(cases.every((c) => c.skipped)).toBe(true);
          return;
        }
        const run = (await runAgainstPrism()).get(project.name)!;
        console.log(
          `stainless-compat ${project.name}: test cases passing against Prism ${run.passed.length}/${active.length}`,
        );
        expect(Object.fromEntries(run.failed.map((f) => [f.id, f.error]))).toEqual(
          Object.fromEntries(Object.keys(known.failures).map((id) => [id, expect.anything()])),
        );
        expect(run.passed.length + run.failed.length).toBe(active.length);
        // The first project's test runs every project's cases in one vitest process: on a loaded machine it took more
        // than two minutes.
      },
      600_000,
    );
  });
});
