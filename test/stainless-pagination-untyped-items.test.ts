/**
 * A Stainless config's pagination scheme whose items field is an array with no `items` (`data: { type: array }`, as
 * `sdkgen migrate` writes a page class's `data: Array<Item>`), which no method pages by: its class and interfaces are
 * declared all the same (Stainless's SDKs declare one per scheme; openai-node's `ConversationCursorPage` and
 * `NextCursorPage`, which the owners' code imports, were left out of the migrated SDK's pagination module).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { CURSOR_PAGE_CONFIG_HEAD, cursorListSpec } from './helpers/cursor-list-fixture';

const SPEC = cursorListSpec('/items', 'listItems', 'Item');

const CONFIG = `${CURSOR_PAGE_CONFIG_HEAD}  - name: conversation_cursor_page
    type: cursor
    request:
      after:
        type: string
        x-stainless-pagination-property:
          purpose: next_cursor_param
      limit:
        type: integer
    response:
      data:
        type: array
      has_more:
        type: boolean
        x-stainless-pagination-property:
          purpose: has_next_page
      last_id:
        type: string
        x-stainless-pagination-property:
          purpose: next_cursor_field
resources:
  items:
    methods:
      list: get /items
`;

const CONSUMER = `import { ConversationCursorPage, type ConversationCursorPageParams } from './src/core/pagination';
import type { ConversationCursorPageResponse } from './src/pagination';

export function read(page: ConversationCursorPage<{ id: string }>): string[] {
  const params: ConversationCursorPageParams = { after: page.last_id, limit: 2 };
  const body: ConversationCursorPageResponse<{ id: string }> = { data: page.data, has_more: true, last_id: 'x' };
  return [String(params.limit), ...body.data.map((item) => item.id)];
}
`;

let dir: string;
beforeAll(async () => {
  dir = tempDir('stainless-pagination-untyped-items');
  const spec = path.join(dir, 'openapi.json');
  const config = path.join(dir, 'stainless.yml');
  writeFileSync(spec, JSON.stringify(SPEC));
  writeFileSync(config, CONFIG);
  const { files } = await generate({ spec, config, funcs: false, referenceDocs: false });
  writeFiles(dir, files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
});

describe('a pagination scheme no method uses, its items an array with no `items`', () => {
  it('has its page class and interfaces, its items of the class’s `Item`', () => {
    const pagination = readFileSync(path.join(dir, 'src/pagination.ts'), 'utf8');
    expect(pagination).toMatch(/export class ConversationCursorPage<Item>\s+extends /);
    expect(pagination).toMatch(
      /export interface ConversationCursorPageResponse<Item> \{\n {2}data: Array<Item>;\n {2}has_more: boolean;\n {2}last_id: string;/,
    );
    expect(pagination).toContain('export interface ConversationCursorPageParams {');
  });

  it('type-checks under tsc --strict with code naming them', () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
