/**
 * Stainless's bot commits each generation to main merged with the owners' code there (imagekit's `helper` property
 * in `_client.py`, re-laid by the bot's "speedup initial import"), while its `generated` branch keeps the pristine
 * output. A line such a commit added that the pristine output of its time lacks is the owners' code the merge
 * carried, not the generation's: it stays the owners' edit, to be carried onto sdkgen's file.
 */
import { pathInPackage } from '../../../emit/python/package-root';
import type { GenerationChanges } from '../../repository/generations';
import { GENERATOR_BOT, git, readBlobs } from '../../repository/stainless-repo';

const GENERATED_BRANCHES = ['generated', 'origin/generated'];
/** Seconds a generation's commit on the branch may follow its merge into main (clocks, retries). */
const GRACE = 600;

export function withoutCustomCodeCarried(
  dir: string,
  changes: GenerationChanges,
  importName: string,
): GenerationChanges {
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
  const ownersNames = ownersModuleNames(dir, pristine, importName);
  const filtered: GenerationChanges = new Map();
  // (Each file's pristine text in one git process: one a file took a minute on agentex's 500 files.)
  const pristineTexts = readBlobs(
    dir,
    [...changes.keys()].map((file) => [file, `${pristine}:./${file}`]),
  );
  for (const [file, lineChanges] of changes) {
    const shown = pristineTexts.get(file);
    const output = new Set(shown !== undefined ? shown.split('\n').map((line) => line.trim()) : []);
    const botOnly = lineChanges.botOnly && [...lineChanges.botOnly].filter((line) => !ownersNames(line));
    filtered.set(file, {
      ...lineChanges,
      added: new Set([...lineChanges.added].filter((line) => output.has(line))),
      ...(botOnly ? { botOnly: new Set(botOnly) } : {}),
    });
  }
  return filtered;
}

/**
 * Whether a line names a module of the package that the checkout has and the pristine output of its time lacks (the
 * custom code's module: runway's `resources/uploads.py`), by its dotted path or a class or function it declares. The
 * bot's own commit re-laying the client around that code (runway's "speedup initial import", a month after its twin on
 * `generated`, so no twin of it is found) wrote such lines only on main: they are not the output of any generation,
 * but the custom code's place in Stainless's modules, the owners' to carry.
 */
function ownersModuleNames(dir: string, pristine: string, importName: string): (line: string) => boolean {
  const list = (tree: string) =>
    git(dir, ['ls-tree', '-r', '--name-only', tree, '--', 'src'])
      .stdout.split('\n')
      .filter((path) => pathInPackage(path, importName)?.endsWith('.py') && !path.endsWith('/__init__.py'));
  const inPristine = new Set(list(pristine));
  const names = new Set<string>();
  const added = list('HEAD').filter((path) => !inPristine.has(path));
  const texts = readBlobs(
    dir,
    added.map((path) => [path, `HEAD:./${path}`]),
  );
  for (const path of added) {
    names.add(pathInPackage(path, importName)!.replace(/\.py$/, '').replace(/\//g, '.'));
    for (const [, name] of texts.get(path)?.matchAll(/^(?:class|def|async def)\s+(\w+)/gm) ?? [])
      if (!name.startsWith('_') && name.length > 3) names.add(name);
  }
  if (names.size === 0) return () => false;
  const escaped = [...names].map((name) => name.replace(/\./g, '\\.'));
  const named = new RegExp(`(?<!\\w)(?:${escaped.join('|')})(?!\\w)`);
  return (line) => named.test(line);
}
