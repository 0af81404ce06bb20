/**
 * The folder each command of a shell script (or of a workflow's `run:` step) runs in, following its `cd`s as the
 * shell does: `cd scripts` moves the commands after it (on its line after `&&` or `;`, and on the lines below) to
 * scripts/; `cd ..` back; a `cd` inside a subshell, `( cd scripts && ./mock )`, lasts to the end of the subshell;
 * `pushd`/`popd` move and come back; `cd -` goes back to the folder before; a function's body (on one line, or below
 * its header) is read where it is written, and its `cd` moves nothing after it. After a `cd` in a branch (`if`,
 * `case`, a loop's body) or after `&&` or `||`, which may not run, the shell is in either folder. A `cd` whose folder is not known (an
 * absolute path, `$HOME`, a variable) or outside the repository leaves the commands after it out, up to the end of
 * its subshell. A `cd` in a command substitution (`$(cd "$dir" && pwd)`) moves nothing. Pure helpers of
 * owners/removed-calls.ts.
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

/**
 * A piece of a line: a command between separators, the start or end of a subshell, or a here-document its commands
 * read (`<<EOF`: the lines below it, up to `delimiter`, are its text, not commands).
 */
type Piece =
  | { kind: 'command'; start: number; end: number }
  | { kind: 'open' | 'close'; at: number }
  | { kind: 'heredoc'; delimiter: string; stripTabs: boolean };

/**
 * The commands of a line, split where the shell splits them (`&&`, `||`, `;`, `|`, `&`) and at the parentheses of
 * a subshell; quotes, command substitutions and a trailing comment are read as one word. `depth` is the subshells
 * the line starts in (a `)` closes one only then). `casePattern`: the line starts with a `case` item's pattern, whose
 * parentheses (`(start)`, `start)`) open and close no subshell; so does the one after `;;` when `inCase`.
 */
