/**
 * The shape of a migration's plan: what planMigration (plan.ts) is given and what it decides for each file, with
 * what it reports for a person to look at.
 */
import type { OwnersMcpServer } from './package/owners-mcp';
import type { GenerationChanges } from './repository/generations';
import type { LockfileAbove } from './package/program-packages';
import type { RemovedCall, UnknownProgram } from './owners/removed-calls';
import type { RepoFile } from './repository/checkout-files';
import type { RemovedExtra } from './repository/stainless-extras';
import type { SurfaceCheck } from './surface';
import type { RemovedExports } from '../write/manifest';
import { linesFound, type FoundAt } from './reapply/already-there';

export interface MigrationInputs {
  current: RepoFile[];
  /**
   * Stainless's pristine output: path → blob id, and the texts of those that are text. Null: none found. `inUse`:
   * Stainless's files its generations deleted that the owners keep in use (repository/stale-output.ts).
   */
  base: { blobs: Map<string, string>; texts: Map<string, string>; inUse?: string[]; putBack?: string[] } | null;
  /** sdkgen's output (src/lib and examples already left out). */
  rendered: Array<{ path: string; contents: string }>;
  /** What Stainless's generations committed since the base changed (not hand edits); none when left out. */
  laterGenerations?: GenerationChanges;
  /**
   * Where the base has no package.json (the owners created it before Stainless generated into it): the items of the
   * repository's that Stainless's commits wrote, told by git blame (package/stainless-items.ts), to merge against.
   */
  stainlessPackageJson?: string | null;
  /**
   * The package.json of each package package.json lists that is installed (by name), in the node_modules of the SDK's
   * folder or of one above it in the repository: their bins.
   */
  installed?: ReadonlyMap<string, string>;
  /** The lockfiles of the folders above the SDK's up to the repository's root, nearest first: their bins. */
  lockfilesAbove?: readonly LockfileAbove[];
  /**
   * The repository's folder: its installed `typescript` checks that re-applied modules parse (reapply/parses.ts); its
   * history tells Stainless's output people committed (repository/generation-blame.ts).
   */
  repo?: string;
}

