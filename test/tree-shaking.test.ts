/**
 * Tree-shakable clients (`treeShaking: true`, or Stainless's `enable_treeshaking`): each resource class has a
 * `Base…` variant without its nested resources that knows its path on the client, and `<package>/tree-shakable`
 * builds a client with only the resources listed. Checked as users meet it: tsc --strict over a program written
 * the way Stainless's own tests use it, calls against a real 127.0.0.1 server, and the size of a one-resource
 * bundle, which must not grow with the rest of the SDK.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-resource-tests.test.ts samples tree-shakable clients (docs/contributing.md, "What `npm test`
// samples").
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const op = (operationId: string, extra: object = {}) => ({
  operationId,
  ...extra,
  responses: {
    '200': {
      description: 'ok',
      content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
    },
  },
});
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/** `resources` groups of `perResource` endpoints: `/r0/things`, `/r0/things/{id}/parts`, … */
function spec(resources: number) {
  const paths: Record<string, object> = {
    '/health': { get: op('checkHealth') },
    '/servers': { get: op('listServers') },
    '/servers/{id}/releases': { get: op('listReleases', { parameters: [idParam] }) },
  };
  for (let i = 0; i < resources; i++) {
    paths[`/group${i}/items`] = { get: op(`listGroup${i}Items`), post: op(`createGroup${i}Item`) };
    paths[`/group${i}/items/{id}`] = {
      get: op(`getGroup${i}Item`, { parameters: [idParam] }),
      delete: op(`deleteGroup${i}Item`, { parameters: [idParam] }),
    };
    paths[`/group${i}/items/{id}/parts`] = { get: op(`listGroup${i}ItemParts`, { parameters: [idParam] }) };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Shop', version: '1' },
    servers: [{ url: 'https://api.shop.test' }],
    paths,
  };
}

async function sdkFor(root: string, name: string, resources: number, treeShaking: boolean) {
  const specFile = path.join(root, `${name}.json`);
  writeFileSync(specFile, JSON.stringify(spec(resources)));
  const config = path.join(root, `${name}.sdkgen.yaml`);
  writeFileSync(config, `client:\n  name: Shop\ntreeShaking: ${treeShaking}\n`);
  const result = await generate({ spec: specFile, config, format: false });
  const dir = path.join(root, name);
  writeFiles(dir, result.files);
  return { dir, files: result.files };
}

const CONSUMER = `
import Shop, { BaseShop as RootBaseShop } from './src/index.js';
import { createClient, type PartialShop, BaseShop } from './src/tree-shakable.js';
import { Servers } from './src/resources/servers/servers.js';
import { BaseReleases } from './src/resources/servers/releases.js';
import { BaseHealth } from './src/resources/health.js';

const full = new Shop({ baseURL: 'http://127.0.0.1:1' });
const base = createClient({ baseURL: 'http://127.0.0.1:1', resources: [BaseReleases] });
const parent = createClient({ baseURL: 'http://127.0.0.1:1', resources: [Servers] });
const two = createClient({ baseURL: 'http://127.0.0.1:1', resources: [BaseReleases, BaseHealth] });

// As Stainless's own tests are written: one function for the full, the base and the parent's client.
const run = (client: PartialShop<{ servers: { releases: BaseReleases } }>) => client.servers.releases.list('id');
void run(full);
void run(base);
void run(parent);
void run(two);
void two.health.retrieve();
const core: BaseShop = base;
void core;
// The package root exports it too, as Stainless's tree-shakable SDKs did.
const fromRoot: RootBaseShop = new RootBaseShop({ baseURL: 'http://127.0.0.1:1' });
void fromRoot;
// @ts-expect-error: health was not listed
void base.health;
// @ts-expect-error: BaseReleases has no nested resources, and servers' own methods were not listed
void base.servers.list();
`;

const server = new TestServer();
let root = '';
let small = { dir: '', files: [] as Array<{ path: string; contents: string }> };

