/**
 * Bundle size of a one-call program and tree-shaking of the optional modules: the bare client's one-call bundle,
 * and the flagship's one standalone function with its core client, must stay within the runtime contract's 5,200 B
 * gzip (templates/base/RUNTIME-CONTRACT.md; the size is deterministic for the pinned esbuild, so this is no timing
 * test), and pagination, streaming, uploads and the cookie encoder must not reach a program that doesn't use them.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { STAINLESS_VIEW, renderSdk } from './helpers/sdk';

let dir: string;
let cleanup: () => Promise<void>;
/** The same SDK made from a Stainless config: its client has Stainless's client surface. */
let stainless: Awaited<ReturnType<typeof renderSdk>>;
beforeAll(async () => {
  ({ dir, cleanup } = await renderSdk());
  stainless = await renderSdk(STAINLESS_VIEW);
});
afterAll(() => Promise.all([cleanup(), stainless.cleanup()]));

async function bundle(name: string, source: string, root = dir): Promise<{ code: string; gzip: number }> {
  const entry = path.join(root, `${name}.ts`);
  await writeFile(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

/** The runtime contract's limit for a one-call program (esbuild --bundle --minify, gzip): 5,200 B. */
const ONE_CALL_LIMIT = 5200;

/** Code of the optional modules (the hooks' names, e.g. `fromSSEResponse`, are on the default path by design). */
const OPTIONAL = [
  'This stream has already been iterated', // core/streaming
  'Last-Event-ID', // core/streaming: reconnecting GET streams
  'A multipart body must be an object', // core/uploads
  'Symbol.asyncIterator', // core/uploads: binary bodies read from async iterables (`toBlob`); pagination
  'No next page', // core/pagination
  'Invalid cookie parameter', // internal/cookies
  'pipeDelimited', // internal/query: non-default query styles (`styledQuery`)
  // Stainless's client surface, which only an SDK made from a Stainless config has.
  'prepareOptions',
  'getAPIList',
  '_thenUnwrap',
  'X-Stainless',
];

test('a one-call program bundles only the default path', async () => {
  const bare = await bundle(
    'one-call-bare',
    `import { Bare } from './src/bare';
     const client = new Bare({ apiKey: 'k' });
     console.log(await client.request({ method: 'get', path: '/health' }));`,
  );
  const full = await bundle(
    'one-call-full',
    `import { Test } from './src/client';
     const client = new Test({ apiKey: 'k', baseURL: 'https://api.example.com' });
     console.log(await client.request({ method: 'get', path: '/health' }));`,
  );
  const stainlessBare = await bundle(
    'one-call-bare',
    `import { Bare } from './src/bare';
     console.log(await new Bare({ apiKey: 'k' }).request({ method: 'get', path: '/health' }));`,
    stainless.dir,
  );
  console.log(
    `one-call bundle (esbuild --bundle --minify --format=esm, gzip -9): ` +
      `bare client ${bare.gzip} B (${bare.code.length} B minified); ` +
      `fixture client with every kind of method ${full.gzip} B (${full.code.length} B minified); ` +
      `bare client with Stainless's client surface (an SDK from a Stainless config) ${stainlessBare.gzip} B`,
  );
  // Stainless's client surface is in that one only.
  expect(stainlessBare.code).toContain('prepareOptions');
  expect(stainlessBare.gzip).toBeGreaterThan(bare.gzip);
  expect(
    bare.gzip,
    `bare one-call bundle: ${bare.gzip} B gzip, over the ${ONE_CALL_LIMIT} B limit`,
  ).toBeLessThanOrEqual(ONE_CALL_LIMIT);
  for (const marker of OPTIONAL) expect(bare.code).not.toContain(marker);
  // The default path is really there.
  for (const marker of ['retry-after-ms', 'x-should-retry', 'Request timed out.', 'Idempotency-Key']) {
    expect(bare.code).toContain(marker);
  }
});

test('one standalone function and the core client: within 5,200 B, its request and the Result helper only, smaller than the class path', async () => {
  // The flagship (generated/smithery): a function with a path parameter and a documented error, called as a
  // program would (its Result read), against the same call through the core client and through its resource class.
  const src = path.join(path.resolve(dir, '../../..'), 'generated/smithery/src');
  const func = await bundle(
    'one-function',
    `import { SmitheryCore } from '${src}/client-core.js';
     import { serversGet } from '${src}/funcs/serversGet.js';
     const res = await serversGet(new SmitheryCore({ apiKey: 'k' }), 'qualifiedName');
     console.log(res.ok ? res.value : res.error.status);`,
  );
  const raw = await bundle(
    'one-request',
    `import { SmitheryCore } from '${src}/client-core.js';
     import { path } from '${src}/internal/path.js';
     console.log(await new SmitheryCore({ apiKey: 'k' }).request({ method: 'get', path: path\`/servers/\${'qualifiedName'}\` }));`,
  );
  const resource = await bundle(
    'one-resource',
    `import { SmitheryCore } from '${src}/client-core.js';
     import { Servers } from '${src}/resources/servers/servers.js';
     console.log(await new Servers(new SmitheryCore({ apiKey: 'k' })).get('qualifiedName'));`,
  );
  console.log(
    `flagship one-call bundles (gzip -9): serversGet + SmitheryCore ${func.gzip} B; the same request through ` +
      `SmitheryCore.request ${raw.gzip} B; through the Servers class ${resource.gzip} B`,
  );
  expect(
    func.gzip,
    `serversGet + SmitheryCore bundle: ${func.gzip} B gzip, over the ${ONE_CALL_LIMIT} B limit`,
  ).toBeLessThanOrEqual(ONE_CALL_LIMIT);
  // What a function adds to the request it sends: itself, its request function and `toResult`.
  expect(func.gzip - raw.gzip, `a function costs ${func.gzip - raw.gzip} B gzip over its request`).toBeLessThanOrEqual(
    FUNCTION_OVERHEAD_LIMIT,
  );
  expect(func.gzip).toBeLessThan(resource.gzip);
  for (const marker of OPTIONAL) expect(func.code).not.toContain(marker);
  // No other resource's request and no resource class.
  expect(func.code).toContain('/servers/');
  for (const other of ['/skills', '/namespaces', '/connect/', '/tokens', '/organizations', '/health', '/releases'])
    expect(func.code).not.toContain(other);
  expect(func.code).not.toMatch(/_client/);
  expect(func.code).toMatch(/ok:!0/);
});

/** What one standalone function may add, gzipped, to the request it sends through the core client. */
const FUNCTION_OVERHEAD_LIMIT = 128;
