/**
 * The owners' edits of Stainless's files that go (planPythonMigration's candidates), read for their tests: the test
 * functions they changed or added in Stainless's tests of its runtime (changed-tests.ts) are theirs, carried whole at
 * that path where what they import is there (carried-tests.ts); Stainless's modules they import, which sdkgen writes
 * none of, stay with them (owners/modules-for-tests.ts), marked in `stays`.
 */
import type { RepoFile } from '../../repository/checkout-files';
import { commentsOnlyChanged } from '../already-done/comment-only';
import { stainlessModulesForTests } from '../owners/modules-for-tests';
import { changedTests, type ChangedTests } from './changed-tests';
import { ownersTests, type OwnersTests } from './carried-tests';

export interface StainlessFileEdit {
  pristine: string;
  tests: ChangedTests | null;
  theirs: OwnersTests | null;
}

/** Each edited candidate that does not stay, by path: Stainless's text, the tests changed and what is theirs. */
export function stainlessFileEdits(
  candidates: readonly RepoFile[],
  stays: Map<string, 'imported' | 'called' | 'read'>,
  files: {
    pristine: (path: string) => string | undefined;
    editedSinceStainless: (file: RepoFile) => boolean;
    importName: string;
    /** A module's text in the migrated repository: sdkgen's (with the owners' edits), or a file that stays. */
    finalText: (path: string) => string | null;
  },
): Map<string, StainlessFileEdit> {
  const { importName, finalText } = files;
  const candidateText = new Map(candidates.map((f) => [f.path, f.text]));
  const goingText = (path: string) => (stays.has(path) ? null : (candidateText.get(path) ?? null));
  const edits = new Map<string, StainlessFileEdit>();
  for (const file of candidates) {
    const pristine = files.pristine(file.path);
    if (stays.has(file.path) || !files.editedSinceStainless(file) || pristine === undefined) continue;
    if (file.text === null || pristine === file.text) continue;
    const tests =
      /^tests\/(?!api_resources\/)/.test(file.path) &&
      !(file.path.endsWith('.py') && commentsOnlyChanged(pristine, file.text))
        ? changedTests(pristine, file.text)
        : null;
    let theirs =
      tests && file.path.endsWith('.py')
        ? ownersTests(file.path, file.text, tests, importName, (p) => finalText(p) ?? goingText(p))
        : null;
    if (theirs?.kind === 'carried') {
      const needed = stainlessModulesForTests(theirs.modules, importName, finalText, goingText);
      if (needed.kind === 'kept') for (const module of needed.modules) stays.set(module, 'imported');
      else theirs = { kind: 'conflict', functions: theirs.functions, unresolved: needed.missing };
    }
    edits.set(file.path, { pristine, tests, theirs });
  }
  return edits;
}
