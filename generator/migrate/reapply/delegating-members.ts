/**
 * The methods of a resource class in a module Stainless wrote (its own, or the owners' added to it) that sdkgen's
 * class of the same name lacks and that hand off to a module migration keeps: cartesia's
 * `websocket(parameters, options) { return new AutoFinalizeWS(this._client, parameters, options); }`, which the owners
 * added to Stainless's `stt/auto-finalize/auto-finalize.ts` (sdkgen writes the class at `stt/auto-finalize.ts`, so no
 * hunk of theirs finds its place), whose class is in the resource folder's `./ws` (Stainless's WebSocket client, kept
 * because the owners' code imports it). No Stainless config key asks for such a method, so sdkgen cannot write it;
 * users call it (`client.stt.autoFinalize.websocket(…)`), so it goes into sdkgen's class as the owners' lines, with
 * the imports it reads pointed at the kept modules. Written beside sdkgen's pristine text, it is an owners' edit from
 * then on: each regeneration merges it as it merges theirs.
 *
 * A member is carried only when every name it reads from Stainless's module is either in scope in sdkgen's module
 * (declared or imported there under the same name) or imported from a module that stays, and at least one comes from
 * such a module: a method calling Stainless's request helpers is sdkgen's to write, or not at all.
 */
import type { MigrationPlan } from '../migration-plan';
import { CLASS_LINE } from './members';
import { resolvedPath, withoutComments } from '../repository/imports';

/** A module of Stainless's (as it is in the repository) or of sdkgen's (as it will be written). */
export interface ModuleText {
  path: string;
  text: string;
}

/** What `carryDelegatingMembers` gives: sdkgen's module with the members added, and their names (`Class.member`). */
export interface CarriedMembers {
  text: string;
  members: string[];
}

/** A name a module imports: the name it goes by there, the name exported, the module, and whether only as a type. */
interface ImportedName {
  local: string;
  imported: string;
  specifier: string;
  typeOnly: boolean;
}

/** A member of a class with a body, as lines of its module: [start, end), its doc block included. */
interface MemberLines {
  name: string;
  start: number;
  end: number;
}

