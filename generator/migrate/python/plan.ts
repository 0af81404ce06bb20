/**
 * What moving a Stainless Python SDK repository to sdkgen does to each of its files, decided from data alone: the
 * repository's files, Stainless's pristine output (the base) and sdkgen's Python package. The rules are the
 * TypeScript move's (plan.ts) where the languages agree:
 *
 * - A file Stainless wrote is one the base has (or, without a base, one with Stainless's header); everything else is
 *   the owners' own and is never touched (`src/<pkg>/lib/**`, `examples/**`, their tests).
 * - sdkgen's files are written; where Stainless's file at the same path was edited by hand, the edits are re-applied to
 *   sdkgen's text, and what does not apply is reported with its diff.
 * - Stainless's files sdkgen does not write go (git keeps them), except the repository's machinery (workflows, release
 *   configuration, lockfiles, licence, changelog), the scripts a workflow that stays calls, and the runtime modules the
 *   owners' code imports (with what those import in turn): those stay, and are listed.
 * - The released version (release-please's) stays the package's version: sdkgen's own text keeps the spec's, so that
 *   later regenerations merge the version as the owners' edit. So do pyproject.toml's `description` and `authors`.
 */
import {
  alreadyThereIn,
  eachPathOnce,
  emptyMigrationPlan,
  type MigrationInputs,
  type MigrationPlan,
} from '../migration-plan';
import { editsAsHunks, withBannerSetAside } from '../reapply/hunks';
import { rewrittenByStainless } from '../owners/rewritten-by-stainless';
import { hasStainlessHeader } from '../repository/stainless-repo';
import type { RepoFile } from '../repository/checkout-files';
import { baseUnderName, withoutRenameLeftovers } from './owners/renamed-package';
import { madeByGenerations, specDrift } from './owners/spec-drift';
import { asUnderPydantic2, lowestPydanticMajor, setAsideForPydanticV1 } from './owners/pydantic-v1';
import { withFutureImportsFirst, withoutRepeatedImports } from './reapply/balanced-hunks';
import { commentsOnlyChanged, dropPythonCommentOnly } from './already-done/comment-only';
import { dropDoneByPythonRuntime } from './already-done/runtime-behaviours';
import { dropForwardRefsResolved } from './already-done/forward-refs-done';
import { dropMultipartCovered } from '../reapply/multipart-covered';
import { withSerializerPatchDone } from './already-done/multipart-form-done';
import { binaryRequestNames, withBinaryRequestDone } from './already-done/binary-request-done';
import { withResourceCallsDone } from './already-done/resource-call-done';
import { withSameFunctionsDone } from './already-done/same-functions';
import { withOwnersCodeCalls } from './owners/owners-code-calls';
import { withStreamEventsDone } from './derived-config/stream-events';
import type { Api } from '../../ir/types';
import { unrunScriptEdits } from './project/unrun-scripts';
import { keptCallableResources } from './reapply/callable-resources';
import { optionalOptionsReason, optionsMadeOptional } from './derived-config/optional-options';
import type { WithOverloadSets } from './reapply/overload-sets';
import { differingMemberReason, type WithoutRepeatedMembers } from './already-done/repeated-members';
import { describeChangedTests } from './owners-tests/changed-tests';
import { importStatements, resolveImport } from './source/import-resolution';
import { importBinds } from './source/import-statements';
import { withReleaseRequirements } from './project/release-requirements';
import { setAsideDoneInRuntime } from './already-done/removed-already';
import { definedAtIn, withImportsAlreadyDone } from './already-done/imports-already-done';
import { withListsInBaseOrder } from './already-done/list-order';
import { setAsideTypingOnly } from './already-done/typing-only';
import { leavingOutLostReaders } from './soundness/lost-readers';
import { withDependentHunksTogether } from './reapply/dependent-hunks';
import { intoFunctionsElsewhere } from './reapply/functions-elsewhere';
import { botCustomFiles, withoutPythonBanner } from './owners/bot-custom-files';
import { withoutStainlessPublishing } from './project/publishing';
import { ownPythonFileAtSdkgensPath } from './owners/own-module-names';
import { withoutUnionsThere } from './already-done/same-union';
import { exportKeptModules, writeDeletedModulesImported } from './owners/kept-modules';
import { attachKeptMembers, defineKeptImports } from './soundness/kept-imports-defined';
import { carryClientAttributes } from './soundness/client-attributes';
import { inStainlessLayout, isRepositoryFile, LOCKFILES, SCRIPT, TESTS } from './file-kinds';
import { releasedVersion, withVersion } from './project/released-version';
import { releasedProjectMetadata, withProjectMetadata } from './project/project-metadata';
import { keptForOthers } from './owners/kept-for-others';
import { packageDir } from '../../emit/python/package-root';
import { runtimeClasses } from './soundness/runtime-members';
import { isPythonRuntimeModule } from './soundness/runtime-hunks';
import { unreadImportsReason, withoutUnreadOwnersImports } from './reapply/unread-imports';
import { leaveOutUncalledFunctions, type UncalledCandidate } from './reapply/uncalled-functions';
import { onlyBannerEdited, withSdkgenBanner, withSdkgensBannerOnly } from '../reapply/stainless-banner';
import { dropBlamedOnGenerations } from '../repository/generation-blame';
import { carryPythonEdits } from './reapply/carry-edits';
import { withoutImportsTheirEditsUnread } from './reapply/imports-their-edits-unread';
import { settlePackageManager } from './project/package-manager-plan';
import { explainRejected } from './owners/rejected-reasons';
import { stainlessFileEdits } from './owners-tests/stainless-test-edits';
import { RUNTIME_TEST_MODULE, runtimeTestEdit } from './owners-tests/runtime-tests-in-place';
import { checkFinalImports } from './soundness/final-imports';
import { skipRuntimeTestsOnOwnersCode } from './owners-tests/runtime-tests-on-owners-code';

