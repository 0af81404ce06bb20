/**
 * The folder each command of a shell script (or of a workflow's `run:` step) runs in, following its `cd`s as the
 * shell does: `cd scripts` moves the commands after it (on its line after `&&` or `;`, and on the lines below) to
 * scripts/; `cd ..` back; a `cd` inside a subshell, `( cd scripts && ./mock )`, lasts to the end of the subshell;
 * `pushd`/`popd` move and come back; `cd -` goes back to the folder before; a function's body is read where it is
 * written, and its `cd` moves nothing after it. A `cd` whose folder is not known (an
 * absolute path, `$HOME`, a variable) or outside the repository leaves the commands after it out, up to the end of
 * its subshell. A `cd` in a command substitution (`$(cd "$dir" && pwd)`) moves nothing. Pure helpers of
 * removed-calls.ts.
 */
import { folderValue, joinPath, type ScriptFolders } from './script-paths';

/** A command of a script, with the folder it runs in from the repository's root (`''`: the root). */
export interface FolderCommand {
  /** Its line in the file, from 1. */
  line: number;
  text: string;
  dir: string;
  /** In a script, its own folder and the variables holding one found from it. */
  folders?: ScriptFolders;
}

/** A piece of a line: a command between separators, or the start or end of a subshell. */
type Piece = { kind: 'command'; start: number; end: number } | { kind: 'open' } | { kind: 'close' };

/**
 * The commands of a line, split where the shell splits them (`&&`, `||`, `;`, `|`, `&`) and at the parentheses of
 * a subshell; quotes, command substitutions and a trailing comment are read as one word. `depth` is the subshells
 * the line starts in (a `)` closes one only then).
 */
