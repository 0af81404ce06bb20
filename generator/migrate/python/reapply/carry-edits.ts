/**
 * The owners' edits of one Python-package file of Stainless's carried onto sdkgen's (planPythonMigration's step for
 * each edited file): members they moved move in sdkgen's class too, pyproject.toml's tables and tool settings are
 * read where sdkgen lays them out, the rest goes line by line; a module carried so is then judged whole or broken.
 */
import { reapplyEdits, type Reapplied } from '../../reapply/hunks';
import { reapplyJsonEdits } from '../../reapply/json';
import { placeInsertions } from '../../reapply/insertions';
import { LINE_SET_FILE, reapplyLineSetEdits } from '../../reapply/lines';
import type { MigrationPlan } from '../../migration-plan';
import { carryMemberMoves } from './moved-members';
import { reapplyPythonEdits } from './balanced-hunks';
import { intoSdkgenModule } from './carried-module';
import { withOwnersOverloadSets } from './overload-sets';
import { inSdkgenWords } from '../already-done/comment-wording';
import { intoDevDependencies } from '../project/dev-dependencies';
import { ownersTablesInPlace } from '../project/moved-tables';
import { withTablesJoined } from '../project/tables-declared-twice';
import { intoTomlValues } from '../project/toml-values';
import { withoutAbsentTableEdits } from '../project/absent-tables';
import { withToolSettingsCarried } from '../project/tool-settings';
import { soundCarried, indentProblem, type SoundCarry } from '../soundness/sound-module';
import { withOwnersCaseDecorators } from './case-decorators';
import type { RuntimeClasses } from '../soundness/runtime-members';
import { namesAny, withoutDeletedClasses } from './deleted-classes';
import { withDefaultHeaderEntries } from './default-header-entries';

/** Whether a hunk (removed, added lines) is a later generation's change, not the owners' (plan.ts). */
type GenerationsOf = (
  path: string,
  pristine: string,
  edited: string,
) => ((r: string[], a: string[]) => boolean) | undefined;
/** Where a name the module imports from the package is defined (imports-already-done.ts). */
type DefinedAt = (from: string, name: string) => string | null;

/**
 * `owners` (the owners' text of `file.path`, or it less the hunks left out) carried from `stainless` onto sdkgen's
 * `file`; `whole` judges the module against all of their text (`edited`). `toolSettings`: the owners' tool settings
 * set on sdkgen's pyproject.toml, when carried. `definedAt`: where a name the module imports from the package is defined
 * (imports-already-done.ts).
 */
export function carryPythonEdits(
  plan: MigrationPlan,
  file: { path: string; contents: string },
  stainless: string,
  owners: string,
  edited: string,
  generationsOf: GenerationsOf,
  definedAt?: DefinedAt,
  /** sdkgen's runtime classes and Stainless's: what carried owners' code may read of them (runtime-members.ts). */
  runtime?: RuntimeClasses,
) {
  // (A class they deleted whole goes from sdkgen's module by its name, where nothing carried still names it.)
  // (A method they deleted whole too, in a test module: `tests/…/test_batches.py`.)
  const testModule = /(?:^|\/)test_\w*\.py$/.test(file.path);
  const deleted = file.path.endsWith('.py')
    ? withoutDeletedClasses(stainless, owners, file.contents, testModule)
    : null;
  if (deleted !== null) {
    const target = { ...file, contents: deleted.target };
    const carry = carryEdits(plan, target, deleted.base, owners, edited, generationsOf, definedAt, runtime);
    const text = carry.whole?.kind === 'sound' ? carry.whole.text : carry.carriedWhole.text;
    if (!namesAny(text, deleted.names)) return carry;
  }
  return carryEdits(plan, file, stainless, owners, edited, generationsOf, definedAt, runtime);
}

