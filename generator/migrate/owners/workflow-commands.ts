/**
 * The commands a repository's workflows and shell scripts run, each with its line and the folder it runs in: what
 * removed-calls.ts reads for calls to what the migration removed.
 */
import { folderOf, folderValue, joinPath, type ScriptFolders } from '../package/script-paths';
import { commandsWithFolders, type FolderCommand } from '../package/shell-folders';

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');

/**
 * The commands of a workflow's `run:` steps, each with the folder it runs in: its step's, then where each `cd` leads
 * (package/shell-folders.ts). A step or job with an `if:` that runs it only in another repository than `repository`
 * (`github.repository == 'stainless-sdks/acme-typescript'`) is left out.
 */
export function workflowCommands(workflow: string, repository: string | null): FolderCommand[] {
  const lines = workflow.split('\n');
  const commands: FolderCommand[] = [];
  const elsewhere = elsewhereLines(lines, repository);
  // Where a step has no folder of its own, its job's `defaults:` (deeper, so found first), else the workflow's.
  const defaults = defaultDirectories(lines).sort((a, b) => b.indent - a.indent);
  for (let i = 0; i < lines.length; i++) {
    const run = /^(\s*(?:-\s+)?)run:\s*(.*)$/.exec(lines[i]);
    if (!run || elsewhere.has(i)) continue;
    const keyIndent = run[1].length;
    const step = stepDirectory(lines, i, keyIndent);
    const inherited = defaults.find((d) => d.start <= i && i < d.end);
    const dir = step !== undefined ? step : inherited === undefined ? '' : inherited.dir;
    const body: Array<{ line: number; text: string }> = [];
    if (/^[|>][-+]?\d*\s*(#.*)?$/.test(run[2])) {
      let end = i + 1;
      // The block's text is without its indentation (its first line's), as YAML reads it: a here-document's
      // delimiter is then alone on its line.
      let blockIndent: number | null = null;
      while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > keyIndent)) {
        if (lines[end].trim() !== '') blockIndent ??= indentOf(lines[end]);
        body.push({ line: end + 1, text: lines[end].slice(Math.min(blockIndent ?? 0, indentOf(lines[end]))) });
        end++;
      }
      i = end - 1;
    } else body.push({ line: i + 1, text: unquoted(run[2]) });
    if (dir !== null) commands.push(...commandsWithFolders(body, dir));
  }
  return commands;
}