export interface MigrationPlan {
  /** Files to write, with their final text. */
  writes: Array<{ path: string; contents: string }>;
  /** sdkgen's own text of each file it owns from now on (the manifest's, and the merge base of later runs). */
  generated: Array<{ path: string; contents: string }>;
  /** Stainless's files that go. */
  removed: string[];
  /** The owners' files, left as they are. */
  kept: string[];
  /**
   * Custom code Stainless's bot committed beside a generation, the owners' code now (owners/bot-custom-code.ts):
   * written back with only the bot's generated-file banner taken out, as no generator writes these files any more.
   * Among the writes, not sdkgen's.
   */
  botBannerRemoved: string[];
  /** Stainless's repository files (workflows, release configuration…) left as they are. */
  keptRepositoryFiles: string[];
  /**
   * Of those, Stainless's workflows whose jobs that install or run the scripts now set up Node 20 (Vitest 4 needs it),
   * written with that change.
   */
  scriptsOnNode20: string[];
  /** Stainless's modules the owners' code imports, where sdkgen writes none: left, so that code still compiles. */
  keptImported: string[];
  /**
   * Stainless's definitions that modules staying import from a module sdkgen writes without them (its WebSocket
   * errors in `_exceptions.py`), carried into sdkgen's module: `<path>: <names> (imported by <paths>)`.
   */
  keptDefinitions: string[];
  /**
   * Stainless's scripts (scripts/, bin/) the owners edited that a workflow, script or package.json script staying
   * calls, where sdkgen writes none in their place: their working pipeline, left as it is.
   */
  keptCalledScripts: string[];
  /**
   * Stainless's scripts the owners rewrote where sdkgen writes its own (their edits do not go on sdkgen's script):
   * theirs kept whole, as their pipeline.
   */
  keptRewrittenScripts: string[];
  /** Generated files whose hand edits were carried over to sdkgen's text. */
  reapplied: Array<{ path: string; hunks: number }>;
  /**
   * Methods of Stainless's client the owners made theirs (owners/client-hooks.ts), carried into sdkgen's client class as
   * overrides of its hooks of the same names: `src/client.ts: stringifyQuery`.
   */
  carriedHooks: string[];
  /**
   * Methods whose `@overload` set the owners changed (Python), their set put in place of sdkgen's whole
   * (python/reapply/overload-sets.ts): `path: Class.method`, Stainless's class name.
   */
  replacedOverloadSets: string[];
  /**
   * The owners' settings of their tools in pyproject.toml set on sdkgen's tables where its layout differs (`[table] key`,
   * or `[table]` added whole): python/project/tool-settings.ts.
   */
  toolSettings: string[];
  /**
   * The owners' commands of Stainless's `[tool.rye.scripts]`, run by the step of sdkgen's script that ran Stainless's
   * (`[tool.rye.scripts] typecheck:pyright → scripts/lint: \`scripts/run-pyright\``): python/project/rye-script-edits.ts.
   */
  ryeScriptEdits: string[];
  /**
   * What the release's pyproject.toml required that sdkgen's file did not, kept (`extra realtime`, `dependencies:
   * typing-extensions>=4.14, <5`): python/project/release-requirements.ts.
   */
  releaseRequirements: string[];
  /**
   * Stainless's tests the owners added to, of modules that stay (their serialiser, re-exported from a Stainless
   * module kept for it): theirs now, kept and run as their own tests are.
   */
  keptTests: string[];
  /**
   * Of keptTests, those at a path sdkgen's package writes a test of its own (Stainless's tests/test_client.py, whose
   * test functions the owners changed): theirs stay, and sdkgen writes none there from now on.
   */
  runtimeTestsLeftToOwners: string[];
  /**
   * sdkgen's tests of its runtime that call code the owners' carried edits changed (`tests/test_files.py::test_x
   * (_files.py: to_httpx_files)`): written skipped, their edit theirs to test (runtime-tests-on-owners-code.ts).
   */
  runtimeTestsOnOwnersCode: string[];
  /**
   * Generated tests the owners skipped that sdkgen does not generate (a "required and optional params" case of a
   * method without optional params): nothing to skip. `path: test name`.
   */
  skipsWithoutTest: string[];
  /**
   * Stainless's removed files the owners edited only in comments (a licence header added to every module) or, for
   * JSON, in layout; and Stainless's files sdkgen replaces with hand edits that changed only comments.
   */
  commentOnlyEdits: string[];
  /**
   * Methods whose return type the owners widened beyond an `APIPromise` (`path: method`): their generated tests await
   * the call instead of asking it for the raw response (owners/widened-returns.ts).
   */
  awaitedTests: string[];
  /**
   * The manifests of Stainless's sub-packages kept whole that depended on its build folder (`link:../../dist`),
   * pointed at the root. The owners' own files are never rewritten: sdkgen's build writes the paths they import.
   */
  rewrittenImports: string[];
  /**
   * Packages of their own Stainless wrote in the repository (its MCP server's Cloudflare worker) that sdkgen does not
   * write and the owners changed: kept whole, as theirs (repository/sub-packages.ts).
   */
  keptSubPackages: string[];
  /**
   * Stainless's MCP server packages whose code the owners changed, where sdkgen writes its own: kept whole as theirs
   * (in keptSubPackages too), sdkgen's server files left out now and later (package/owners-mcp.ts).
   */
  ownersMcpServers: OwnersMcpServer[];
  /** Of the files removed, what Stainless's config options wrote that sdkgen does not (its upgrade CLI, say). */
  removedExtras: RemovedExtra[];
  /**
   * The owners' own Vitest config (`vitest.config.ts`), kept as it is: `npm test` runs it, then sdkgen's
   * vitest.sdkgen.config.mjs for the generated tests; null when they have none.
   */
  keptVitestConfig: string | null;
  /** Hand edits that could not be carried over, as unified-diff hunks against Stainless's file. */
  rejected: Array<{ path: string; hunks: string[] }>;
  /**
   * Hand edits that do not apply to sdkgen's file, with why (Python: a change to what runs only under pydantic 1, which
   * sdkgen's package does not install): reported with their hunks, not carried.
   */
  notApplicable: Array<{ path: string; reason: string; hunks: string[] }>;
  /**
   * Hand edits whose result sdkgen's file has already (the hunks of each file): nothing to carry. `lines`: where the
   * written file has the result of each whose place is known (1-based, in order).
   */
  alreadyThere: Array<{ path: string; hunks: number; lines?: number[] }>;
  /**
   * Files whose only edit is to the generated-file banner (a generator's attribution line, whatever its name): the
   * banner is sdkgen's to write, so nothing is carried.
   */
  bannerOnly: string[];
  /**
   * Hunks left for a person whose every line, at HEAD, a generation of Stainless's wrote byte for byte (git blame):
   * its output committed by people (a generation merged by hand), set aside for sdkgen's output (count per file).
   */
  generationsByPeople: Array<{ path: string; hunks: number }>;
  /** Hand edits to Stainless's TypeScript that change only types (a cast): nothing that runs, nothing to carry. */
  typesOnly: Array<{ path: string; hunks: number }>;
  /** Hand edits making Stainless's runtime behave as sdkgen's does (owners/runtime-behaviours.ts), with the test showing it. */
  doneBySdkgen: Array<{ path: string; does: string; test: string }>;
  /** Stainless's tests of what goes (its runtime) the owners changed, adding none of their own: they go too. */
  changedStainlessTests: string[];
  /**
   * Locals of Stainless's that the owners' carried lines read under sdkgen's name for the same value
   * (`path: function: theirs → sdkgen's`, Python): their lines differ from what they wrote by that name alone.
   */
  renamedLocals: string[];
  /** Stainless's files the owners deleted that sdkgen writes too: left deleted, as their edit (Python). */
  ownersDeleted: string[];
  /**
   * Changes since the base that Stainless's later generations made (committed to main by a bot), not hand edits:
   * how many hunks a file had. sdkgen's output from the spec stands in for them.
   */
  laterGenerations: Array<{ path: string; hunks: number }>;
  /**
   * The runner the owners' tests stay on (package/test-runner.ts): Jest, with its config (what sdkgen added to it for its own
   * tests); null: sdkgen's Vitest.
   */
  /** `script`: package.json's `test` where sdkgen writes a config of its own over the owners' (package/jest-wrapper.ts). */
  testRunner: { runner: 'jest'; config: string; added: string[]; script?: string } | null;
  /** Stainless's test, lint and format configs that stay: the owners edited them, or their tests run on Jest. */
  keptConfigs: string[];
  /**
   * The repository's workflows and scripts that stay, calling what the migration removed (a script of Stainless's, a
   * package.json script sdkgen's has not): each line, with what sdkgen writes in its place (owners/removed-calls.ts).
   */
  removedCalls: RemovedCall[];
  /**
   * Programs that a workflow or script that stays, or a package.json script of the owners' or kept for their pipeline,
   * runs from node_modules (or would run), whose package sdkgen found nowhere (node_modules, the lockfile, its table of
   * well-known bins): it kept none for them (package/program-packages.ts, package/programs-run.ts).
   */
  unknownPrograms: UnknownProgram[];
  /** What a person should look at, and why. */
  needsHand: Array<{ path: string; reason: string }>;
  /**
   * The staying code's reads of a client attribute that neither sdkgen's client nor Stainless's defined (the owners'
   * code called a method no release had): the move changes nothing for them, so they are told of, not a step left
   * undone (python/soundness/client-attributes.ts).
   */
  undefinedBefore: Array<{ path: string; reason: string }>;
  /**
   * What the SDK's users would notice (against Stainless's api.md, modules they import by path): reported, not a step
   * left undone.
   */
  apiChanges: Array<{ path: string; reason: string }>;
  /** The repository's lockfiles: kept (they pin the owners' dependencies too), to bring up to date with package.json. */
  lockfiles: string[];
  /** package.json's entries kept from the repository's, dropped, and top-level fields set to sdkgen's build. */
  packageJson: { kept: string[]; dropped: string[]; rewritten: string[] } | null;
  /** tsconfig.json's compiler options left as Stainless's, because the owners' code was written for them. */
  compilerOptions: string[];
  /** The npm token sdkgen's release workflow reads, taken from Stainless's publish workflow; null: sdkgen's own. */
  releaseToken: string | null;
  /** The GitHub environment sdkgen's release workflow publishes in, taken from the publish workflow; null: none. */
  releaseEnvironment: string | null;
  /** The Node major sdkgen's release workflow publishes on, taken from the publish workflow's newer one; null: ours. */
  releaseNode: string | null;
  /**
   * The repository's own workflows that run release-please (`theirs`), kept: sdkgen's release.yml is written without
   * its release-please job, publishing their releases (or, when theirs publish too, only by hand). Null otherwise.
   */
  releaseBeside: { theirs: string[]; publishes: boolean } | null;
  /** Stainless's api.md against sdkgen's: what the SDK's users would notice. Null without both. */
  surface: SurfaceCheck | null;
  /** The names the owners took out of the entry, for the manifest: every regeneration leaves them out. Null: none. */
  removedExports: RemovedExports | null;
}

