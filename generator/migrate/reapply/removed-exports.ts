/**
 * The names the owners took out of the package's entry (`src/index.ts`) stay out. privy's owners deleted Stainless's
 * `export { PrivyAPI as default } from './client'`, `toFile` and `PagePromise`, leaving their own `PrivyClient` as
 * what the package offers. sdkgen's entry exports the same names in its own statements (`export { PrivyAPI as default,
 * PrivyAPI } from './client.js'`), which no line of the owners' deletion matches, so the names came back. Here a name
 * is removed from sdkgen's entry by name, whatever its statement looks like; sdkgen's own files that import it from
 * the entry (a README example, a test, the MCP server) then import it from the module that still exports it
 * (`import { PrivyAPI } from '<package>/client'`). Where one cannot (`import * as SDK from '<package>'`), the export
 * stays and the removal is reported for a person.
 */
import { dirname, join, relative } from 'node:path/posix';
import type { MigrationPlan } from '../migration-plan';
import type { RemovedExports } from '../../write/manifest';
import { escapeRegExp } from '../../escape-regexp';

export const ENTRY_MODULE = 'src/index.ts';

/** One item of `export { local as exported } from 'module'`. */
interface ExportItem {
  local: string;
  exported: string;
  type: boolean;
}

interface ExportStatement {
  /** Lines [start, end) of the module. */
  start: number;
  end: number;
  items: ExportItem[];
  module: string;
  /** `export type { … }`: every item a type. */
  typeOnly: boolean;
}

/** The module's `export { … } from '…'` statements; `export *` and local exports have no list and are left out. */
function exportStatements(lines: string[]): ExportStatement[] {
  const found: ExportStatement[] = [];
  for (let start = 0; start < lines.length; start++) {
    if (!/^export\s+(?:type\s+)?\{/.test(lines[start])) continue;
    let end = start;
    while (end < lines.length && !/\}\s*from\s*['"][^'"]+['"]\s*;?\s*$/.test(lines[end]) && !/;\s*$/.test(lines[end]))
      end++;
    const text = lines.slice(start, end + 1).join(' ');
    const match = /^export\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/.exec(text);
    if (match !== null)
      found.push({ start, end: end + 1, items: exportItems(match[2]), module: match[3], typeOnly: !!match[1] });
    start = end;
  }
  return found;
}

function exportItems(list: string): ExportItem[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const type = /^type\s+/.test(item);
      const [local, exported] = item.replace(/^type\s+/, '').split(/\s+as\s+/);
      return { local: local.trim(), exported: (exported ?? local).trim(), type };
    });
}

/** `./client.js`, `./client` and `./client/index` name one module. */
const sameModule = (a: string, b: string) => {
  const bare = (m: string) => m.replace(/\.[cm]?[jt]s$/, '').replace(/\/index$/, '');
  return bare(a) === bare(b);
};

/**
 * The names Stainless's entry exported that the owners' entry no longer exports (by name, or through an
 * `export * from` of the module Stainless's named).
 */
export function removedEntryNames(stainless: string, owners: string): string[] {
  const theirs = owners.split('\n');
  const kept = new Set(exportStatements(theirs).flatMap((s) => s.items.map((item) => item.exported)));
  const reexported = [...owners.matchAll(/^export\s+\*\s+from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  const declared = (name: string) =>
    new RegExp(
      `^export\\s+(?:declare\\s+)?(?:async\\s+)?(?:const|let|function|class|type|interface|enum|namespace)\\s+${escapeRegExp(name)}(?![\\w$])`,
      'm',
    ).test(owners) ||
    (name === 'default' && /^export\s+default\b/m.test(owners));
  return exportStatements(stainless.split('\n')).flatMap((statement) =>
    reexported.some((module) => sameModule(module, statement.module))
      ? []
      : statement.items.map((item) => item.exported).filter((name) => !kept.has(name) && !declared(name)),
  );
}

/** Where sdkgen's entry exported a removed name from: the module, the name it has there, whether a type. */
interface Source {
  module: string;
  local: string;
  type: boolean;
}

/** sdkgen's entry without `names`, and where each of them came from. */
function withoutNames(entry: string, names: ReadonlySet<string>): { text: string; sources: Map<string, Source> } {
  const lines = entry.split('\n');
  const sources = new Map<string, Source>();
  const replaced: Array<{ start: number; end: number; lines: string[] }> = [];
  for (const statement of exportStatements(lines)) {
    const gone = statement.items.filter((item) => names.has(item.exported));
    if (gone.length === 0) continue;
    for (const item of gone)
      sources.set(item.exported, {
        module: statement.module,
        local: item.local,
        type: item.type || statement.typeOnly,
      });
    const left = statement.items.filter((item) => !names.has(item.exported));
    replaced.push({
      start: statement.start,
      end: statement.end,
      lines: left.length === 0 ? [] : printed(statement, left),
    });
  }
  for (const { start, end, lines: text } of replaced.reverse()) {
    // A statement gone with its blank line, so that no two blank lines are left.
    const blankAfter = text.length === 0 && lines[end] === '' && (start === 0 || lines[start - 1] === '');
    lines.splice(start, end - start + (blankAfter ? 1 : 0), ...text);
  }
  return { text: lines.join('\n'), sources };
}

/** The statement with the items left, one line or one item a line as it was written. */
function printed(statement: ExportStatement, items: ExportItem[]): string[] {
  const keyword = statement.typeOnly ? 'export type' : 'export';
  const item = (i: ExportItem) =>
    `${i.type ? 'type ' : ''}${i.local === i.exported ? i.local : `${i.local} as ${i.exported}`}`;
  const from = `from '${statement.module}';`;
  if (statement.end - statement.start === 1) return [`${keyword} { ${items.map(item).join(', ')} } ${from}`];
  return [`${keyword} {`, ...items.map((i) => `  ${item(i)},`), `} ${from}`];
}

/** One `import … from '<entry>'` statement of a file: lines [start, end), its clause and specifier. */
interface EntryImport {
  start: number;
  end: number;
  clause: string;
  specifier: string;
  typeOnly: boolean;
}

const IMPORT =
  /^(\s*)import\s+(type\s+)?([\w$]+\s*,\s*\{[^}]*\}|\{[^}]*\}|[\w$]+|\*\s+as\s+[\w$]+)\s+from\s+['"]([^'"]+)['"];?\s*$/;

