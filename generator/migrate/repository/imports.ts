/**
 * What the files of an SDK repository import, resolved the way TypeScript would inside the repository: relative
 * imports, and the package's own name and subpaths (its src/). Migration reads them to find the owners' modules
 * that generated code or their own code imports, and imports that regeneration would leave dangling.
 */
import type { RepoFile } from './checkout-files';
import type { ExportedSubpath } from './subpaths';
import { stainlessInternalAdvice } from '../reapply/multipart-covered';

/** A JavaScript or TypeScript module. */
export const SOURCE_FILE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

/** The module specifiers a JavaScript or TypeScript file imports, exports from or requires. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]+\s+from\s+|\bimport\(\s*|\brequire\(\s*)['"]([^'"\n]+)['"]/g;
  // Not those of examples in comments (`* import { X } from 'pkg/sub'` in a JSDoc).
  for (const match of withoutComments(text).matchAll(pattern)) found.push(match[1]);
  return found;
}

/** A module's text without its block comments and its comment lines. */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/**
 * The path in the repository an import names: relative to the importing file, or the package's own `name` and its
 * subpaths (its src/, as tsconfig.json's `paths` map them, an exported subpath's module included); null for another
 * package.
 */
export function importTarget(
  importer: string,
  specifier: string,
  name: string | null,
  exported: ExportedSubpath[] = [],
): string | null {
  if (specifier.startsWith('.')) return join(dirname(importer), specifier);
  if (name === null || !`${specifier}/`.startsWith(`${name}/`)) return null;
  const subpath = exported.find((e) => specifier === `${name}${e.subpath.slice(1)}`);
  if (subpath) return join('src', subpath.module);
  return join('src', specifier.slice(name.length).replace(/^\//, '') || 'index');
}

/** Whether an import of `target` (a path in the repository) finds a file among `present`, as TypeScript's would. */
export function resolves(target: string, present: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  return resolvedPath(target, present) !== null;
}

/** The file among `present` an import of `target` finds, as TypeScript's would, or null. */
export function resolvedPath(target: string, present: { has(path: string): boolean }): string | null {
  const stem = target.replace(/\.(?:[cm]?js|jsx)$/, '');
  const candidates = [
    target,
    ...['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.mts', '.cts'].map((ext) => `${stem}${ext}`),
    ...['index.ts', 'index.tsx', 'index.js', 'index.d.ts'].map((index) => `${target}/${index}`),
  ];
  return candidates.find((candidate) => present.has(candidate)) ?? null;
}

/**
 * The files `from` import (relatively, or by the package's own `name`: its src/), and what those import in turn, of
 * those `take` accepts. An import that finds one of the `written` files (the new SDK's) finds it rather than one of
 * `files`, as TypeScript would once they are written (`_shims/index` is the new `index.ts`, not the old `index.d.ts`).
 */
export function modulesImported(
  from: RepoFile[],
  files: ReadonlyMap<string, RepoFile>,
  name: string | null,
  take: (file: RepoFile) => boolean,
  written: { has(path: string): boolean } = new Set<string>(),
): Set<string> {
  const found = new Set<string>();
  const queue = [...from];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const specifier of importsOf(file.text ?? '')) {
      const target = importTarget(file.path, specifier, name);
      if (target !== null && resolvedPath(target, written) !== null) continue;
      const path = target === null ? null : resolvedPath(target, files);
      const imported = path === null ? undefined : files.get(path);
      if (imported === undefined || found.has(imported.path) || !take(imported)) continue;
      found.add(imported.path);
      queue.push(imported);
    }
  }
  return found;
}

/**
 * Whether sdkgen's build (scripts/build.mjs: src/x.ts → dist/x.js, dist/x.mjs and dist/cjs/x.js, with a Stainless
 * config) writes `dist/<built>`.
 */
export function builtFrom(built: string, present: ReadonlySet<string>): boolean {
  const module = built.replace(/^cjs(?:\/|$)/, '');
  if (module === '') return resolves('src/index', present);
  const stem = (built === module ? /^(.*)\.(?:m?js|d\.ts)$/ : /^(.*)\.(?:js|d\.ts)$/).exec(module)?.[1];
  return stem !== undefined && resolves(`src/${stem}.ts`, present);
}

function dirname(file: string): string {
  const at = file.lastIndexOf('/');
  return at < 0 ? '' : file.slice(0, at);
}

