/**
 * Renders the runtime (through `runtimeFiles`, as the generator does) plus the hand-written fixture SDK
 * (test/runtime/fixture/**.hbs) into a fresh directory under test/.tmp, and imports it.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { runtimeFiles } from '../../../generator/emit/typescript/runtime-files';

export const VIEW = {
  clientName: 'Test',
  envPrefix: 'TEST',
  packageName: 'test-sdk',
  packageVersion: '0.0.1',
  // Two of the fixture's page classes (src/pagination.ts), which core/pagination re-exports as types.
  pageTypes: ['NumberedPage', 'ItemsCursorPage'],
  stainlessUtils: false,
  fullClientInResources: false,
  stainlessClient: false,
  resourceKeys: false,
  validation: false,
  validateResponses: 'off',
  validateParams: 'off',
};
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURE = path.join(REPO, 'test/runtime/fixture');

/** The view of an SDK made from a Stainless config: its client has Stainless's client surface. */
export const STAINLESS_VIEW = { ...VIEW, stainlessClient: true };

/** Every file of the rendered SDK: runtime and fixture, paths relative to the SDK root. */
export async function sdkFiles(view = VIEW): Promise<Array<{ path: string; contents: string }>> {
  const files = await runtimeFiles(path.join(REPO, 'templates/base'), view);
  for (const relative of await listFiles(FIXTURE)) {
    const template = Handlebars.compile(await readFile(path.join(FIXTURE, relative), 'utf8'), {
      noEscape: true,
      strict: true,
    });
    files.push({ path: relative.replace(/\.hbs$/, ''), contents: template(view) });
  }
  return files;
}

/** Writes the SDK into a new directory under test/.tmp; returns it and a cleanup function. */
export async function renderSdk(view = VIEW): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = path.join(REPO, 'test/.tmp', `runtime-${randomUUID().slice(0, 8)}`);
  for (const file of await sdkFiles(view)) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), file.contents);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The rendered SDK's `src/index.ts` module (runtime exports + fixture client). Typed loosely: the module only
 * exists at test time. Its types are checked by typecheck.test.ts (tsc --strict over the same files).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sdk = Record<string, any>;

export async function loadSdk(view = VIEW): Promise<{ sdk: Sdk; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await renderSdk(view);
  const sdk = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href)) as Sdk;
  return { sdk, cleanup };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)));
    else out.push(prefix + entry.name);
  }
  return out.sort();
}
