/**
 * Where the templates a run renders from are: the package root, the TypeScript template layers (a user's folder, a
 * built-in target overlay, the base) and the Python package's templates, and the names of the Python target.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SdkConfig } from './config';
import { UsageError } from './diagnostics';
import type { TemplateLayers } from './emit/render';

/** `--target python`: the Python package (emit/python/), not a template overlay. */
export const PYTHON_TARGET = 'python';
/** What formats the Python files (the manifest's format key): Ruff's formatter at 120 columns. */
export const PYTHON_FORMAT_KEY = 'ruff-wasm 0.17.4 line-length=120';

/**
 * What a Python package is made from besides the spec and config: templates/python (the runtime, the project files),
 * its template layer for the inputs key (write/inputs-key.ts), as a TypeScript target's layers are.
 */
export function pythonTemplateDirs(): string[] {
  return [path.join(packageRoot(), 'templates', 'python')];
}

/** The folder holding templates/ (the package root), found relative to this module, built or not. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (path.basename(dir) === 'generator' || path.basename(dir) === 'dist') return path.dirname(dir);
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export function templateLayers(
  config: SdkConfig,
  options: { templates?: string | null; target?: string | null },
): TemplateLayers {
  const root = packageRoot();
  const dirs: string[] = [];
  const user =
    options.templates ?? (config.templates && config.dir ? path.resolve(config.dir, config.templates) : null);
  if (user) {
    if (!existsSync(path.resolve(user))) throw new UsageError(`template folder not found: ${user}`);
    dirs.push(path.resolve(user));
  }
  if (options.target) {
    const targets = existsSync(path.join(root, 'templates', 'targets'))
      ? readdirSync(path.join(root, 'templates', 'targets')).sort()
      : [];
    if (!targets.includes(options.target))
      throw new UsageError(
        `unknown target ${JSON.stringify(options.target)} (built-in targets: ${targets.join(', ') || 'none'})`,
      );
    dirs.push(path.join(root, 'templates', 'targets', options.target));
  }
  dirs.push(path.join(root, 'templates', 'base'));
  return { dirs };
}
