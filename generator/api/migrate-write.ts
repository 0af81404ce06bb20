/**
 * Writing a migration into the repository (api/migrate.ts): Stainless's files that go are removed, every file is
 * staged under a temporary name and renamed into place, and the manifest goes last.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationPlan } from '../migrate/plan';
import { git } from '../migrate/repository/stainless-repo';
import { MANIFEST_PATH } from '../write/manifest';
import { pristinePath } from '../write/pristine';
import { fileMode } from '../write/write';

/**
 * Stainless's files go first (git keeps them: the repository was clean); then every file is staged under a
 * temporary name and renamed into place once all are staged, and the manifest goes last, so an interrupted run
 * leaves a repository `git checkout -- .` restores, never a half-written file.
 */
export function writeMigration(
  repo: string,
  plan: MigrationPlan,
  manifest: () => string,
  own: Array<{ path: string; contents: string }>,
): void {
  for (const file of plan.removed) {
    rmSync(path.join(repo, file), { force: true });
    removeEmptyParents(repo, path.dirname(file));
  }
  // Removed files leave the index too, as `git rm` would: `git status` shows the migration as it is.
  if (plan.removed.length > 0) git(repo, ['rm', '--cached', '--quiet', '--ignore-unmatch', '--', ...plan.removed]);
  const tag = randomBytes(4).toString('hex');
  const generatedText = new Map(plan.generated.map((f) => [f.path, f.contents]));
  // One write a path, the last the plan holds (as its readers take it): two staged at one temporary name, the second
  // rename found nothing. `own`: files written once for the owners (the derived config), not in the manifest.
  const writes = [...new Map(plan.writes.map((file) => [file.path, file])).values()];
  const files = [...writes, ...own];
  // sdkgen's own text of a file written with the owners' edits is kept as the base of the next merge.
  for (const file of writes) {
    const own = generatedText.get(file.path);
    if (own !== undefined && own !== file.contents) files.push({ path: pristinePath(file.path), contents: own });
  }
  const staged: Array<{ temp: string; target: string }> = [];
  try {
    for (const file of files) {
      const target = path.join(repo, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      const temp = `${target}.sdkgen-${tag}.tmp`;
      writeFileSync(temp, file.contents, { mode: fileMode(file.path) });
      staged.push({ temp, target });
    }
  } catch (error) {
    for (const s of staged) rmSync(s.temp, { force: true });
    throw error;
  }
  for (const s of staged) renameSync(s.temp, s.target);
  mkdirSync(path.join(repo, path.dirname(MANIFEST_PATH)), { recursive: true });
  writeFileSync(path.join(repo, MANIFEST_PATH), manifest());
}

function removeEmptyParents(root: string, dir: string): void {
  for (let current = dir; current && current !== '.' && current !== '/'; current = path.dirname(current)) {
    try {
      rmdirSync(path.join(root, current));
    } catch {
      return;
    }
  }
}