function entryImports(text: string, entrySpecifier: (specifier: string) => boolean): EntryImport[] {
  const lines = text.split('\n');
  const found: EntryImport[] = [];
  for (let start = 0; start < lines.length; start++) {
    if (!/^\s*import\s/.test(lines[start])) continue;
    let end = start;
    while (end < lines.length - 1 && !/from\s+['"][^'"]+['"];?\s*$/.test(lines[end]) && end - start < 40) end++;
    const match = IMPORT.exec(
      lines
        .slice(start, end + 1)
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    if (match !== null && entrySpecifier(match[4]))
      found.push({ start, end: end + 1, clause: match[3], specifier: match[4], typeOnly: !!match[2] });
    start = end;
  }
  return found;
}

/** One name an import statement binds: `default` or the module's name, the local binding, whether a type. */
interface ImportItem {
  imported: string;
  binding: string;
  type: boolean;
}

function importItems(clause: string): ImportItem[] {
  const list = /\{([^}]*)\}/.exec(clause)?.[1] ?? null;
  const head = clause
    .replace(/\{[^}]*\}/, '')
    .replace(/,/g, ' ')
    .trim();
  const named = (list ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const type = /^type\s+/.test(item);
      const [imported, binding] = item.replace(/^type\s+/, '').split(/\s+as\s+/);
      return { imported: imported.trim(), binding: (binding ?? imported).trim(), type };
    });
  return [...(head === '' ? [] : [{ imported: 'default', binding: head, type: false }]), ...named];
}

const itemText = (imported: string, binding: string, type: boolean) =>
  `${type ? 'type ' : ''}${imported === binding ? binding : `${imported} as ${binding}`}`;

/**
 * The statement rewritten: what it takes from the entry that stays there, as it was; each removed name from the module
 * sdkgen's entry exported it from. Null for a namespace import (`import * as SDK`), which needs the entry whole.
 */
function followedImports(
  statement: EntryImport,
  indent: string,
  sources: ReadonlyMap<string, Source>,
  moduleSpecifier: (module: string) => string,
): string[] | null {
  if (/^\*/.test(statement.clause.trim())) return null;
  const items = importItems(statement.clause);
  const moved = items.filter((item) => sources.has(item.imported));
  if (moved.length === 0) return [];
  const keyword = statement.typeOnly ? 'import type' : 'import';
  const out: string[] = [];
  const stays = items.filter((item) => !sources.has(item.imported));
  if (stays.length > 0) {
    const defaultBinding = stays.find((item) => item.imported === 'default')?.binding;
    const named = stays.filter((item) => item.imported !== 'default');
    const parts = [
      ...(defaultBinding === undefined ? [] : [defaultBinding]),
      ...(named.length === 0 ? [] : [`{ ${named.map((i) => itemText(i.imported, i.binding, i.type)).join(', ')} }`]),
    ];
    out.push(`${indent}${keyword} ${parts.join(', ')} from '${statement.specifier}';`);
  }
  const byModule = new Map<string, string[]>();
  for (const item of moved) {
    const source = sources.get(item.imported)!;
    const type = (source.type || item.type) && !statement.typeOnly;
    byModule.set(source.module, [...(byModule.get(source.module) ?? []), itemText(source.local, item.binding, type)]);
  }
  for (const [module, list] of byModule)
    out.push(`${indent}${keyword} { ${list.join(', ')} } from '${moduleSpecifier(module)}';`);
  return out;
}

