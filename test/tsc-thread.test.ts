/**
 * runTsc checks projects in a thread that keeps the compiler between checks (test/helpers/tsc-thread.mjs): what it
 * answers must be what `tsc -p <project> --pretty false` prints and exits with, or every type-check in the suite
 * would pass or fail on something other than tsc's word.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TSC } from './helpers/paths';
import { runTsc, runTscBuild, tempDir } from './helpers/sdk';
import { SLOW_FULL, sweep } from './helpers/slow-tests';

function spawnedTsc(project: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [TSC, '-p', project, '--pretty', 'false'], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

function project(dir: string, name: string, tsconfig: unknown, files: Record<string, string>): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'tsconfig.json'), typeof tsconfig === 'string' ? tsconfig : JSON.stringify(tsconfig));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(folder, file), text);
  return folder;
}

describe('runTsc (the type-checking thread)', () => {
  const dir = tempDir('tsc-thread');
  const options = { strict: true, noEmit: true, target: 'ES2022', lib: ['ES5'], types: [] };
  const clean = project(dir, 'clean', { compilerOptions: options }, { 'a.ts': 'export const a: number = 1;\n' });
  const wrong = project(
    dir,
    'wrong',
    { compilerOptions: options },
    {
      'a.ts': "import { b } from './missing';\nexport const a: number = 'one';\nexport const c = [1].concat(b);\n",
      'd.ts': 'export function d(x) { return x; }\n',
    },
  );
  const badConfig = project(
    dir,
    'bad-config',
    '{ "compilerOptions": { "strict": true, "bogus": 1, }, "include": ["none"]',
    {},
  );
  const emitting = project(
    dir,
    'emitting',
    { compilerOptions: { ...options, noEmit: false, declaration: true, outDir: 'out' } },
    { 'a.ts': 'export const a = (x: number) => x + 1;\n' },
  );

  const targets: [string, string][] = [
    ['a clean project', path.join(clean, 'tsconfig.json')],
    ['type errors, a missing module and an implicit any', path.join(wrong, 'tsconfig.json')],
    ['a project given as its folder', wrong],
    ['a broken tsconfig.json', badConfig],
    ['a path that does not exist', path.join(dir, 'nowhere.json')],
    ['a folder without a tsconfig.json', dir],
    ['a project that emits', emitting],
  ];
  // Each comparison starts a tsc of its own (a second or two of CPU): `npm test` compares a project with errors and one
  // that emits, and checks the other targets against those answers below (a clean project's answer, nothing and 0, in
  // runTscBuild's test; a missing project's in the next test); the broken tsconfig.json is SDKGEN_SLOW_TESTS=full's.
  const compared = sweep('tsc-thread targets', targets, ([name]) => name, [
    'type errors, a missing module and an implicit any',
    'a project that emits',
  ]);
  it.each(compared)('%s: the same output and exit status as tsc -p', (_, target) => {
    const expected = spawnedTsc(target);
    expect(runTsc(target)).toEqual(expected);
  });

  it('a folder is read as the tsconfig.json in it; a missing project fails as tsc does, without checking anything', () => {
    expect(runTsc(wrong)).toEqual(runTsc(path.join(wrong, 'tsconfig.json')));
    const nowhere = runTsc(path.join(dir, 'nowhere.json'));
    expect(nowhere.status).not.toBe(0);
    expect(nowhere.output).toMatch(/^error TS5058: The specified path does not exist: '.*nowhere\.json'\.$/);
    const noConfig = runTsc(dir);
    expect(noConfig.status).not.toBe(0);
    expect(noConfig.output).toMatch(/^error TS5057: Cannot find a tsconfig\.json file at the specified directory: /);
  });

  it('reports errors (checked twice: the second check reuses the lib files the first parsed)', () => {
    for (let round = 0; round < 2; round++) {
      const { status, output } = runTsc(wrong);
      expect(status).not.toBe(0);
      expect(output).toContain("error TS2322: Type 'string' is not assignable to type 'number'.");
      expect(output).toContain("Cannot find module './missing'");
      expect(output).toContain("error TS7006: Parameter 'x' implicitly has an 'any' type.");
    }
  });

  // @types/node's declarations are parsed once and shared by every program after, as the lib files are.
  it('a project with the declarations of a package: the same as tsc -p, twice', () => {
    const withNode = project(
      dir,
      'with-node',
      { compilerOptions: { ...options, types: ['node'], skipLibCheck: true } },
      {
        'a.ts':
          "import { readFileSync } from 'node:fs';\nexport const n: number = readFileSync('a', 'utf8');\n" +
          'export const b: Buffer = Buffer.from([1]);\n',
      },
    );
    // A spawned tsc over @types/node is a few CPU-seconds: SDKGEN_SLOW_TESTS=full's; `npm test` holds the second
    // check (the declarations reused) to the first, and the first to the error tsc reports.
    const first = runTsc(withNode);
    const expected = SLOW_FULL ? spawnedTsc(withNode) : first;
    expect(expected.output).toContain("error TS2322: Type 'string' is not assignable to type 'number'.");
    expect(expected.output).toContain('a.ts(2,14)');
    expect(expected.status).not.toBe(0);
    for (const check of [first, runTsc(withNode)]) expect(check).toEqual(expected);
  });

  it('with `only`: the lines tsc -p prints for those files, and an exit status for them alone', () => {
    const program = project(
      dir,
      'only',
      { compilerOptions: options, files: ['uses.ts', 'clean.ts', 'broken.ts'] },
      {
        'broken.ts': "export const broken: number = 'one';\nexport const fine = 1;\n",
        'uses.ts': "import { fine } from './broken';\nexport const s: string = fine;\n",
        'clean.ts': "import { fine } from './broken';\nexport const n: number = fine;\n",
      },
    );
    // The whole program's lines: the thread's, which the comparisons above hold to tsc's (a spawned tsc's with
    // SDKGEN_SLOW_TESTS=full).
    const all = (SLOW_FULL ? spawnedTsc(program) : runTsc(program)).output.split('\n');
    expect(all.some((line) => line.includes('broken.ts('))).toBe(true);
    const uses = runTsc(program, { only: [path.join(program, 'uses.ts')] });
    expect(uses.status).not.toBe(0);
    expect(uses.output.split('\n')).toEqual(all.filter((line) => line.includes('uses.ts(')));
    expect(uses.output).toContain("error TS2322: Type 'number' is not assignable to type 'string'.");
    // A file of the program that is clean: nothing to say, although a file it imports has an error.
    expect(runTsc(program, { only: [path.join(program, 'clean.ts')] })).toEqual({ status: 0, output: '' });
  });

  it('runTscBuild charges each project its own errors', () => {
    const results = runTscBuild([clean, wrong]);
    expect(results.get(clean)).toEqual({ status: 0, output: '' });
    expect(results.get(wrong)?.output).toContain('wrong/a.ts(2,14): error TS2322');
    expect(results.get(wrong)?.output).not.toContain('clean/');
  });
});
