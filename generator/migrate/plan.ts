/**
 * What moving a Stainless SDK repository to sdkgen does to each of its files, decided from data alone: the
 * repository's files, Stainless's pristine output (the base, when there is one) and sdkgen's rendered output.
 *
 * - A file Stainless wrote is one the base has, or (without a base) one that carries Stainless's header.
 *   Everything else is the owners' own and is never touched (`src/lib/**`, `examples/**`, …).
 * - sdkgen's files are written. Where the repository had Stainless's file at the same path with hand edits (it
 *   differs from the base), the edits are re-applied to sdkgen's text (reapply/hunks.ts); `package.json` is merged
 *   (package/package-json.ts). What does not apply is reported with its diff.
 * - Stainless's files that sdkgen does not write are removed (git keeps them), except the repository's own
 *   machinery (workflows, release configuration, licence, changelog). The hand edits of a removed one are
 *   reported with their diff, for a person to carry over. Lockfiles stay: they pin the owners' dependencies too.
 * - The owners' tests run as they are: on Jest, with Stainless's config, where they wrote tests of their own; lint
 *   and format configs they edited stay (package/test-runner.ts).
 * - An owner's file where sdkgen writes one is kept and reported: sdkgen does not claim it. Their own Vitest config
 *   stays as it is and `npm test` runs it; sdkgen's config for its generated tests is rendered under another name
 *   (emit's ownersVitest, decided in api/migrate.ts), so the two never meet.
 */
import { JEST_CONFIG, packagesOfConfig, TEST_FILE, TOOL_CONFIG, VITEST_CONFIG } from './package/test-runner';
import { brokenJestTest } from './package/jest-mappings';
import { packageOf } from './package/package-json';
import { CLIENT_MODULE } from './owners/client-hooks';
import { clientRenameNeedsHand, sdkgenRenames } from './owners/client-name';
import { dropChangedStainlessTests } from './owners/added-tests';
import { sameCode } from './repository/code-mask';
import { dropBlamedOnGenerations } from './repository/generation-blame';
import { onlyBannerEdited } from './reapply/stainless-banner';
import { applyEntryRemovals } from './reapply/removed-exports';
import { exampleMadeTheirs, PLACEHOLDER } from './owners/theirs-by-edits';
import { commentsOnlyEdited } from './owners/moot-edits';
import {
  editedBeyondSpacing,
  releasesOrPublishes,
  publishedAs,
  STAINLESS_PUBLISHING,
  STAINLESS_RELEASE_DOCTOR,
  withExtraFiles,
  withReleasedVersion,
} from './repository/release';
import { editsAsHunks } from './reapply/hunks';
import { directivesOnlyEdited } from './reapply/directives';
import {
  atRuntimePath,
  keptOnlyFor,
  ownFileAtSdkgensPath,
  servesSdkgensCode,
  withModulesKeptForIt,
} from './owners/runtime-path-files';
import { carryDelegatingMembersInPlan } from './reapply/delegating-members';
import { dropLaterGenerations, generationMadeIt } from './repository/generations';
import { hasStainlessHeader } from './repository/stainless-repo';
import type { RepoFile } from './repository/checkout-files';
import { rewrittenByStainless } from './owners/rewritten-by-stainless';
import { isObject, parseObject } from './json-object';
import { compareWithStainless, removedImportablePaths, removedModuleReason, surfaceReason } from './surface';
import { lostPageMethods } from './page-methods';
import { mapExportedSubpaths, type ExportedSubpath } from './repository/subpaths';
import { dependingOnTheRoot, ownersSubPackages } from './repository/sub-packages';
import { dropMootRejections } from './owners/moot-rejections';
import { awaitTestsOfWidenedMethods } from './owners/widened-returns';
import { relaxTsconfigInPlan } from './package/compiler-options';
import { carriedLinesUseNode, usesNode } from './package/node-globals';
import { unusedStainlessBins } from './repository/unused-bins';
import { dropRuntimeDocs } from './reapply/runtime-docs';
import { droppedStainlessBins } from './package/package-bins';
import { keptMcpServers, rebanneredFiles } from './package/owners-mcp';
import { withoutRepeatedImportsInPlan } from './reapply/duplicate-imports';
import { keepRewrittenScripts } from './owners/rewritten-scripts';
import { keepEditedScripts } from './owners/edited-scripts';
import { botCustomCodeOf, unbanneredCustomCode } from './owners/bot-custom-code';
import { keptImportsLacking, removedExtras, UPGRADE_GUIDE } from './repository/stainless-extras';
import { removeWorkflowsBuildingRemoved } from './repository/stainless-workflows';
import { NOT_OWN_CODE, otherPackageFolders } from './repository/other-packages';
import { callInputs, removedCalls } from './owners/removed-calls';
import { eachPathOnce, emptyMigrationPlan, type MigrationInputs, type MigrationPlan } from './migration-plan';
import { settleRelease } from './repository/release-settled';
import { packageNameInPlan } from './package/package-name';
import { checkOwnersImports } from './owners/imports-found';
import {
  LOCKFILES,
  PACKAGE_MANAGER_CONFIG,
  RELEASE_WORKFLOW,
  REPLACED_UNLESS_EDITED,
  REPOSITORY_FILES,
  STAINLESS_SCRIPT,
  WORKFLOW,
} from './repository/file-kinds';
import { importsOf, modulesImported, SOURCE_FILE } from './repository/imports';
import { carryGeneratedFileEdits } from './reapply/generated-file-edits';
import { keptStainlessTest } from './owners/kept-stainless-tests';
import { RUNTIME_TEST_PATHS } from '../emit/typescript/plan-tests';
import { mergePackageJsonInPlan } from './package/package-json-plan';
import { settleJestInPlan } from './package/jest-plan';
import { expectFromVitestInPlan } from './reapply/host-expect';
import { clientHooksPlan, editsLeftByHooks, withClientHooksCarried } from './owners/client-hooks-plan';