function carryEdits(
  plan: MigrationPlan,
  file: { path: string; contents: string },
  stainless: string,
  owners: string,
  edited: string,
  generationsOf: GenerationsOf,
  definedAt?: DefinedAt,
  runtime?: RuntimeClasses,
) {
  // (Headers of their own put before the client's defaults go before sdkgen's: default-header-entries.ts.)
  const headers = file.path.endsWith('.py') ? withDefaultHeaderEntries(stainless, owners, file.contents) : null;
  // (A method's `@overload` set they changed takes the place of sdkgen's whole: overload-sets.ts.)
  const moves = file.path.endsWith('.py')
    ? withOwnersOverloadSets(
        carryMemberMoves(headers?.base ?? stainless, owners, headers?.target ?? file.contents),
        owners,
      )
    : { base: stainless, target: file.contents, moved: 0, alreadyThere: 0 };
  // (Tables of pyproject.toml the owners moved are read where Stainless had them: moved-tables.ts.)
  const inPlace = file.path === 'pyproject.toml' ? ownersTablesInPlace(plan, moves.base, owners) : owners;
  // (Stainless's TOML comments that sdkgen's file words otherwise, read in sdkgen's words: comment-wording.ts.)
  const worded = file.path.endsWith('.toml') ? inSdkgenWords(moves.base, inPlace, moves.target, true) : null;
  const ownersInPlace = worded?.edited ?? inPlace;
  if (worded !== null) moves.base = worded.base;
  const carriedAsIs =
    (file.path.endsWith('.json') ? reapplyJsonEdits(stainless, owners, file.contents, file.path) : null) ??
    (LINE_SET_FILE.test(file.path) ? reapplyLineSetEdits(stainless, owners, file.contents) : null) ??
    placeInsertions(
      file.path,
      moves.base,
      (file.path.endsWith('.py') ? reapplyPythonEdits : reapplyEdits)(moves.base, ownersInPlace, moves.target, {
        markdown: file.path.endsWith('.md'),
        sections: !/(^|\/)api\.md$/.test(file.path),
        generated: generationsOf(file.path, moves.base, ownersInPlace),
        definedAt,
      }),
      ownersInPlace,
    );
  const carriedInto =
    file.path === 'pyproject.toml'
      ? // (A table they added that sdkgen's file declares too is declared once: tables-declared-twice.ts.)
        withTablesJoined(moves.target, intoTomlValues(moves.base, intoDevDependencies(moves.base, carriedAsIs)))
      : file.path.endsWith('.py')
        ? // (Their decorators of a method's test cases on its cases only sdkgen's module has: case-decorators.ts.)
          intoSdkgenModule(moves.base, moves.target, owners, {
            ...carriedAsIs,
            text: withOwnersCaseDecorators(file.path, moves.base, owners, carriedAsIs.text),
          })
        : carriedAsIs;
  const tables =
    file.path === 'pyproject.toml' ? withoutAbsentTableEdits(moves.base, file.contents, carriedInto) : null;
  for (const { table, hunks } of tables?.notApplying ?? [])
    plan.notApplicable.push({
      path: file.path,
      reason:
        `edits \`[${table}]\`, a table of Stainless's that sdkgen's pyproject.toml does not have (sdkgen's build ` +
        'and tools are set up without it): the edit has nothing there to change',
      hunks,
    });
  // (The owners' settings of their tools, key by key, where sdkgen lays a table out otherwise: tool-settings.ts.)
  const settled = tables ? withToolSettingsCarried(moves.base, owners, tables.carried) : null;
  const carriedWhole = settled ?? carriedInto;
  // Carried hunk by hunk, a module can lose what the owners' code in it needs: it is made whole, or not written so.
  // (Judged against all of their text: a name a left-out hunk bound is lost to the hunks still reading it.)
  const whole = file.path.endsWith('.py') ? soundPythonCarry(edited, carriedWhole, moves.target, runtime) : null;
  return { moves, carriedWhole, whole, toolSettings: settled?.toolSettings ?? null };
}

/**
 * sdkgen's module `target` with the owners' edits carried (`carried`) made whole from theirs (`edited`); null where
 * nothing was carried, or where sdkgen's own module is one this reading cannot follow (then it judges nothing).
 */
function soundPythonCarry(
  edited: string,
  carried: Reapplied,
  target: string,
  runtime?: RuntimeClasses,
): SoundCarry | null {
  if (carried.text === target || indentProblem(target) !== null) return null;
  return soundCarried(edited, carried.text, target, runtime);
}
