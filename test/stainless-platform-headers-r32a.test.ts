/**
 * Stainless's `src/internal/detect-platform` path also answers `getPlatformHeaders()`, which Stainless's client's
 * `buildHeaders` calls: an owners' edit of `buildHeaders` is carried into sdkgen's client as an override with
 * Stainless's body, so the migrated client imports it from there (turbopuffer's `Accept-Encoding` edit). It gives
 * sdkgen's `X-Stainless-*` platform headers, with the package's version.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/widgets': {
      get: { operationId: 'listWidgets', responses: { '200': { description: 'ok' } } },
    },
  },
};

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
resources:
  widgets:
    methods:
      list: get /widgets
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe("Stainless's detect-platform path", () => {
  let made: Promise<Map<string, string>> | undefined;
  const files = () => {
    if (!made) {
      const root = tempDir('platform-headers-r32a');
      roots.push(root);
      made = generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false }).then(
        ({ files: generated }) => new Map(generated.map((f) => [f.path, f.contents])),
      );
    }
    return made;
  };

  it('exports getPlatformHeaders, built from the runtime and the version module', async () => {
    const module = (await files()).get('src/internal/detect-platform.ts')!;
    expect(module).toContain("import { platformHeaders } from './stainless-headers.js';");
    expect(module).toContain("import { VERSION } from '../version.js';");
    expect(module).toContain(
      'export const getPlatformHeaders = (): Record<string, string> => platformHeaders(VERSION);',
    );
  });

  it.runIf(SLOW_FULL)("type-checks with code calling it as Stainless's buildHeaders does", async () => {
    const out = new Map(await files());
    out.set(
      'src/lib/headers.ts',
      [
        "import { getPlatformHeaders } from '../internal/detect-platform.js';",
        '',
        "export const platform: Record<string, string> = { ...getPlatformHeaders(), 'Accept-Encoding': 'gzip' };",
        '',
      ].join('\n'),
    );
    const root = tempDir('platform-headers-r32a-tsc');
    roots.push(root);
    writeFiles(
      root,
      [...out].map(([path, contents]) => ({ path, contents })),
    );
    const { status, output } = typeCheckStrict(root, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
