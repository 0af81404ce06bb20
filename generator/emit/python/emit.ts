/**
 * The Python package's code files: `src/<pkg>/` with the runtime (copied from templates/python/runtime as it is),
 * `_version.py`, `__init__.py`, `_client.py`, `pagination.py`, `resources/**` and `types/**`, each formatted by
 * Ruff. The docs and project files are planned beside these (plan-api-md.ts, plan-tests.ts, plan-project.ts, …).
 * Each .py file goes to the formatter as soon as it is printed (generate.ts formats on threads, and takes a file
 * the last run formatted from the same text from the output as it is).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Api } from '../../ir/types';
import { compareStrings } from '../../naming/case';
import { formatPython } from '../../format/ruff';
import type { RenderedFile } from '../render';
import { buildPython, type PythonBuild, type PythonModelOptions } from './build-model';
import type { PyResource } from './model';
import { printClient, printPagination } from './print-client';
import { printInit, printResourcesInit, printVersion } from './print-init';
import { printResourceModule } from './print-resource';
import { typesFiles } from './print-types-modules';
import { planApiMd } from './plan-api-md';
import { planPythonProjectFiles } from './plan-project';
import type { PrintedModule } from './py-layout';

export interface EmitPythonOptions extends PythonModelOptions {
  /** The folder holding templates/ (the runtime is read from templates/python/runtime). */
  packageRoot: string;
  /** A .py file as printed → the file formatted (default: Ruff on this thread). */
  format?: (file: RenderedFile) => RenderedFile | Promise<RenderedFile>;
  /** Any other file (docs, project files, the runtime) → the file as written (default: itself). */
  unformatted?: (file: RenderedFile) => RenderedFile;
}

export async function emitPython(api: Api, options: EmitPythonOptions): Promise<RenderedFile[]> {
  const build = buildPython(api, options);
  const format = options.format ?? ((file) => ({ ...file, contents: formatPython(file.contents, file.path) }));
  const unformatted = options.unformatted ?? ((file) => file);
  // The runtime is copied verbatim: it is formatted where it is written. (Read first: once files are being formatted,
  // nothing is awaited before all of them are, so that a file Ruff rejects rejects the whole.)
  const runtime = await runtimeFiles(build, options.packageRoot);
  const files: Array<RenderedFile | Promise<RenderedFile>> = runtime.map(unformatted);
  const add = (file: RenderedFile) =>
    files.push(file.path.endsWith('.py') && !file.inFormatterLayout ? format(file) : unformatted(file));
  printCode(build, add);
  planPythonProjectFiles(build.pkg, api).forEach(add);
  return (await Promise.all(files)).sort((a, b) => compareStrings(a.path, b.path));
}

/** The package's api.md alone (`sdkgen diff --against` a Python SDK's): nothing else is printed. */
export function pythonApiMd(api: Api, options: PythonModelOptions): string {
  return planApiMd(buildPython(api, options).pkg);
}

/** The generated modules (not yet formatted), under `src/<importName>/`. */
export function pythonCodeFiles(build: PythonBuild): RenderedFile[] {
  const files: RenderedFile[] = [];
  printCode(build, (file) => files.push(file));
  return files;
}

/** Each generated module, told to `add` as soon as it is printed. */
function printCode(build: PythonBuild, addFile: (file: RenderedFile) => void): void {
  const { pkg } = build;
  const root = `src/${pkg.importName}`;
  // A module its printer wrote in Ruff's layout (py-layout.ts) is flagged so: Ruff does not format it.
  const add = (module: string, printed: string | PrintedModule) =>
    addFile(
      typeof printed === 'string' || !printed.inRuffLayout
        ? { path: `${root}/${module}.py`, contents: typeof printed === 'string' ? printed : printed.contents }
        : { path: `${root}/${module}.py`, contents: printed.contents, inFormatterLayout: true },
    );
  add('_version', printVersion(pkg));
  add('__init__', printInit(pkg));
  add('_client', printClient(pkg));
  add('pagination', printPagination(pkg.pages));
  add('resources/__init__', printResourcesInit(pkg.resources, 'resources'));
  const walk = (resource: PyResource) => {
    add(resource.module, printResourceModule(resource, build));
    if (resource.subresources.length) {
      const pkgModule = resource.module.split('/').slice(0, -1).join('/');
      add(`${pkgModule}/__init__`, printResourcesInit([resource, ...resource.subresources], pkgModule));
    }
    resource.subresources.forEach(walk);
  };
  pkg.resources.forEach(walk);
  typesFiles(build, root).forEach(addFile);
}

/** templates/python/runtime/** as it is, under `src/<importName>/`. */
async function runtimeFiles(build: PythonBuild, packageRoot: string): Promise<RenderedFile[]> {
  const dir = path.join(packageRoot, 'templates', 'python', 'runtime');
  if (!existsSync(dir)) return [];
  const files: RenderedFile[] = [];
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') await walk(full);
      } else if (!entry.name.endsWith('.pyc')) {
        const relative = path.relative(dir, full).split(path.sep).join('/');
        files.push({ path: `src/${build.pkg.importName}/${relative}`, contents: await readFile(full, 'utf8') });
      }
    }
  };
  await walk(dir);
  return files;
}
