/**
 * The owners' hand edits of a Stainless file sdkgen writes too, carried onto sdkgen's text (planMigration's step for
 * each such file): JSON by key, line sets by line, tests case by case, modules hunk by hunk. What does not apply, or
 * would leave the module unparseable, is reported with its diff; Stainless's banner never comes back.
 */
import { TEST_FILE } from '../package/test-runner';
import { renamesFor, type SdkgenRenames } from '../owners/client-name';
import { SOURCE_FILE } from '../repository/imports';
import { alreadyThereIn, type MigrationPlan } from '../migration-plan';
import { moduleEdits } from './added-exports';
import { withSdkgensBannerOnly } from './stainless-banner';
import { editsAsHunks, reapplyEdits } from './hunks';
import { moduleParses, parsedOrForAPerson } from './parses';
import { reapplyJsonEdits } from './json';
import { LINE_SET_FILE, reapplyLineSetEdits } from './lines';
import { doneBySdkgen } from './done-by-sdkgen';
import { sdkgenOnto } from './sdkgen-onto';
import { withoutRepeats } from './duplicate-imports';
import { withTestCasesMerged } from './test-cases';
import { runtimePatchCarried } from './runtime-patch';
import { withHostExpect } from './host-expect';
import { withShellBlocks } from '../package/shell-blocks';
import { withoutDeclaredAlready } from './declared-already';
import { againstStainless, withSdkgensDocWords } from './member-docs';

/** What carrying any one file's edits reads, the same for every file of the migration. */
export interface GeneratedFileEditsContext {
  /** Whether a later generation of Stainless's made a hunk of the file's (undefined: no later generations known). */
  generationsOf: (path: string) => ((removed: string[], added: string[]) => boolean) | undefined;
  namesInSdkgen: SdkgenRenames;
  repo: string | undefined;
  harnessGivesTest: boolean;
  rendered: ReadonlyArray<{ path: string; contents: string }>;
  renderedTexts: ReadonlyMap<string, string>;
  packageName: string | null;
}

/**
 * Writes sdkgen's `file` with the owners' edits (`pristine` → `edited`) carried onto it, and records in `plan` what
 * was re-applied, what a later generation made, what was already there, what was rejected and what needs a person.
 */
