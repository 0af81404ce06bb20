/**
 * scripts/build.mjs: dist/ holds exactly one build, and the templates it compiles ahead of time
 * (dist/base-templates.js) render exactly what the templates compiled at run time render; a template whose
 * source no longer matches the build is compiled at run time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { planFiles } from '../../generator/emit/plan';
import { Renderer } from '../../generator/emit/render';
import { generate, templateLayers } from '../../generator/generate';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';

const DIST = path.join(ROOT, 'dist');
const build = () =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });

beforeAll(() => {
  expect(build().status).toBe(0);
});

describe('scripts/build.mjs', () => {
  it('removes what earlier builds left in dist/', () => {
    const stale = path.join(DIST, 'chunk-STALE000.js');
    writeFileSync(stale, 'export {};\n');
    const result = build();
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
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
