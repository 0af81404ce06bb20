/**
 * The TypeScript parser that checks a re-applied module (reapply/parses.ts) is looked for beyond sdkgen's own
 * dependencies, where `typescript` is an optional peer an owner's install of sdkgen often lacks: in the migrated
 * repository (a Stainless SDK's devDependencies have it, once installed), which migrate may be run from outside of.
 * Without a parser only paired brackets were checked, and a misplaced owners' line was written unparseable.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilerFrom, moduleParses } from '../../generator/migrate/reapply/parses';

// Outside the repository: under test/.tmp (tempDir) the repository's own node_modules/typescript would be found.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-parser-places-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A repository whose node_modules has typescript (linked to this checkout's), and a folder without one.
const repo = path.join(scratch, 'repo');
const elsewhere = path.join(scratch, 'elsewhere');
mkdirSync(path.join(repo, 'node_modules'), { recursive: true });
mkdirSync(elsewhere);
const installed = path.dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
symlinkSync(installed, path.join(repo, 'node_modules', 'typescript'), 'dir');

describe('where the parser of re-applied modules is found', () => {
  it('in the first place that has typescript installed: a folder, as a repository is given', () => {
    const ts = compilerFrom([elsewhere, repo]);
    expect(ts).not.toBeNull();
    expect(typeof ts?.createSourceFile).toBe('function');
    expect(compilerFrom([elsewhere])).toBeNull();
  });

  it('the repository given to the check parses its modules', () => {
    // (sdkgen's own typescript is found first here; the repository's is the next place.)
    expect(moduleParses('src/a.ts', 'export {};\n  type A as A,\n', repo)).toBe(false);
    expect(moduleParses('src/a.ts', 'export type A = string;\n', repo)).toBe(true);
  });
});
