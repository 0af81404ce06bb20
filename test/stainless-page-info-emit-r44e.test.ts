/**
 * An SDK of Stainless's older runtime (`targets.node`: hetzner-ts's of 2023) had `nextPageInfo()` and the deprecated
 * `nextPageParams()` on its pages, the latter typed by the scheme's params (`Partial<ThingsPageParams>`). Generated
 * from such a config, sdkgen's pages have both, so that users' code calling them compiles (tsc --strict) as it did;
 * from a `targets.typescript` config (whose release had neither) they have neither. The runtime's behaviour against a
 * server: test/runtime/stainless-page-info-r44e.test.ts. (Two generations and a tsc program: SDKGEN_SLOW_TESTS=full.)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmeSpec, INTEGER, listOperation, refTo } from './helpers/cursor-list-fixture';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = acmeSpec(
  {
    '/things': listOperation({
      operationId: 'listThings',
      query: [
        { name: 'page', schema: INTEGER },
        { name: 'per_page', schema: INTEGER },
      ],
      properties: {
        things: { type: 'array', items: refTo('Thing') },
        meta: { type: 'object', properties: { page: { type: 'integer' }, last_page: { type: 'integer' } } },
      },
      required: ['things', 'meta'],
    }),
  },
  'Thing',
  'https://api.acme.test',
);

const config = (target: 'node' | 'typescript') => `organization: { name: acme }
targets:
  ${target}: { package_name: acme-sdk }
pagination:
  - name: things_page
    type: page_number
    request:
      page: { type: integer, x-stainless-pagination-property: { purpose: page_number_param } }
      per_page: { type: integer, x-stainless-pagination-property: { purpose: page_size_param } }
    response:
      things: { type: array }
      meta:
        type: object
        properties:
          page: { type: integer, x-stainless-pagination-property: { purpose: current_page_number_field } }
          last_page: { type: integer, x-stainless-pagination-property: { purpose: total_page_count_field } }
resources:
  things:
    models:
      thing: Thing
    methods:
      list: get /things
`;

/** Users' code of the SDK's older releases, paging by hand. */
const USERS = `import type { PageInfo } from '../core.js';
import type { ThingsPage, ThingsPageParams } from '../pagination.js';

export function nextPageNumber(page: ThingsPage<unknown>): number | undefined {
  const info: PageInfo | null = page.nextPageInfo();
  const params: Partial<ThingsPageParams> | null = page.nextPageParams();
  return info && 'params' in info ? params?.page : undefined;
}
`;

let root = '';
const sdks: Record<'node' | 'typescript', { dir: string; files: Map<string, string> }> = {
  node: { dir: '', files: new Map() },
  typescript: { dir: '', files: new Map() },
};

describe.runIf(SLOW_FULL)("Stainless's older pages' nextPageInfo and nextPageParams", () => {
  beforeAll(async () => {
    root = tempDir('stainless-page-info');
    for (const target of ['node', 'typescript'] as const) {
      const at = path.join(root, target);
      mkdirSync(at, { recursive: true });
      const result = await generateFrom(at, SPEC, config(target), { funcs: false, referenceDocs: false });
      const dir = path.join(at, 'sdk');
      writeFiles(dir, result.files);
      sdks[target] = { dir, files: new Map(result.files.map((f) => [f.path, f.contents])) };
    }
  }, 120_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a targets.node SDK has them, nextPageParams typed by the scheme’s params; users’ calls type-check', () => {
    const { dir, files } = sdks.node;
    expect(files.get('src/core/page-base.ts')).toContain('nextPageInfo(): PageInfo | null {');
    expect(files.get('src/pagination.ts')).toContain('override nextPageParams(): Partial<ThingsPageParams> | null {');
    mkdirSync(path.join(dir, 'src/lib'), { recursive: true });
    writeFileSync(path.join(dir, 'src/lib/paging.ts'), USERS);
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('a targets.typescript SDK, whose release had neither, has neither', () => {
    const { files } = sdks.typescript;
    expect(files.get('src/core/page-base.ts')).not.toContain('nextPageInfo');
    expect(files.get('src/pagination.ts') ?? files.get('src/core/pagination.ts')).not.toContain('nextPageParams');
  });
});