export function carryGeneratedFileEdits(
  plan: MigrationPlan,
  file: { path: string; contents: string },
  pristine: string,
  ownersText: string,
  context: GeneratedFileEditsContext,
): void {
  const { generationsOf, namesInSdkgen, harnessGivesTest, rendered } = context;
  // Top-level declarations they added that sdkgen's module declares in its form are there already, and those it
  // declares otherwise are a person's: never carried beside sdkgen's into duplicate identifiers (declared-already.ts).
  const declared =
    SOURCE_FILE.test(file.path) && !TEST_FILE.test(file.path)
      ? withoutDeclaredAlready(pristine, ownersText, file.contents)
      : null;
  const edited = declared?.text ?? ownersText;
  // (Doc comments they reworded that sdkgen words otherwise are read as sdkgen's, so that theirs replace them.)
  const docWords =
    SOURCE_FILE.test(file.path) && !TEST_FILE.test(file.path)
      ? withSdkgensDocWords(pristine, edited, file.contents, file.path)
      : { text: pristine, changes: [], edited };
  const base = docWords.text;
  const reapply = (edits: string, from = base, onto = sdkgenOnto(from, edits, file.contents, file.path)) =>
    reapplyEdits(from, edits, onto, {
      markdown: file.path.endsWith('.md'),
      sections: !/(^|\/)api\.md$/.test(file.path),
      generated: generationsOf(file.path),
      ...renamesFor(file.path, namesInSdkgen),
      code: SOURCE_FILE.test(file.path),
      parses: (text) => moduleParses(file.path, text, context.repo),
      declarations: /\.[cm]?tsx?$/.test(file.path),
      ...(SOURCE_FILE.test(file.path) ? { tokens: 'typescript' as const } : {}),
      harnessTest: harnessGivesTest,
      ...(SOURCE_FILE.test(file.path) ? { done: doneBySdkgen(file.path, file.contents, rendered) } : {}),
    });
  // (What is left for a person is shown as made to Stainless's file, in its words: member-docs.ts.)
  const asMadeToStainless = <R extends { rejected: string[] }>(result: R): R =>
    docWords.changes.length === 0
      ? result
      : { ...result, rejected: result.rejected.map((hunk) => againstStainless(hunk, pristine, docWords.changes)) };
  const carriedEdits =
    (file.path.endsWith('.json') ? reapplyJsonEdits(pristine, edited, file.contents, file.path) : null) ??
    (LINE_SET_FILE.test(file.path) ? reapplyLineSetEdits(pristine, edited, file.contents) : null) ??
    (TEST_FILE.test(file.path) && SOURCE_FILE.test(file.path)
      ? // (Stainless's tests the owners changed, which sdkgen's module has too, merged case by case: test-cases.ts.)
        withTestCasesMerged('typescript', pristine, edited, file.contents, {
          rest: (from, onto) => moduleEdits(true, from, edited, onto, (edits) => reapply(edits, from, onto)),
          oneCase: (from, owners, onto) => reapply(owners, from, onto),
          generated: generationsOf(file.path),
        })
      : asMadeToStainless(moduleEdits(SOURCE_FILE.test(file.path), base, docWords.edited, file.contents, reapply)));
  // (The owners' Jest expectations in a test file keep Jest's `expect`: host-expect.ts.)
  const harness = rendered.find((f) => f.path === 'tests/harness.ts')?.contents;
  const reapplied =
    TEST_FILE.test(file.path) && SOURCE_FILE.test(file.path)
      ? { ...carriedEdits, text: withHostExpect(carriedEdits.text, file.contents, harness) }
      : carriedEdits;
  // The owners' lines in a block of Stainless's shell script (scripts/build) go after sdkgen's, in that block.
  // A module the carried edits leave unparseable (where sdkgen's and the owners' parse) is never written.
  const shellCarried = withShellBlocks(file.path, edited, reapplied);
  const text = SOURCE_FILE.test(file.path) ? withoutRepeats(shellCarried.text) : shellCarried.text;
  const parsed = parsedOrForAPerson(
    file.path,
    { ...shellCarried, text },
    file.contents,
    edited,
    () => editsAsHunks(pristine, edited),
    context.repo,
  );
  // (A part of their patch to Stainless's runtime that imports what the new SDK lacks stays out of sdkgen's.)
  const runtime = runtimePatchCarried(
    file.path,
    parsed,
    file.contents,
    () => editsAsHunks(pristine, edited),
    context.renderedTexts,
    context.packageName,
    [],
    // (The modules carried before this one, as the plan writes them.)
    (path) =>
      plan.reapplied.some((entry) => entry.path === path)
        ? [...plan.writes].reverse().find((write) => write.path === path)?.contents
        : undefined,
  );
  if (runtime.reason !== null) plan.needsHand.push({ path: file.path, reason: runtime.reason });
  const carried = runtime.carried;
  // Whatever path carried the edits, Stainless's banner is never written back: sdkgen's own stands in its place.
  const contents = withSdkgensBannerOnly(carried.text, file.contents);
  plan.writes.push({ path: file.path, contents });
  if (carried.applied > 0) plan.reapplied.push({ path: file.path, hunks: carried.applied });
  if (carried.generated) plan.laterGenerations.push({ path: file.path, hunks: carried.generated });
  const alreadyThere = (carried.alreadyThere ?? 0) + (declared?.alreadyThere ?? 0);
  if (alreadyThere > 0) plan.alreadyThere.push(alreadyThereIn(file.path, { ...carried, alreadyThere }, contents));
  // (Their declarations of names sdkgen's module declares otherwise: for a person, with how the two differ.)
  const otherwise = declared?.otherwise.length ? editsAsHunks(pristine, declared.otherwiseEdited) : [];
  if (declared?.otherwise.length) plan.needsHand.push({ path: file.path, reason: declared.otherwise.join('; ') });
  if (carried.rejected.length + otherwise.length > 0)
    plan.rejected.push({ path: file.path, hunks: [...carried.rejected, ...otherwise] });
}