const IDENTIFIER = /(?<![\w$.])[A-Za-z_$][\w$]*/g;
const MEMBER_HEADER =
  /^\s*(?:(?:public|private|protected|static|async|override|readonly|get|set)\s+)*\*?\s*([A-Za-z_$#][\w$]*)\s*[<(]/;
/** A module of resource classes (the client's own members are owners/client-hooks.ts's). */
const RESOURCE_MODULE = /^src\/resources\/.*\.ts$/;
const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * The plan with the members carried into each of sdkgen's modules it writes from the module of a class of the same
 * name Stainless wrote at the same place (its text in the repository, the owners' edits in it), where sdkgen's class
 * lacks them; each listed as re-applied (`plan.reapplied`), sdkgen's own text (`plan.generated`) left as the base of
 * the next merge.
 */
export function carryDelegatingMembersInPlan(
  plan: MigrationPlan,
  current: ReadonlyArray<{ path: string; text: string | null }>,
  stainlessPaths: { has(path: string): boolean },
): void {
  const staying = new Set([...plan.kept, ...plan.keptImported]);
  const stays = (target: string) => resolvedPath(target, staying);
  const sdkgenPaths = new Set(plan.generated.map((f) => f.path));
  const stainless = current.filter((f) => f.text !== null && stainlessPaths.has(f.path));
  plan.writes = plan.writes.map((file) => {
    if (!sdkgenPaths.has(file.path) || !RESOURCE_MODULE.test(file.path)) return file;
    let text = file.contents;
    let count = 0;
    for (const module of stainless) {
      if (!correspondingModule(file.path, module.path)) continue;
      const carried = carryDelegatingMembers(
        { path: file.path, text },
        { path: module.path, text: module.text! },
        stays,
      );
      if (carried === null) continue;
      text = carried.text;
      count += carried.members.length;
    }
    if (count === 0) return file;
    plan.reapplied.push({ path: file.path, hunks: count });
    return { ...file, contents: text };
  });
}

/** Where the module at `stainlessPath` would be for sdkgen: the same path, or `a/b/b.ts` for `a/b.ts`. */
export function correspondingModule(sdkgenPath: string, stainlessPath: string): boolean {
  if (sdkgenPath === stainlessPath) return true;
  const stem = sdkgenPath.replace(/\.ts$/, '');
  return stainlessPath === `${stem}/${stem.slice(stem.lastIndexOf('/') + 1)}.ts`;
}

/**
 * `sdkgen`'s module with the members of `stainless`'s classes it lacks that hand off to a module that stays, or null
 * when there is none to carry. `stays(target)`: the file that stays an import of `target` (a path in the repository)
 * finds, or null.
 */
export function carryDelegatingMembers(
  sdkgen: ModuleText,
  stainless: ModuleText,
  stays: (target: string) => string | null,
): CarriedMembers | null {
  const lines = sdkgen.text.split('\n');
  const stainlessLines = stainless.text.split('\n');
  const imported = importedNames(stainless.text);
  const inScope = new Set([...importedNames(sdkgen.text).map((i) => i.local), ...declaredNames(sdkgen.text)]);
  const stainlessDeclared = new Set(declaredNames(stainless.text));
  const needed = new Map<string, ImportedName & { target: string }>();
  const carried: Array<{ className: string; lines: string[]; name: string }> = [];
  for (const className of classNames(lines)) {
    const ours = new Set(classMembers(lines, className).map((m) => m.name));
    for (const member of classMembers(stainlessLines, className)) {
      if (ours.has(member.name)) continue;
      const text = stainlessLines.slice(member.start, member.end);
      const read = new Set(withoutComments(text.join('\n')).match(IDENTIFIER) ?? []);
      const imports: Array<ImportedName & { target: string }> = [];
      let carriable = true;
      for (const name of read) {
        if (inScope.has(name)) continue;
        const from = imported.find((i) => i.local === name);
        const target =
          from && from.specifier.startsWith('.') ? stays(join(dirname(stainless.path), from.specifier)) : null;
        if (from && target !== null) imports.push({ ...from, target });
        else if (from || stainlessDeclared.has(name)) carriable = false;
      }
      if (!carriable || imports.length === 0) continue;
      for (const i of imports) needed.set(i.local, i);
      carried.push({ className, lines: text, name: member.name });
    }
  }
  if (carried.length === 0) return null;
  let out = lines;
  for (const member of carried) out = withMember(out, member.className, member.lines);
  return {
    // In the order Stainless's module imports them.
    text: withImports(
      out,
      sdkgen.path,
      imported.flatMap((i) => needed.get(i.local) ?? []),
    ).join('\n'),
    members: carried.map((m) => `${m.className}.${m.name}`),
  };
}

/** The names a module imports by name, default or namespace. */
function importedNames(text: string): ImportedName[] {
  const found: ImportedName[] = [];
  const code = withoutComments(text);
  const pattern =
    /\bimport\s+(type\s+)?([\w$]+\s*,?\s*)?(?:\*\s+as\s+([\w$]+)\s*)?(?:\{([^}]*)\})?\s*from\s*['"]([^'"\n]+)['"]/g;
  for (const [, type, defaultName, namespace, names, specifier] of code.matchAll(pattern)) {
    const typeOnly = type !== undefined;
    const plain = defaultName?.replace(/,/, '').trim();
    if (plain) found.push({ local: plain, imported: 'default', specifier, typeOnly });
    if (namespace) found.push({ local: namespace, imported: '*', specifier, typeOnly });
    for (const part of (names ?? '').split(',')) {
      const match = /^\s*(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(part);
      if (match)
        found.push({ local: match[3] ?? match[2], imported: match[2], specifier, typeOnly: typeOnly || !!match[1] });
    }
  }
  return found;
}

/** The names a module declares at its top level. */
function declaredNames(text: string): string[] {
  const pattern =
    /^(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:class|interface|type|const|let|var|function|enum|namespace)\s+([A-Za-z_$][\w$]*)/gm;
  return [...text.matchAll(pattern)].map((m) => m[1]);
}

function classNames(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const name = CLASS_LINE.exec(line)?.[1];
    return name === undefined ? [] : [name];
  });
}

/** The class's line and the line closing it (`}` in the first column, or the class line for `class A {}`). */
function classSpan(lines: string[], className: string): { open: number; close: number } | null {
  const open = lines.findIndex((line) => CLASS_LINE.exec(line)?.[1] === className);
  if (open < 0) return null;
  if (/\{\s*\}\s*$/.test(lines[open])) return { open, close: open };
  const close = lines.findIndex((line, i) => i > open && /^}/.test(line));
  return close < 0 ? null : { open, close };
}