beforeAll(async () => {
  await server.start();
  root = tempDir('tree-shaking');
  small = await sdkFor(root, 'small', 2, true);
  writeFileSync(path.join(small.dir, 'consumer.ts'), CONSUMER);
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('treeShaking: true', () => {
  it('type-checks under tsc --strict with a program using createClient as Stainless users do', () => {
    const { status, output } = typeCheckStrict(small.dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('createClient mounts only the listed resources, each at its path, and they call the API', async () => {
    server.reset();
    server.on('GET /servers/s1/releases', json(200, { id: 'r1' }));
    server.on('GET /health', json(200, { id: 'ok' }));
    const { createClient } = await import(pathToFileURL(path.join(small.dir, 'src/tree-shakable.ts')).href);
    const { BaseReleases, Releases } = await import(
      pathToFileURL(path.join(small.dir, 'src/resources/servers/releases.ts')).href
    );
    const { Servers } = await import(pathToFileURL(path.join(small.dir, 'src/resources/servers/servers.ts')).href);
    const { BaseHealth } = await import(pathToFileURL(path.join(small.dir, 'src/resources/health.ts')).href);

    expect(BaseReleases._key).toEqual(['servers', 'releases']);
    expect(Releases._key).toEqual(['servers', 'releases']);
    const client = createClient({ baseURL: server.url, resources: [BaseReleases] });
    expect(Object.keys(client.servers)).toEqual(['releases']);
    expect(client.health).toBeUndefined();
    expect(await client.servers.releases.list('s1')).toEqual({ id: 'r1' });

    // A parent brings its nested resources; listing one of them as well keeps the parent's.
    const both = createClient({ baseURL: server.url, resources: [Servers, BaseReleases, BaseHealth] });
    expect(both.servers).toBeInstanceOf(Servers);
    expect(both.servers.releases).toBeInstanceOf(Releases);
    expect(await both.health.retrieve()).toEqual({ id: 'ok' });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /servers/s1/releases', 'GET /health']);
  });

  it('a one-resource bundle stays the same size whatever the size of the SDK', async () => {
    const big = await sdkFor(root, 'big', 100, true);
    const bundle = async (dir: string, name: string, source: string) => {
      const entry = path.join(dir, `${name}.ts`);
      writeFileSync(entry, source);
      const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false });
      return gzipSync(result.outputFiles[0]!.text, { level: 9 }).length;
    };
    const oneResource = `import { createClient } from './src/tree-shakable.js';
import { BaseReleases } from './src/resources/servers/releases.js';
const client = createClient({ resources: [BaseReleases] });
console.log(await client.servers.releases.list('id'));
`;
    const fullClient = `import Shop from './src/index.js';
console.log(await new Shop().servers.releases.list('id'));
`;
    const sizes = {
      small: await bundle(small.dir, 'one-resource', oneResource),
      big: await bundle(big.dir, 'one-resource', oneResource),
      smallFull: await bundle(small.dir, 'full-client', fullClient),
      bigFull: await bundle(big.dir, 'full-client', fullClient),
    };
    console.log(
      `tree-shakable one-resource client (esbuild --minify, gzip -9): ${sizes.small} B with 5 endpoints, ` +
        `${sizes.big} B with ${5 * 100 + 3} endpoints; the full client: ${sizes.smallFull} B and ${sizes.bigFull} B`,
    );
    expect(Math.abs(sizes.big - sizes.small) / sizes.small).toBeLessThanOrEqual(0.05);
    expect(sizes.bigFull).toBeGreaterThan(sizes.big * 2);
  });
});

describe.runIf(SLOW_FULL)('treeShaking off (the default)', () => {
  it('writes no tree-shakable entry and one class per resource', async () => {
    const off = await sdkFor(root, 'off', 1, false);
    expect(off.files.some((f) => f.path === 'src/tree-shakable.ts')).toBe(false);
    const releases = off.files.find((f) => f.path === 'src/resources/servers/releases.ts')!.contents;
    expect(releases).not.toMatch(/BaseReleases|_key/);
    expect(small.files.find((f) => f.path === 'src/resources/servers/releases.ts')!.contents).toMatch(
      /export class BaseReleases extends APIResource/,
    );
    // The README shows the entry point with tree shaking on, and not without.
    const readme = (files: Array<{ path: string; contents: string }>) =>
      files.find((f) => f.path === 'README.md')!.contents;
    expect(readme(small.files)).toMatch(/import \{ createClient \} from '[^']+\/tree-shakable';/);
    expect(readme(off.files)).not.toContain('tree-shakable');
  });
});
