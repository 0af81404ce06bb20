/**
 * A freshly generated SDK as its users get it from npm: `npm pack` builds it (prepack) and ships dist/ with its
 * licence; the tarball is installed offline into consumer projects, which use it from ESM, CommonJS (`require`)
 * and TypeScript under moduleResolution node10, node16 and bundler (tsc --strict, the SDK's declarations
 * checked too), through the package root and its documented subpaths, against a 127.0.0.1 server; and
 * @arethetypeswrong/cli finds no problem at those entry points. The package's `bin` runs a program its build copies
 * into dist/ (kept at `bin/cli`, as Stainless's build copied it) and one the compile writes: the tarball ships both.
 * (test/build/package-bins.test.ts, SDKGEN_SLOW_TESTS=full, builds a package of one module for the cases this one
 * leaves out: a program whose source is missing, dist/'s own module type.)
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { ROOT } from './helpers/paths';
import { runTscBuild, tempDir, writeFiles } from './helpers/sdk';
import { E2E_FULL } from './helpers/slow-tests';
import { json, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: {
    title: 'Acme',
    version: '1.0.0',
    license: { name: 'MIT License', identifier: 'MIT' },
    contact: { name: 'Acme Corp' },
  },
  servers: [{ url: 'https://api.acme.test' }],
  security: [{ bearer: [] }],
  paths: {
    '/widgets': {
      get: {
        operationId: 'listWidgets',
        parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Widget' } } },
            },
          },
        },
      },
    },
    '/widgets/{widget_id}/parts': {
      get: {
        operationId: 'listWidgetParts',
        parameters: [
          { name: 'widget_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Part' } } },
            },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Widget: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      Part: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } },
    },
  },
};

const NAME = 'acme-sdk';
const CLI = "#!/usr/bin/env node\nprocess.stdout.write('acme cli\\n');\n";
const server = new TestServer();
let root = '';
let tarball = '';
let packed: string[] = [];

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Runs a consumer program (asynchronously: the test server answers from this process). */
async function node(dir: string): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['main.js', server.url], {
    cwd: dir,
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

/**
 * A consumer project with the tarball installed. npm installs it once (offline: the SDK has no dependencies), into
 * a project of its own; every consumer gets a copy of that node_modules, which is what the same install would write.
 */
let installed = '';
function consumer(name: string, type: 'module' | 'commonjs'): string {
  if (!installed) {
    installed = path.join(root, 'installed');
    mkdirSync(installed, { recursive: true });
    writeFileSync(path.join(installed, 'package.json'), JSON.stringify({ name: 'installed', private: true }));
    run(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', tarball],
      installed,
    );
  }
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type }));
  cpSync(path.join(installed, 'node_modules'), path.join(dir, 'node_modules'), { recursive: true });
  return dir;
}