export function piecesOf(line: string, depth: number): Piece[] {
  const pieces: Piece[] = [];
  const contexts: Array<"'" | '"' | '`' | '$(' | '('> = [];
  let start = 0;
  const cut = (end: number) => {
    if (line.slice(start, end).trim() !== '') pieces.push({ kind: 'command', start, end });
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const inner = contexts.at(-1);
    if (inner === "'") {
      if (c === "'") contexts.pop();
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (inner === '`') {
      if (c === '`') contexts.pop();
      continue;
    }
    if (c === '$' && line[i + 1] === '(') {
      contexts.push('$(');
      i++;
    } else if (c === '`') contexts.push('`');
    else if (c === '"') {
      if (inner === '"') contexts.pop();
      else contexts.push('"');
    } else if (inner === '"') continue;
    else if (c === "'") contexts.push("'");
    else if (inner !== undefined) {
      // In a command substitution: its own parentheses nest.
      if (c === '(') contexts.push('(');
      else if (c === ')') contexts.pop();
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      cut(i);
      return pieces;
    } else if (c === '&' && (/[<>]/.test(line[i - 1] ?? '') || line[i + 1] === '>')) continue;
    else if (c === '&' || c === '|' || c === ';') {
      cut(i);
      if (line[i + 1] === c) i++;
      start = i + 1;
    } else if (c === '(' && line.slice(start, i).trim() === '') {
      pieces.push({ kind: 'open' });
      depth++;
      start = i + 1;
    } else if (c === ')' && depth > 0) {
      cut(i);
      pieces.push({ kind: 'close' });
      depth--;
      start = i + 1;
    }
  }
  cut(line.length);
  return pieces;
}

/** Words that start a command without being one (`if cd scripts; then`, `{ cd x; }`). */
const KEYWORDS = /^(?:(?:if|then|else|elif|do|while|until|!|\{)\s+)+/;

/** The first line of a function that goes on below it: `publish() {`, `function publish {`. */
const FUNCTION_START = /^\s*(?:function\s+[\w:.-]+(?:\s*\(\))?|[\w:.-]+\s*\(\))\s*\{\s*(#.*)?$/;

/** Where the shell is: its folder (null: not known), the folder before it, and what `pushd` put aside. */
interface Place {
  dir: string | null;
  previous: string | null;
  pushed: Array<string | null>;
}

/**
 * The commands of `lines` (each with its line number), run from `dir` (a workflow step's folder, a script's callers'),
 * each with the folder it runs in; a command's text is its line's, or the part of it run in one folder. `folders`:
 * a script's own folder, and the variables holding one that `track` sets from each command (a workflow has none).
 */
export function commandsWithFolders(
  lines: Array<{ line: number; text: string }>,
  dir: string,
  folders?: { start: ScriptFolders; track: (command: string, folders: ScriptFolders) => ScriptFolders },
): FolderCommand[] {
  const commands: FolderCommand[] = [];
  let place: Place = { dir, previous: null, pushed: [] };
  const subshells: Place[] = [];
  // A function's `cd` moves where it is called, which is not followed: its body is read where it is defined, and
  // the commands after it where they were (`publish() {` on its line, to a `}` on its own).
  const functions: Place[] = [];
  let scriptFolders = folders?.start;
  for (const { line, text } of lines) {
    if (FUNCTION_START.test(text)) functions.push(place);
    else if (/^\s*\}\s*(#.*)?$/.test(text) && functions.length > 0) {
      place = functions.pop()!;
      continue;
    }
    // The commands of the line run in one folder are one command, as written: from `start` to `end`.
    let group: { start: number; end: number; dir: string; folders?: ScriptFolders } | null = null;
    const flush = () => {
      if (group !== null)
        commands.push({ line, text: text.slice(group.start, group.end), dir: group.dir, folders: group.folders });
      group = null;
    };
    for (const piece of piecesOf(text, subshells.length)) {
      if (piece.kind === 'open') {
        subshells.push(place);
        place = { ...place, pushed: [...place.pushed] };
        continue;
      }
      if (piece.kind === 'close') {
        place = subshells.pop() ?? place;
        continue;
      }
      const command = text.slice(piece.start, piece.end).replace(KEYWORDS, '').trim();
      const moved = moveBy(command, place, scriptFolders);
      if (moved !== null || place.dir === null || (group !== null && group.dir !== place.dir)) flush();
      if (moved !== null) place = moved;
      else if (place.dir !== null) {
        group ??= { start: piece.start, end: piece.end, dir: place.dir, folders: scriptFolders };
        group.end = piece.end;
        if (folders !== undefined && scriptFolders !== undefined) scriptFolders = folders.track(command, scriptFolders);
      }
    }
    flush();
  }
  return commands;
}

/** Where a `cd`, `pushd` or `popd` leads from `place`; null for any other command. */
function moveBy(command: string, place: Place, folders: ScriptFolders | undefined): Place | null {
  const words = /^(cd|pushd|popd)(?:\s+|$)(.*)$/.exec(command);
  if (words === null) return null;
  const [, verb, rest] = words;
  if (verb === 'popd') {
    const pushed = [...place.pushed];
    return pushed.length === 0 ? { ...place, dir: null } : { dir: pushed.pop()!, previous: place.dir, pushed };
  }
  // Its folder, without its flags and redirections (`pushd scripts >/dev/null`).
  const target = rest
    .replace(/^(?:-[LPe@]+\s+)*(?:--\s+)?/, '')
    .replace(/(^|\s+)\d*[<>].*$/, '')
    .trim();
  const to = target === '-' && verb === 'cd' ? place.previous : folderOf(target, place.dir, folders);
  return {
    dir: to,
    previous: place.dir,
    pushed: verb === 'pushd' ? [...place.pushed, place.dir] : place.pushed,
  };
}

/**
 * The folder a `cd` names, from the repository's root: one found from the script's own (`"$(dirname "$0")/.."`,
 * `"$ROOT"`), or a relative path written out (`scripts`, `"../site"`) from where the shell is; else null.
 */
function folderOf(target: string, dir: string | null, folders: ScriptFolders | undefined): string | null {
  if (target === '') return null;
  if (folders !== undefined) {
    const found = folderValue(target, folders);
    if (found !== null) return found;
  }
  const written = /^(["']?)([\w.@/-]+)\1$/.exec(target)?.[2];
  if (written === undefined || written.startsWith('/') || dir === null) return null;
  return joinPath(dir, written);
}

/** The folders below the root that are packages of their own (a package.json of theirs), of a repository's paths. */
export const packageFolders = (paths: readonly string[]): string[] =>
  paths
    .filter((path) => path.endsWith('/package.json') && !/(^|\/)node_modules\//.test(path))
    .map((path) => path.slice(0, path.lastIndexOf('/')));

/**
 * Whether a command run in `dir` runs the root's package (its package.json scripts, its installed bins), as npm,
 * pnpm and Yarn find the nearest package.json above it: `dir` is in no folder of `packages` (packageFolders).
 */
export const inRootPackage = (dir: string, packages: readonly string[]): boolean =>
  !packages.some((folder) => dir === folder || dir.startsWith(`${folder}/`));
