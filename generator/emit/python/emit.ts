/**
 * The Python package's code files: `src/<pkg>/` with the runtime (copied from templates/python/runtime as it is),
 * `_version.py`, `__init__.py`, `_client.py`, `pagination.py`, `resources/**` and `types/**`, each formatted by
 * Ruff. The docs and project files are planned beside these (plan-api-md.ts, plan-tests.ts, plan-project.ts, …).
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
import { printClient, printInit, printPagination, printResourcesInit, printVersion } from './print-client';
import { printResourceModule } from './print-resource';
import { typesFiles } from './print-types-modules';
import { planPythonProjectFiles } from './plan-project';

export interface EmitPythonOptions extends PythonModelOptions {
  /** The folder holding templates/ (the runtime is read from templates/python/runtime). */
  packageRoot: string;
}

export async function emitPython(api: Api, options: EmitPythonOptions): Promise<RenderedFile[]> {
  const build = buildPython(api, options);
  const planned = [...(await pythonCodeFiles(build)), ...planPythonProjectFiles(build.pkg, api)];
  const code = planned.map((file) =>
    file.path.endsWith('.py') ? { ...file, contents: formatPython(file.contents, file.path) } : file,
  );
  // The runtime is copied verbatim: it is formatted where it is written.
  const files = [...code, ...(await runtimeFiles(build, options.packageRoot))];
  return files.sort((a, b) => compareStrings(a.path, b.path));
}

/** The generated modules (not yet formatted), under `src/<importName>/`. */
export async function pythonCodeFiles(build: PythonBuild): Promise<RenderedFile[]> {
  const { pkg } = build;
  const root = `src/${pkg.importName}`;
  const files: RenderedFile[] = [];
  const add = (module: string, contents: string) => files.push({ path: `${root}/${module}.py`, contents });
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
  files.push(...typesFiles(build, root));
  return files;
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
