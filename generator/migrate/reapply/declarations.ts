/**
 * Placing the owners' edits to a generated TypeScript module by its top-level declarations, where their hunks find
 * no place line by line: an owner who moved types out of a params namespace to the top level (the chat
 * message params), or rewrote a response's nested namespace, edited Stainless's declarations in ways whose lines
 * sdkgen's module words otherwise, and half of such an edit placed leaves the module wrong. The module is then read
 * as its declarations (an interface, type, namespace, enum, function or const at the top level, with the doc comment
 * above it): a declaration the owners changed or added takes the place of sdkgen's of the same name (or goes after
 * the one it followed in their file), one they removed goes from sdkgen's module, and what they added to the
 * re-export block (`export declare namespace Resource { export { … } }`) is added to sdkgen's. Hunks in a class
 * (the resource's methods), the imports or anything else are placed line by line as before.
 */
import type { DoneBySdkgen } from './done-by-sdkgen';
import { diff, lines, mergeThreeWay, type Hunk } from '../../write/merge';
import { topLevelStatements } from '../repository/top-level';
import { slidInsertions } from './slide';
import { declaresMemberTwice } from './members-in-place';

interface Declaration {
  key: string;
  /** Lines [start, end) of the module: its doc comment, header, body. */
  start: number;
  end: number;
  /** A class (its members are placed line by line, never replaced whole). */
  isClass: boolean;
  /** The resource's re-export block, merged by its lines. */
  isReexports: boolean;
}

const DECLARATION =
  /^(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(interface|type|namespace|module|class|enum|const|let|var|function)\s+([A-Za-z_$][\w$]*)/;

/** The top-level declarations of a formatted module, each with the comments above it. */
export function declarationsOf(text: string[]): Declaration[] {
  return topLevelStatements(text).flatMap(({ start, code, end }) => {
    const m = DECLARATION.exec(text[code]);
    if (m === null) return [];
    const kind = m[1] === 'namespace' || m[1] === 'module' ? 'namespace' : 'value';
    return [
      {
        key: `${kind}:${m[2]}`,
        start,
        end,
        isClass: m[1] === 'class',
        isReexports:
          kind === 'namespace' &&
          (/^export\s+declare\s+namespace\b/.test(text[code]) || onlyAliases(text.slice(code + 1, end))),
      },
    ];
  });
}

/**
 * Whether a namespace's body (its closing line included) only re-exports: Stainless's 2023 form of the block,
 * `export namespace Servers { export import Server = API.Server; … }`, whose aliases name the module it imported
 * them through (`API`, `ServersAPI`), which sdkgen's module may import under another name or not at all.
 */
function onlyAliases(body: string[]): boolean {
  const code = body.filter((line) => line.trim() !== '' && !/^\s*[}]/.test(line) && !/^\s*(?:\/\/|\*|\/\*)/.test(line));
  return code.length > 0 && code.every((line) => ALIAS.test(line) || ONE_LINE_EXPORT.test(line));
}

/** `  export import Server = API.Server;`: a name of the module's re-export namespace, in Stainless's 2023 form. */
const ALIAS = /^\s+export\s+import\s+[A-Za-z_$][\w$]*\s*=\s*[\w$.]+;\s*$/;

/** The declaration whose lines hold line `at`, or null. */
function around(list: Declaration[], at: number): Declaration | null {
  return list.find((d) => d.start <= at && at < d.end) ?? null;
}

/**
 * The keys of the declarations (not classes) a hunk changes, or null when it changes lines outside them (imports,
 * statements) or inside a class: such a hunk is placed line by line.
 */
function touched(hunk: Hunk, base: string[], edited: string[], inBase: Declaration[], inEdited: Declaration[]) {
  const keys = new Set<string>();
  const visit = (list: Declaration[], text: string[], from: number, to: number): boolean => {
    for (let at = from; at < to; at++) {
      const declaration = around(list, at);
      if (declaration === null) {
        if (text[at].trim() !== '') return false;
        continue;
      }
      if (declaration.isClass) return false;
      keys.add(declaration.key);
    }
    return true;
  };
  if (!visit(inBase, base, hunk.baseStart, hunk.baseEnd) || !visit(inEdited, edited, hunk.start, hunk.end)) return null;
  // An insertion of blank lines alone, between declarations: nothing to place.
  return keys;
}

export interface DeclarationEdits {
  /** The owners' edited text with only the hunks placed line by line (the others as in the base). */
  lineByLine: string;
  /** Applies the declaration-level edits to sdkgen's text (after the line-by-line ones). */
  apply: (target: string) => string;
  /** How many hunks the declarations carry. */
  hunks: number;
}

