/**
 * A base the owners committed themselves (`--base` naming their commit of a local build of Stainless's CLI, with
 * their notes, scripts and tooling committed beside it) holds files that are theirs. Taken as Stainless's, the move
 * would remove them, or write sdkgen's file over theirs. A file of such a base is told apart by what it is and by the
 * history of its path:
 *
 * - with Stainless's header, or in the package Stainless generated (not its `lib/`, the owners' folder, where
 *   Stainless writes only a placeholder): the build's, Stainless's;
 * - else, by the commit that last added the path in the base's history: a generation of Stainless's added it:
 *   Stainless's; a commit before the base that is no generation: the owners' (they committed it before the build);
 *   the base commit itself: Stainless's where Stainless's layout has such a file (a path sdkgen writes too, or the
 *   repository's machinery), else the owners'.
 *
 * A base that is a generation (Stainless's bot's commit, one naming its output in a trailer, one of the `generated`
 * branch), or one outside the checkout's history (stlc's sealed output), is Stainless's output alone: nothing of it is
 * the owners'.
 */
import { git, hasStainlessHeader } from '../../repository/stainless-repo';
import { generationTest } from './deleted-by-generation';
import { baseImportName } from './renamed-package';
import { packageDir } from '../../../emit/python/package-root';

type Base = { blobs: Map<string, string>; texts: Map<string, string>; commit?: string; since?: string };

/**
 * The paths of `base` that are the owners' (none when the base is a generation). `dir` is the SDK's folder;
 * `stainlessLayout` says whether Stainless's layout has a file at a path (sdkgen writes one there, or it is the
 * repository's machinery).
 */
export function ownersFilesInBase(dir: string, base: Base, stainlessLayout: (path: string) => boolean): Set<string> {
  const owners = new Set<string>();
  const commit = base.commit;
  if (commit === undefined || base.since !== undefined) return owners;
  if (!git(dir, ['merge-base', '--is-ancestor', commit, 'HEAD']).ok) return owners;
  const generation = generationTest(dir, false);
  const known = new Map<string, boolean>();
  const isGeneration = (sha: string): boolean => {
    if (!known.has(sha)) known.set(sha, generation(sha));
    return known.get(sha)!;
  };
  if (isGeneration(commit)) return owners;
  const name = baseImportName(base);
  const folder = name === null ? null : name === 'src' ? 'src/' : `${packageDir(name)}/`;
  for (const path of base.blobs.keys()) {
    const text = base.texts.get(path);
    if (text !== undefined && hasStainlessHeader(text)) continue;
    if (folder !== null && path.startsWith(folder)) {
      const inPackage = path.slice(folder.length);
      if (!/^lib\//.test(inPackage) || /(^|\/)\.(git)?keep$/.test(inPackage)) continue;
      owners.add(path);
      continue;
    }
    const adder = git(dir, ['log', '-1', '--format=%H', '--diff-filter=A', commit, '--', `./${path}`]).stdout.trim();
    if (adder === '' || isGeneration(adder)) continue;
    if (adder !== commit || !stainlessLayout(path)) owners.add(path);
  }
  return owners;
}

/** `base` without the files `owners` names. */
export function withoutOwnersFiles<B extends Base>(base: B, owners: Set<string>): B {
  if (owners.size === 0) return base;
  const blobs = new Map([...base.blobs].filter(([path]) => !owners.has(path)));
  const texts = new Map([...base.texts].filter(([path]) => !owners.has(path)));
  return { ...base, blobs, texts };
}