export interface PythonMigrationInputs extends MigrationInputs {
  /** Stainless's output, with the commit it was read from (and, for stlc's sealed output, the commit bringing it in). */
  base: (NonNullable<MigrationInputs['base']> & { commit?: string; since?: string }) | null;
  /** The package's import name: its modules are under `src/<importName>/`. */
  importName: string;
  /** Whether a later generation of Stainless's, not the owners, deleted a file of the base (none: the owners). */
  deletedByGeneration?: (path: string) => boolean;
  /** The API the package was generated from: an owners' multipart encoder patch is judged against its `encoding`. */
  api?: Api;
}

export function planPythonMigration(inputs: PythonMigrationInputs): MigrationPlan {
  const { current, rendered } = inputs;
  // (Stainless's package under the name the owners gave it, where they renamed it.)
  const underName = inputs.base && baseUnderName(inputs.base, inputs.importName);
  const base = underName?.base ?? null;
  const plan = emptyMigrationPlan();
  const byPath = new Map(current.map((f) => [f.path, f]));
  const generationsOf = (path: string, pristine: string, edited: string) => {
    const changes = inputs.laterGenerations?.get(path);
    // (A hunk calling what the owners' hunks define is theirs too: owners-code-calls.ts.)
    return changes === undefined
      ? undefined
      : withOwnersCodeCalls(madeByGenerations(changes, pristine, edited), pristine, edited);
  };
  const hasHeader = (file: RepoFile) =>
    file.path.endsWith('.py') && file.text !== null && hasStainlessHeader(file.text);
  // A module with Stainless's header the base lacks is a later generation's (one committed without the bot: a local
  // build of Stainless's CLI), not the owners' code.
  // (Custom code Stainless's bot committed to main beside a generation is the owners', bannered: bot-custom-files.ts.)
  const botCustom = botCustomFiles(base);
  // (Not one a person's commit put back after Stainless deleted it: repository/stale-output.ts.)
  const laterGeneration = (file: RepoFile) =>
    base !== null &&
    !base.blobs.has(file.path) &&
    hasHeader(file) &&
    !botCustom.has(file.path) &&
    !(base.putBack ?? []).includes(file.path);
  // (A module people, or a release squash a person co-authored, created without the banner, whose every line is
  // Stainless's where sdkgen writes one: owners/rewritten-by-stainless.ts.)
  const rewritten = rewrittenByStainless(inputs.repo, current, base, new Set(rendered.map((f) => f.path)));
  const writtenByStainless = (file: RepoFile): boolean =>
    base !== null ? base.blobs.has(file.path) || laterGeneration(file) || rewritten.has(file.path) : hasHeader(file);
  const editedSinceStainless = (file: RepoFile): boolean => base !== null && file.blob !== base.blobs.get(file.path);
  const released = releasedVersion(byPath);
  // (So do its pyproject's description and authors, the owners' words: project-metadata.ts.)
  const metadata = releasedProjectMetadata(byPath.get('pyproject.toml')?.text ?? null);
  const asReleased = <T extends { path: string; contents: string }>(file: T): T =>
    withProjectMetadata(released === null ? file : withVersion(file, released), metadata);
  const requiresPydantic2 =
    (lowestPydanticMajor(rendered.find((f) => f.path === 'pyproject.toml')?.contents) ?? 0) >= 2;
  // A module of Stainless's the owners took pydantic 1's support out of, where sdkgen's package requires pydantic 2:
  // their edits are read against Stainless's module as it runs under pydantic 2, the branches they took out reported
  // as not applying.
  const withoutPydantic1 = (path: string, pristine: string, edited: string): string => {
    if (!requiresPydantic2 || !path.endsWith('.py') || /\bPYDANTIC_V[12]\b/.test(edited)) return pristine;
    const underPydantic2 = asUnderPydantic2(pristine);
    if (underPydantic2 === pristine) return pristine;
    plan.notApplicable.push({
      path,
      reason:
        "takes pydantic 1's branches out of Stainless's module; sdkgen's package requires pydantic 2 (pyproject.toml), " +
        'under which those branches never ran: your other edits are carried as made to the module under pydantic 2',
      hunks: editsAsHunks(pristine, underPydantic2),
    });
    return underPydantic2;
  };
  const renderedPaths = new Set(rendered.map((f) => f.path));
  // (A module the migrated package has, as far as the files are known here: sdkgen's, else the repository's.)
  const renderedModules = new Map(rendered.map((f) => [f.path, f.contents]));
  const importNow = (path: string): string | null => renderedModules.get(path) ?? byPath.get(path)?.text ?? null;
  const importsResolve = (path: string, text: string, moduleText: (path: string) => string | null): boolean =>
    importStatements(text).every((statement) =>
      importBinds(statement).every(
        (name) => !('missing' in resolveImport(path, statement, name, inputs.importName, moduleText)),
      ),
    );
  const brokenCarries = new Map<string, string>();
  // The names (`function: name`) a module's left-out hunks read, which sdkgen's function does not bind.
  const lostReads = new Map<string, string[]>();
  // Stainless's text each module's edits were read against (under pydantic 2 where the owners took pydantic 1 out).
  const readAgainst = new Map<string, string>();
  const uncalledCandidates: UncalledCandidate[] = [];
  // The owners' tool settings set on sdkgen's pyproject.toml (tool-settings.ts), for the report.
  let toolSettings: string[] = [];
  // The package's import name: its modules are under packageDir(pkg), `src/cerebras/cloud/sdk/` for a dotted one.
  const pkg = inputs.importName;
  // The names of a `binary_request` patch to Stainless's runtime, which sdkgen's does (binary-request-done.ts).
  const binaryNames = binaryRequestNames(current, (path) => base?.texts.get(path), pkg);

  const sdkgenModule = new Map(rendered.map((f) => [f.path, f.contents]));
  // sdkgen's runtime classes, and Stainless's of the same modules: what the owners' carried code may read of them.
  const runtimePaths = rendered
    .map((f) => f.path)
    .filter((p) => isPythonRuntimeModule(p, pkg) && p !== `${packageDir(pkg)}/_client.py`);
  const runtime = runtimeClasses(
    runtimePaths.map((p) => sdkgenModule.get(p)!),
    runtimePaths.flatMap((p) => base?.texts.get(p) ?? []),
  );
  // sdkgen's test of its runtime at a path whose Stainless test the owners changed test functions of.
  const runtimeTestsEdited = new Map<string, (typeof rendered)[number]>();
  for (const sdkgenFile of rendered) {
    const file = asReleased(sdkgenFile);
    const existing = byPath.get(file.path);
    if (existing === undefined && base?.blobs.has(file.path) && !inputs.deletedByGeneration?.(file.path)) {
      // Stainless wrote it and the owners deleted it: it stays deleted, as their edit. (A later generation's deletion
      // is Stainless's output: sdkgen's file takes its place.)
      plan.ownersDeleted.push(file.path);
      continue;
    }
    if (existing === undefined) {
      plan.writes.push(file);
      plan.generated.push(sdkgenFile);
      continue;
    }
    if (isRepositoryFile(file.path) && existing.text !== null) {
      // Their workflows and release state stay; sdkgen's text is the base later runs merge them against.
      plan.generated.push(sdkgenFile);
      plan.writes.push({ path: file.path, contents: existing.text });
      plan.keptRepositoryFiles.push(file.path);
      continue;
    }
    if (!writtenByStainless(existing)) {
      if (SCRIPT.test(file.path) && existing.text !== null) {
        // The owners' own script where sdkgen writes one (their `scripts/mock` running Prism their way): their pipeline
        // runs it, so it stays whole and sdkgen writes none there from now on, as for a script of Stainless's they
        // rewrote (the manifest's inputs.deleted: regenerating and checking leave it to them).
        plan.writes.push({ path: file.path, contents: existing.text });
        plan.keptRewrittenScripts.push(file.path);
        continue;
      }
      if (base === null && RUNTIME_TEST_MODULE.test(file.path) && existing.text !== null) {
        // A test module without Stainless's banner where sdkgen's package has a test of its runtime, and no base to tell
        // whether it is Stainless's (its tests of its runtime carry none) or theirs: it stays whole, and sdkgen writes
        // none there from now on.
        plan.writes.push({ path: file.path, contents: existing.text });
        plan.keptTests.push(`${file.path} (yours, where sdkgen writes a test of its runtime)`);
        plan.runtimeTestsLeftToOwners.push(file.path);
        continue;
      }
      // (Of a module: which names the repository imports from it that sdkgen's lacks, own-module-names.ts.)
      const reason = ownPythonFileAtSdkgensPath(file.path, existing.text, file.contents, current, inputs.importName);
      plan.needsHand.push({ path: file.path, reason });
      continue;
    }
    if (laterGeneration(existing)) plan.laterGenerations.push({ path: file.path, hunks: 1 });
    // (The release's version and metadata are the package's already: changing them is no edit left to carry.)
    const versioned = (text: string | undefined | null) =>
      text == null ? text : asReleased({ path: file.path, contents: text }).contents;
    const pristine = versioned(base?.texts.get(file.path));
    // Stainless's test of its runtime where sdkgen's package has its own: the owners' test functions in it are theirs,
    // settled with Stainless's other tests that go (below); other edits go with Stainless's tests, named in the report.
    if (RUNTIME_TEST_MODULE.test(file.path) && pristine != null && existing.text !== null) {
      const edit = editedSinceStainless(existing) ? runtimeTestEdit(pristine, existing.text) : null;
      if (edit?.kind === 'functions') {
        runtimeTestsEdited.set(file.path, sdkgenFile);
        continue;
      }
      if (edit?.kind === 'comments') plan.commentOnlyEdits.push(file.path);
      if (edit?.kind === 'helpers') plan.changedStainlessTests.push(describeChangedTests(file.path, edit.tests));
      plan.generated.push(sdkgenFile);
      plan.writes.push(file);
      continue;
    }
    const ownersText = versioned(
      pristine == null || existing.text === null
        ? existing.text
        : withoutRenameLeftovers(pristine, existing.text, underName?.from ?? null, inputs.importName),
    );
    // (A list of Stainless's they only reordered stays in sdkgen's order: list-order.ts.)
    const reordered =
      file.path.endsWith('.py') && pristine != null && ownersText != null
        ? withListsInBaseOrder(pristine, ownersText)
        : null;
    const ownersEdited = reordered?.text ?? ownersText;
    // Their patch to Stainless's multipart serialiser, where the SDK's form does it already, is done (multipart-form-done.ts).
    const serializerDone =
      pristine != null && ownersEdited != null
        ? withSerializerPatchDone(file.path, pristine, ownersEdited, inputs.api ?? null, pkg)
        : null;
    if (serializerDone) plan.doneBySdkgen.push(...serializerDone.done);
    const binaryDone =
      pristine != null && ownersEdited != null
        ? withBinaryRequestDone(file.path, pristine, serializerDone?.text ?? ownersEdited, binaryNames, pkg)
        : null;
    if (binaryDone) plan.doneBySdkgen.push(...binaryDone.done);
    // Their edits of a method's request that sdkgen's method makes already (resource-call-done.ts).
    const callsDone =
      pristine != null && ownersEdited != null
        ? withResourceCallsDone(file.path, pristine, serializerDone?.text ?? ownersEdited, file.contents, plan, pkg)
        : null;
    const patched = binaryDone?.text ?? callsDone?.text ?? serializerDone?.text ?? ownersEdited;
    // Their event handling added to Stainless's stream, which sdkgen's `_streaming.py` does (stream-events.ts).
    const streamDone =
      pristine != null && patched != null
        ? withStreamEventsDone(file.path, pristine, patched, inputs.api?.streamEventRules ?? null, pkg)
        : null;
    if (streamDone) plan.doneBySdkgen.push(...streamDone.done);
    const streamed = streamDone?.text ?? patched;
    // Module functions they added that sdkgen's module defines the same way (same-functions.ts).
    const sameDone =
      pristine != null && streamed != null && file.path.endsWith('.py')
        ? withSameFunctionsDone(pristine, streamed, file.contents)
        : null;
    const edited = sameDone?.text ?? streamed;
    if (reordered)
      plan.notApplicable.push({
        path: file.path,
        reason:
          `reorders ${reordered.lists.map((name) => `\`${name}\``).join(', ')} alone: the same names, which Python ` +
          "exports alike; sdkgen's order stays (it adds a new resource's names to it, which your order would make a " +
          'conflict on every regeneration)',
        hunks: editsAsHunks(reordered.text, ownersText!),
      });
    // An edit of the generated-file banner alone (a later form of Stainless's, the owners' attribution) is sdkgen's to
    // write, as in the TypeScript move (plan.ts).
    if (editedSinceStainless(existing) && pristine != null && edited != null && onlyBannerEdited(pristine, edited)) {
      plan.bannerOnly.push(file.path);
      plan.generated.push(sdkgenFile);
      plan.writes.push(file);
      continue;
    }
    if (editedSinceStainless(existing) && pristine != null && edited != null) {
      const stainless = withoutPydantic1(file.path, pristine, edited);
      readAgainst.set(file.path, stainless);
      // Members the owners moved within a class move in sdkgen's class too; the rest is carried line by line.
      // (From their text as given; from it less the hunks reading a name their function lost, below.)
      // (Where a name their imports name is defined, in the migrated package: sdkgen's modules, then the repository's.)
      const definedAt = definedAtIn(file.path, (p) => sdkgenModule.get(p) ?? byPath.get(p)?.text ?? null);
      const carryFrom = (owners: string) => {
        const carry = carryPythonEdits(plan, file, stainless, owners, edited, generationsOf, definedAt, runtime);
        if (carry.toolSettings) toolSettings = carry.toolSettings;
        return carry;
      };
      const first = carryFrom(edited);
      // Their test set-up (a conftest starting the mock server their way) that does not carry stays whole, as a
      // rewritten script does.
      const keptWhole =
        first.whole?.kind === 'broken' &&
        TESTS.test(file.path) &&
        existing.text !== null &&
        importsResolve(file.path, existing.text, importNow);
      // Where only a function's reading a name its line lost breaks it, only the hunks reading it are left out.
      const leftOut =
        first.whole?.kind === 'broken' && !keptWhole
          ? leavingOutLostReaders(stainless, edited, first.moves.target, first, carryFrom, (carry) =>
              carry.whole?.kind === 'sound' ? carry.whole.text : carry.carriedWhole.text,
            )
          : null;
      const settled = leftOut?.carry ?? first;
      // (Hunks in one statement with a hunk going to a person go with it, sdkgen's lines kept: dependent-hunks.ts.)
      const together =
        settled.whole?.kind === 'broken'
          ? null
          : withDependentHunksTogether(
              stainless,
              leftOut?.edited ?? edited,
              edited,
              settled,
              (carry) => carry.carriedWhole.rejected,
              leftOut?.hunks ?? [],
              carryFrom,
            );
      const { moves, carriedWhole, whole } =
        together !== null && together.carry.whole?.kind !== 'broken' ? together.carry : settled;
      const apart = together !== null && together.carry.whole?.kind !== 'broken' ? together.hunks : [];
      if (whole?.kind === 'broken') {
        if (keptWhole) {
          // (Theirs now, no generator's output: Stainless's banner goes, as TypeScript's kept test modules lose it.)
          plan.writes.push({ path: file.path, contents: withSdkgenBanner(existing.text!, []).text });
          plan.keptRewrittenScripts.push(file.path);
          continue;
        }
        plan.generated.push(sdkgenFile);
        plan.writes.push(file);
        // (Stainless's banner is no edit of theirs here either: reapply/hunks.ts.)
        const hunks = withBannerSetAside(moves.base, edited, moves.target, (from, owners) => ({
          rejected: editsAsHunks(from, owners),
        })).rejected;
        plan.rejected.push({ path: file.path, hunks });
        brokenCarries.set(file.path, whole.reason);
        continue;
      }
      // (An import it restored, or one of sdkgen's whose readers their edits took out and so goes, may be the result an
      // import hunk of theirs wanted: that hunk is done.)
      const carried =
        whole?.kind === 'sound'
          ? withImportsAlreadyDone(
              {
                ...carriedWhole,
                text: withoutImportsTheirEditsUnread(file.path, whole.text, file.contents, carriedWhole.rejected),
              },
              moves.base,
              definedAt,
            )
          : carriedWhole;
      if (SCRIPT.test(file.path) && carried.rejected.length > 0) {
        // A script of Stainless's the owners rewrote in ways sdkgen's does not take is their pipeline now: theirs stays
        // whole (half of their edits on sdkgen's script would run neither), and sdkgen writes none there from now on
        // (not in the manifest, and listed with the files it leaves out): a later change to sdkgen's script, which
        // their rewrite shares no lines with, would otherwise be a conflict on every regeneration.
        plan.writes.push({ path: file.path, contents: existing.text ?? edited });
        plan.keptRewrittenScripts.push(file.path);
        continue;
      }
      plan.generated.push(sdkgenFile);
      // An import of theirs that only Stainless's code read is read by nothing here: left out, said so.
      const unread = withoutUnreadOwnersImports(
        file.path,
        carried.text,
        stainless,
        edited,
        file.contents,
        inputs.importName,
      );
      if (unread.hunks.length > 0)
        plan.notApplicable.push({ path: file.path, reason: unreadImportsReason(unread.imports), hunks: unread.hunks });
      // A private function of theirs whose calls could not be carried goes to a person with them, asked once every
      // module is written (below).
      uncalledCandidates.push({ path: file.path, stainless, edited, sdkgens: file.contents });
      // Whatever path carried the edits, Stainless's banner is never written back (reapply/stainless-banner.ts).
      const contents = withSdkgensBannerOnly(unread.text, file.contents);
      plan.writes.push({ path: file.path, contents });
      // (A callable resource whose property they deleted stays, the method they kept: callable-resources.ts.)
      for (const note of keptCallableResources(moves.target, edited, contents))
        plan.doneBySdkgen.push({ path: file.path, ...note });
      // A member the owners defined otherwise than sdkgen's of the same name: theirs kept, for a person to confirm.
      for (const member of (carried as Partial<WithoutRepeatedMembers>).differing ?? [])
        plan.needsHand.push({ path: file.path, reason: differingMemberReason(member) });
      const applied = Math.max(0, carried.applied + moves.moved - unread.hunks.length);
      // (A parameter's union the owners widened, which sdkgen's module has with the same members: same-union.ts.)
      const unions = withoutUnionsThere(carried.rejected, carried.text);
      const alreadyThere =
        (carried.alreadyThere ?? 0) +
        moves.alreadyThere +
        unions.done +
        (callsDone?.alreadyThere ?? 0) +
        (sameDone?.alreadyThere ?? 0);
      if (applied > 0) plan.reapplied.push({ path: file.path, hunks: applied });
      for (const member of (moves as Partial<WithOverloadSets>).overloadSets ?? [])
        plan.replacedOverloadSets.push(`${file.path}: ${member}`);
      if (file.path === 'pyproject.toml') plan.toolSettings.push(...toolSettings);
      if (carried.generated) plan.laterGenerations.push({ path: file.path, hunks: carried.generated });
      if (alreadyThere) plan.alreadyThere.push(alreadyThereIn(file.path, { ...carried, alreadyThere }, contents));
      const rejected = [...unions.rejected, ...(leftOut?.hunks ?? []), ...apart];
      if (rejected.length > 0) plan.rejected.push({ path: file.path, hunks: rejected });
      if (leftOut && leftOut.lost.length > 0) lostReads.set(file.path, leftOut.lost);
      for (const [entry, name] of leftOut?.renamed ?? []) plan.renamedLocals.push(`${file.path}: ${entry} → ${name}`);
      continue;
    }
    plan.generated.push(sdkgenFile);
    plan.writes.push(file);
  }

  // What is left: the owners' files, Stainless's machinery, and Stainless's files sdkgen writes none of.
  const testConflicts = new Set<string>();
  const candidates: RepoFile[] = [];
  for (const file of current) {
    if (renderedPaths.has(file.path)) continue;
    const unbannered = botCustom.has(file.path) && file.text !== null ? withoutPythonBanner(file.text) : null;
    if (unbannered !== null && unbannered !== file.text) {
      plan.writes.push({ path: file.path, contents: unbannered });
      plan.botBannerRemoved.push(file.path);
    } else if (!writtenByStainless(file) || !inStainlessLayout(file.path)) plan.kept.push(file.path);
    else if (isRepositoryFile(file.path) || LOCKFILES.test(file.path)) plan.keptRepositoryFiles.push(file.path);
    else candidates.push(file);
  }
  // Stainless's modules the owners' code imports (and what they import in turn), and the scripts a file that stays
  // names, stay. Their code is in their files and in their edits carried into sdkgen's modules (stagehand's params
  // typed with Stainless's `ModelConfigParam`, a module the spec given no longer makes): a module left out would not
  // import.
  const sdkgenText = new Map(rendered.map((f) => [f.path, f.contents]));
  const carryingEdits = plan.writes
    .filter(
      (f) =>
        f.path.endsWith('.py') &&
        ((sdkgenText.has(f.path) && sdkgenText.get(f.path) !== f.contents) || botCustom.has(f.path)),
    )
    .map((f): RepoFile => ({ path: f.path, blob: null, text: f.contents }));
  const staying = [
    ...[...plan.kept, ...plan.keptRepositoryFiles, ...plan.keptRewrittenScripts].map((path) => byPath.get(path)!),
    ...carryingEdits,
  ];
  const stays = keptForOthers(candidates, staying, inputs.importName, renderedPaths);
  // A module's text in the migrated repository: sdkgen's (with the owners' edits), or a file that stays.
  const writtenNow = new Map(plan.writes.map((f) => [f.path, f.contents]));
  const finalText = (path: string): string | null =>
    writtenNow.get(path) ??
    (stays.has(path) || plan.kept.includes(path) || plan.keptRepositoryFiles.includes(path)
      ? (byPath.get(path)?.text ?? null)
      : null);
  // Stainless's tests of its runtime go with it: sdkgen's runtime has tests of its own. The test functions the
  // owners changed or added are theirs: they stay at that path, whole, with what they read of the module, and with
  // Stainless's modules (that sdkgen writes none of) they import, where those import (modules-for-tests.ts).
  const runtimeTestFiles = [...runtimeTestsEdited.keys()].map((path) => byPath.get(path)!);
  const edits = stainlessFileEdits([...candidates, ...runtimeTestFiles], stays, {
    pristine: (path) => base?.texts.get(path),
    editedSinceStainless,
    importName: inputs.importName,
    finalText,
  });
  for (const file of candidates) {
    const reason = stays.get(file.path);
    // (A data file a module that stays reads is listed with the modules: kept, as what the owners' code needs.)
    if (reason === 'imported' || reason === 'read') plan.keptImported.push(file.path);
    else if (reason === 'called')
      (editedSinceStainless(file) ? plan.keptCalledScripts : plan.keptRepositoryFiles).push(file.path);
    else {
      const edit = edits.get(file.path);
      const theirs = edit?.theirs;
      if (theirs?.kind === 'carried') {
        plan.writes.push({ path: file.path, contents: theirs.text });
        plan.keptTests.push(`${file.path} (the tests you changed or added: ${theirs.functions.join(', ')})`);
        continue;
      }
      plan.removed.push(file.path);
      if (edit === undefined) continue;
      const { pristine, tests } = edit;
      // Edited in its comments alone (a licence header on every file): nothing of the owners' goes with it.
      if (file.path.endsWith('.py') && commentsOnlyChanged(pristine, file.text!)) {
        plan.commentOnlyEdits.push(file.path);
        continue;
      }
      if (theirs?.kind === 'conflict') {
        testConflicts.add(file.path);
        plan.rejected.push({ path: file.path, hunks: editsAsHunks(pristine, file.text!) });
        plan.needsHand.push({
          path: file.path,
          reason:
            `your tests in Stainless's test of its runtime (${theirs.functions.join(', ')}) import what the migrated ` +
            `package does not have (${theirs.unresolved.join(', ')}): not carried; see the hunks`,
        });
      } else if (tests !== null && tests.added.length === 0)
        // Only Stainless's helpers or imports changed: they go with its tests; the report names them.
        plan.changedStainlessTests.push(describeChangedTests(file.path, tests));
      else if (SCRIPT.test(file.path))
        plan.notApplicable.push(unrunScriptEdits(file.path, editsAsHunks(pristine, file.text!)));
      else plan.rejected.push({ path: file.path, hunks: editsAsHunks(pristine, file.text!) });
    }
  }
  // Their test functions stay at the path of Stainless's test, which sdkgen leaves to them from now on; where those
  // cannot be carried, sdkgen's file is written and their hunks go to a person.
  for (const [path, sdkgenFile] of runtimeTestsEdited) {
    const edit = edits.get(path)!;
    if (edit.theirs?.kind === 'carried') {
      plan.writes.push({ path, contents: edit.theirs.text });
      plan.keptTests.push(`${path} (the tests you changed or added: ${edit.theirs.functions.join(', ')})`);
      plan.runtimeTestsLeftToOwners.push(path);
      continue;
    }
    plan.generated.push(sdkgenFile);
    plan.writes.push(asReleased(sdkgenFile));
    testConflicts.add(path);
    plan.rejected.push({ path, hunks: editsAsHunks(edit.pristine, byPath.get(path)!.text!) });
    plan.needsHand.push({
      path,
      reason:
        edit.theirs?.kind === 'conflict'
          ? `your tests in Stainless's test of its runtime (${edit.theirs.functions.join(', ')}) import what the ` +
            `migrated package does not have (${edit.theirs.unresolved.join(', ')}): not carried; sdkgen's tests of ` +
            'its runtime are written there; see the hunks'
          : "your tests in Stainless's test of its runtime could not be read apart: sdkgen's tests of its runtime " +
            'are written there; see the hunks',
    });
  }
  writeDeletedModulesImported(plan, rendered, inputs.importName);
  // Stainless's members reading the modules that stay, then its definitions those modules import from a module sdkgen
  // writes (kept-imports-defined.ts): in this order, as a member attached brings definitions a kept module imports too.
  attachKeptMembers(plan, renderedPaths, (path) => byPath.get(path)?.text ?? null, inputs.importName);
  defineKeptImports(plan, renderedPaths, (path) => byPath.get(path)?.text ?? null, inputs.importName);
  // The repository's re-exports of the modules that stay, into sdkgen's `__init__.py` files (kept-modules.ts).
  exportKeptModules(plan, renderedPaths, (path) => byPath.get(path)?.text ?? null, inputs.importName);
  // What that code reads on the client, where sdkgen's client lacks it: Stainless's member carried, or told of.
  carryClientAttributes(
    plan,
    (path) => byPath.get(path)?.text ?? null,
    (path) => renderedModules.get(path) ?? null,
    inputs.importName,
  );
  // A future import an edit carried below other code (where an import line of theirs found its place) goes first; an
  // import statement carried twice (by its hunk, and as a name their code needs) is written once.
  plan.writes = plan.writes.map((file) =>
    file.path.endsWith('.py')
      ? { ...file, contents: withoutRepeatedImports(withFutureImportsFirst(file.contents)) }
      : file,
  );
  // (Each module written now: whether another imports a function of theirs is asked of the repository as migrated.)
  leaveOutUncalledFunctions(plan, uncalledCandidates, () => migratedModules(plan, byPath));
  setAsideForPydanticV1(plan, rendered, (path) => base?.texts.get(path));
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  setAsideDoneInRuntime(
    plan,
    (path) => (renderedPaths.has(path) ? (written.get(path) ?? null) : null),
    requiresPydantic2,
    pkg,
    (path) => byPath.get(path)?.text ?? null,
    (path) => base?.texts.get(path) ?? null,
  );
  setAsideTypingOnly(
    plan,
    (path) => (renderedPaths.has(path) ? (written.get(path) ?? null) : null),
    (path) => readAgainst.get(path) ?? null,
    () => migratedModules(plan, byPath),
  );
  const drift = specDrift(
    inputs.laterGenerations,
    (path) => byPath.get(path)?.text ?? null,
    (path) => written.get(path) ?? null,
    pkg,
  );
  if (drift !== null)
    plan.apiChanges.push({
      path: '.stats.yml',
      reason:
        "the spec (or config) given is not the one Stainless's later generations on main were made from: " +
        `${drift.names} name(s) they wrote, in ${drift.files.length} module(s), are in none of sdkgen's (\`${drift.example.name}\` ` +
        `in ${drift.example.path}); sdkgen's package follows the spec given: pass the newer spec (--spec) to keep them`,
    });
  // Comments on code sdkgen's file does not have (a `# pyright: ignore` on a line of Stainless's runtime) comment nothing.
  const renderedText = new Map(rendered.map((f) => [f.path, f.contents]));
  plan.rejected = dropPythonCommentOnly(
    plan.rejected,
    (path) => base?.texts.get(path),
    (path) => renderedText.get(path) ?? null,
    plan.commentOnlyEdits,
  );
  // A patch making Stainless's runtime do what sdkgen's does is listed with the test showing it.
  plan.rejected = dropDoneByPythonRuntime(plan.rejected, plan.doneBySdkgen, pkg);
  // (An alias's quoted class the owners imported above it: sdkgen's runtime resolves it in the alias's module.)
  plan.rejected = dropForwardRefsResolved(plan.rejected, plan.doneBySdkgen, (p) => renderedText.get(p) ?? null, pkg);
  plan.rejected = dropMultipartCovered(plan.rejected, plan.doneBySdkgen, inputs.api ?? null, plan.needsHand);
  // Hunks whose every line is, at HEAD, as a generation wrote it, though people committed it (a generation merged by
  // hand), are Stainless's output, as in the TypeScript move (repository/generation-blame.ts).
  if (inputs.repo !== undefined && base !== null) dropBlamedOnGenerations(plan, inputs.repo);
  // An edit of a function of Stainless's module that sdkgen's package defines in another module goes there.
  intoFunctionsElsewhere(
    plan,
    (path) => readAgainst.get(path) ?? base?.texts.get(path),
    (p) => byPath.get(p)?.text,
    pkg,
  );
  // Client options the owners made optional: the config's `nullable: true` does it in sdkgen's client.
  const clientPath = `${packageDir(pkg)}/_client.py`;
  const stainlessClient = base?.texts.get(clientPath);
  const ownersClient = byPath.get(clientPath)?.text;
  const optional =
    plan.rejected.some((r) => r.path === clientPath) && stainlessClient != null && ownersClient != null
      ? optionalOptionsReason(optionsMadeOptional(stainlessClient, ownersClient), renderedText.get(clientPath) ?? null)
      : null;
  if (optional !== null) plan.needsHand.push({ path: clientPath, reason: optional });
  // Why each edit left over needs a person (owners/rejected-reasons.ts).
  explainRejected(plan, {
    stainlessText: (path) => base?.texts.get(path),
    renderedText,
    testConflicts,
    brokenCarries,
    lostReads,
    readAgainst,
    pkg,
  });
  // Stainless's PyPI publishing and release doctor go where sdkgen's release.yml publishes instead (publishing.ts).
  withoutStainlessPublishing(plan, current, base);
  // What the release's pyproject.toml promises at install time, whoever wrote it: its extras, its lower bounds.
  const releasePyproject = byPath.get('pyproject.toml')?.text ?? null;
  const pyprojectWrite = plan.writes.find((f) => f.path === 'pyproject.toml');
  if (releasePyproject != null && pyprojectWrite !== undefined) {
    const requirements = withReleaseRequirements(releasePyproject, pyprojectWrite.contents);
    pyprojectWrite.contents = requirements.text;
    plan.releaseRequirements.push(...requirements.kept);
  }
  // Rye's and the lockfiles' part, once pyproject.toml is sdkgen's (project/package-manager-plan.ts).
  settlePackageManager(plan, base?.texts.get('pyproject.toml') ?? null, byPath);
  // Last: every package import of every module the migrated repository has finds its name (final-imports.ts).
  const renderedFile = new Map(rendered.map((f) => [f.path, f]));
  checkFinalImports(plan, {
    current,
    rendered: (path) => {
      const file = renderedFile.get(path);
      return file === undefined ? null : asReleased(file).contents;
    },
    stainless: (path) => readAgainst.get(path) ?? base?.texts.get(path),
    importName: inputs.importName,
  });
  for (const list of [
    plan.kept,
    plan.keptRepositoryFiles,
    plan.keptImported,
    plan.keptCalledScripts,
    plan.keptRewrittenScripts,
    plan.removed,
    plan.ownersDeleted,
    plan.commentOnlyEdits,
  ])
    list.sort();
  // One write a path, its last text: the report lists it once (migration-plan.ts).
  plan.writes = eachPathOnce(plan.writes);
  skipRuntimeTestsOnOwnersCode(plan, rendered, pkg);
  return plan;
}

/** The migrated repository's Python files as planned so far: those written (sdkgen's, edits carried) and those kept. */
function migratedModules(plan: MigrationPlan, byPath: Map<string, RepoFile>): Array<{ path: string; text: string }> {
  const written = plan.writes.map((f) => ({ path: f.path, text: f.contents }));
  const writtenPaths = new Set(written.map((f) => f.path));
  const kept = [...plan.kept, ...plan.keptImported, ...plan.keptCalledScripts, ...plan.keptRepositoryFiles]
    .filter((path) => !writtenPaths.has(path))
    .flatMap((path) => {
      const text = byPath.get(path)?.text;
      return text == null ? [] : [{ path, text }];
    });
  return [...written, ...kept].filter((f) => f.path.endsWith('.py'));
}