export interface EntryRemovals {
  /** The entry as it is written, without the names the owners removed that nothing of sdkgen's still needs there. */
  entry: string;
  /** sdkgen's files that imported a removed name from the entry, as written now. */
  followed: Array<{ path: string; contents: string }>;
  /** The names kept in the entry after all, with why (for a person). */
  kept: Array<{ path: string; reason: string }>;
  /** The names taken out, with their sources: recorded for every regeneration. */
  removed: RemovedExports['names'];
}

/**
 * The owners' removals from Stainless's entry (`stainless` → `owners`) applied to sdkgen's written entry, and sdkgen's
 * written files (`files`: path → text, with the owners' version of each, `ownersText`) that imported a removed name
 * from the entry made to import it from its module. Null where the owners removed nothing.
 */
export function entryRemovals(
  stainless: string,
  owners: string,
  entry: string,
  files: ReadonlyArray<{ path: string; contents: string }>,
  packageName: string | null,
  ownersText: (path: string) => string | undefined,
): EntryRemovals | null {
  const removed = new Set(removedEntryNames(stainless, owners));
  if (removed.size === 0) return null;
  const { sources } = withoutNames(entry, removed);
  if (sources.size === 0) return null;
  const followed: EntryRemovals['followed'] = [];
  const blocking = new Map<string, string[]>();
  for (const file of files) {
    const theirs = new Set((ownersText(file.path) ?? '').split('\n').map((line) => line.trim()));
    const result = followedFile(file, sources, packageName, (line) => theirs.has(line.trim()));
    if (result.blocked)
      for (const name of sources.keys()) blocking.set(name, [...(blocking.get(name) ?? []), file.path]);
    if (result.contents !== null) followed.push({ path: file.path, contents: result.contents });
  }
  const gone = new Set([...sources.keys()].filter((name) => !blocking.has(name)));
  const kept = [...blocking].map(([name, paths]) => ({
    path: ENTRY_MODULE,
    reason:
      `you took \`${name === 'default' ? 'export default' : name}\` out of the entry; sdkgen's ${paths.join(', ')} ` +
      `import${paths.length === 1 ? 's' : ''} the entry whole (\`import * as …\`), so it is still exported: remove it ` +
      'once nothing uses it there',
  }));
  const taken = [...gone].map((name) => ({ name, ...sources.get(name)! }));
  return { entry: withoutNames(entry, gone).text, followed, kept, removed: taken };
}

/**
 * `file` with each import of a name in `sources` from the entry made an import from its module (`contents`: null when
 * it imports none); `blocked` when it imports the entry whole (`import * as SDK`), which needs every name there. The
 * statements whose every line is `kept` (the owners' own) are left as they are.
 */
function followedFile(
  file: { path: string; contents: string },
  sources: ReadonlyMap<string, Source>,
  packageName: string | null,
  kept: (line: string) => boolean = () => false,
): { contents: string | null; blocked: boolean } {
  if (file.path === ENTRY_MODULE || !/\.(?:[cm]?[jt]sx?|mdx?)$/.test(file.path))
    return { contents: null, blocked: false };
  const isEntry = (specifier: string) => {
    if (packageName !== null && specifier === packageName) return true;
    if (!specifier.startsWith('.') || file.path.endsWith('.md')) return false;
    const target = join(dirname(file.path), specifier).replace(/\.[cm]?[jt]s$/, '');
    return target === 'src' || target === 'src/index';
  };
  const lines = file.contents.split('\n');
  let changed = false;
  let blocked = false;
  for (const statement of entryImports(file.contents, isEntry).reverse()) {
    const text = lines.slice(statement.start, statement.end);
    // The owners' own lines are theirs to change (their README's example, as they wrote it).
    if (text.every(kept)) continue;
    const moduleSpecifier = (module: string) =>
      statement.specifier === packageName
        ? `${packageName}/${module.replace(/^\.\//, '').replace(/\.[cm]?[jt]s$/, '')}`
        : relativeSpecifier(file.path, module, statement.specifier);
    const indent = /^\s*/.exec(text[0])![0];
    const rewritten = followedImports(statement, indent, sources, moduleSpecifier);
    if (rewritten === null) {
      blocked = true;
      continue;
    }
    if (rewritten.length === 0) continue;
    lines.splice(statement.start, statement.end - statement.start, ...rewritten);
    changed = true;
  }
  return { contents: changed ? lines.join('\n') : null, blocked };
}

