/**
 * The release's package metadata stays the package's (plan.ts): pyproject.toml's `[project]` `description` and
 * `authors` as the repository has them are the owners' words about their package (Stainless wrote them from their
 * config, and they may have edited them since), so they take the place of sdkgen's own in sdkgen's pyproject.toml,
 * as the released version does (released-version.ts).
 */

/** The `[project]` keys whose entries the release keeps. */
const KEPT = ['description', 'authors'];

/** The release's entries of KEPT, each as its lines (a list's down to its closing bracket); null: no pyproject. */
export function releasedProjectMetadata(pyproject: string | null): Map<string, string[]> | null {
  if (pyproject === null) return null;
  const lines = pyproject.split('\n');
  const kept = new Map<string, string[]>();
  for (const key of KEPT) {
    const found = projectEntry(lines, key);
    if (found !== null) kept.set(key, lines.slice(found.at, found.end));
  }
  return kept.size > 0 ? kept : null;
}

/** `file` (pyproject.toml) with the release's entries in place of its own; any other file as it is. */
export function withProjectMetadata<T extends { path: string; contents: string }>(
  file: T,
  metadata: Map<string, string[]> | null,
): T {
  if (metadata === null || file.path !== 'pyproject.toml') return file;
  let lines = file.contents.split('\n');
  for (const [key, entry] of metadata) {
    const found = projectEntry(lines, key);
    if (found !== null) lines = [...lines.slice(0, found.at), ...entry, ...lines.slice(found.end)];
  }
  const contents = lines.join('\n');
  return contents === file.contents ? file : { ...file, contents };
}

/** The lines [at, end) of `key`'s entry in the `[project]` table; null where the table or the key is not there. */
function projectEntry(lines: string[], key: string): { at: number; end: number } | null {
  const header = lines.findIndex((line) => /^\[project\][ \t]*(#.*)?$/.test(line));
  if (header < 0) return null;
  const assigns = new RegExp(`^${key}\\s*=`);
  for (let i = header + 1; i < lines.length && !/^\[/.test(lines[i]); i++) {
    if (!assigns.test(lines[i])) continue;
    // (A value's brackets are counted outside its strings: the entry ends where they close.)
    let depth = 0;
    for (let j = i; j < lines.length; j++) {
      depth += bracketDepth(j === i ? lines[j].replace(assigns, '') : lines[j]);
      if (depth <= 0) return { at: i, end: j + 1 };
    }
    return null;
  }
  return null;
}

/** The `[` less the `]` of a TOML line outside its strings and comment. */
function bracketDepth(line: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (quote !== null) {
      if (c === '\\' && quote === '"') k++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') break;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
  }
  return depth;
}
