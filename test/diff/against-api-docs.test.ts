/**
 * `sdkgen diff --against` reads our side from the api.md files alone (renderApiDocs: nothing else of the SDK is
 * planned or rendered). Their text must be what `generate` writes before formatting, standalone api.md files
 * included, and a project compared with its own generated api.md must show no change.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/diff/api-md.test.ts samples sdkgen diff (docs/contributing.md, "What `npm test` samples").
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffAgainst } from '../../generator/diff/against';
import { generate, renderApiDocs } from '../../generator/generate';
import { ROOT, sharedPath } from '../helpers/paths';
import { tempDir, writeFiles } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';

const ONEBUSAWAY = sharedPath('stainless-compat/onebusaway');
const available = existsSync(path.join(ONEBUSAWAY, 'stainless.yml'));
if (!available) console.warn(`against-api-docs.test.ts: ${ONEBUSAWAY} not found — its cases are skipped`);

let dir = '';
beforeAll(() => {
  dir = tempDir('against-api-docs');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** onebusaway's Stainless config with two resources given `standalone_api` (each gets an api.md of its own). */
function standaloneConfig(): string {
  const config = parse(readFileSync(path.join(ONEBUSAWAY, 'stainless.yml'), 'utf8')) as {
    resources: Record<string, Record<string, unknown>>;
  };
  for (const name of ['agency', 'stop']) config.resources[name] = { ...config.resources[name], standalone_api: true };
  const file = path.join(dir, 'standalone.stainless.yml');
  writeFileSync(file, stringify(config));
  return file;
}

// [case, runs, api.md files, inputs]
const cases: Array<[string, boolean, number, () => { spec: string; config: string }]> = [
  [
    'the flagship',
    true,
    1,
    () => ({
      spec: path.join(ROOT, 'specs/smithery.openapi.yml'),
      config: path.join(ROOT, 'specs/smithery.sdkgen.yaml'),
    }),
  ],
  [
    'onebusaway (Stainless config)',
    available,
    1,
    () => ({ spec: path.join(ONEBUSAWAY, 'openapi.yml'), config: path.join(ONEBUSAWAY, 'stainless.yml') }),
  ],
  [
    'onebusaway with standalone_api resources',
    available,
    3,
    () => ({ spec: path.join(ONEBUSAWAY, 'openapi.yml'), config: standaloneConfig() }),
  ],
];

describe.runIf(SLOW_FULL).each(cases)('%s', (_name, runs, count, inputs) => {
  it.runIf(runs)(
    'renders the api.md files generate writes, byte for byte, and diffs as unchanged against them',
    async () => {
      const { spec, config } = inputs();
      const generated = await generate({ spec, config, format: false, onNotice: () => {} });
      const rendered = await renderApiDocs({ spec, config });
      const apiMd = generated.files.filter((f) => f.path === 'api.md' || rendered.files.some((r) => r.path === f.path));
      expect(rendered.files.map((f) => [f.path, f.contents])).toEqual(apiMd.map((f) => [f.path, f.contents]));
      expect(apiMd).toHaveLength(count);
      // Every api.md the root one links to is among them.
      const links = [...apiMd[0].contents.matchAll(/\]\(([^)#]*api\.md)\)/g)].map((m) => path.posix.normalize(m[1]));
      expect(rendered.files.map((f) => f.path).slice(1)).toEqual(links);

      const out = path.join(dir, path.basename(config, path.extname(config)));
      writeFiles(out, apiMd);
      const result = await diffAgainst({ against: path.join(out, 'api.md'), spec, config });
      expect(result.changes).toEqual([]);
    },
    60_000,
  );
});