/** The owners' edits split into hunks placed line by line and declarations placed whole; null when none is whole. */
export function declarationEdits(
  base: string,
  edited: string,
  /** Hunks that are the old generator's later output, left to the line-by-line pass (which leaves them out). */
  generated?: (removed: string[], added: string[]) => boolean,
  /** Hunks whose result sdkgen's module has (done-by-sdkgen.ts), left to the line-by-line pass too. */
  done?: DoneBySdkgen,
  /**
   * sdkgen's module: a declaration it imports rather than declares (its client.ts's `ClientOptions`, declared in
   * client-core.ts) is not placed in it, a second declaration of the name (TS2440); its hunks go line by line.
   */
  target?: string,
): DeclarationEdits | null {
  const [b, e] = [lines(base), lines(edited)];
  const found = diff(b, e);
  if (found === null) return null;
  // An insertion after a declaration, which the diff began with that declaration's closing lines, touches it not.
  const hunks = slidInsertions(found, e);
  const [inBase, inEdited] = [declarationsOf(b), declarationsOf(e)];
  const keys = new Set<string>();
  const byLine: Hunk[] = [];
  let whole = 0;
  const importedOnly = target === undefined ? new Set<string>() : importedNotDeclared(target);
  for (const hunk of hunks) {
    const later =
      (generated?.(b.slice(hunk.baseStart, hunk.baseEnd), e.slice(hunk.start, hunk.end)) ?? false) ||
      (done?.(hunk, b, e) ?? false);
    const touches = later ? null : touched(hunk, b, e, inBase, inEdited);
    const changed = touches && [...touches].some((key) => importedOnly.has(key.split(':')[1])) ? null : touches;
    if (changed === null) byLine.push(hunk);
    else {
      for (const key of changed) keys.add(key);
      whole++;
    }
  }
  if (keys.size === 0) return null;
  const out: string[] = [];
  let at = 0;
  for (const hunk of byLine) {
    out.push(...b.slice(at, hunk.baseStart), ...e.slice(hunk.start, hunk.end));
    at = hunk.baseEnd;
  }
  const lineByLine = [...out, ...b.slice(at)].join('');
  const baseOf = new Map(inBase.map((d) => [d.key, d]));
  const editedOf = new Map(inEdited.map((d) => [d.key, d]));
  const apply = (target: string): string => {
    let t = lines(target.endsWith('\n') ? target : `${target}\n`);
    for (const key of keys) {
      const inTarget = declarationsOf(t);
      const mine = inTarget.find((d) => d.key === key);
      const theirs = editedOf.get(key);
      const was = baseOf.get(key);
      if (theirs === undefined) {
        // Removed by the owners; kept where the rest of sdkgen's module uses it (groq's owners renamed Stainless's
        // `CompletionCreateParams` interface, which sdkgen's module declares as the union its method takes).
        if (mine !== undefined && !usedElsewhere(t, mine, inTarget, key))
          t = [...t.slice(0, mine.start), ...t.slice(skipBlank(t, mine.end))];
        continue;
      }
      const text = e.slice(theirs.start, theirs.end);
      if (mine !== undefined) {
        // (A line of theirs whose result sdkgen's block has is none of theirs to add: its namespace's own export.)
        const lineDone = (i: number) => done?.({ baseStart: 0, baseEnd: 0, start: i, end: i + 1 }, b, e) ?? false;
        const replacement =
          theirs.isReexports && was !== undefined
            ? reexports(b, was, e, theirs, t, mine, lineDone)
            : (bothChanged(b, was, text, t, mine) ?? text);
        t = [...t.slice(0, mine.start), ...replacement, ...t.slice(mine.end)];
        continue;
      }
      const at = insertionPoint(inEdited, theirs, inTarget, t);
      t = [...t.slice(0, at), ...(at > 0 && t[at - 1].trim() !== '' ? ['\n'] : []), ...text, '\n', ...t.slice(at)];
    }
    // A declaration placed last leaves the blank line that would part it from the next: none at the module's end.
    return withNeeded(t, keys, b, inBase, e, editedOf)
      .join('')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/\n\n+$/, '\n');
  };
  return { lineByLine, apply, hunks: whole };
}

/**
 * A declaration the owners and sdkgen both changed from Stainless's, merged when their changes part cleanly: the
 * owners' members added to sdkgen's newer declaration (anchorbrowser's `directlyOpenUrl` added to the perform-web-task
 * params, beside the `async` and the agents the later spec gives them). Null where they meet: theirs is placed whole.
 */
