/**
 * The TypeScript side of pages whose items sit at a nested path (test/python/page-nested-items-python.test.ts has the
 * Python one): a Stainless config's scheme whose items are in an object field's `properties` (`result.items`) and,
 * with no config, a list whose one array of items is inside an object field (`data.items`) both page; the page's
 * shape reads the items at their path, and the SDK compiles under tsc --strict.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/api';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir } from './helpers/sdk';
import { CONFIG, CONFIG_SPEC, PLAIN_SPEC } from './python/nested-items-specs';

const root = tempDir('pagination-nested-items');
const sdks = { configured: path.join(root, 'configured'), plain: path.join(root, 'plain') };

beforeAll(async () => {
  writeFileSync(path.join(root, 'configured.yaml'), CONFIG_SPEC);
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  writeFileSync(path.join(root, 'plain.yaml'), PLAIN_SPEC);
  await generate({
    spec: path.join(root, 'configured.yaml'),
    config: path.join(root, 'stainless.yml'),
    output: sdks.configured,
    formatter: 'none',
  });
  await generate({ spec: path.join(root, 'plain.yaml'), config: false, output: sdks.plain, formatter: 'none' });
}, 120_000);

describe('pages whose items sit at a nested path (TypeScript)', () => {
  const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

  it("a config scheme's items in an object field: the page reads them at their path", () => {
    expect(read(sdks.configured, 'src/pagination.ts')).toMatch(/items: \['result', 'items'\]/);
    expect(read(sdks.configured, 'src/pagination.ts')).toMatch(/nextCursor: \['result', 'next_cursor'\]/);
    expect(read(sdks.configured, 'src/resources/events.ts')).toMatch(/ResultPage<Event>/);
  });

  it('without a config, the one array of items inside an object field pages the list', () => {
    expect(read(sdks.plain, 'src/pagination.ts')).toMatch(/items: \['data', 'items'\]/);
  });

  it('compiles, tsc --strict', () => {
    for (const dir of Object.values(sdks)) {
      const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
      expect(output).toBe('');
      expect(status).toBe(0);
    }
  }, 300_000);
});
