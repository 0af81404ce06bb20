/**
 * The paths a shell script names from its own folder: `"$(dirname "$0")/../mock"`, `"${0%/*}/x"`,
 * `$(dirname "${BASH_SOURCE[0]}")/x`, and through the variables it sets to such a folder
 * (`SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"`, then `"$SCRIPT_DIR/../mock"`), as paths from the repository's root.
 * Pure helpers of owners/removed-calls.ts.
 */

/** `dir` joined with a relative path, normalised; null when it leaves the repository. */
export function joinPath(dir: string, file: string): string | null {
  const parts: string[] = [];
  for (const part of [...dir.split('/'), ...file.split('/')]) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** The folder a file of the repository is in (`''`: the root). */
export const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/**
 * What a script knows of its own folder: the folder (`scripts/ci` for scripts/ci/e2e.sh), and the variables it set to
 * a folder found from it (`SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"`, then `ROOT="$SCRIPT_DIR/.."`),
 * each with that folder from the repository's root.
 */
export interface ScriptFolders {
  own: string;
  variables: ReadonlyMap<string, string>;
}

/** A folder found from the script's own, as withFolders writes it in a command: between these two characters. */
const [OPEN, CLOSE] = ['\u0001', '\u0002'];
const marked = (dir: string) => `${OPEN}${dir}${CLOSE}`;
/** The script's path, as the shell gives it. */
const SELF = String.raw`(?:\$0|\$\{0\}|\$BASH_SOURCE|\$\{BASH_SOURCE(?:\[0\])?\})`;
/** The script's own folder: `$(dirname "$0")`, `` `dirname $0` ``, `${0%/*}`, `$(dirname "${BASH_SOURCE[0]}")`. */
const OWN_FOLDER = new RegExp(
  String.raw`\$\(\s*dirname\s+(?:--\s+)?(["']?)${SELF}\1\s*\)|\`\s*dirname\s+(?:--\s+)?(["']?)${SELF}\2\s*\`|` +
    String.raw`\$\{(?:0|BASH_SOURCE(?:\[0\])?)%/\*\}`,
  'g',
);
/** A variable (`$ROOT`, `${ROOT}`). */
const VARIABLE = /\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g;
/** A folder made absolute: `$(cd "<folder>/.." && pwd)`. */
const ABSOLUTE =
  /\$\(\s*cd\s+(?:-P\s+)?(["']?)\u0001([^\u0002]*)\u0002(\/[\w.@/-]*)?\1\s*(?:&&|;)\s*pwd(?:\s+-P)?\s*\)/g;
/** A path below a folder found from the script's own: `<folder>/../mock`, `"<folder>"/utils/x.sh`. */
const BELOW = /\u0001([^\u0002]*)\u0002["']?(\/[\w.@/-]*[\w@])(?=$|[\s"';&|)<>`])/g;
/** A value that is such a folder, whole: `"<folder>/.."`. */
const FOLDER_VALUE = /^(["']?)\u0001([^\u0002]*)\u0002(\/[\w.@/-]*)?\1$/;

/** A command with each folder it finds from the script's own (through `$0` and the variables holding one) marked. */
export function withFolders(command: string, folders: ScriptFolders): string {
  let text = command
    .replace(OWN_FOLDER, marked(folders.own))
    .replace(VARIABLE, (variable, braced?: string, bare?: string) => {
      const dir = folders.variables.get(braced ?? bare ?? '');
      return dir === undefined ? variable : marked(dir);
    });
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(ABSOLUTE, (absolute, _quote, dir: string, rest?: string) => {
      const joined = joinPath(dir, rest ?? '');
      return joined === null ? absolute : marked(joined);
    });
  }
  return text;
}

/** The folder a value is (`"$(dirname "$0")/.."`, `$SCRIPT_DIR`) from the repository's root, or null. */
export function folderValue(value: string, folders: ScriptFolders): string | null {
  const m = FOLDER_VALUE.exec(withFolders(value.trim(), folders));
  return m === null ? null : joinPath(m[2], m[3] ?? '');
}

/** The files a command names from the script's own folder, from the repository's root. */
export function ownFolderPaths(command: string, folders: ScriptFolders): string[] {
  const paths: string[] = [];
  for (const m of withFolders(command, folders).matchAll(BELOW)) {
    const path = joinPath(m[1], m[2]);
    if (path !== null) paths.push(path);
  }
  return paths;
}

/** A word of a command withFolders marked (`"<folder>/../node_modules/.bin/biome"`) as a path from the root; else as it is. */
export function markedPath(word: string): string {
  const below = /^["']?\u0001([^\u0002]*)\u0002(\/[^"'\s]*)["']?$/.exec(word);
  return below === null ? word : (joinPath(below[1], below[2]) ?? word);
}
