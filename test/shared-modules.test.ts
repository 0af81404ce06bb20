/**
 * test/helpers/shared-modules.ts and tsc-linked.mjs, which test/corpus type-checks its SDKs with: a module is linked
 * to an earlier SDK's only where it and all it imports are the same bytes, and an error in it, or in an SDK's own
 * file that uses it, is still reported.
 */
import { lstatSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from 'typescript';
import { describe, expect, it } from 'vitest';
import { writeFile as write } from './helpers/files';
import { tempDir } from './helpers/sdk';
import { linkIdenticalModules } from './helpers/shared-modules';
import { checkLinked } from './helpers/tsc-linked.mjs';

/** Three small SDKs: the same runtime, but `b` has an error class of its own (and so its client module differs). */
function sdks(): { dir: string; folders: string[] } {
  const dir = tempDir('shared-modules');
  const folders = ['a', 'b', 'c'].map((name) => path.join(dir, name));
  for (const [index, folder] of folders.entries()) {
    write(folder, 'src/internal/env.ts', 'export const readEnv = (name: string): string | undefined => name;\n');
    write(folder, 'src/core/error.ts', `export class ${index === 1 ? 'BError' : 'SDKError'} extends Error {}\n`);
    write(
      folder,
      'src/core/client.ts',
      "import { readEnv } from '../internal/env.js';\nimport * as errors from './error.js';\n\nexport const client = { readEnv, errors };\n",
    );
    write(
      folder,
      'src/index.ts',
      `import { client } from './core/client.js';\n\nexport const ${name(index)} = client;\n`,
    );
  }
  return { dir, folders };
}
const name = (index: number) => ['a', 'b', 'c'][index]!;

/** The parses of the files the checks read, kept from one check to the next (the lib files, the unchanged modules). */
const parsed = new Map<string, SourceFile>();

/** tsc-linked.mjs's check, in this process (TypeScript is loaded here already, by ./helpers/shared-modules.ts). */
function typeCheck(dir: string, folders: string[], exclude: string[]): { status: number; output: string } {
  const project = path.join(dir, 'tsconfig.json');
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    strict: true,
    types: [],
  };
  writeFileSync(
    project,
    JSON.stringify({ compilerOptions, include: folders.map((f) => path.join(f, '**/*.ts')), exclude }),
  );
  return checkLinked(project, dir, parsed);
}

describe('linkIdenticalModules', () => {
  it('links a module only where it and everything it imports are the same bytes as an earlier SDK', () => {
    const { folders } = sdks();
    const links = linkIdenticalModules(folders).map((link) => path.relative(path.dirname(folders[0]!), link));
    expect(links.sort()).toEqual([
      'b/src/internal/env.ts',
      'c/src/core/client.ts',
      'c/src/core/error.ts',
      'c/src/internal/env.ts',
    ]);
    // b's client imports its own error module: kept, as are the files that differ.
    expect(lstatSync(path.join(folders[1]!, 'src/core/client.ts')).isSymbolicLink()).toBe(false);
  });

  it("reports an error in a linked module once, at the module it links to, and in an SDK's own file using it", () => {
    const { dir, folders } = sdks();
    const links = linkIdenticalModules(folders);
    expect(typeCheck(dir, folders, links)).toEqual({ status: 0, output: '' });
    write(folders[0]!, 'src/internal/env.ts', 'export const readEnv = (name: string): number => name;\n');
    write(
      folders[2]!,
      'src/index.ts',
      "import { client } from './core/client.js';\n\nexport const c: number = client;\n",
    );
    const broken = typeCheck(dir, folders, links);
    expect(broken.output.split('\n').filter((line) => line.includes('error TS'))).toEqual([
      expect.stringMatching(/^a\/src\/internal\/env\.ts\(1,\d+\): error TS2322/),
      expect.stringMatching(/^c\/src\/index\.ts\(3,\d+\): error TS2322/),
    ]);
    expect(broken.status).toBe(1);
  });
});