export function piecesOf(line: string, depth: number, inCase = false, casePattern = false): Piece[] {
  const pieces: Piece[] = [];
  const contexts: Array<"'" | '"' | '`' | '$(' | '('> = [];
  let start = 0;
  let atPattern = casePattern;
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
    } else if (c === '<' && line[i + 1] === '<') {
      const heredoc = arithmetic(line.slice(start, i), line.slice(0, i)) ? null : HEREDOC.exec(line.slice(i));
      if (heredoc !== null) {
        pieces.push({ kind: 'heredoc', delimiter: heredoc[2].replace(/["'\\]/g, ''), stripTabs: heredoc[1] === '-' });
        i += heredoc[0].length - 1;
      } else i += line[i + 2] === '<' ? 2 : 1;
    } else if (c === '&' && (/[<>]/.test(line[i - 1] ?? '') || line[i + 1] === '>')) continue;
    else if (c === '&' || c === '|' || c === ';') {
      cut(i);
      // `;;` (`;&`, `;;&`) ends a `case` item: a pattern follows.
      if (inCase && c === ';' && (line[i + 1] === ';' || line[i + 1] === '&')) atPattern = true;
      if (line[i + 1] === c) i++;
      start = i + 1;
    } else if (atPattern && (c === '(' || c === ')') && !/^esac\b/.test(line.slice(start, i).trim())) {
      // A pattern's parentheses: its `)` ends it.
      if (c === ')') atPattern = false;
    } else if (c === '(' && line.slice(start, i).trim() === '') {
      pieces.push({ kind: 'open', at: i });
      depth++;
      start = i + 1;
    } else if (c === ')' && depth > 0) {
      cut(i);
      pieces.push({ kind: 'close', at: i });
      depth--;
      start = i + 1;
    }
  }
  cut(line.length);
  return pieces;
}

/**
 * A here-document's operator and delimiter word (`<<EOF`, `<<-'END'`, `<< "EOF"`, `<<\\EOF`): quoted or escaped, the
 * word is its quotes' text. `<<<` (a here-string) is none.
 */
const HEREDOC = /^<<(?!<)(-?)[ \t]*((?:'[^']*'|"[^"]*"|\\.|[^\s;&|()<>'"\\])+)/;

/** Whether a command so far (of a line so far) is arithmetic, where `<<` shifts: `let …`, in `(( … ))`. */
const arithmetic = (command: string, line: string) => /^\s*let\s/.test(command) || /\(\((?![^]*\)\))/.test(line);

/**
 * A word that opens or closes a block of the shell, or goes between its parts (`if`, `then`, `fi`, `{`), at the start
 * of a command; `!` negates the command after it.
 */
const KEYWORD = /^(if|then|elif|else|fi|while|until|for|select|do|done|case|esac|!|\{|\})(?=\s|;|$)\s*/;

/** A function's header, with the `{` that opens its body (`publish() {`, `function publish {`). */
const FUNCTION_OPEN = /^(?:function\s+[\w:.-]+(?:\s*\(\))?|[\w:.-]+\s*\(\))\s*\{(?=\s|$)\s*/;
/** A function's header alone on its line: its `{` is on the line below. */
const FUNCTION_HEADER = /^\s*(?:function\s+[\w:.-]+(?:\s*\(\))?|[\w:.-]+\s*\(\))\s*(#.*)?$/;
/** A pattern of a `case` item, before its commands: `publish)`, `-h|--help)` (the `|` splits it: its last part). */
const CASE_PATTERN = /^\(?[^\s()]*\)\s*/;
const PATTERN_PART = /^\(?[^\s()]+$/;
/** What a `case` tests, and its `in`: `"$1" in`. */
const CASE_SUBJECT = /^(?:"[^"]*"|'[^']*'|\S+)\s+in(?:\s+|$)/;

/** Where the shell is: its folder (null: not known), the folder before it, and what `pushd` put aside. */
interface Place {
  dir: string | null;
  previous: string | null;
  pushed: Array<string | null>;
}

/**
 * A block the shell is in, with where it may be: at its start (`saved`: a function's caller), once its condition ran
 * (`entry`: after `then`, `do`, or `case … in`), and at the end of each branch it left (`ends`).
 */
interface Block {
  kind: 'function' | 'group' | 'if' | 'loop' | 'case';
  saved: Place[];
  entry: Place[] | null;
  ends: Place[];
  /** An `if` with an `else` runs one of its branches; one without may run none. */
  hasElse: boolean;
  /** A `case` whose next word is an item's pattern (after `in` or `;;`). */
  atPattern: boolean;
}

/** Each place once. */
const distinct = (places: Place[]): Place[] => [
  ...new Map(places.map((p) => [JSON.stringify([p.dir, p.previous, p.pushed]), p])).values(),
];

/**
 * The commands of `lines` (each with its line number), run from `dir` (a workflow step's folder, a script's callers'),
 * each with the folder it runs in; a command's text is its line's, or the part of it run in one folder. After a `cd`
 * in a branch (`if`, `case`, a loop's body) the shell may be in either folder: the commands after the block are read
 * in each, one command a folder. `folders`: a script's own folder, and the variables holding one that `track` sets
 * from each command (a workflow has none).
 */
export function commandsWithFolders(
  lines: Array<{ line: number; text: string }>,
  dir: string,
  folders?: { start: ScriptFolders; track: (command: string, folders: ScriptFolders) => ScriptFolders },
): FolderCommand[] {
  const commands: FolderCommand[] = [];
  let places: Place[] = [{ dir, previous: null, pushed: [] }];
  const subshells: Array<{ places: Place[]; listStart: Place[] | null }> = [];
  // Where the shell was before a cd that runs only if the command before it succeeded or failed (`[ -d site ] && cd
  // site`): once the list of commands joined by `&&` and `||` ends, it is in either folder.
  let listStart: Place[] | null = null;
  let lastMoved = false;
  const endList = () => {
    if (listStart !== null) places = distinct([...listStart, ...places]);
    listStart = null;
  };
  const blocks: Block[] = [];
  // A function's header whose `{` is on the next line.
  let headerAbove = false;
  let scriptFolders = folders?.start;
  const open = (kind: Block['kind'], entry: Place[] | null = null) =>
    blocks.push({ kind, saved: places, entry, ends: [], hasElse: false, atPattern: kind === 'case' });
  /** Closes the innermost block of `kinds` (and any left open in it): where the shell may be after it. */
  const close = (...kinds: Array<Block['kind']>) => {
    let at = blocks.length - 1;
    while (at >= 0 && !kinds.includes(blocks[at].kind)) at--;
    if (at < 0) return;
    const block = blocks[at];
    blocks.length = at;
    if (block.kind === 'function') places = block.saved;
    else if (block.kind !== 'group') {
      const skipped = block.kind === 'if' && block.hasElse ? [] : (block.entry ?? block.saved);
      places = distinct([...skipped, ...block.ends, ...places]);
    }
  };
  /** The command after the block words it starts with, each applied. */
  const afterKeywords = (command: string): string => {
    for (;;) {
      const header = FUNCTION_OPEN.exec(command);
      if (header !== null) {
        open('function');
        command = command.slice(header[0].length);
        continue;
      }
      const caseBlock = blocks.at(-1)?.kind === 'case' ? blocks.at(-1)! : undefined;
      const pattern = caseBlock?.atPattern && !/^esac\b/.test(command) ? CASE_PATTERN.exec(command) : null;
      // A new item runs from where the `case` started; `-h|--help)` is split at its `|`: `-h` is of its pattern too.
      const part = caseBlock?.atPattern === true && !/^esac\b/.test(command) && PATTERN_PART.test(command);
      if (caseBlock !== undefined && (pattern !== null || part)) {
        caseBlock.atPattern = part;
        caseBlock.ends.push(...places);
        places = caseBlock.entry!;
        command = part ? '' : command.slice(pattern![0].length);
        continue;
      }
      const word = KEYWORD.exec(command);
      if (word === null) return command;
      command = command.slice(word[0].length);
      const block = blocks.at(-1);
      switch (word[1]) {
        case 'if':
          open('if');
          break;
        case 'while':
        case 'until':
          open('loop');
          break;
        case 'for':
        case 'select':
          open('loop');
          return ''; // `for x in a b`: its words are no command
        case 'case': {
          open('case', places);
          // `case "$1" in docs) cd docs ;; …`: an item may follow its `in` on the line.
          const subject = CASE_SUBJECT.exec(command);
          if (subject === null) return '';
          command = command.slice(subject[0].length);
          break;
        }
        case 'then':
        case 'do':
          if (block !== undefined && block.entry === null) block.entry = places;
          break;
        case 'elif':
        case 'else':
          if (block?.kind === 'if') {
            block.ends.push(...places);
            places = block.entry ?? places;
            block.hasElse ||= word[1] === 'else';
          }
          break;
        case 'fi':
          close('if');
          return '';
        case 'done':
          close('loop');
          return '';
        case 'esac':
          close('case');
          return '';
        case '{':
          open(headerAbove ? 'function' : 'group');
          headerAbove = false;
          break;
        case '}':
          close('function', 'group');
          return '';
      }
    }
  };
  // The here-documents whose text the lines below are (`cat > .npmrc <<EOF`), in order: each ends at its delimiter.
  const heredocs: Array<{ delimiter: string; stripTabs: boolean }> = [];
  for (const { line, text } of lines) {
    if (heredocs.length > 0) {
      const { delimiter, stripTabs } = heredocs[0];
      const written = text.replace(/\r$/, '');
      if ((stripTabs ? written.replace(/^\t+/, '') : written) === delimiter) heredocs.shift();
      continue;
    }
    if (FUNCTION_HEADER.test(text)) {
      headerAbove = true;
      continue;
    }
    // The commands of the line run in the same folders are one command, as written: from `start` to `end`.
    let group: { start: number; end: number; dirs: string[]; folders?: ScriptFolders } | null = null;
    const flush = () => {
      if (group !== null)
        for (const dir of group.dirs)
          commands.push({ line, text: text.slice(group.start, group.end), dir, folders: group.folders });
      group = null;
    };
    let previousEnd = 0;
    const inCase = blocks.at(-1)?.kind === 'case';
    for (const piece of piecesOf(text, subshells.length, inCase, inCase && blocks.at(-1)!.atPattern)) {
      if (piece.kind === 'heredoc') {
        heredocs.push(piece);
        continue;
      }
      if (piece.kind !== 'command') {
        if (piece.kind === 'open') {
          subshells.push({ places, listStart });
          listStart = null;
          lastMoved = false;
        } else ({ places, listStart } = subshells.pop() ?? { places, listStart });
        previousEnd = piece.at + 1;
        continue;
      }
      const separator = text.slice(previousEnd, piece.start);
      const inList = /&&|\|\|/.test(separator);
      if (!inList) endList();
      const caseBlock = blocks.at(-1);
      if (caseBlock?.kind === 'case' && separator.includes(';;')) caseBlock.atPattern = true;
      previousEnd = piece.end;
      // The command without the block words before it (`then ./scripts/pack`): from `start` to `end`.
      const written = text.slice(piece.start, piece.end).trimEnd();
      const command = afterKeywords(written.trim()).trim();
      const [start, end] = [piece.start + written.length - command.length, piece.start + written.length];
      if (command === '') continue;
      headerAbove = false;
      const moved = places.map((place) => moveBy(command, place, scriptFolders));
      const dirs = [...new Set(places.flatMap((place) => (place.dir === null ? [] : [place.dir])))];
      const afterKeyword = start > piece.start + written.length - written.trimStart().length;
      if (moved[0] !== null || afterKeyword || (group !== null && group.dirs.join('\0') !== dirs.join('\0'))) flush();
      if (moved[0] !== null && inList && !lastMoved) listStart ??= places;
      lastMoved = moved[0] !== null;
      if (moved[0] !== null) places = distinct(moved as Place[]);
      else if (dirs.length > 0) {
        group ??= { start, end, dirs, folders: scriptFolders };
        group.end = end;
        if (folders !== undefined && scriptFolders !== undefined) scriptFolders = folders.track(command, scriptFolders);
      }
    }
    const rest = text.slice(previousEnd).replace(/(^|\s)#.*$/, '');
    const caseBlock = blocks.at(-1);
    if (caseBlock?.kind === 'case' && rest.includes(';;')) caseBlock.atPattern = true;
    // A line ends its list, but where it goes on below (`[ -d site ] &&`, a `\`).
    if (!/(&&|\|\||\\)\s*$/.test(rest)) endList();
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
