/**
 * The runtime every generated SDK ships: `src/core/**` and `src/internal/**` of the templates directory.
 * `.ts` files are copied verbatim; `.ts.hbs` files are rendered with Handlebars against the RuntimeView
 * (see templates/base/RUNTIME-CONTRACT.md).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';

export interface RuntimeView {
  /** "Smithery" → class SmitheryError. */
  clientName: string;
  /** "SMITHERY" → SMITHERY_LOG, SMITHERY_BASE_URL. */
  envPrefix: string;
  packageName: string;
  packageVersion: string;
}

export interface EmittedFile {
  /** Relative to the SDK root, with forward slashes: "src/core/error.ts". */
  path: string;
  contents: string;
}

const RUNTIME_DIRS = ['src/core', 'src/internal'];

export async function runtimeFiles(templatesDir: string, view: RuntimeView): Promise<EmittedFile[]> {
  const files: EmittedFile[] = [];
  for (const dir of RUNTIME_DIRS) {
    for (const relative of await listFiles(path.join(templatesDir, dir))) {
      const source = await readFile(path.join(templatesDir, dir, relative), 'utf8');
      const sdkPath = `${dir}/${relative}`;
      if (sdkPath.endsWith('.ts.hbs')) {
        const template = Handlebars.compile(source, { noEscape: true, strict: true });
        files.push({ path: sdkPath.slice(0, -'.hbs'.length), contents: template(view) });
      } else if (sdkPath.endsWith('.ts')) {
        files.push({ path: sdkPath, contents: source });
      }
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Files under `dir` (recursively), as sorted forward-slash paths relative to it; none when it is missing. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)));
    else if (entry.isFile()) files.push(prefix + entry.name);
  }
  return files.sort();
}
