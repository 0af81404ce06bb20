/**
 * A resource's singular as Stainless forms it, which names its methods' types (`{Singular}{Method}Response`): it is
 * not an English dictionary. `species` → `Specie` (`GeoSpecieListResponse`), `settings` → `Setting`, `stats` →
 * `Stat`; `-ies` → `-y` (`policies` → `Policy`), `-sses`, `-uses`, `-ches` lose `es` (`Address`, `Status`, `Batch`);
 * a key Stainless counts as uncountable stays whole (`news`, `analytics`), but only as the whole key
 * (`video_usage_analytics` → `VideoUsageAnalytic`); a key not ending in `s` is its own singular (`metadata`). The
 * names Stainless's SDKs have are imported and type-checked under tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-acronym-singular.test.ts samples Stainless's names (docs/contributing.md, "What `npm test`
// samples").
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stainlessSingular } from '../generator/naming/stainless';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

/** The resource keys, each with one `list` method, and the response type Stainless names for it. */
const RESOURCES: Record<string, string> = {
  geo_species: 'GeoSpecieListResponse',
  species: 'SpecieListResponse',
  settings: 'SettingListResponse',
  stats: 'StatListResponse',
  policies: 'PolicyListResponse',
  addresses: 'AddressListResponse',
  statuses: 'StatusListResponse',
  batches: 'BatchListResponse',
  aliases: 'AliasListResponse',
  news: 'NewsListResponse',
  analytics: 'AnalyticsListResponse',
  video_usage_analytics: 'VideoUsageAnalyticListResponse',
  metadata: 'MetadataListResponse',
  status: 'StatusListResponse',
};

const list = (key: string) => ({
  get: {
    operationId: `list_${key}`,
    responses: {
      '200': {
        description: 'ok',
        content: {
          'application/json': {
            schema: { type: 'object', required: ['count'], properties: { count: { type: 'integer' } } },
          },
        },
      },
    },
  },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: Object.fromEntries(Object.keys(RESOURCES).map((key) => [`/${key}`, list(key)])),
};

// `status` is a subresource, so its `StatusListResponse` does not meet the `statuses` one.
const CONFIG = `organization: { name: acme }
resources:
${Object.keys(RESOURCES)
  .filter((key) => key !== 'status')
  .map((key) => `  ${key}:\n    methods:\n      list: get /${key}\n`)
  .join('')}  checks:
    subresources:
      status:
        methods:
          list: get /status
`;

let root = '';
let dir = '';

beforeAll(async () => {
  root = tempDir('stainless-singular-names');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  const modules = Object.entries(RESOURCES).map(([key, type]) => {
    const module = key === 'status' ? 'checks/status' : key.replace(/_/g, '-');
    return `import type { ${type} as T_${key} } from './src/resources/${module}.js';`;
  });
  const uses = Object.keys(RESOURCES).map(
    (key) => `const _${key}: Promise<T_${key}> = client.${key === 'status' ? 'checks.status' : camel(key)}.list();`,
  );
  writeFileSync(
    path.join(dir, 'consumer.ts'),
    `import Acme from './src/index.js';\n${modules.join('\n')}\nconst client = new Acme();\n${uses.join('\n')}\n`,
  );
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function camel(key: string): string {
  return key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

describe.runIf(SLOW_FULL)("a resource's singular, as Stainless forms it", () => {
  it("names each method's response as Stainless's SDK does (tsc --strict)", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('follows the suffix rules, not a dictionary', () => {
    const cases: Record<string, string> = {
      species: 'specie',
      subspecies: 'subspecie',
      predefinedvoucherseries: 'predefinedvouchersery',
      series: 'series',
      news: 'news',
      analytics: 'analytics',
      video_usage_analytics: 'video_usage_analytic',
      settings: 'setting',
      access: 'access',
      address: 'address',
      status: 'status',
      statuses: 'status',
      buses: 'bus',
      batches: 'batch',
      boxes: 'box',
      policies: 'policy',
      cookies: 'cookie',
      movies: 'movie',
      analyses: 'analysis',
      indices: 'index',
      halves: 'half',
      knives: 'knife',
      people: 'person',
      metadata: 'metadata',
      media: 'media',
      info: 'info',
      health: 'health',
      scoring_functions: 'scoring_function',
      file_batches: 'file_batch',
    };
    expect(Object.fromEntries(Object.keys(cases).map((key) => [key, stainlessSingular(key)]))).toEqual(cases);
  });
});
