/**
 * Who deleted a file of Stainless's base that the checkout no longer has: the owners, or a later generation of
 * Stainless's (one that stopped writing it, committed after the base the move measures against). Only the owners'
 * deletion is theirs to keep; a generation's is Stainless's output, which sdkgen's takes the place of.
 */
import { byGeneratorBot } from '../../repository/bot-commits';
import { coAuthoredByAPerson, CUSTOM_CODE_PATCH, git } from '../../repository/stainless-repo';

const GENERATED_BRANCHES = ['generated', 'origin/generated'];
const GENERATED_FROM_TRAILER = /^Stainless-Generated-From:/im;

/**
 * A test of `path` (relative to `dir`, the SDK's folder): true when the newest commit of HEAD's history that deleted it
 * is a generation. A generation is a commit of Stainless's `generated` branch, its bot's (unless a person co-authored
 * it, or it carries the owners' studio code), one with the `Stainless-Generated-From:` trailer, or one that changed
 * `.stats.yml` (which only a generation writes: a squash merge of the bot's pull request is one).
 */
export function deletedByGeneration(dir: string): (path: string) => boolean {
  const isGeneration = generationTest(dir);
  const cache = new Map<string, boolean>();
  return (path) => {
    const known = cache.get(path);
    if (known !== undefined) return known;
    const commit = git(dir, ['log', '-1', '--format=%H', '--diff-filter=D', 'HEAD', '--', `./${path}`]).stdout.trim();
    const byGeneration = commit !== '' && isGeneration(commit);
    cache.set(path, byGeneration);
    return byGeneration;
  };
}

/**
 * Whether a commit of the repository at `dir` is a generation of Stainless's (as `deletedByGeneration` says; with
 * `byStats` false, not one merely because it changed `.stats.yml`: a local build of Stainless's CLI writes it too).
 */
export function generationTest(dir: string, byStats = true): (commit: string) => boolean {
  const branches = GENERATED_BRANCHES.filter((b) => git(dir, ['rev-parse', '--verify', '--quiet', b]).ok);
  return (commit: string): boolean => {
    const [author = '', email = '', message = ''] = git(dir, [
      'show',
      '-s',
      '--format=%an%x00%ae%x00%B',
      commit,
    ]).stdout.split('\0');
    if (CUSTOM_CODE_PATCH.test(message.trim())) return false;
    if (byGeneratorBot(author, email) && !coAuthoredByAPerson(message)) return true;
    if (GENERATED_FROM_TRAILER.test(message)) return true;
    if (branches.some((branch) => git(dir, ['merge-base', '--is-ancestor', commit, branch]).ok)) return true;
    if (!byStats) return false;
    const changed = git(dir, ['show', '--format=', '--name-only', '--relative', commit]).stdout.split('\n');
    return changed.includes('.stats.yml');
  };
}
