/** `sdkgen templates list|eject` and `sdkgen ir`, as users run them. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';
import { PETS, sdkgen, writeTree } from './helpers';

let dir: string;
let spec: string;
beforeAll(() => {
  dir = tempDir('templates-cli');
  spec = path.join(dir, 'pets.yaml');
  writeFileSync(spec, PETS);
});

const base = (p: string) => readFileSync(path.join(ROOT, 'templates/base', p), 'utf8');

describe('sdkgen templates list', () => {
  it('lists every template, partial and runtime file with the layer serving it', () => {
    const { code, stdout } = sdkgen(['templates', 'list']);
    expect(code).toBe(0);
    expect(stdout).toContain('base           templates/base');
    expect(stdout).toMatch(/^src\/client\.ts\.hbs +template +ClientView +base$/m);
    expect(stdout).toMatch(/^partials\/method-plain\.hbs +partial +MethodView +base$/m);
    expect(stdout).toMatch(/^src\/core\/error\.ts\.hbs +runtime +RuntimeView +base$/m);
    expect(stdout).toMatch(/^src\/internal\/path\.ts +runtime +\(copied\) +base$/m);
    expect(stdout).toMatch(/^src\/internal\/headers\.ts\.hbs +runtime +RuntimeView +base$/m);
    expect(stdout).toMatch(/^src\/core\/base-client\.ts\.hbs +runtime +RuntimeView +base$/m);
    expect(stdout).not.toContain('RUNTIME-CONTRACT.md');
  });

  it('shows the target overlay and a user layer above it, and what each overrides', () => {
    const user = writeTree(path.join(dir, 'user'), {
      'README.md.hbs': '# {{title}}\n',
      'partials/method-plain.hbs': '',
      'CHANGELOG.md.hbs': '# Changes\n',
    });
    const { code, stdout } = sdkgen(['templates', 'list', '--target', 'deno', '--templates', user]);
    expect(code).toBe(0);
    const layers = stdout.slice(0, stdout.indexOf('\n\n'));
    expect(
      layers
        .split('\n')
        .slice(1)
        .map((l) => l.trim().split(/\s{2,}/)[0]),
    ).toEqual(['user', 'target deno', 'base']);
    expect(stdout).toMatch(/^README\.md\.hbs +template +DocsView +user \(overrides target deno, base\)$/m);
    expect(stdout).toMatch(/^partials\/method-plain\.hbs +partial +MethodView +user \(overrides base\)$/m);
    expect(stdout).toMatch(/^CHANGELOG\.md\.hbs +extra +CommonView +user$/m);
    expect(stdout).toMatch(/^deno\.json\.hbs +extra +CommonView +target deno$/m);
    expect(stdout).toMatch(/^package\.json\.hbs +template +PackageView +target deno \(overrides base\)$/m);
    expect(stdout).toMatch(/^api\.md\.hbs +template +DocsView +base$/m);
  });

  it('--json', () => {
    const { code, stdout } = sdkgen(['templates', 'list', '--target', 'deno', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      layers: Array<{ label: string }>;
      templates: Array<{ logical: string; layer: string; kind: string }>;
    };
    expect(parsed.layers.map((l) => l.label)).toEqual(['target deno', 'base']);
    expect(parsed.templates.find((t) => t.logical === 'jsr.json.hbs')).toMatchObject({
      layer: 'target deno',
      kind: 'extra',
    });
  });

  it('rejects an unknown target (exit 2)', () => {
    const { code, stderr } = sdkgen(['templates', 'list', '--target', 'bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown target "bogus" (built-in targets: deno)');
  });
});

describe('sdkgen templates eject', () => {
  it('copies one template, a glob, and a folder; the copies generate the same SDK', () => {
    const to = path.join(dir, 'ejected');
    const one = sdkgen(['templates', 'eject', 'src/client.ts.hbs', '--to', to]);
    expect(one.code).toBe(0);
    expect(readFileSync(path.join(to, 'src/client.ts.hbs'), 'utf8')).toBe(base('src/client.ts.hbs'));
    expect(one.stdout).toContain(`--templates ${path.relative(ROOT, to)}`);
    const glob = sdkgen(['templates', 'eject', 'partials/*.hbs', 'src/**/index.ts.hbs', 'src/internal', '--to', to]);
    expect(glob.code).toBe(0);
    for (const p of [
      'partials/method-plain.hbs',
      'partials/method-paginated.hbs',
      'src/index.ts.hbs',
      'src/resources/index.ts.hbs',
      'src/internal/env.ts',
    ]) {
      expect(readFileSync(path.join(to, p), 'utf8'), p).toBe(base(p));
    }
    expect(existsSync(path.join(to, 'src/client.ts.hbs'))).toBe(true);
    expect(existsSync(path.join(to, 'README.md.hbs'))).toBe(false);
  });

  it('never overwrites an existing file without --force, and writes nothing when it refuses', () => {
    const to = path.join(dir, 'mine');
    writeTree(to, { 'src/client.ts.hbs': 'my edits\n' });
    const refused = sdkgen(['templates', 'eject', 'src/client.ts.hbs', 'src/index.ts.hbs', '--to', to]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not overwriting 1 existing file(s) (pass --force to replace them)');
    expect(refused.stderr).toContain('src/client.ts.hbs');
    expect(readFileSync(path.join(to, 'src/client.ts.hbs'), 'utf8')).toBe('my edits\n');
    expect(existsSync(path.join(to, 'src/index.ts.hbs'))).toBe(false);
    const forced = sdkgen(['templates', 'eject', 'src/client.ts.hbs', '--to', to, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(to, 'src/client.ts.hbs'), 'utf8')).toBe(base('src/client.ts.hbs'));
  });

  it('ejects from the target overlay when given one, and defaults to ./sdkgen-templates', () => {
    const { code } = sdkgen(['templates', 'eject', 'README.md.hbs', 'deno.json.hbs', '--target', 'deno'], dir);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'sdkgen-templates/README.md.hbs'), 'utf8')).toBe(
      readFileSync(path.join(ROOT, 'templates/targets/deno/README.md.hbs'), 'utf8'),
    );
    expect(existsSync(path.join(dir, 'sdkgen-templates/deno.json.hbs'))).toBe(true);
  });

  it('says so when nothing matches (exit 1), and needs a pattern (exit 2)', () => {
    const none = sdkgen(['templates', 'eject', 'nothing/*.hbs', '--to', path.join(dir, 'none')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no built-in template matches "nothing/*.hbs"');
    expect(existsSync(path.join(dir, 'none'))).toBe(false);
    expect(sdkgen(['templates', 'eject']).code).toBe(2);
    expect(sdkgen(['templates', 'frob']).code).toBe(2);
  });
});