function join(dir: string, specifier: string): string {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of specifier.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * The names a file takes from each module by name: `import Client, { a, type b as c } from 'x'` gives `x`: `default`,
 * `a`, `b`; `export { d } from 'y'` gives `y`: `d`; `import * as Core from 'z'` gives `z`: each name the file reads
 * off `Core` (`Core.isObj(…)`, `Core.RequestOptions`). With `stars`, `export * from 'w'` gives `w`: `*` (every public
 * name of it, passed on).
 */
export function namedImportsOf(
  text: string,
  { stars = false }: { stars?: boolean } = {},
): Array<{ specifier: string; names: string[] }> {
  const found: Array<{ specifier: string; names: string[] }> = [];
  const code = withoutComments(text);
  if (stars)
    for (const [, specifier] of code.matchAll(/\bexport\s+(?:type\s+)?\*\s+from\s*['"]([^'"\n]+)['"]/g))
      found.push({ specifier, names: ['*'] });
  const pattern =
    /\b(?:import\s+(?:type\s+)?([\w$]+\s*,?\s*)?(?:\{([^}]*)\})?|export\s+(?:type\s+)?\{([^}]*)\})\s*from\s*['"]([^'"\n]+)['"]/g;
  for (const [, defaultName, imported, exported, specifier] of code.matchAll(pattern)) {
    const names = [...specifierNames(imported ?? exported ?? '')];
    if (defaultName !== undefined && defaultName.trim() !== '') names.unshift('default');
    if (names.length > 0) found.push({ specifier, names });
  }
  for (const [, namespace, specifier] of code.matchAll(
    /\bimport\s+(?:type\s+)?\*\s+as\s+([\w$]+)\s+from\s*['"]([^'"\n]+)['"]/g,
  )) {
    const read = new RegExp(`(?<![\\w$.])${namespace.replace(/\$/g, '\\$')}\\.([\\w$]+)`, 'g');
    const names = [...new Set([...code.matchAll(read)].map((m) => m[1]))];
    if (names.length > 0) found.push({ specifier, names });
  }
  return found;
}

/** The exported names of a module sdkgen writes, following its `export *` among `read`'s files; null when unknown. */
export function exportedNames(
  path: string,
  read: (path: string) => string | null,
  seen: Set<string> = new Set(),
): Set<string> | null {
  // A module reached again (two `export *` leading to it, or a cycle) adds nothing to the names found.
  if (seen.has(path)) return new Set();
  const text = read(path);
  if (text === null) return null;
  seen.add(path);
  const names = new Set<string>();
  const code = withoutComments(text);
  for (const [, name] of code.matchAll(
    /\bexport\s+(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:class|function\*?|const|let|var|interface|type|enum|namespace)\s+([\w$]+)/g,
  ))
    names.add(name);
  if (/\bexport\s+default\b/.test(code)) names.add('default');
  for (const [, list] of code.matchAll(/\bexport\s+(?:type\s+)?\{([^}]*)\}/g))
    for (const name of specifierNames(list, true)) names.add(name);
  for (const [, alias] of code.matchAll(/\bexport\s+\*\s+as\s+([\w$]+)\s+from/g)) names.add(alias);
  for (const [, specifier] of code.matchAll(/\bexport\s+\*\s+from\s*['"]([^'"\n]+)['"]/g)) {
    const target = specifier.startsWith('.') ? join(dirname(path), specifier) : null;
    const file = target === null ? null : resolvedPath(target, { has: (p: string) => read(p) !== null });
    const more = file === null ? null : exportedNames(file, read, seen);
    if (more === null) return null;
    for (const name of more) names.add(name);
  }
  return names;
}

/** The names of `{ a, type b as c }`: as imported (`a`, `b`), or as exported (`a`, `c`). */
function specifierNames(list: string, asExported = false): string[] {
  return list
    .split(',')
    .map((part) => part.trim().replace(/^type\s+/, ''))
    .filter((part) => part !== '')
    .map((part) => {
      const [name, alias] = part.split(/\s+as\s+/);
      return (asExported ? (alias ?? name) : name).trim();
    });
}

/**
 * What `file` takes by name from modules sdkgen writes (`written`: path → text) that they do not export, as report
 * lines: `imports `castToError` from '../core', which the new SDK's src/core.ts does not export`. A module whose
 * exports cannot be told (an `export *` from outside `written`) is not checked.
 */
export function namesNotExported(
  file: { path: string; text: string },
  packageName: string | null,
  exported: ExportedSubpath[],
  written: ReadonlyMap<string, string>,
  cache: Map<string, Set<string> | null> = new Map(),
): string[] {
  const reasons: string[] = [];
  for (const { specifier, names } of namedImportsOf(file.text)) {
    const target = importTarget(file.path, specifier, packageName, exported);
    const module = target === null ? null : resolvedPath(target, written);
    if (module === null || !SOURCE_FILE.test(module)) continue;
    if (!cache.has(module))
      cache.set(
        module,
        exportedNames(module, (path) => written.get(path) ?? null),
      );
    const has = cache.get(module);
    const missing = has ? names.filter((name) => !has.has(name)) : [];
    if (missing.length > 0)
      reasons.push(
        `imports ${missing.map((name) => `\`${name}\``).join(', ')} from '${specifier}', which the new SDK's ` +
          `${module} does not export${stainlessInternalAdvice(specifier, missing) ?? ''}`,
      );
  }
  return reasons;
}
