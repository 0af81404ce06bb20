/**
 * The names the owners took out of Stainless's entry (migrate/reapply/removed-exports.ts) stay out at every
 * regeneration, not only at the move: migrate records them in the manifest (`inputs.removedExports`, with the module
 * each came from), and `sdkgen generate` leaves them out of the entry and has every file it writes that imports one
 * from the entry import it from its module: a new resource's test too, which the move never saw. sdkgen's text
 * recorded at the move is that of a regeneration, so `sdkgen check` stays green.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/api/generate';
import { checkOutput } from '../generator/diff/check';
import { targetFromManifest } from '../generator/write/recorded-target';
import { planMigration } from '../generator/migrate/plan';
import { MANIFEST_PATH, type Manifest } from '../generator/write/manifest';
import { TMP } from './helpers/paths';

const STAINLESS = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.';

describe('migrate records the names taken out of the entry', () => {
  const stainlessEntry = `${STAINLESS}\n\nexport { Acme as default } from './client';\nexport { Acme } from './client';\n`;
  const ownersEntry = `export { Acme } from './client';\n`;
  const sdkgenEntry = "export { Acme as default, Acme } from './client.js';\nexport * from './resources/index.js';\n";
  const sdkgenTest = "import Acme from '../src/index.js';\n\nconst client = new Acme();\n";

  it("with their modules, and sdkgen's text as a regeneration makes it", () => {
    const plan = planMigration({
      current: [
        { path: 'src/index.ts', blob: 'i2', text: ownersEntry },
        { path: 'package.json', blob: 'p', text: '{ "name": "acme", "version": "1.0.0" }\n' },
      ],
      base: {
        blobs: new Map([
          ['src/index.ts', 'i1'],
          ['package.json', 'p'],
        ]),
        texts: new Map([['src/index.ts', stainlessEntry]]),
      },
      rendered: [
        { path: 'src/index.ts', contents: sdkgenEntry },
        { path: 'tests/index.test.ts', contents: sdkgenTest, rendered: 'test-render' },
        { path: 'tests/other.test.ts', contents: 'export {};\n', rendered: 'other-render' },
      ] as Array<{ path: string; contents: string }>,
    });
    expect(plan.removedExports).toEqual({
      packageName: 'acme',
      names: [{ name: 'default', module: './client.js', local: 'Acme', type: false }],
    });
    const followed = "import { Acme } from '../src/client.js';\n\nconst client = new Acme();\n";
    expect(plan.writes.find((f) => f.path === 'tests/index.test.ts')!.contents).toBe(followed);
    // The base of later merges: what `sdkgen generate` makes from now on (so `sdkgen check` finds it the same).
    expect(plan.generated.find((f) => f.path === 'tests/index.test.ts')!.contents).toBe(followed);
    expect(plan.generated.find((f) => f.path === 'src/index.ts')!.contents).not.toContain('default');
    // What the manifest records of each file's render stays (without it the first regeneration rewrites the manifest).
    const recorded = (file: string) => (plan.generated.find((f) => f.path === file) as { rendered?: string }).rendered;
    expect([recorded('tests/index.test.ts'), recorded('tests/other.test.ts')]).toEqual(['test-render', 'other-render']);
  });
});

const spec = (resources: string[]) => ({
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: Object.fromEntries(
    resources.map((name) => [
      `/${name}`,
      {
        get: {
          operationId: `list_${name}`,
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
    ]),
  ),
});

const config = (resources: string[]) =>
  [
    'organization:',
    '  name: acme',
    'targets:',
    '  typescript:',
    '    package_name: acme',
    'resources:',
    ...resources.flatMap((name) => [`  ${name}:`, '    methods:', `      list: get /${name}`]),
    '',
  ].join('\n');

describe('sdkgen generate in a migrated repository', () => {
  const root = path.join(TMP, `removed-exports-regenerate-r33t-${process.pid}`);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves the recorded names out, in the files a later spec adds too; sdkgen check stays green', async () => {
    mkdirSync(root, { recursive: true });
    const output = path.join(root, 'sdk');
    const write = (resources: string[]) => {
      writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(spec(resources)));
      writeFileSync(path.join(root, 'stainless.yml'), config(resources));
    };
    const run = () =>
      generate({ spec: path.join(root, 'openapi.json'), config: path.join(root, 'stainless.yml'), output });
    write(['widgets']);
    await run();
    const read = (file: string) => readFileSync(path.join(output, file), 'utf8');
    expect(read('src/index.ts')).toMatch(/Acme as default/);
    expect(read('tests/api-resources/widgets.test.ts')).toMatch(/^import Acme from 'acme';$/m);

    // What the move records: the owners took out the default export.
    const manifest = JSON.parse(read(MANIFEST_PATH)) as Manifest;
    manifest.inputs!.removedExports = {
      packageName: 'acme',
      names: [{ name: 'default', module: './client.js', local: 'Acme', type: false }],
    };
    writeFileSync(path.join(output, MANIFEST_PATH), JSON.stringify(manifest, null, 2));

    // A later spec adds a resource: its new test file imports the client from its module too.
    write(['widgets', 'gadgets']);
    await run();
    expect(read('src/index.ts')).not.toMatch(/\bdefault\b/);
    for (const test of ['widgets', 'gadgets']) {
      const text = read(`tests/api-resources/${test}.test.ts`);
      expect(text).toMatch(/^import \{ Acme \} from 'acme\/client';$/m);
      expect(text).not.toMatch(/^import Acme\b/m);
    }
    expect(read('README.md')).not.toMatch(/^import Acme from 'acme';$/m);
    expect((JSON.parse(read(MANIFEST_PATH)) as Manifest).inputs!.removedExports!.names).toHaveLength(1);

    const check = await checkOutput(await targetFromManifest(output));
    expect(check.files).toEqual([]);
  }, 120_000);
});