/** A file of sdkgen's output with the recorded removals applied (the entry without the names; an importer following). */
export function withRemovedExports(file: { path: string; contents: string }, removals: RemovedExports): string {
  const sources = new Map(removals.names.map(({ name, ...source }) => [name, source]));
  if (file.path === ENTRY_MODULE) return withoutNames(file.contents, new Set(sources.keys())).text;
  return followedFile(file, sources, removals.packageName).contents ?? file.contents;
}

/** Whether the recorded removals may change `path` (a module, test, README or doc of sdkgen's). */
export function removalsApplyTo(path: string): boolean {
  return path === ENTRY_MODULE || /\.(?:[cm]?[jt]sx?|mdx?)$/.test(path);
}

/** `../src/index.js` → `../src/client.js`: the module (relative to src/) from the importing file, as it spelled it. */
function relativeSpecifier(path: string, module: string, original: string): string {
  const target = join('src', module);
  const withExtension = /\.[cm]?[jt]s$/.test(original) ? target : target.replace(/\.[cm]?[jt]s$/, '');
  const spec = relative(dirname(path), withExtension);
  return spec.startsWith('.') ? spec : `./${spec}`;
}

/**
 * The owners' removals from Stainless's entry applied to the plan's writes: sdkgen's entry, the files of sdkgen's that
 * follow, a person told of what could not be removed; the hunks of the entry that only took out names now gone are
 * settled, not left for a person.
 */
export function applyEntryRemovals(
  plan: Pick<MigrationPlan, 'writes' | 'generated' | 'needsHand' | 'rejected' | 'alreadyThere' | 'removedExports'>,
  stainlessTexts: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, { text: string | null }>,
  packageName: string | null,
): void {
  const [stainless, owners] = [stainlessTexts.get(ENTRY_MODULE), current.get(ENTRY_MODULE)?.text];
  const written = plan.writes.find((w) => w.path === ENTRY_MODULE);
  if (stainless === undefined || owners == null || written === undefined || stainless === owners) return;
  const ownersText = (path: string) => current.get(path)?.text ?? undefined;
  const removals = entryRemovals(stainless, owners, written.contents, plan.writes, packageName, ownersText);
  if (removals === null) return;
  // Replaced, not changed in place: a write may be the very object of sdkgen's text, the base of later merges.
  const replaced = new Map([
    [ENTRY_MODULE, removals.entry],
    ...removals.followed.map((f) => [f.path, f.contents] as const),
  ]);
  plan.writes = plan.writes.map((w) => (replaced.has(w.path) ? { path: w.path, contents: replaced.get(w.path)! } : w));
  plan.needsHand.push(...removals.kept);
  // Recorded, so that every regeneration makes the same files (sdkgen's text, the base of later merges, is theirs).
  if (removals.removed.length > 0) {
    const recorded: RemovedExports = { packageName, names: removals.removed };
    plan.removedExports = recorded;
    // (The same objects where nothing changes, and the others with what the manifest records of them: their render.)
    plan.generated = plan.generated.map((g) => {
      const contents = removalsApplyTo(g.path) ? withRemovedExports(g, recorded) : g.contents;
      return contents === g.contents ? g : { ...g, contents };
    });
  }
  const exported = new Set(exportStatements(removals.entry.split('\n')).flatMap((s) => s.items.map((i) => i.exported)));
  const rejected = plan.rejected.find((r) => r.path === ENTRY_MODULE);
  if (rejected === undefined) return;
  const settled = rejected.hunks.filter((hunk) => onlyRemovedExports(hunk, exported));
  if (settled.length === 0) return;
  rejected.hunks = rejected.hunks.filter((hunk) => !settled.includes(hunk));
  if (rejected.hunks.length === 0) plan.rejected = plan.rejected.filter((r) => r !== rejected);
  const there = plan.alreadyThere.find((a) => a.path === ENTRY_MODULE);
  if (there) there.hunks += settled.length;
  else plan.alreadyThere.push({ path: ENTRY_MODULE, hunks: settled.length });
}

/** A hunk that adds no code and takes out only export statements whose names the entry no longer exports. */
function onlyRemovedExports(hunk: string, exported: ReadonlySet<string>): boolean {
  const body = hunk.split('\n').filter((line) => !line.startsWith('@@') && !/^[-+]\s*(?:\/\/.*)?$/.test(line));
  if (body.some((line) => line.startsWith('+'))) return false;
  const removedLines = body.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const statements = exportStatements(removedLines);
  return (
    statements.length > 0 &&
    statements.reduce((n, s) => n + s.end - s.start, 0) === removedLines.length &&
    statements.every((s) => s.items.every((item) => !exported.has(item.exported)))
  );
}
