/**
 * The generated package's build (scripts/build.mjs) writes what package.json's `bin` runs: a program kept outside
 * dist/ (`bin/cli`, as Stainless's build copied it) is copied to the path `bin` names under dist/, executable; a
 * program the compile writes (`dist/index.js`) is left as the compile wrote it.
 *
 * SDKGEN_SLOW_TESTS=full only (`npm run test:slow`): its build is three loads of TypeScript (nine seconds of CPU) for
 * what package-consumers.test.ts checks in `npm test` in the build `npm pack` runs anyway (a program copied, executable,
 * and the compiled index left); this file adds a program whose source is missing and dist/'s own module type.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { ROOT } from '../helpers/paths';
import { tempDir, writeFiles } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';

// CommonJS, as a bundled CLI is: it runs as the package's type says, whatever dist/'s own package.json says.
const CLI = '#!/usr/bin/env node\nconst { EOL } = require("node:os");\nprocess.stdout.write(`acme cli${EOL}`);\n';

describe.runIf(SLOW_FULL)("scripts/build.mjs: the programs package.json's bin runs", () => {
  let dir: string;
  let built: { status: number | null; output: string };
  let compiledIndex: string;

  beforeAll(async () => {
    dir = tempDir('package-bins');
    // sdkgen's build script, over a package of one module: what it compiles does not matter here, only what it copies.
    const { files } = await generate({ spec: path.join(ROOT, 'test/fixtures/allof.yaml'), format: false });
    writeFiles(
      dir,
      files.filter((f) => f.path === 'scripts/build.mjs'),
    );
    writeFileSync(
      path.join(dir, 'tsconfig.build.json'),
      JSON.stringify({
        include: ['src'],
        compilerOptions: {
          outDir: 'dist',
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          declaration: true,
        },
      }),
    );
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src/index.ts'), 'export default class Client {}\n');
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    // The owners' program at bin/cli, a program of the compile's, one outside dist/ and one whose source is missing.
    const bin = {
      acme: 'dist/bin/cli',
      'acme-index': './dist/index.js',
      'acme-root': 'bin/cli',
      'acme-missing': 'dist/bin/missing',
    };
    writeFileSync(
      path.join(dir, 'package.json'),
      `${JSON.stringify({ name: 'acme', type: 'commonjs', bin }, null, 2)}\n`,
    );
    mkdirSync(path.join(dir, 'bin'));
    writeFileSync(path.join(dir, 'bin/cli'), CLI, { mode: 0o644 });
    // What the compile writes at dist/index.js, to tell it from a copy.
    writeFileSync(path.join(dir, 'index.js'), 'not the compiled module\n');
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' });
    built = { status: result.status, output: `${result.stdout}${result.stderr}` };
    compiledIndex = existsSync(path.join(dir, 'dist/index.js'))
      ? readFileSync(path.join(dir, 'dist/index.js'), 'utf8')
      : '';
  }, 300_000);

  it('copies a program kept outside dist/ to where bin runs it, executable', () => {
    expect(built.status, built.output).toBe(0);
    expect(readFileSync(path.join(dir, 'dist/bin/cli'), 'utf8')).toBe(CLI);
    expect(statSync(path.join(dir, 'dist/bin/cli')).mode & 0o111).toBe(0o111);
    // dist/ says its modules are ES modules where the package keeps Stainless's layout (a CommonJS package).
    writeFileSync(path.join(dir, 'dist/package.json'), '{ "type": "module" }\n');
    const run = spawnSync(process.execPath, [path.join(dir, 'dist/bin/cli')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('acme cli\n');
  });

  it("leaves the compile's output, and writes nothing for a program it has no source of", () => {
    expect(compiledIndex).toContain('class Client');
    expect(existsSync(path.join(dir, 'dist/bin/missing'))).toBe(false);
    expect(statSync(path.join(dir, 'bin/cli')).mode & 0o111).toBe(0);
  });
});
