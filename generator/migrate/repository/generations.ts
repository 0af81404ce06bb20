/**
 * Stainless's generations committed to the checkout's history after the base (its bot's, or an owner's bot's with
 * the `Stainless-Generated-From:` trailer): what they changed is Stainless's output, not the owners' hand edits.
 */
import { coAuthoredByAPerson, CUSTOM_CODE_PATCH, GENERATOR_BOT, git } from './stainless-repo';

/** What Stainless's generations after the base changed, file by file: the lines they added and removed. */
export type GenerationChanges = Map<string, LineChanges>;

/**
 * The changes of the commits on the checkout's history since `base` that are generations rather than hand edits:
 * the generator's bot's, and those carrying the `Stainless-Generated-From:` trailer (an owner's bot committing
 * Stainless's output to main after the `generated` branch stopped). Lines are compared without their indentation.
 * A commit that names a person as its co-author is not one: the bot's squash merge of a release pull request the
 * owners committed to (`release: 1.11.1` with their `fix: export signUserToken from package root`) carries their
 * edits with its own.
 */
export function generationsSince(dir: string, base: string): GenerationChanges {
  const changes: GenerationChanges = new Map();
  const commits = new Set(
    [
      ['--extended-regexp', '--regexp-ignore-case', `--author=${GENERATOR_BOT}`],
      ['--extended-regexp', '--grep=^Stainless-Generated-From:'],
    ].flatMap((filter) =>
      git(dir, ['log', ...filter, '--no-merges', '--format=%H%x00%B%x01', `${base}..HEAD`])
        .stdout.split('\x01')
        .map((entry) => entry.trim().split('\0'))
        .filter(
          ([commit, message]) =>
            commit !== '' && !coAuthoredByAPerson(message ?? '') && !CUSTOM_CODE_PATCH.test(message ?? ''),
        )
        .map(([commit]) => commit),
    ),
  );
  for (const commit of commits) {
    const diff = git(dir, [
      'show',
      '--format=',
      '--unified=0',
      '--no-color',
      '--no-renames',
      '--relative',
      commit,
    ]).stdout;
    let file: { added: Set<string>; removed: Set<string> } | null = null;
    let inHeader = false;
    for (const line of diff.split('\n')) {
      if (line.startsWith('diff --git ')) [inHeader, file] = [true, null];
      else if (inHeader && line.startsWith('+++ b/')) {
        const path = line.slice('+++ b/'.length);
        file = changes.get(path) ?? { added: new Set(), removed: new Set() };
        changes.set(path, file);
      } else if (line.startsWith('@@')) inHeader = false;
      else if (!inHeader && file !== null && line.startsWith('+')) file.added.add(line.slice(1).trim());
      else if (!inHeader && file !== null && line.startsWith('-')) file.removed.add(line.slice(1).trim());
    }
  }
  return changes;
}

export type LineChanges = { added: Set<string>; removed: Set<string> };

/** Whether every line a hunk removes and adds (blank ones aside) is one a generation removed and added. */
export function madeBy(changes: LineChanges, removed: string[], added: string[]): boolean {
  const [gone, come] = [removed, added].map((lines) => lines.map((line) => line.trim()).filter((line) => line !== ''));
  return (
    gone.length + come.length > 0 &&
    gone.every((line) => changes.removed.has(line)) &&
    come.every((line) => changes.added.has(line))
  );
}

/** `madeBy` for a hunk printed as a unified diff. */
export function hunkMadeBy(hunk: string, changes: LineChanges): boolean {
  const lines = hunk.split('\n').filter((line) => /^[-+]/.test(line));
  return madeBy(
    changes,
    lines.filter((line) => line[0] === '-').map((line) => line.slice(1)),
    lines.filter((line) => line[0] === '+').map((line) => line.slice(1)),
  );
}