describe('sdkgen ir', () => {
  it('prints the views of every planned file as JSON', () => {
    const { code, stdout } = sdkgen(['ir', spec]);
    expect(code).toBe(0);
    const dump = JSON.parse(stdout) as {
      files: Array<{ path: string; template: string; viewType: string; view: Record<string, unknown> }>;
      runtime: Record<string, unknown>;
    };
    const client = dump.files.find((f) => f.path === 'src/client.ts')!;
    expect(client).toMatchObject({
      template: 'src/client.ts.hbs',
      viewType: 'ClientView',
      view: { clientName: 'Pets', importExt: '.js' },
    });
    const pets = dump.files.find((f) => f.path === 'src/resources/pets.ts')!;
    expect(pets.viewType).toBe('ResourceView');
    expect((pets.view.methods as Array<{ name: string; partial: string }>).map((m) => [m.name, m.partial])).toEqual([
      ['list', 'method-paginated'],
      ['retrieve', 'method-plain'],
    ]);
    expect(dump.runtime).toEqual({
      clientName: 'Pets',
      envPrefix: 'PETS',
      packageName: 'pets-api-sdk',
      packageVersion: '0.1.0',
      pageTypes: ['PetsPage', 'PetsPageResponse', 'PetsPageParams'],
      stainlessUtils: false,
      fullClientInResources: false,
      stainlessClient: false,
      stainlessStreams: false,
      stainlessPageInfo: false,
      resourceKeys: false,
      validation: false,
      validateResponses: 'off',
      validateParams: 'off',
    });
  });

  it('--format yaml, --file, --target', () => {
    const { code, stdout } = sdkgen([
      'ir',
      spec,
      '--format',
      'yaml',
      '--file',
      'src/client.ts',
      '--file',
      'deno.json',
      '--target',
      'deno',
    ]);
    expect(code).toBe(0);
    const dump = yaml.load(stdout) as { files: Array<{ path: string; viewType: string; view: { importExt: string } }> };
    expect(dump.files.map((f) => [f.path, f.viewType, f.view.importExt])).toEqual([
      ['deno.json', 'CommonView', '.ts'],
      ['src/client.ts', 'ClientView', '.ts'],
    ]);
  });

  it('--ir prints the intermediate representation; -o writes a file', () => {
    const out = path.join(dir, 'ir.json');
    expect(sdkgen(['ir', spec, '--ir', '-o', out]).code).toBe(0);
    const api = JSON.parse(readFileSync(out, 'utf8')) as { clientName: string; resources: Array<{ property: string }> };
    expect(api.clientName).toBe('Pets');
    expect(api.resources.map((r) => r.property)).toEqual(['pets']);
  });

  it('works while a template is broken (nothing is rendered)', () => {
    const user = writeTree(path.join(dir, 'broken'), { 'src/client.ts.hbs': '{{nope}}' });
    expect(sdkgen(['generate', spec, '--templates', user, '-o', path.join(dir, 'broken-out')]).code).toBe(1);
    expect(sdkgen(['ir', spec, '--templates', user, '--file', 'src/client.ts']).code).toBe(0);
  });

  it('names a template that does not parse, and its folder, as a mistake in the templates, not a bug in sdkgen', () => {
    const user = writeTree(path.join(dir, 'unparsable'), { 'src/client.ts.hbs': '{{#if x}} never closed\n' });
    const result = sdkgen(['generate', spec, '--templates', user, '-o', path.join(dir, 'unparsable-out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`template src/client.ts.hbs (from ${user}): Parse error on line 2`);
    expect(result.stderr).not.toMatch(/internal error|a bug in sdkgen/);
  });

  it.each([
    [['ir'], 2, /missing <spec>/],
    [['ir', 'x.yaml', '--format', 'xml'], 2, /--format must be json or yaml/],
    [['ir', 'does-not-exist.yaml'], 1, /file not found/],
  ])('sdkgen %j exits %i', (args, code, pattern) => {
    const result = sdkgen(args as string[]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(pattern);
  });

  it('--file that matches nothing exits 1 and lists the files', () => {
    const result = sdkgen(['ir', spec, '--file', 'src/nope.ts']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('src/client.ts');
  });
});
