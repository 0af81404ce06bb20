/**
 * One tsc program over many generated SDKs checks each SDK's copy of the runtime (src/core, src/internal, the tests'
 * harness: most of a small SDK's lines) once per SDK, although the copies are the same bytes. linkIdenticalModules
 * replaces a module with a link to the first SDK's copy when the two are the same bytes and so is every module each
 * imports, transitively: the compiler then reads one source file for both (it follows links to the real path), and
 * its diagnostics are those either copy would have had, since the text it is checked with is the same. A module that
 * imports anything else (a package, an SDK's own file that differs, a path it cannot resolve here) keeps its copy.
 */
import { lstatSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The .ts files under `dir` (relative paths), as tsc's `**\/*.ts` include lists them: no dot folders, no node_modules. */
function typeScriptFiles(dir: string, sub = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = path.join(sub, entry.name);
    if (entry.isDirectory()) files.push(...typeScriptFiles(dir, rel));
    else if (entry.isFile() && entry.name.endsWith('.ts')) files.push(rel);
  }
  return files;
}

/** The file (relative to the SDK) a relative import of `from` names, as bundler resolution finds it; else null. */
function resolveRelative(files: Map<string, string>, from: string, specifier: string): string | null {
  const base = path.join(path.dirname(from), specifier);
  const stem = base.replace(/\.(js|ts)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.d.ts`, path.join(base, 'index.ts')])
    if (files.has(candidate)) return candidate;
  return null;
}

/** A module's relative imports (relative to the SDK), or null when it imports anything else or is no module. */
function relativeImports(files: Map<string, string>, file: string): string[] | null {
  const text = files.get(file)!;
  // A script's declarations are global: only modules are shared.
  if (!/^\s*(import|export)\b/m.test(text)) return null;
  const info = ts.preProcessFile(text, true, true);
  if (info.referencedFiles.length || info.typeReferenceDirectives.length || info.libReferenceDirectives.length)
    return null;
  const imports: string[] = [];
  for (const { fileName } of info.importedFiles) {
    const resolved = fileName.startsWith('.') ? resolveRelative(files, file, fileName) : null;
    if (resolved === null) return null;
    imports.push(resolved);
  }
  return imports;
}

/**
 * Links each module of the SDK folders (after the first) to the same module of an earlier SDK where both are the
 * same bytes with the same bytes imported, transitively. Returns the links made (absolute paths): a program that
 * includes every .ts file must leave them out of its root files (tsc would read a root file under its own name).
 */
export function linkIdenticalModules(folders: string[]): string[] {
  const sdks = folders.map((folder) => {
    const files = new Map(typeScriptFiles(folder).map((file) => [file, readFileSync(path.join(folder, file), 'utf8')]));
    return { folder, files, imports: new Map([...files.keys()].map((file) => [file, relativeImports(files, file)])) };
  });
  const links: string[] = [];
  for (const [index, sdk] of sdks.entries()) {
    const { imports } = sdk;
    for (const earlier of sdks.slice(0, index)) {
      // The modules that are the same bytes here as in `earlier`, less, until none is left to take out, each that
      // imports one that is not: what is left imports only the same bytes, transitively (an import cycle included).
      const same = new Set(
        [...sdk.files.keys()].filter(
          (file) =>
            imports.get(file) &&
            earlier.files.get(file) === sdk.files.get(file) &&
            // Found at the same paths there (another file beside it could win the resolution).
            earlier.imports.get(file)?.join('\n') === imports.get(file)!.join('\n'),
        ),
      );
      for (let changed = true; changed; ) {
        changed = false;
        for (const file of same)
          if (!imports.get(file)!.every((imported) => same.has(imported))) {
            same.delete(file);
            changed = true;
          }
      }
      for (const file of same) {
        const target = path.join(sdk.folder, file);
        if (lstatSync(target).isSymbolicLink()) continue;
        rmSync(target);
        symlinkSync(path.join(earlier.folder, file), target);
        links.push(target);
      }
    }
  }
  return links;
}
