/**
 * What the files of an SDK repository import, resolved the way TypeScript would inside the repository: relative
 * imports, and the package's own name and subpaths (its src/). Migration reads them to find the owners' modules
 * that generated code or their own code imports, and imports that regeneration would leave dangling.
 */
import type { RepoFile } from './stainless-repo';
import type { ExportedSubpath } from './subpaths';

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
export function resolvedPath(
  target: string,
  present: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): string | null {
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
 * those `take` accepts.
 */
export function modulesImported(
  from: RepoFile[],
  files: ReadonlyMap<string, RepoFile>,
  name: string | null,
  take: (file: RepoFile) => boolean,
): Set<string> {
  const found = new Set<string>();
  const queue = [...from];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const specifier of importsOf(file.text ?? '')) {
      const target = importTarget(file.path, specifier, name);
      const path = target === null ? null : resolvedPath(target, files);
      const imported = path === null ? undefined : files.get(path);
      if (imported === undefined || found.has(imported.path) || !take(imported)) continue;
      found.add(imported.path);
      queue.push(imported);
    }
  }
  return found;
}

/** Whether sdkgen's build (scripts/build.mjs: src/x.ts → dist/x.js and dist/cjs/x.js) writes `dist/<built>`. */
export function builtFrom(built: string, present: ReadonlySet<string>): boolean {
  const module = built.replace(/^cjs(?:\/|$)/, '');
  if (module === '') return resolves('src/index', present);
  const stem = /^(.*)\.(?:js|d\.ts)$/.exec(module)?.[1];
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
