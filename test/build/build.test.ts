/**
 * scripts/build.mjs: dist/ holds exactly one build, and the templates it compiles ahead of time
 * (dist/base-templates.js) render exactly what the templates compiled at run time render; a template whose
 * source no longer matches the build is compiled at run time. The CLI's CommonJS build (dist/cli.cjs) runs from its
 * code cache, generates what the ES modules generate, and is left for them when its cache does not fit.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { planFiles } from '../../generator/emit/typescript/plan';
import { Renderer } from '../../generator/emit/render';
import { generate, templateLayers } from '../../generator/generate';
import { buildSdkgen } from '../helpers/build';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';

const DIST = path.join(ROOT, 'dist');
const build = () =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });

// dist/ as `npm test` built it (built again only when stale); with SDKGEN_SLOW_TESTS=full, the first test below
// builds it once more.
beforeAll(() => buildSdkgen());

describe('scripts/build.mjs', () => {
  // A build costs a dozen CPU-seconds, which `npm test` spends once before its tests: without SDKGEN_SLOW_TESTS=full
  // (`npm run test:slow`, CI's), the test checks that build's dist/ and writes no stale file.
  it('removes what earlier builds left in dist/ (with SDKGEN_SLOW_TESTS=full), and leaves only what the CLI and the API load', () => {
    if (SLOW_FULL) {
      const stale = path.join(DIST, 'chunk-STALE000.js');
      writeFileSync(stale, 'export {};\n');
      const result = build();
      expect(result.status, result.stderr).toBe(0);
      expect(existsSync(stale)).toBe(false);
    } else {
      console.log('build: a second build of dist/ is left out of `npm test`; SDKGEN_SLOW_TESTS=full runs it (CI does)');
    }
    // Every .js file left is reachable from main.js (the CLI) or index.js (the API) or is the precompiled templates module.
    const reachable = new Set<string>();
    const visit = (name: string) => {
      if (reachable.has(name)) return;
      reachable.add(name);
      for (const [, imported] of readFileSync(path.join(DIST, name), 'utf8').matchAll(
        /(?:from|import\()\s*"\.\/([^"]+\.js)"/g,
      ))
        visit(imported);
    };
    visit('main.js');
    visit('index.js');
    const js = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(js.filter((f) => !reachable.has(f) && f !== 'base-templates.js')).toEqual([]);
  });
});

describe('precompiled templates', () => {
  const spec = path.join(ROOT, 'test/fixtures/allof.yaml');

  it('render the same files as templates compiled at run time, and as Handlebars renders them', async () => {
    const { api } = await generate({ spec, format: false });
    const layers = templateLayers(EMPTY_CONFIG, {});
    const planned = planFiles(api, { importExt: '.js', extraTemplates: [] });
    const precompiled = await Renderer.create(layers);
    const compiledHere = await Renderer.create(layers, { usePrecompiled: false });
    expect(planned.length).toBeGreaterThan(5);
    expect(precompiled.precompiledCount).toBe(
      readdirSync(path.join(ROOT, 'templates/base'), { recursive: true }).filter((f) => String(f).endsWith('.hbs'))
        .length,
    );
    expect(compiledHere.precompiledCount).toBe(0);
    const byHandlebars = await Renderer.create(layers, { engine: 'handlebars' });
    for (const file of planned) {
      const rendered = await precompiled.render(file);
      expect(rendered, file.path).toEqual(await compiledHere.render(file));
      expect(rendered, file.path).toEqual(await byHandlebars.render(file));
    }
  });

  it('are not used for a template edited since the build', async () => {
    const { api } = await generate({ spec, format: false });
    const edited = path.join(tempDir('edited-templates'), 'base');
    cpSync(path.join(ROOT, 'templates/base'), edited, { recursive: true });
    const readme = path.join(edited, 'README.md.hbs');
    writeFileSync(readme, `EDITED\n${readFileSync(readme, 'utf8')}`);
    const renderer = await Renderer.create({ dirs: [edited] });
    expect(renderer.precompiledCount).toBeGreaterThan(0);
    const file = planFiles(api, { importExt: '.js', extraTemplates: [] }).find((f) => f.template === 'README.md.hbs')!;
    expect((await renderer.render(file)).contents.startsWith('EDITED\n')).toBe(true);
  });
});

describe('the compiled CLI (dist/cli.cjs and its code cache)', () => {
  const cli = (bin: string, args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SDKGEN_DEBUG: '', SDKGEN_CODE_CACHE: 'check', ...env },
    });
  const BIN = path.join(ROOT, 'bin/sdkgen.js');
  const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

  it('runs from the cache the build made, and generates what dist/main.js generates', () => {
    const quick = cli(BIN, ['--version']);
    expect(quick.stderr).toBe('sdkgen: code cache used\n');
    expect(quick.stdout.trim()).toBe(`sdkgen ${version}`);
    // Prettier and oxfmt are imported through the loader; the spec has a function module per method.
    const spec = path.join(ROOT, 'test/fixtures/funcs.yaml');
    const out = tempDir('compiled-cli');
    const outputs: Record<string, Map<string, string>> = {};
    // Each formatter from the compiled CLI; the ES modules' output to compare with, oxfmt's (and Prettier's with
    // SDKGEN_SLOW_TESTS=full: a CLI run more, the same code path).
    const runs = [
      ['compiled', 'oxfmt', {}],
      ['compiled', 'prettier', {}],
      ['modules', 'oxfmt', { SDKGEN_CODE_CACHE: 'off' }],
      ...(SLOW_FULL ? ([['modules', 'prettier', { SDKGEN_CODE_CACHE: 'off' }]] as const) : []),
    ] as const;
    for (const [name, formatter, env] of runs) {
      const dir = path.join(out, `${name}-${formatter}`);
      const run = cli(BIN, ['generate', spec, '-o', dir, '--formatter', formatter, '--quiet'], env);
      expect(run.status, run.stderr).toBe(0);
      const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      outputs[`${name}-${formatter}`] = new Map(
        files.map((e) => {
          const file = path.join(e.parentPath, e.name);
          return [path.relative(dir, file), readFileSync(file, 'utf8')];
        }),
      );
    }
    expect(outputs['compiled-oxfmt'].size).toBeGreaterThan(20);
    expect(outputs['compiled-oxfmt']).toEqual(outputs['modules-oxfmt']);
    expect([...outputs['compiled-prettier'].keys()].sort()).toEqual([...outputs['compiled-oxfmt'].keys()].sort());
    if (SLOW_FULL) expect(outputs['compiled-prettier']).toEqual(outputs['modules-prettier']);
  });

  it('is ASCII, so that Node decodes it at start-up as one-byte text (the comments esbuild keeps have arrows)', () => {
    const script = readFileSync(path.join(DIST, 'cli.cjs'));
    expect(script.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it('is left for dist/main.js when the cache was made for another script or V8, and still runs when V8 rejects it', () => {
    // A copy of the package whose dist/ can be changed.
    const pkg = tempDir('cli-cache');
    cpSync(path.join(ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true });
    cpSync(DIST, path.join(pkg, 'dist'), { recursive: true });
    for (const name of ['templates', 'node_modules', 'package.json'])
      symlinkSync(path.join(ROOT, name), path.join(pkg, name));
    const bin = path.join(pkg, 'bin/sdkgen.js');
    const script = path.join(pkg, 'dist/cli.cjs');
    const cache = path.join(pkg, 'dist/cli.cjs.cache');
    const original = { script: readFileSync(script), cache: readFileSync(cache) };
    const runs = (expected: string) => {
      const run = cli(bin, ['--version']);
      expect(run.stderr).toBe(`sdkgen: ${expected}\n`);
      expect(run.stdout.trim()).toBe(`sdkgen ${version}`);
    };
    runs('code cache used');

    // Another build of the same length: V8 alone would take the cache (it checks the length, not the text).
    const edited = Buffer.from(original.script);
    const at = edited.indexOf('please report it');
    expect(at).toBeGreaterThan(0);
    edited.write('PLEASE REPORT IT', at);
    writeFileSync(script, edited);
    runs('code cache not used: made for another build of dist/cli.cjs');
    writeFileSync(script, original.script);

    const newline = original.cache.indexOf(10);
    const stamp = JSON.parse(original.cache.subarray(0, newline).toString('utf8'));
    writeFileSync(
      cache,
      Buffer.concat([
        Buffer.from(`${JSON.stringify({ ...stamp, v8: '1.0.0' })}\n`),
        original.cache.subarray(newline + 1),
      ]),
    );
    runs(`code cache not used: made by V8 1.0.0, this is ${process.versions.v8}`);

    // Damaged data behind a right stamp: V8 compiles the script itself.
    writeFileSync(cache, Buffer.concat([original.cache.subarray(0, newline + 1), Buffer.alloc(64, 7)]));
    runs('code cache rejected by V8');

    writeFileSync(cache, 'not a cache');
    runs('code cache not used: not a code cache');
    rmSync(cache);
    runs('code cache not used: cannot read it (ENOENT)');
  });
});