function bothChanged(
  b: string[],
  was: Declaration | undefined,
  theirs: string[],
  t: string[],
  mine: Declaration,
): string[] | null {
  if (was === undefined) return null;
  const merged = mergeThreeWay(
    b.slice(was.start, was.end).join(''),
    t.slice(mine.start, mine.end).join(''),
    theirs.join(''),
    { code: true },
  );
  // (Both sides adding a member of one name, apart, would merge cleanly into an interface declaring it twice.)
  return merged.conflicts === 0 && !declaresMemberTwice(merged.text) ? lines(merged.text) : null;
}

/** The names a module's import statements bind that none of its top-level declarations declares. */
function importedNotDeclared(text: string): Set<string> {
  const declared = new Set(declarationsOf(lines(text)).map((d) => d.key.split(':')[1]));
  const names = new Set<string>();
  for (const m of text.matchAll(/^import\s+(?:type\s+)?([^'";]*?)\s+from\s+['"][^'"]+['"]/gm)) {
    const braces = /\{([^}]*)\}/.exec(m[1])?.[1] ?? '';
    const bound = braces.split(',').map((part) =>
      part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim(),
    );
    const rest = m[1]
      .replace(/\{[^}]*\}/, '')
      .replace(/,/g, ' ')
      .split(/\s+/);
    for (const name of [...bound, ...rest]) if (/^[A-Za-z_$][\w$]*$/.test(name) && name !== 'as') names.add(name);
  }
  return new Set([...names].filter((name) => !declared.has(name)));
}

/**
 * The declarations of Stainless's module that those placed name and sdkgen's module neither declares nor imports
 * (types Stainless wrote from api.md alone, which sdkgen's module has no schema for), added after them.
 */
function withNeeded(
  t: string[],
  keys: Set<string>,
  b: string[],
  inBase: Declaration[],
  e: string[],
  editedOf: Map<string, Declaration>,
): string[] {
  const placed = [...keys]
    .map((key) => editedOf.get(key))
    .filter((d): d is Declaration => d !== undefined)
    .map((d) => e.slice(d.start, d.end).join(''));
  const names = (text: string[]) => new Set(declarationsOf(text).map((d) => d.key.split(':')[1]));
  for (let round = 0; round < 5 && placed.length > 0; round++) {
    const declared = names(t);
    const imports = t.filter((line) => /^\s*(?:import\b|[A-Za-z_$][\w$]*,?\s*$)/.test(line)).join('');
    const uses = (name: string) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
    const wanted = inBase.filter((d) => {
      const name = d.key.split(':')[1];
      return (
        !d.isClass &&
        !d.isReexports &&
        !declared.has(name) &&
        !uses(name).test(imports) &&
        placed.some((text) => uses(name).test(text))
      );
    });
    if (wanted.length === 0) break;
    const reexport = declarationsOf(t).find((d) => d.isReexports);
    const at = reexport?.start ?? t.length;
    const added = wanted.flatMap((d) => [...b.slice(d.start, d.end), '\n']);
    t = [...t.slice(0, at), ...added, ...t.slice(at)];
    placed.splice(0, placed.length, ...wanted.map((d) => b.slice(d.start, d.end).join('')));
  }
  return t;
}

/**
 * Whether a type or value declaration (`key`) of sdkgen's module is used by the module's other lines, its imports and
 * re-export block aside: as a type or value, not as the namespace of the same name (`Name.Member`).
 */
function usedElsewhere(t: string[], mine: Declaration, inTarget: Declaration[], key: string): boolean {
  const [kind, name] = key.split(':');
  if (kind !== 'value') return false;
  const use = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$]|\\s*\\.)`);
  const reexports = inTarget.find((d) => d.isReexports);
  return t.some(
    (line, at) =>
      (at < mine.start || at >= mine.end) &&
      !(reexports !== undefined && reexports.start <= at && at < reexports.end) &&
      !/^\s*(?:import|export\s+\{[^}]*\}\s+from)\b/.test(line) &&
      !/^\s*(?:\/\/|\*|\/\*)/.test(line) &&
      use.test(line),
  );
}

function skipBlank(t: string[], at: number): number {
  while (at < t.length && t[at].trim() === '') at++;
  return at;
}

/**
 * Where a declaration the owners added goes in sdkgen's module: after the declaration it followed in their file that
 * sdkgen's module has too, else before the one it preceded, else before sdkgen's re-export block (or at the end).
 */
function insertionPoint(inEdited: Declaration[], theirs: Declaration, inTarget: Declaration[], t: string[]): number {
  const index = inEdited.indexOf(theirs);
  const byKey = new Map(inTarget.map((d) => [d.key, d]));
  for (let i = index - 1; i >= 0; i--) {
    const mine = byKey.get(inEdited[i].key);
    if (mine !== undefined && !mine.isReexports) return skipBlank(t, mine.end);
  }
  for (let i = index + 1; i < inEdited.length; i++) {
    const mine = byKey.get(inEdited[i].key);
    if (mine !== undefined) return mine.start;
  }
  const reexport = inTarget.find((d) => d.isReexports);
  return reexport?.start ?? t.length;
}

/** sdkgen's re-export block with the lines the owners added to Stainless's, and without those they removed. */
function reexports(
  b: string[],
  was: Declaration,
  e: string[],
  theirs: Declaration,
  t: string[],
  mine: Declaration,
  lineDone: (at: number) => boolean = () => false,
): string[] {
  const norm = (line: string) => line.trim().replace(/,$/, '');
  const before = new Set(b.slice(was.start, was.end).map(norm));
  const after = new Set(e.slice(theirs.start, theirs.end).map(norm));
  const block = t.slice(mine.start, mine.end).filter((line) => !(before.has(norm(line)) && !after.has(norm(line))));
  const present = new Set(block.map(norm));
  const owners = e.slice(theirs.start, theirs.end);
  const theirsNew = (line: string, k: number) =>
    !before.has(norm(line)) && !present.has(norm(line)) && !lineDone(theirs.start + k);
  const added = owners.filter((line, k) => theirsNew(line, k) && EXPORT_ITEM.test(line));
  // A whole statement they added on a line of its own (`export { type LocalOptions as LocalOptions };`) opens the block.
  const statements = owners.filter((line, k) => theirsNew(line, k) && ONE_LINE_EXPORT.test(line));
  const head = block.findIndex((line) => /^export\s+(?:declare\s+)?namespace\b/.test(line)) + 1;
  const opened = statements.length === 0 ? block : [...block.slice(0, head), ...statements, '\n', ...block.slice(head)];
  // Each added name goes into the `export { … }` list it was added to: after the nearest name above it there that
  // sdkgen's block has (a client's namespace has a list a resource: cartesia's owners added `Stt as Stt` and its
  // types to the STT one), else before the first list's closing line. A class is re-exported as a type is.
  let out = opened;
  for (const line of added) {
    const withComma = line.trimEnd().endsWith(',') ? line : line.replace(/\s*$/, ',\n');
    let at = -1;
    for (let j = owners.indexOf(line) - 1; j >= 0 && at < 0 && EXPORT_ITEM.test(owners[j]); j--)
      at = out.findIndex((mine) => EXPORT_ITEM.test(mine) && norm(mine) === norm(owners[j])) + 1 || -1;
    if (at < 0) {
      const close = out.findIndex((mine) => /^\s+\};?\s*$/.test(mine));
      at = close < 0 ? out.length - 1 : close;
    }
    // (A name that ended its list gets the comma a name after it needs.)
    const above = out[at - 1] ?? '';
    if (EXPORT_ITEM.test(above) && !above.trimEnd().endsWith(',')) out[at - 1] = above.replace(/\s*$/, ',\n');
    out = [...out.slice(0, at), withComma, ...out.slice(at)];
  }
  return out;
}

/** A name of an `export { … }` list on a line of its own: `  type X as X,`, `  Stt as Stt,`. */
const EXPORT_ITEM = /^\s+(?:type\s+)?[A-Za-z_$][\w$]*(?:\s+as\s+[A-Za-z_$][\w$]*)?,?\s*$/;

/** An `export { … };` or `export type X = …;` statement on one line, inside a namespace. */
const ONE_LINE_EXPORT = /^\s+export\s+(?:\{[^}]*\}|type\s+[A-Za-z_$][\w$]*\s*=[^;]*);\s*$/;

/**
 * Whether a module declares at its top level a name it also re-exports (`export { isAsyncIterable } from './utils'`
 * beside `export const isAsyncIterable = …`): what carrying Stainless's declarations into a module of sdkgen's
 * re-exports at a path of Stainless's runtime does (retell's `src/internal/uploads.ts`), which no compiler takes.
 */
export function declaresReexported(text: string): boolean {
  const reexported = new Set(
    [...text.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}\s+from\b/gm)].flatMap((m) =>
      m[1].split(',').map(
        (part) =>
          part
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)
            .pop()!,
      ),
    ),
  );
  return declarationsOf(lines(text)).some((d) => reexported.has(d.key.slice(d.key.indexOf(':') + 1)));
}