/** The members with a body of a class, each with its doc block, laid out as a formatter lays them out. */
function classMembers(lines: string[], className: string): MemberLines[] {
  const span = classSpan(lines, className);
  if (span === null || span.close === span.open) return [];
  const found: MemberLines[] = [];
  const first = lines.slice(span.open + 1, span.close).find((line) => line.trim() !== '');
  if (first === undefined) return [];
  const indent = indentOf(first);
  for (let i = span.open + 1; i < span.close; i++) {
    const line = lines[i];
    if (indentOf(line) !== indent || /^\s*(?:\/\/|\/\*|\*|[})\]])/.test(line)) continue;
    const name = MEMBER_HEADER.exec(line)?.[1];
    if (name === undefined) continue;
    let end = i + 1;
    while (end < span.close && !(indentOf(lines[end]) === indent && /^\s*}/.test(lines[end]))) end++;
    if (end >= span.close) break;
    let start = i;
    if (/^\s*\*\/\s*$/.test(lines[i - 1] ?? '')) {
      start = i - 1;
      while (start > span.open && !/^\s*\/\*\*/.test(lines[start])) start--;
    }
    // An overload's signature (`name(…): T;`) is part of the member it declares, as are those before it.
    while (start > span.open + 1 && /;\s*$/.test(lines[start - 1]) && indentOf(lines[start - 1]) >= indent) start--;
    found.push({ name, start, end: end + 1 });
    i = end;
  }
  return found;
}

/** `lines` with `member` added as the last member of class `className`. */
function withMember(lines: string[], className: string, member: string[]): string[] {
  const span = classSpan(lines, className);
  if (span === null) return lines;
  if (span.open === span.close) {
    const opened = lines[span.open].replace(/\{\s*\}\s*$/, '{');
    return [...lines.slice(0, span.open), opened, ...member, '}', ...lines.slice(span.open + 1)];
  }
  return [...lines.slice(0, span.close), '', ...member, ...lines.slice(span.close)];
}

/** `lines` with an import of each name, from its module relative to `path`, after the module's last import. */
function withImports(lines: string[], path: string, names: Array<ImportedName & { target: string }>): string[] {
  const bySpecifier = new Map<string, string[]>();
  // As the module's own relative imports are spelled: with `.js` (an ESM layout) or without.
  const extension = lines.some((line) => /\bfrom\s+['"]\.{1,2}\/[^'"]*\.js['"]/.test(line)) ? '.js' : '';
  for (const name of names) {
    const specifier = relativeSpecifier(path, name.target) + extension;
    const spelled =
      name.imported === '*'
        ? null
        : `${name.typeOnly ? 'type ' : ''}${name.imported === name.local ? name.local : `${name.imported} as ${name.local}`}`;
    if (spelled === null) bySpecifier.set(`* as ${name.local}\0${specifier}`, []);
    else bySpecifier.set(specifier, [...(bySpecifier.get(specifier) ?? []), spelled]);
  }
  const statements = [...bySpecifier].map(([specifier, spelled]) => {
    if (specifier.includes('\0')) {
      const [namespace, from] = specifier.split('\0');
      return [`import ${namespace} from '${from}';`];
    }
    const line = `import { ${spelled.join(', ')} } from '${specifier}';`;
    return line.length <= 110 ? [line] : ['import {', ...spelled.map((s) => `  ${s},`), `} from '${specifier}';`];
  });
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (/^import\b/.test(lines[i])) {
      last = i;
      while (last < lines.length && !/\bfrom\s*['"][^'"]+['"];?\s*$|^import\s+['"]/.test(lines[last])) last++;
      i = last;
    } else if (/^(?:export|class|const|function|interface|type)\b/.test(lines[i])) break;
  }
  const at = last + 1;
  return [...lines.slice(0, at), ...statements.flat(), ...lines.slice(at)];
}

function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

function join(dir: string, relative: string): string {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** How the module at `from` imports the file `to` (both paths in the repository): no extension, `./` or `../`. */
function relativeSpecifier(from: string, to: string): string {
  const fromParts = dirname(from).split('/').filter(Boolean);
  const toParts = to.replace(/\.(?:d\.)?[cm]?tsx?$/, '').split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}