// The whole file is SDKGEN_E2E_TESTS=full's (`npm run test:e2e`, CI's): a pack with the SDK's build, an npm install and
// a tsc program per consumer, seconds of CPU `npm test`'s budget leaves out.
beforeAll(async () => {
  if (!E2E_FULL) return;
  await server.start();
  server.on('GET /widgets', json(200, [{ id: 'w1' }]));
  server.on('GET /widgets/w1/parts', json(200, [{ sku: 'p1' }]));
  root = tempDir('package-consumers');
  const spec = path.join(root, 'acme.json');
  writeFileSync(spec, JSON.stringify(SPEC));
  const sdk = path.join(root, 'sdk');
  writeFiles(sdk, (await generate({ spec })).files);
  // Code of the maintainers' own, written as for Stainless's SDKs: relative imports without an extension.
  writeFiles(sdk, [
    {
      path: 'src/lib/helper.ts',
      contents: "import { VERSION } from '../version';\nexport const helperVersion = (): string => VERSION;\n",
    },
    { path: 'src/lib/index.ts', contents: "export * from './helper';\n" },
  ]);
  writeFileSync(
    path.join(sdk, 'src/index.ts'),
    `${readFileSync(path.join(sdk, 'src/index.ts'), 'utf8')}export * from './lib';\n`,
  );
  // The owners' program kept outside dist/, which the build copies to where `bin` runs it; and the compiled index.
  // (Neither `require` nor `import`: it runs under either module type.)
  // (index.js: what `acme-index`'s path names outside dist/, to tell a copy from the compile's output.)
  writeFiles(sdk, [
    { path: 'bin/cli', contents: CLI },
    { path: 'index.js', contents: 'not the compiled module\n' },
  ]);
  const manifest = JSON.parse(readFileSync(path.join(sdk, 'package.json'), 'utf8')) as Record<string, unknown>;
  manifest.bin = { 'acme-cli': 'dist/bin/cli', 'acme-index': './dist/index.js' };
  writeFileSync(path.join(sdk, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The SDK's own devDependency, for its build (npm pack runs it: prepack).
  mkdirSync(path.join(sdk, 'node_modules'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules/typescript'), path.join(sdk, 'node_modules/typescript'));
  const out = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', root], sdk)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  tarball = path.join(root, out[0]!.filename);
  packed = out[0]!.files.map((f) => f.path);
}, 900_000);

afterAll(async () => {
  if (!E2E_FULL) return;
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(E2E_FULL)('npm pack of a fresh SDK', () => {
  it('ships dist/ (ESM, CJS, declarations) and the licence the spec names', () => {
    for (const file of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cjs/index.js',
      'dist/cjs/index.d.ts',
      'dist/cjs/package.json',
      'dist/resources/widgets.js',
      'dist/resources/widgets/index.d.ts',
      'LICENSE',
      'package.json',
      'README.md',
    ]) {
      expect(packed, file).toContain(file);
    }
    expect(packed.some((f) => f.startsWith('tests/') || f.startsWith('node_modules/'))).toBe(false);
    // bin's program copied into dist/, executable; the compiled index left as the compile wrote it.
    expect(packed).toContain('dist/bin/cli');
    const copied = path.join(root, 'sdk/dist/bin/cli');
    expect(readFileSync(copied, 'utf8')).toBe(CLI);
    expect(statSync(copied).mode & 0o111).toBe(0o111);
    expect(statSync(path.join(root, 'sdk/bin/cli')).mode & 0o111).toBe(0);
    expect(readFileSync(path.join(root, 'sdk/dist/index.js'), 'utf8')).toMatch(/^\/\/ File generated by sdkgen/);
    const manifest = JSON.parse(readFileSync(path.join(root, 'sdk/package.json'), 'utf8')) as { license?: string };
    expect(manifest.license).toBe('MIT');
    const license = readFileSync(path.join(root, 'sdk/LICENSE'), 'utf8');
    expect(license.split('\n').slice(0, 3)).toEqual(['MIT License', '', 'Copyright (c) Acme Corp']);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

/** attw and tsc over the consumers: CI's slow suite (docs/contributing.md); the ESM and CommonJS runs stay. */

describe.runIf(E2E_FULL)('the tarball under @arethetypeswrong/cli', () => {
  it('has no problem at the root or any documented subpath (node10, node16 from CJS and ESM, bundler)', () => {
    const entrypoints = [
      '.',
      'client',
      'client-core',
      'resources',
      'resources/widgets',
      'resources/widgets/widgets',
      'resources/widgets/parts',
      'resources/widgets.js',
      'resources/index.mjs',
    ];
    const attw = path.join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const result = spawnSync(process.execPath, [attw, tarball, '--format', 'json', '--entrypoints', ...entrypoints], {
      encoding: 'utf8',
    });
    const report = JSON.parse(result.stdout) as {
      analysis: { entrypoints: Record<string, unknown> };
      problems: Record<string, unknown> | unknown[];
    };
    expect(Object.keys(report.analysis.entrypoints)).toEqual(entrypoints.map((e) => (e === '.' ? e : `./${e}`)));
    expect(report.problems).toEqual(Array.isArray(report.problems) ? [] : {});
    expect(result.status, result.stderr).toBe(0);
  });
});

describe.runIf(E2E_FULL)('consumers of the installed tarball', () => {
  it('ESM: the default and named exports, the client namespace, resource group and module subpaths', async () => {
    const dir = consumer('esm', 'module');
    writeFileSync(
      path.join(dir, 'main.js'),
      `import Acme, { Acme as Named, NotFoundError, AcmeCore, helperVersion, toFile } from '${NAME}';
import { Widgets } from '${NAME}/resources/widgets';
import { Parts } from '${NAME}/resources/widgets/parts';
import * as resources from '${NAME}/resources';
// Spelled with an extension, as Stainless's packages let their users write them (editors' auto-imports do).
import { Widgets as WidgetsJs } from '${NAME}/resources/widgets.js';
import * as resourcesMjs from '${NAME}/resources/index.mjs';
const client = new Acme({ apiKey: 'k', baseURL: process.argv[2] });
const core = new AcmeCore({ apiKey: 'k', baseURL: process.argv[2] });
const widgets = await new Widgets(core).list({ q: 'x' });
const parts = await new Parts(core).list('w1');
console.log(JSON.stringify({
  same: Acme === Named && Acme.Widgets === Widgets && resources.Widgets === Widgets && Widgets.Parts === Parts &&
    Acme.toFile === toFile && Acme.NotFoundError === NotFoundError,
  withExtension: WidgetsJs === Widgets && resourcesMjs.Widgets === Widgets,
  error: NotFoundError.name,
  helper: helperVersion(),
  widgets, parts, viaClient: await client.widgets.parts.list('w1', { limit: 2 }),
}));`,
    );
    expect(await node(dir)).toEqual({
      same: true,
      withExtension: true,
      error: 'NotFoundError',
      helper: '0.1.0',
      widgets: [{ id: 'w1' }],
      parts: [{ sku: 'p1' }],
      viaClient: [{ sku: 'p1' }],
    });
  });

  it("bin: npm links the installed package's programs, and the copied one runs", () => {
    consumer('bins', 'commonjs');
    const bin = path.join(installed, 'node_modules/.bin');
    expect(existsSync(path.join(bin, 'acme-cli')) && existsSync(path.join(bin, 'acme-index'))).toBe(true);
    const cli = spawnSync(process.execPath, [path.join(bin, 'acme-cli')], { encoding: 'utf8' });
    expect([cli.stdout, cli.stderr]).toEqual(['acme cli\n', '']);
  });

  it('CommonJS: require() gives a class-like entry (new, instanceof) with .default and the named exports', async () => {
    const dir = consumer('cjs', 'commonjs');
    writeFileSync(
      path.join(dir, 'main.js'),
      `const Acme = require('${NAME}');
const { Acme: Named, NotFoundError } = require('${NAME}');
const { Widgets } = require('${NAME}/resources/widgets');
const { Widgets: WidgetsJs } = require('${NAME}/resources/widgets.js');
const client = new Acme({ apiKey: 'k', baseURL: process.argv[2] });
client.widgets.list().then((widgets) => console.log(JSON.stringify({
  helper: Acme.helperVersion(),
  instance: client instanceof Acme && client instanceof Named,
  defaults: Acme.default === Named && Acme.Acme === Named,
  error: typeof NotFoundError === 'function' && new NotFoundError(404, {}, 'x', new Headers()) instanceof Acme.APIError,
  group: Widgets === Named.Widgets && WidgetsJs === Widgets,
  widgets,
})));`,
    );
    expect(await node(dir)).toEqual({
      helper: '0.1.0',
      instance: true,
      defaults: true,
      error: true,
      group: true,
      widgets: [{ id: 'w1' }],
    });
  });

  /** A TypeScript program using the package's types through its root, the client namespace and subpaths. */
  const program = (importClause: string) => `${importClause}
import { Widgets } from '${NAME}/resources/widgets';
import type { PartListParams } from '${NAME}/resources/widgets/parts';
import type { Widget } from '${NAME}/resources';
import { AcmeCore } from '${NAME}/client-core';
import type { Widget as WidgetMjs } from '${NAME}/resources/index.mjs';
import { Widgets as WidgetsJs } from '${NAME}/resources/widgets.js';

export async function usage(client: Acme): Promise<void> {
  const params: Acme.WidgetListParams = { q: 'x' };
  const nested: Acme.Widgets.PartListParams = { limit: 1 };
  const same: PartListParams = nested;
  const widgets: Widget[] = await client.widgets.list(params);
  const options: Acme.RequestOptions = { timeout: 1000 };
  const raw: unknown = await client.get('/undocumented', { query: { a: 1 }, ...options });
  const widgets2: Acme.Widget[] = await new Widgets(new AcmeCore({ apiKey: 'k' })).list();
  const widgets3: WidgetMjs[] = await new WidgetsJs(new AcmeCore({ apiKey: 'k' })).list();
  // @ts-expect-error a param the spec does not declare, in a literal
  await client.widgets.list({ undocumented: 1 });
  void [same, widgets, raw, widgets2, widgets3];
}
`;

  const tsProjects: Array<[string, Record<string, unknown>, 'module' | 'commonjs', string]> = [
    [
      'node10',
      { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true },
      'commonjs',
      `import Acme from '${NAME}';`,
    ],
    ['node16', { module: 'node16', moduleResolution: 'node16' }, 'module', `import Acme from '${NAME}';`],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'module', `import { Acme } from '${NAME}';`],
  ];
  /**
   * The three TypeScript consumers, written on first use and type-checked in one `tsc --build` (each project under
   * its own options): by project name, tsc's output and status.
   */
  let checked: Map<string, { status: number | null; output: string }> | null = null;
  function typeChecked(): Map<string, { status: number | null; output: string }> {
    if (checked) return checked;
    const projects = tsProjects.map(([name, options, type, importClause]) => {
      const dir = consumer(`ts-${name}`, type);
      writeFileSync(path.join(dir, 'main.ts'), program(importClause));
      writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            ...options,
            target: 'ES2022',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            types: [],
            strict: true,
            noEmit: true,
            // The SDK's declarations are checked; TypeScript's own lib files (the DOM's) are TypeScript's to check.
            skipLibCheck: false,
            skipDefaultLibCheck: true,
          },
          files: ['main.ts'],
        }),
      );
      return path.join(dir, 'tsconfig.json');
    });
    const results = runTscBuild(projects);
    checked = new Map(tsProjects.map(([name], i) => [name, results.get(projects[i]!)!]));
    return checked;
  }

  it.each(tsProjects)(
    'TypeScript, moduleResolution %s: tsc --strict over the program and the SDK declarations',
    (name) => {
      const result = typeChecked().get(name)!;
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
    },
  );
});
