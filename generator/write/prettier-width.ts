/**
 * How the project in an output folder has prettier print code, for the lines the three-way merge writes itself (an
 * import statement merged by name, merge-ts-imports.ts): `printWidth` and whether `trailingComma` adds one after a
 * statement's last name. Read from the folder's `.prettierrc` / `.prettierrc.json` (JSON) or its package.json's
 * `prettier` object, with prettier's own defaults (80, `all`) for what that config leaves out; with no config there,
 * sdkgen's formatter options (format/prettier-options.json), which its output is printed with.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import prettierOptions from '../format/prettier-options.json';
import type { ImportPrint } from './merge-ts-imports';

function json(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function importPrintOf(dir: string): ImportPrint {
  const pkg = json(path.join(dir, 'package.json'));
  const config = [json(path.join(dir, '.prettierrc')), json(path.join(dir, '.prettierrc.json'))].find(isObject) ??
    (isObject(pkg) && isObject(pkg.prettier) ? pkg.prettier : undefined) ?? { ...prettierOptions };
  const width = config.printWidth;
  return {
    printWidth: typeof width === 'number' && width > 0 ? width : 80,
    trailingComma: config.trailingComma !== 'none',
  };
}