export { emptyMigrationPlan, type MigrationInputs, type MigrationPlan } from './migration-plan';

export function planMigration(inputs: MigrationInputs): MigrationPlan {
  const { current, base } = inputs;
  const plan = emptyMigrationPlan();
  // Stainless's MCP server whose code the owners changed stays theirs, whole: sdkgen writes none of its own there.
  const { servers, rendered } = keptMcpServers(current, base, inputs.rendered, inputs.laterGenerations);
  plan.ownersMcpServers = servers;
  const byPath = new Map(current.map((f) => [f.path, f]));
  // A hunk whose every changed line a later generation of Stainless's changed the same way is its output.
  const generationsOf = (path: string) => {
    const changes = inputs.laterGenerations?.get(path);
    return changes === undefined ? undefined : generationMadeIt(changes, path, { byPath, renderedPaths, base });
  };
  const published = publishedAs(byPath.get('package.json')?.text ?? null);
  const released = published.version;
  const renderedPaths = new Set(rendered.map((f) => f.path));
  const renderedTexts = new Map(rendered.map((f) => [f.path, f.contents]));
  let exportedSubpaths: ExportedSubpath[] = [];
  let packageJson: { generated: string; current: string; theirs?: string } | null = null;
  // Stainless's tests, edited, that import a module of the repository that goes.
  const testsOfWhatGoes = new Set<string>();
  // Stainless's tests the owners added to, kept; Stainless's Jest config; the configs kept and the packages they name.
  const keptStainlessTests: string[] = [];
  let jestConfig: RepoFile | null = null;
  const listedPackages = new Set(
    ['dependencies', 'devDependencies'].flatMap((key) => {
      const deps = parseObject(byPath.get('package.json')?.text ?? '')?.[key];
      return isObject(deps) ? Object.keys(deps) : [];
    }),
  );
  const configPackages = new Set<string>();
  // The owners' own test, lint and format configs.
  const ownConfigs: string[] = [];
  const keepConfig = (path: string, text: string, stainless: boolean) => {
    if (stainless) plan.keptConfigs.push(path);
    else ownConfigs.push(path);
    for (const name of packagesOfConfig(path, text, listedPackages)) configPackages.add(name);
  };
  // Without a base, Stainless's header says who wrote a file, but not for which SDK: one in a folder that is
  // another language's package (go/ with its go.mod) belongs to that SDK.
  const otherPackages = base === null ? otherPackageFolders(current.map((f) => f.path)) : [];
  // (Files people created that Stainless's generations rewrote whole, without the banner: owners/rewritten-by-stainless.ts.)
  const rewritten = rewrittenByStainless(inputs.repo, current, base, renderedPaths);
  const writtenByStainless = (file: RepoFile): boolean =>
    base !== null
      ? rewritten.has(file.path) ||
        (base.blobs.has(file.path) &&
          !exampleMadeTheirs(file.path, file.blob !== base.blobs.get(file.path), renderedPaths))
      : file.text !== null && hasStainlessHeader(file.text) && !otherPackages.some((dir) => file.path.startsWith(dir));
  const editedSinceStainless = (file: RepoFile): boolean =>
    base !== null && !rewritten.has(file.path) && file.blob !== base.blobs.get(file.path);
  // Edited in more than its comments: a licence header added to every file changes no module's code.
  const codeEdited = (file: RepoFile): boolean => {
    const pristine = base?.texts.get(file.path);
    return (
      editedSinceStainless(file) && (pristine === undefined || file.text === null || !sameCode(pristine, file.text))
    );
  };
  const ownFiles = current.filter((f) => !writtenByStainless(f));
  // (Custom code Stainless's bot committed is theirs, without the bot's generated-file banner: owners/bot-custom-code.ts.)
  const unbannered = unbanneredCustomCode(current, botCustomCodeOf(base));
  const ownCode = ownFiles
    .filter((f) => f.text !== null && SOURCE_FILE.test(f.path) && !NOT_OWN_CODE.test(f.path))
    .map((f) => (unbannered.has(f.path) ? { ...f, text: unbannered.get(f.path)! } : f));
  const importedPackages = new Set(
    ownCode
      .flatMap((f) => importsOf(f.text!))
      .map(packageOf)
      .filter((name): name is string => name !== null),
  );
  // Code that uses Node's globals (`process.env`, `Buffer`) was type-checked with Node's types: they stay.
  if (ownCode.some((f) => usesNode(f.text!))) importedPackages.add('@types/node');

  // Packages of Stainless's sdkgen does not write (its MCP server's Cloudflare worker) that the owners changed: theirs.
  plan.keptSubPackages =
    base === null
      ? []
      : ownersSubPackages(
          current.map((f) => ({
            path: f.path,
            origin: !writtenByStainless(f) ? 'own' : editedSinceStainless(f) ? 'edited' : 'stainless',
          })),
          base.blobs.keys(),
          renderedPaths,
        );
  const inKeptSubPackage = (path: string) => plan.keptSubPackages.some((dir) => path.startsWith(dir));
  for (const dir of plan.keptSubPackages) {
    plan.writes.push(...rebanneredFiles(current, dir));
    const manifest = byPath.get(`${dir}package.json`)?.text;
    const rewritten = manifest && published.name ? dependingOnTheRoot(dir, manifest, published.name) : null;
    if (!rewritten) continue;
    plan.writes.push({ path: `${dir}package.json`, contents: rewritten });
    plan.rewrittenImports.push(`${dir}package.json: ${published.name} from the build folder → from the root (file:)`);
  }

  // Stainless's client methods that the owners made theirs, carried into sdkgen's client class (renamed, maybe).
  // (Triple-slash directives added to a module change nothing it does: reapply/directives.ts.)
  const runEdited = (f: RepoFile) =>
    codeEdited(f) && !directivesOnlyEdited(base?.texts.get(f.path) ?? '', f.text ?? '');
  const clientHooks = clientHooksPlan(base, byPath, (f) => writtenByStainless(f) && runEdited(f), rendered);
  const { hooks } = clientHooks;
  const namesInSdkgen = sdkgenRenames(current, rendered, base?.texts);
  const harnessGivesTest = rendered.some(
    (f) => f.path === 'tests/harness.ts' && /^export const test\b/m.test(f.contents),
  );
  const editsContext = {
    generationsOf,
    namesInSdkgen,
    repo: inputs.repo,
    harnessGivesTest,
    rendered,
    renderedTexts,
    packageName: published.name,
  };
  const ownAtSdkgensPaths: string[] = [];
  // Stainless's tests of its runtime at the paths of sdkgen's (tests/path.test.ts…), edited: settled below as its
  // tests that go are; sdkgen's are written where nothing of the owners' stays there.
  const heldRuntimeTests = new Map(
    rendered
      .filter((f) => RUNTIME_TEST_PATHS.has(f.path) && byPath.get(f.path)?.text != null)
      .filter((f) => writtenByStainless(byPath.get(f.path)!) && editedSinceStainless(byPath.get(f.path)!))
      .map((f) => [f.path, f]),
  );
  for (const sdkgenFile of rendered) {
    if (heldRuntimeTests.has(sdkgenFile.path)) continue;
    let file = released === null ? sdkgenFile : withReleasedVersion(sdkgenFile, released);
    const existing = byPath.get(file.path);
    // Stainless's client methods that the owners made theirs, carried into sdkgen's (owners/client-hooks-plan.ts).
    file = withClientHooksCarried(plan, file, clientHooks);
    if (existing === undefined) {
      plan.writes.push(file);
      plan.generated.push(sdkgenFile);
      continue;
    }
    // The repository's own workflows and release state (release-please's version) stay as they are; sdkgen's text
    // becomes the base they are an edit of, so that later runs merge rather than refuse to overwrite them.
    const replaced =
      REPLACED_UNLESS_EDITED.test(file.path) && writtenByStainless(existing) && !editedSinceStainless(existing);
    if (REPOSITORY_FILES.some((pattern) => pattern.test(file.path)) && existing.text !== null && !replaced) {
      plan.generated.push(sdkgenFile);
      const contents =
        file.path === 'release-please-config.json' ? withExtraFiles(existing.text, file.contents) : existing.text;
      plan.writes.push({ path: file.path, contents });
      plan.keptRepositoryFiles.push(file.path);
      continue;
    }
    if (!writtenByStainless(existing) && RUNTIME_TEST_PATHS.has(file.path) && existing.text !== null) {
      // Their own test where sdkgen writes a test of its runtime (or Stainless's, bannerless, with no base to tell): it
      // stays whole, and sdkgen writes none there from now on.
      plan.writes.push({ path: file.path, contents: existing.text });
      plan.keptTests.push(`${file.path} (yours, where sdkgen writes a test of its runtime)`);
      plan.runtimeTestsLeftToOwners.push(file.path);
      continue;
    }
    if (!writtenByStainless(existing) && file.path !== 'package.json') {
      // An owners' runtime module sdkgen's code works with as it is (groq's Stainless streaming module) needs no person.
      if (!servesSdkgensCode(file.path, existing.text ?? '', rendered, published.name)) {
        const reason = ownFileAtSdkgensPath(file.path, existing.text ?? '', file.contents, current, published.name);
        plan.needsHand.push({ path: file.path, reason });
        ownAtSdkgensPaths.push(file.path);
      }
      // Kept byte for byte as their edit of sdkgen's file (sdkgen's text the base of the next merge): regenerating
      // merges onto theirs instead of refusing to overwrite it, as `sdkgen check` takes it.
      if (existing.text !== null) {
        plan.generated.push(sdkgenFile);
        plan.writes.push({ path: file.path, contents: existing.text });
      }
      continue;
    }
    plan.generated.push(sdkgenFile);
    if (file.path === 'package.json' && existing.text !== null) {
      // Merged below, once the owners' test settings (which may need a package of theirs) are known.
      const theirs = base !== null && !writtenByStainless(existing) ? existing.text : undefined; // people wrote it
      packageJson = { generated: file.contents, current: existing.text, theirs };
      plan.writes.push(file);
      continue;
    }
    const pristine = base?.texts.get(file.path);
    // An edit of the generated-file banner alone (the owners' rewrite of its attribution) is sdkgen's to write.
    if (editedSinceStainless(existing) && pristine !== undefined && onlyBannerEdited(pristine, existing.text ?? '')) {
      plan.bannerOnly.push(file.path);
      plan.writes.push(file);
      continue;
    }
    if (editedSinceStainless(existing) && pristine !== undefined && existing.text !== null) {
      const edited = editsLeftByHooks(plan, file.path, existing.text, clientHooks);
      carryGeneratedFileEdits(plan, file, pristine, edited, editsContext);
      continue;
    }
    plan.writes.push(file);
  }

  // Stainless's modules the owners' code imports (`../internal/utils/uuid`), and what those import, stay where sdkgen writes none.
  const carriedImports =
    hooks !== null && plan.carriedHooks.length > 0
      ? [{ path: CLIENT_MODULE, blob: null, text: hooks.imports.join('\n') }]
      : [];
  // So do those the owners' edits carried into sdkgen's modules import (a client method of theirs calling Stainless's
  // `getDefaultFetch` from `./internal/shims`): an import of sdkgen's own modules finds its file and keeps nothing.
  const reapplied = new Set(plan.reapplied.map((r) => r.path));
  // So were their lines carried into sdkgen's modules (package/node-globals.ts): Node's types and the looser tsconfig.
  const carriedNode = carriedLinesUseNode(plan.writes, rendered, reapplied);
  if (carriedNode) importedPackages.add('@types/node');
  const carriedCode = plan.writes
    .filter((w) => reapplied.has(w.path) && SOURCE_FILE.test(w.path))
    .map((w) => ({ path: w.path, blob: null, text: w.contents }));
  const importing = [...ownCode, ...carriedImports, ...carriedCode];
  const stainlessKept = (f: RepoFile) =>
    writtenByStainless(f) && !renderedPaths.has(f.path) && SOURCE_FILE.test(f.path);
  const importedByOwners = modulesImported(importing, byPath, published.name, stainlessKept, renderedPaths);
  // The doctor's workflow and script go together, or stay together where the owners edited either.
  const doctor = current.filter((f) => STAINLESS_RELEASE_DOCTOR.some((pattern) => pattern.test(f.path)));
  const doctorGoes = renderedPaths.has(RELEASE_WORKFLOW) && !doctor.some((f) => editedBeyondSpacing(f, base));
  // Stainless's `bin` programs (its upgrade CLI) go with the `bin` the merge drops.
  const binsGo = droppedStainlessBins(
    base?.texts.get('package.json'),
    packageJson?.generated,
    (p) => byPath.get(p)?.text,
  );
  // Stainless's bin/ scripts that only its own build ran (`bin/check-test-server`, from its `test` script) go too.
  const unedited = (f: RepoFile) => writtenByStainless(f) && !editedBeyondSpacing(f, base);
  const unusedBins = unusedStainlessBins(current, base?.texts.get('package.json'), packageJson?.generated, unedited);
  // (What stays of Stainless's tests the owners edited: owners/kept-stainless-tests.ts.)
  const testedModules = {
    packageName: published.name,
    byPath,
    renderedPaths,
    importedPackages,
    stays: (path: string) =>
      renderedPaths.has(path) || importedByOwners.has(path) || !writtenByStainless(byPath.get(path)!),
    codeEdited: (path: string) => codeEdited(byPath.get(path)!),
  };
  for (const file of current) {
    if ((renderedPaths.has(file.path) && !heldRuntimeTests.has(file.path)) || inKeptSubPackage(file.path)) continue;
    if (importedByOwners.has(file.path) || base?.inUse?.includes(file.path)) {
      plan.keptImported.push(file.path);
      if (JEST_CONFIG.test(file.path) && file.text !== null) jestConfig = file; // (a config of theirs extends it)
      continue;
    }
    // Brought up to date with the new package.json by its package manager once it is written (api/migrate.ts).
    if (LOCKFILES.test(file.path) && byPath.has('package.json')) {
      plan.lockfiles.push(file.path);
      continue;
    }
    // A placeholder the owners rewrote holds nothing but their text: it is theirs too (VAIF's src/lib/.keep).
    if (!writtenByStainless(file) || (PLACEHOLDER.test(file.path) && editedSinceStainless(file))) {
      plan.kept.push(file.path);
      // Their own test, lint and format configs keep the packages they name; their Jest config, its runner.
      if (JEST_CONFIG.test(file.path) && file.text !== null) jestConfig = file;
      else if ((TOOL_CONFIG.test(file.path) || VITEST_CONFIG.test(file.path)) && file.text !== null) {
        keepConfig(file.path, file.text, false);
        // npm test runs it as it is, then sdkgen's for the generated tests (rendered under another name).
        if (VITEST_CONFIG.test(file.path)) plan.keptVitestConfig = file.path;
      }
      continue;
    }
    // Stainless's publishing (its build's dist/package.json, published from dist/) cannot publish sdkgen's build, and
    // its workflows that release or publish would do it twice: sdkgen's release.yml does it instead. Edited, they stay.
    // So do its upgrade CLI and guide (node_migration), which tell of Stainless's runtime.
    const publishing =
      STAINLESS_PUBLISHING.some((pattern) => pattern.test(file.path)) ||
      (doctorGoes && doctor.includes(file)) ||
      binsGo.has(file.path) ||
      unusedBins.has(file.path) ||
      file.path === UPGRADE_GUIDE ||
      (WORKFLOW.test(file.path) && renderedPaths.has(RELEASE_WORKFLOW) && releasesOrPublishes(file.text));
    if (
      REPOSITORY_FILES.some((pattern) => pattern.test(file.path)) &&
      !(publishing && !editedBeyondSpacing(file, base))
    ) {
      plan.keptRepositoryFiles.push(file.path);
      continue;
    }
    if (codeEdited(file) && TEST_FILE.test(file.path) && SOURCE_FILE.test(file.path) && file.text !== null) {
      const pristine = base?.texts.get(file.path);
      const { text, whole, ofWhatGoes } = keptStainlessTest(
        { path: file.path, text: file.text },
        pristine,
        testedModules,
      );
      if (ofWhatGoes) testsOfWhatGoes.add(file.path);
      if (text) {
        keptStainlessTests.push(file.path);
        plan.kept.push(file.path);
        plan.keptTests.push(whole ? file.path : `${file.path} (the tests you added)`);
        ownCode.push({ ...file, text });
        if (heldRuntimeTests.has(file.path)) {
          // (Where sdkgen writes a test of its runtime: theirs from now on.)
          plan.runtimeTestsLeftToOwners.push(file.path);
          if (text !== file.text) plan.writes.push({ path: file.path, contents: text });
        }
        continue;
      }
    }
    // Stainless's Jest config stays when the tests run on Jest (decided below, once the tests that stay are known).
    if (JEST_CONFIG.test(file.path) && file.text !== null) {
      jestConfig = file;
      continue;
    }
    // A lint or format config the owners edited stays theirs, where they edited it, with the packages it names.
    if (TOOL_CONFIG.test(file.path) && editedSinceStainless(file) && file.text !== null) {
      keepConfig(file.path, file.text, true);
      continue;
    }
    // The package manager's settings the owners edited (pnpm-workspace.yaml's): their installs read them, as edited.
    if (PACKAGE_MANAGER_CONFIG.test(file.path) && editedBeyondSpacing(file, base)) {
      plan.keptRepositoryFiles.push(file.path);
      continue;
    }
    plan.removed.push(file.path);
    // Edits to a Stainless file sdkgen has no counterpart of go with it (git keeps it): they are shown, not lost.
    const pristine = base?.texts.get(file.path);
    // Stainless's record of the spec and config it last generated from: nothing reads it, or an edit to it, now.
    if (file.path === '.stats.yml') continue;
    // A lockfile of a package of Stainless's that goes (its MCP server's): its package manager wrote its edits.
    if (LOCKFILES.test(file.path.slice(file.path.lastIndexOf('/') + 1))) continue;
    // (Its spacing alone edited, a formatter's run, nothing is lost.)
    const edited = editedBeyondSpacing(file, base);
    if (edited && pristine !== undefined && file.text !== null && commentsOnlyEdited(file.path, pristine, file.text))
      plan.commentOnlyEdits.push(file.path);
    else if (edited && pristine !== undefined && file.text !== null)
      plan.rejected.push({ path: file.path, hunks: editsAsHunks(pristine, file.text) });
    else if (edited)
      plan.needsHand.push({
        path: file.path,
        reason: 'Stainless wrote it, it carries hand edits, and sdkgen writes no such file',
      });
  }

  // sdkgen's test of its runtime where nothing of theirs stayed: written once their edits to Stainless's are told of
  // as edits of its tests that go (below), not carried into sdkgen's, which tests another runtime.
  const runtimeTestsReplaced = [...heldRuntimeTests.values()].filter(
    (f) => !plan.runtimeTestsLeftToOwners.includes(f.path),
  );
  plan.removed = plan.removed.filter((path) => !runtimeTestsReplaced.some((f) => f.path === path));
  plan.generated.push(...runtimeTestsReplaced);

  // Methods of Stainless's resource classes sdkgen's lack that hand off to modules that stay (a `websocket()`).
  if (base !== null) carryDelegatingMembersInPlan(plan, current, base.texts);

  // Stainless's scripts the owners edited, where sdkgen writes none in their place, are theirs (owners/edited-scripts.ts).
  const removed = new Set(plan.removed);
  const edited = new Map(
    current
      .filter((f) => removed.has(f.path) && STAINLESS_SCRIPT.test(f.path) && f.text !== null)
      .filter((f) => editedSinceStainless(f))
      .map((f) => [f.path, f.text!]),
  );
  const stainlessPackage = base?.texts.get('package.json') ?? inputs.stainlessPackageJson ?? null;
  const packageJsons = { stainless: stainlessPackage, generated: packageJson?.generated ?? null };
  const calledPackageScripts = keepEditedScripts(plan, current, edited, packageJsons);
  plan.removedExtras = removedExtras(plan.removed, binsGo, { current, base, rendered });
  // Stainless's workflows that build from what goes (the MCP server's Docker image), with the scripts only they name.
  removeWorkflowsBuildingRemoved(plan, current, renderedPaths, (f) => base !== null && !editedSinceStainless(f));

  // The owners' tests run as they are, on the runner they were written for (package/jest-plan.ts).
  if (jestConfig !== null)
    settleJestInPlan(plan, jestConfig, {
      stainless: writtenByStainless(jestConfig),
      edited: editedSinceStainless(jestConfig),
      ownFiles,
      keptStainlessTests,
      stainlessText: (path) => base?.texts.get(path),
      harness: renderedTexts.get('tests/harness.ts'),
      current,
      byPath,
      renderedPaths,
      ownCode,
      keepConfig,
    });
  // Owners' Jest expectations in sdkgen's test files take Vitest's typed `expect` where Jest goes (reapply/host-expect.ts).
  if (plan.testRunner === null) expectFromVitestInPlan(plan, renderedTexts);
  // Those an owners' module at sdkgen's runtime path (or a test Jest cannot run) alone imports are unused once it goes.
  // So are the owners' modules it alone imports (groq's `src/internal/decoders/line.ts`).
  for (const entry of plan.needsHand.filter((n) => ownAtSdkgensPaths.includes(n.path) || brokenJestTest(n.reason))) {
    const own = (f: RepoFile) => !writtenByStainless(f) && atRuntimePath(f.path) && SOURCE_FILE.test(f.path);
    const imported = (from: RepoFile[], take: (f: RepoFile) => boolean) =>
      modulesImported(from, byPath, published.name, take, renderedPaths);
    const kept = keptOnlyFor(entry.path, importing, imported, own, stainlessKept);
    entry.reason = withModulesKeptForIt(entry.reason, kept);
  }

  // The packages and scripts what stays uses are kept in the merged package.json (package/package-json-plan.ts).
  if (packageJson !== null)
    exportedSubpaths = mergePackageJsonInPlan(plan, packageJson, {
      current,
      renderedPaths,
      stainlessPackage,
      listedPackages,
      installed: inputs.installed,
      lockfilesAbove: inputs.lockfilesAbove,
      importedPackages,
      configPackages,
      calledPackageScripts,
      ownConfigs,
      ownCode: ownCode.length > 0,
      carriedNode,
      stainlessTsconfig: base?.texts.get('tsconfig.json'),
    });

  // sdkgen's release.yml beside the repository's workflows that release or publish (repository/release-settled.ts).
  const publishing = settleRelease(plan, { current, base, byPath, editedSinceStainless });
  // The workflows and scripts that stay, calling what goes: sdkgen's release.yml publishes unless theirs do.
  plan.removedCalls = removedCalls(callInputs(current, plan, publishing));
  plan.removedCalls.push(...keptImportsLacking(plan.keptSubPackages, { current, base, rendered }));
  // The owners' edits that need no person after all, each listed where the report says why.
  const client = rendered.find((f) => f.path === 'src/core/base-client.ts')?.contents;
  dropMootRejections(plan, (path) => base?.texts.get(path), client);
  // The owners' prose describing a runtime patch judged done just now goes with it.
  plan.rejected = dropRuntimeDocs(plan);
  // The generated tests of a method whose return type the owners widened beyond an APIPromise await it instead.
  ({ writes: plan.writes, methods: plan.awaitedTests } = awaitTestsOfWidenedMethods(plan.writes, rendered));

  // A package the owners renamed by hand: sdkgen writes the config's name (package/package-name.ts).
  const configured = packageNameInPlan(plan, rendered, stainlessPackage, published.name);

  // The client class users import by name, and the error class named after it: the config may name another.
  if (namesInSdkgen.client !== null) plan.needsHand.push(clientRenameNeedsHand(namesInSdkgen.client));

  // The owners' code compiled under Stainless's compiler options: where sdkgen's are stricter, it keeps those.
  if (ownCode.length > 0 || carriedNode) relaxTsconfigInPlan(plan, base?.texts.get('tsconfig.json'), ownAtSdkgensPaths);

  // Subpaths the owners exported resolve to their sources in tests and examples, as sdkgen's own do.
  if (configured !== null)
    plan.needsHand.push(...mapExportedSubpaths(plan.writes, configured, exportedSubpaths, byPath, ownAtSdkgensPaths));

  // The names the owners took out of the entry stay out; sdkgen's files importing them there follow.
  if (base !== null) applyEntryRemovals(plan, base.texts, byPath, published.name);
  // The owners' code must still find what it imports in the new SDK (owners/imports-found.ts).
  checkOwnersImports(plan, {
    current,
    byPath,
    ownCode,
    packageName: published.name,
    exportedSubpaths,
    ownAtSdkgensPaths,
    unbannered,
  });

  // Hunks whose every line a later generation of Stainless's wrote or removed are its output, not hand edits.
  if (inputs.laterGenerations !== undefined) dropLaterGenerations(plan, inputs.laterGenerations);
  // So are those whose every line is, at HEAD, as a generation wrote it, though people committed it (merged by hand).
  if (inputs.repo !== undefined && base !== null) dropBlamedOnGenerations(plan, inputs.repo);

  // What is left of their edits to Stainless's tests of what goes goes with them.
  const tests = { ofWhatGoes: testsOfWhatGoes, pristine: base?.texts, current: byPath, writes: plan.writes };
  plan.rejected = dropChangedStainlessTests(plan.rejected, tests, plan.changedStainlessTests);
  plan.writes.push(...runtimeTestsReplaced.map((f) => (released === null ? f : withReleasedVersion(f, released))));

  // The surface users call today is the checkout's api.md (Stainless's, as published), else the base's.
  const renderedText = new Map(rendered.map((f) => [f.path, f.contents]));
  plan.surface = compareWithStainless(
    (path) => byPath.get(path)?.text ?? base?.texts.get(path) ?? null,
    (path) => renderedText.get(path) ?? null,
  );
  // What users would notice is reported, not a step left undone: the owners decide whether it is a release note.
  if (plan.surface !== null && plan.surface.breaking.length > 0)
    plan.apiChanges.push({ path: 'api.md', reason: surfaceReason(plan.surface) });
  // Modules users import by path (`<pkg>/resources/shared`) that sdkgen's package does not have.
  for (const path of removedImportablePaths(plan.removed))
    plan.apiChanges.push({ path: `src/${path}.ts`, reason: removedModuleReason(published.name, path) });
  // The older runtime's page methods sdkgen's pages lack (a `targets.typescript` config): page-methods.ts.
  plan.apiChanges.push(...lostPageMethods(byPath.get('src/core.ts')?.text, renderedText.get('src/core/page-base.ts')));

  plan.needsHand.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  withoutRepeatedImportsInPlan(plan); // (an import no stage adds binds a name the module has: TS2300)
  const settled = keepRewrittenScripts(plan, byPath);
  // One write a path, its last text: the report lists it once (migration-plan.ts).
  settled.writes = eachPathOnce(settled.writes);
  return settled;
}
