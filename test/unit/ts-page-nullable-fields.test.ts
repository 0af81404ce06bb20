/**
 * Stainless's TypeScript page classes give every top-level page field a value where the body leaves it out
 * (`this.data = body.data || []`, `this.next_cursor = body.next_cursor || ''`), a nullable one `null`
 * (anthropic-sdk-typescript's `this.next_page = body.next_page || null`, increase-node's `next_cursor`). sdkgen's page
 * shape says so in `absent` (the runtime side: test/runtime/pagination.test.ts); a nullable field had none and stayed
 * `undefined`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, writeSpec } from './helpers/spec';
import { acmeSpec, INTEGER, listOperation, refTo, STRING } from '../helpers/cursor-list-fixture';

afterAll(cleanupSpecs);

const CONFIG = `organization: { name: acme }
pagination:
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
      limit: { type: integer }
    response:
      data: { type: array }
      next_cursor: { type: string, nullable: true, x-stainless-pagination-property: { purpose: next_cursor_field } }
      has_more: { type: boolean }
      total: { type: integer }
resources:
  items:
    models:
      item: Item
    methods:
      list: get /items
`;

describe("a TypeScript page's nullable field", () => {
  it("is null where the body leaves it out, as Stainless's `|| null`", async () => {
    const spec = writeSpec(
      acmeSpec(
        {
          '/items': listOperation({
            operationId: 'listItems',
            query: [
              { name: 'cursor', schema: STRING },
              { name: 'limit', schema: INTEGER },
            ],
            properties: {
              data: { type: 'array', items: refTo('Item') },
              next_cursor: { type: ['string', 'null'] },
              has_more: { type: 'boolean' },
              total: { type: 'integer' },
            },
          }),
        },
        'Item',
      ),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(config, CONFIG);
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const pagination = files.find((f) => f.path === 'src/pagination.ts')!;
    expect(/absent: \{[^}]*\}/.exec(pagination.contents)?.[0]).toBe(
      "absent: { next_cursor: 'null', has_more: 'boolean', total: 'number' }",
    );
  });
});