/** A `run:` value on its line, without the quotes YAML may put around it. */
function unquoted(value: string): string {
  const v = value.trim();
  return /^(['"]).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** A directory a workflow gives as it is, normalised; null when it is an expression (`${{ matrix.dir }}`). */
function directory(value: string): string | null {
  const dir = unquoted(value);
  return dir.includes('${{') ? null : (joinPath('', dir) ?? null);
}

/**
 * The `defaults: run: working-directory:` of a workflow (at its top level: every job) and of its jobs, each with the
 * lines it holds for (`start` to before `end`) and its indent (a job's is deeper than the workflow's).
 */
function defaultDirectories(
  lines: string[],
): Array<{ start: number; end: number; indent: number; dir: string | null }> {
  const found: Array<{ start: number; end: number; indent: number; dir: string | null }> = [];
  const blockEnd = (from: number, indent: number) => {
    let end = from + 1;
    while (end < lines.length && !(isContent(lines[end]) && indentOf(lines[end]) <= indent)) end++;
    return end;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*defaults:\s*(#.*)?$/.test(lines[i])) continue;
    const indent = indentOf(lines[i]);
    const end = blockEnd(i, indent);
    const run = lines.slice(i + 1, end).findIndex((l) => /^\s*run:\s*(#.*)?$/.test(l)) + i + 1;
    if (run === i) continue;
    const wd = lines
      .slice(run + 1, blockEnd(run, indentOf(lines[run])))
      .map((l) => /^\s*working-directory:\s*(.+?)\s*$/.exec(l))
      .find((m) => m !== null);
    if (!wd) continue;
    // The workflow's, at its top level; else the job's, from its key to the next line indented no more than it.
    let owner = i;
    while (owner > 0 && !(isContent(lines[owner]) && indentOf(lines[owner]) < indent)) owner--;
    const scope =
      indent === 0 ? { start: 0, end: lines.length } : { start: owner, end: blockEnd(owner, indentOf(lines[owner])) };
    found.push({ ...scope, indent, dir: directory(wd[1]) });
  }
  return found;
}

/**
 * The folder a `run:` at line `at` runs in: its step's `working-directory:` (undefined when none), or null when that
 * is an expression.
 */
function stepDirectory(lines: string[], at: number, keyIndent: number): string | null | undefined {
  // The step: from its `- ` line to the next line indented less than its keys.
  let start = at;
  while (start > 0 && !/^\s*-\s/.test(lines[start]) && indentOf(lines[start]) >= keyIndent) start--;
  let end = at + 1;
  while (end < lines.length && !(isContent(lines[end]) && indentOf(lines[end]) < keyIndent)) end++;
  for (let i = start; i < end; i++) {
    const wd = /^\s*(?:-\s+)?working-directory:\s*(.+?)\s*$/.exec(lines[i]);
    if (wd && indentOf(lines[i].replace(/^(\s*)-\s+/, '$1  ')) === keyIndent) return directory(wd[1]);
  }
  return undefined;
}

/** The lines of steps and jobs whose `if:` runs them only in another repository. */
function elsewhereLines(lines: string[], repository: string | null): Set<number> {
  const skipped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const cond = /^(\s*(?:-\s+)?)if:\s*(.*)$/.exec(lines[i]);
    if (!cond) continue;
    const keyIndent = cond[1].length;
    // The condition, with the lines a block scalar (`if: >-`) continues it on.
    let expression = cond[2];
    for (let j = i + 1; j < lines.length && lines[j].trim() !== '' && indentOf(lines[j]) > keyIndent; j++)
      expression += ` ${lines[j].trim()}`;
    const named = /github\.repository\s*==\s*'([^']+)'/.exec(expression);
    if (!named || /!=|\|\|/.test(expression)) continue;
    if (repository !== null && named[1].toLowerCase() === repository.toLowerCase()) continue;
    // Its block: the step (`- if:`, or the `- ` line above) or the job (its key above), to the next line indented less.
    let start = i;
    if (!/^\s*-\s/.test(lines[i])) {
      while (start > 0 && !(isContent(lines[start - 1]) && indentOf(lines[start - 1]) < keyIndent)) start--;
      start = Math.max(0, start - 1);
    }
    let end = i + 1;
    while (end < lines.length && !(isContent(lines[end]) && indentOf(lines[end]) < keyIndent)) end++;
    for (let j = start; j < end; j++) skipped.add(j);
  }
  return skipped;
}

/**
 * The commands of a script of scripts/ or bin/ (a shell script: its `#!` line names a shell, or it has none and no
 * extension but `.sh`; another language's is read for none), each with the
 * folder it runs in: the repository's root, where its callers run it (`./scripts/ci/e2e.sh`), then where each `cd`
 * leads (package/shell-folders.ts): `cd "$(dirname "$0")/.."` is the root from a script of scripts/, `/../..` from one a
 * folder below; `cd "${0%/*}"`, `cd "$ROOT"` where `ROOT` holds such a folder; `cd scripts`, from where it is. Each
 * command has the folders it can name files from (ScriptFolders).
 */
export function scriptCommands(file: { path: string; text: string }): FolderCommand[] {
  const lines = file.text.split('\n');
  // Its `#!` line says what runs it (`#!/usr/bin/env node`: not a shell); without one, its name does.
  const shebang = /^#!/.test(lines[0] ?? '') ? lines[0] : null;
  const shell =
    shebang !== null ? /\b(ba|z|da|k)?sh\b/.test(shebang) : !/\.[a-z]+$/.test(file.path) || /\.sh$/.test(file.path);
  if (!shell) return [];
  const numbered = lines
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => isContent(text) && !/^\s*(\/\/|\*|\/\*)/.test(text));
  return commandsWithFolders(numbered, '', { start: { own: folderOf(file.path), variables: new Map() }, track });
}

/** A variable set to a folder found from the script's own holds it from here on; set to anything else, it does not. */
function track(command: string, folders: ScriptFolders): ScriptFolders {
  const assigned = ASSIGNMENT.exec(command);
  if (assigned === null) return folders;
  const variables = new Map(folders.variables);
  const value = folderValue(assigned[2], folders);
  if (value === null) variables.delete(assigned[1]);
  else variables.set(assigned[1], value);
  return { own: folders.own, variables };
}

/** A shell variable's assignment, alone: `ROOT="$(cd "$(dirname "$0")/.." && pwd)"`. */
const ASSIGNMENT = /^\s*(?:(?:export|readonly|local|declare(?:\s+-\w+)*)\s+)?([A-Za-z_]\w*)=(.*?)\s*$/;
