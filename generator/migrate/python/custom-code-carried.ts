/**
 * Stainless's bot commits each generation to main merged with the owners' code there (imagekit's `helper` property
 * in `_client.py`, re-laid by the bot's "speedup initial import"), while its `generated` branch keeps the pristine
 * output. A line such a commit added that the pristine output of its time lacks is the owners' code the merge
 * carried, not the generation's: it stays the owners' edit, to be carried onto sdkgen's file.
 */
import type { GenerationChanges } from '../repository/generations';
import { GENERATOR_BOT, git } from '../repository/stainless-repo';

const GENERATED_BRANCHES = ['generated', 'origin/generated'];
/** Seconds a generation's commit on the branch may follow its merge into main (clocks, retries). */
const GRACE = 600;

export function withoutCustomCodeCarried(dir: string, changes: GenerationChanges): GenerationChanges {
  if (changes.size === 0) return changes;
  const branch = GENERATED_BRANCHES.find((b) => git(dir, ['rev-parse', '--verify', '--quiet', b]).ok);
  if (branch === undefined) return changes;
  const time = (args: string[]) => Number(git(dir, ['log', '-1', '--format=%ct', ...args]).stdout.trim()) || 0;
  const botOnMain = time([
    '--no-merges',
    '--extended-regexp',
    '--regexp-ignore-case',
    `--author=${GENERATOR_BOT}`,
    'HEAD',
    '--',
  ]);
  // Where the owners' own automation commits generations to main (knock's, with the trailer), or the branch stopped
  // before main's last generation, main's generations are the only output there is.
  const byOwnersBot = time(['--no-merges', '--extended-regexp', '--grep=^Stainless-Generated-From:', 'HEAD', '--']);
  if (byOwnersBot > 0 || botOnMain === 0 || time([branch, '--']) < botOnMain) return changes;
  const pristine = git(dir, ['rev-list', '-1', `--before=@${botOnMain + GRACE}`, branch, '--']).stdout.trim();
  if (pristine === '') return changes;
  const filtered: GenerationChanges = new Map();
  for (const [file, lineChanges] of changes) {
    const shown = git(dir, ['show', `${pristine}:./${file}`]);
    const output = new Set(shown.ok ? shown.stdout.split('\n').map((line) => line.trim()) : []);
    filtered.set(file, { ...lineChanges, added: new Set([...lineChanges.added].filter((line) => output.has(line))) });
  }
  return filtered;
}
