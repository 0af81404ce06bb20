/** runtimeFiles(): which files every SDK gets, rendered how. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runtimeFiles } from '../../generator/emit/typescript/runtime-files';
import prettierOptions from '../../generator/format/prettier-options.json';
import { REPO, VIEW } from './helpers/sdk';

const TEMPLATES = path.join(REPO, 'templates/base');

describe('runtimeFiles', () => {
  test('lists the contract modules, sorted, with SDK-relative paths', async () => {
    const files = await runtimeFiles(TEMPLATES, VIEW);
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    for (const module of [
      'src/core/api-promise.ts',
      'src/core/base-client.ts',
      'src/core/error.ts',
      'src/core/pagination.ts',
      'src/core/resource.ts',
      'src/core/streaming.ts',
      'src/core/uploads.ts',
      'src/internal/cookies.ts',
      'src/internal/path.ts',
    ]) {
      expect(paths).toContain(module);
    }
    expect(paths.every((p) => /^src\/(core|internal)\/[\w/-]+\.ts$/.test(p))).toBe(true);
  });

  test('copies .ts verbatim and renders .ts.hbs with the view', async () => {
    const files = await runtimeFiles(TEMPLATES, { ...VIEW, clientName: 'Smithery' });
    const verbatim = files.find((f) => f.path === 'src/internal/path.ts');
    expect(verbatim?.contents).toBe(await readFile(path.join(TEMPLATES, 'src/internal/path.ts'), 'utf8'));
    // Stainless's client surface only in an SDK made from a Stainless config.
    const baseClient = (view: typeof VIEW) =>
      runtimeFiles(TEMPLATES, view).then((all) => all.find((f) => f.path === 'src/core/base-client.ts')!.contents);
    const lean = await baseClient(VIEW);
    const stainless = await baseClient({ ...VIEW, stainlessClient: true });
    for (const name of ['prepareOptions(', 'prepareRequest(', 'getAPIList<', 'buildURL(path', 'stainlessHeaders?']) {
      expect(lean).not.toContain(name);
      expect(stainless).toContain(name);
    }
    const error = files.find((f) => f.path === 'src/core/error.ts')?.contents ?? '';
    expect(error).toContain('export class SmitheryError extends Error');
    expect(error).toContain('export { SmitheryError as SDKError }');
    expect(error).not.toContain('{{');
    // core/pagination has the SDK's page classes (values, from src/pagination.ts, which re-exports the runtime's) where
    // Stainless's SDKs declared them; without pages, the runtime's.
    const pagination = (view: typeof VIEW) =>
      runtimeFiles(TEMPLATES, view).then((all) => all.find((f) => f.path === 'src/core/pagination.ts')!.contents);
    expect(await pagination(VIEW)).toContain("export * from '../pagination.js';");
    expect(await pagination(VIEW)).not.toContain('./page-base.js');
    expect(await pagination({ ...VIEW, pageTypes: [] })).toContain("export * from './page-base.js';");
    expect(await pagination({ ...VIEW, pageTypes: [] })).not.toContain("from '../pagination.js'");
    // internal/utils re-exports the helpers Stainless's SDKs had there only in an SDK made from a Stainless config.
    const utils = (view: typeof VIEW) =>
      runtimeFiles(TEMPLATES, view).then((all) => all.find((f) => f.path === 'src/internal/utils.ts')!.contents);
    const plain = await utils(VIEW);
    expect(plain).toBe(
      (await readFile(path.join(TEMPLATES, 'src/internal/utils.ts.hbs'), 'utf8')).replace(/\{\{#if[\s\S]*$/, ''),
    );
    expect(await utils({ ...VIEW, stainlessUtils: true })).toBe(
      `${plain}\n// The helpers Stainless's SDKs had here, which hand-written code beside them imports from this module.\n` +
        "export * from './stainless-utils.js';\nexport { readEnv } from './env.js';\n" +
        "export type { Logger, LogLevel } from './log.js';\n",
    );
  });

  test("the client's runtime renders Prettier-stable with and without Stainless's client surface", async () => {
    const prettier = await import('prettier');
    const options = { ...(prettierOptions as object), parser: 'typescript' };
    const stainlessKeys = { ...VIEW, stainlessClient: true, fullClientInResources: true, resourceKeys: true };
    for (const view of [VIEW, { ...VIEW, stainlessClient: true }, stainlessKeys]) {
      for (const file of await runtimeFiles(TEMPLATES, view)) {
        const checked = ['src/core/base-client.ts', 'src/core/api-promise.ts', 'src/internal/utils.ts'];
        if (!checked.includes(file.path) && !(view === stainlessKeys && file.path === 'src/core/resource.ts')) continue;
        expect(await prettier.check(file.contents, options), `${file.path} (${view.stainlessClient})`).toBe(true);
      }
    }
  });

  test('is deterministic', async () => {
    expect(await runtimeFiles(TEMPLATES, VIEW)).toEqual(await runtimeFiles(TEMPLATES, VIEW));
  });

  test('recurses into subdirectories, ignores other files, renders strictly', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'runtime-files-'));
    try {
      await mkdir(path.join(dir, 'src/internal/deep'), { recursive: true });
      await mkdir(path.join(dir, 'src/core'), { recursive: true });
      await writeFile(path.join(dir, 'src/internal/deep/z.ts'), 'export const z = 1;\n');
      await writeFile(path.join(dir, 'src/internal/a.ts'), 'export const a = 1;\n');
      await writeFile(path.join(dir, 'src/internal/notes.md'), '# not code\n');
      await writeFile(
        path.join(dir, 'src/core/name.ts.hbs'),
        "export const name = '{{packageName}}@{{packageVersion}}';\n",
      );
      const files = await runtimeFiles(dir, VIEW);
      expect(files).toEqual([
        { path: 'src/core/name.ts', contents: "export const name = 'test-sdk@0.0.1';\n" },
        { path: 'src/internal/a.ts', contents: 'export const a = 1;\n' },
        { path: 'src/internal/deep/z.ts', contents: 'export const z = 1;\n' },
      ]);
      await writeFile(path.join(dir, 'src/core/bad.ts.hbs'), '{{missingField}}');
      await expect(runtimeFiles(dir, VIEW)).rejects.toThrow(/missingField/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
