/**
 * The type-checking thread (test/helpers/tsc-thread.mjs) skips checking a file it found clean in an earlier program
 * when the file's bytes, its imports' bytes and resolutions (transitively), the global declarations and the options
 * are the same. These programs reuse a clean file in each way it must not be reused: what it imports changed, a global
 * it uses changed, a module it imports was augmented, an option changed. Each must report the error tsc reports.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TMP } from './helpers/paths';
import { runTsc } from './helpers/run-tsc';
import { madeTempDir } from './helpers/temp-dirs';

mkdirSync(TMP, { recursive: true });
const dir = mkdtempSync(path.join(TMP, 'tsc-thread-reuse-'));
madeTempDir(dir);

// skipLibCheck: what is tested is a.ts's check; lib.es5.d.ts's, again in each program, was most of the file's CPU.
const OPTIONS = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: 'ES2022',
  module: 'ESNext',
  lib: ['ES5'],
  types: [],
};

/** A tsc project of `files` in a folder of its own; returns its tsconfig.json. */
function project(name: string, files: Record<string, string>, options: object = OPTIONS): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: options }));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(folder, file), text);
  return path.join(folder, 'tsconfig.json');
}

/** a.ts uses a type of b.ts, a global type and an index signature: clean with BASE, wrong with each change below. */
const BASE = {
  'a.ts': [
    "import type { Box } from './b';",
    'export const box: Box = { size: 1 };',
    "export const hello: Greeting = 'hi';",
    'export const total = ({} as Record<string, number>).total;',
    '',
  ].join('\n'),
  'b.ts': 'export interface Box {\n  size: number;\n}\n',
  'globals.ts': 'type Greeting = string;\n',
};

describe('the type-checking thread reusing clean files', () => {
  // Checked first, in two folders: a.ts is known clean from here on (the second program reuses it).
  for (const name of ['clean', 'clean-again'])
    it(`${name}: a clean program is clean`, () => {
      expect(runTsc(project(name, BASE))).toEqual({ status: 0, output: '' });
    });

  const changes: [string, Record<string, string>, object?][] = [
    ['an imported module changed', { 'b.ts': 'export interface Box {\n  size: string;\n}\n' }],
    [
      'a module it imports imports one that changed',
      { 'b.ts': "export type { Box } from './c';\n", 'c.ts': 'export interface Box {\n  size: boolean;\n}\n' },
    ],
    ['a global it uses changed', { 'globals.ts': 'type Greeting = number;\n' }],
    [
      'a module it imports is augmented elsewhere',
      { 'more.ts': "export {};\ndeclare module './b' {\n  interface Box {\n    label: string;\n  }\n}\n" },
    ],
    ['an option changed', {}, { ...OPTIONS, noPropertyAccessFromIndexSignature: true }],
  ];
  for (const [what, change, options] of changes)
    it(`reports a.ts's error when ${what}`, () => {
      const { status, output } = runTsc(project(what.replace(/\W+/g, '-'), { ...BASE, ...change }, options));
      expect(status, output).not.toBe(0);
      expect(output).toMatch(/\/a\.ts\(\d+,\d+\): error TS/);
    });
});
