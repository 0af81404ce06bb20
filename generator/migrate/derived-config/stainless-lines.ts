/**
 * The repository's api.md files as Stainless wrote them, for writing the config it was generated with: a line the
 * owners added by hand (a method or type they wrote themselves, listed beside Stainless's) names nothing Stainless's
 * config had. Made into a model or method of the written config, sdkgen would generate it and the owners' own code
 * would be carried over beside it, twice (together-typescript's `files.upload` and chat message types). A line of
 * Stainless's they changed or took out is Stainless's again.
 */
import { diffLines } from '../../diff/unified-diff';
import type { GenerationChanges } from '../repository/generations';
import type { RepoFile, StainlessBase } from '../repository/stainless-repo';

/** An api.md file: the root one, and those a resource has of its own (`src/resources/webhooks/api.md`). */
const API_MD = /(?:^|\/)api\.md$/;

/**
 * `files` with each api.md the base has as the base has it, but for what Stainless's later generations changed in
 * it (`generations`: the lines they added stay, those they removed stay out; lines compared without indentation).
 * Without a base, the files as they are.
 */
export function withStainlessApiMd(
  files: RepoFile[],
  base: Pick<StainlessBase, 'texts'> | null,
  generations: GenerationChanges | undefined,
): RepoFile[] {
  if (base === null) return files;
  return files.map((file) => {
    const theirs = base.texts.get(file.path);
    if (!API_MD.test(file.path) || file.text === null || theirs === undefined || theirs === file.text) return file;
    const changes = generations?.get(file.path);
    const kept = diffLines(theirs.split('\n'), file.text.split('\n')).filter((op) => {
      const line = op.text.trim();
      if (op.kind === ' ' || line === '') return true;
      // The base's line stays unless a generation removed it; a line since added, only if a generation added it.
      return op.kind === '-' ? !changes?.removed.has(line) : (changes?.added.has(line) ?? false);
    });
    return { ...file, text: kept.map((op) => op.text).join('\n') };
  });
}
