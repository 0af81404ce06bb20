/**
 * `targets.typescript.options.browser: { state: disallow, message }`: the client refuses to be constructed in a
 * browser's page unless given `dangerouslyAllowBrowser: true`, with the config's message, as Stainless's clients do
 * (code written for them passes the option, which must type-check). Without the setting, neither exists.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-client-surface.test.ts samples a Stainless client's options and surface (docs/contributing.md,
// "What `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: { '/health': { get: { operationId: 'check', responses: { '204': { description: 'ok' } } } } },
};

const config = (browser: string) => `organization:
  name: acme
targets:
  typescript:
    package_name: acme
${browser}resources:
  health:
    methods:
      check: get /health
`;

const MESSAGE = 'Acme is for servers only.';
const DISALLOW = `    options:
      browser:
        state: disallow
        message: '${MESSAGE}'
`;

const CONSUMER = `import { Acme } from './src/index.js';
export const client = new Acme({ baseURL: 'http://127.0.0.1:1', dangerouslyAllowBrowser: true });
`;

let root = '';
// The SDK modules exist only at test time: typed loosely here (their types are checked by tsc below).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Refusing: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Allowing: any;
let refusingDir = '';
let refusingCore = '';
let allowingCore = '';

beforeAll(async () => {
  root = tempDir('stainless-browser');
  const sdk = async (name: string, browser: string) => {
    const dir = path.join(root, name);
    const { files } = await generateFrom(root, SPEC, config(browser), { funcs: false, referenceDocs: false });
    writeFiles(dir, files);
    const core = files.find((f) => f.path === 'src/client-core.ts')!.contents;
    const module = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    return { dir, core, Acme: module.Acme };
  };
  const refusing = await sdk('refusing', DISALLOW);
  ({ dir: refusingDir, core: refusingCore, Acme: Refusing } = refusing);
  ({ core: allowingCore, Acme: Allowing } = await sdk('allowing', ''));
});

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('a Stainless config that disallows browsers', () => {
  it('has the dangerouslyAllowBrowser option, which code written for Stainless’s client passes', () => {
    expect(refusingCore).toContain('dangerouslyAllowBrowser?: boolean | undefined;');
    expect(allowingCore).not.toContain('dangerouslyAllowBrowser');
    writeFiles(refusingDir, [{ path: 'consumer.ts', contents: CONSUMER }]);
    const { status, output } = typeCheckStrict(refusingDir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('refuses to be constructed in a page unless allowed, with the config’s message', () => {
    // Not a page: the server runtimes and workers have no window.
    expect(() => new Refusing({ baseURL: 'http://127.0.0.1:1' })).not.toThrow();
    (globalThis as { window?: unknown }).window = { document: {} };
    expect(() => new Refusing({ baseURL: 'http://127.0.0.1:1' })).toThrow(MESSAGE);
    expect(() => new Refusing({ baseURL: 'http://127.0.0.1:1', dangerouslyAllowBrowser: true })).not.toThrow();
    // Without the setting, a page may use the client.
    expect(() => new Allowing({ baseURL: 'http://127.0.0.1:1' })).not.toThrow();
  });
});