/** A file the plan writes. */
type PlannedWrite = MigrationPlan['writes'][number];

/**
 * `file` written by the plan: in place of the plan's earlier write of its path (a later stage's text of it), else
 * added. The plan names each path once, so every stage that reads a path's write reads what is written.
 */
export function putWrite(writes: PlannedWrite[], file: PlannedWrite): void {
  const at = writes.findIndex((write) => write.path === file.path);
  if (at < 0) writes.push(file);
  else writes[at] = file;
}

/** Each path of `writes` once, with its last text, where its first write was (the writer takes the last text too). */
export function eachPathOnce(writes: readonly PlannedWrite[]): PlannedWrite[] {
  return [...new Map(writes.map((write) => [write.path, write])).values()];
}

/** A plan that writes, removes and reports nothing: what planMigration fills in. */
export function emptyMigrationPlan(): MigrationPlan {
  return {
    writes: [],
    generated: [],
    removed: [],
    kept: [],
    botBannerRemoved: [],
    keptRepositoryFiles: [],
    scriptsOnNode20: [],
    keptImported: [],
    keptDefinitions: [],
    keptCalledScripts: [],
    keptRewrittenScripts: [],
    reapplied: [],
    carriedHooks: [],
    replacedOverloadSets: [],
    toolSettings: [],
    ryeScriptEdits: [],
    releaseRequirements: [],
    keptTests: [],
    runtimeTestsLeftToOwners: [],
    runtimeTestsOnOwnersCode: [],
    skipsWithoutTest: [],
    commentOnlyEdits: [],
    awaitedTests: [],
    rewrittenImports: [],
    keptSubPackages: [],
    ownersMcpServers: [],
    removedExtras: [],
    keptVitestConfig: null,
    rejected: [],
    alreadyThere: [],
    bannerOnly: [],
    generationsByPeople: [],
    typesOnly: [],
    notApplicable: [],
    doneBySdkgen: [],
    changedStainlessTests: [],
    renamedLocals: [],
    ownersDeleted: [],
    laterGenerations: [],
    testRunner: null,
    keptConfigs: [],
    removedCalls: [],
    unknownPrograms: [],
    needsHand: [],
    undefinedBefore: [],
    apiChanges: [],
    lockfiles: [],
    packageJson: null,
    compilerOptions: [],
    releaseToken: null,
    releaseEnvironment: null,
    releaseNode: null,
    releaseBeside: null,
    surface: null,
    removedExports: null,
  };
}

/** The report's entry for a file's edits already there: how many, and where its written `contents` has them. */
export function alreadyThereIn(
  path: string,
  carried: { alreadyThere?: number; alreadyThereAt?: FoundAt[] },
  contents: string,
): { path: string; hunks: number; lines?: number[] } {
  const found = linesFound(contents, carried.alreadyThereAt);
  return { path, hunks: carried.alreadyThere ?? 0, ...(found.length > 0 ? { lines: found } : {}) };
}
