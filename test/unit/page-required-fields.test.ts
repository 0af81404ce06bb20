/**
 * A Stainless config's page field marked `x-stainless-pagination-property: { required: true }` (the config reference's
 * `PaginationProperty.required`) is held as the body gives it, as Stainless's pages hold it: writer-python's and
 * lithic-python's `has_more: bool` with `return has_more and super().has_next_page()`, openai-python's `object: str`
 * (their TypeScript twins: `this.has_more = body.has_more`, `this.object = body.object`, with no `|| false`). A field
 * not so marked stays `Optional[…] = None` (anthropic's, knock's pages), and in an object field, a field so marked is
 * that object's required field. sdkgen made every page field `Optional`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, writeSpec } from './helpers/spec';
import { acmeSpec, listOperation, refTo, STRING } from '../helpers/cursor-list-fixture';

afterAll(cleanupSpecs);

const PROPERTY = 'x-stainless-pagination-property';

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
pagination:
  - name: cursor_page
    type: cursor_id
    request:
      after: { type: string, ${PROPERTY}: { purpose: next_cursor_id_param } }
    response:
      data: { type: array }
      has_more: { type: boolean, ${PROPERTY}: { purpose: has_next_page, required: true } }
      object: { type: string, ${PROPERTY}: { required: true } }
      first_id: { type: string }
  - name: meta_page
    type: cursor
    request:
      cursor: { type: string, ${PROPERTY}: { purpose: next_cursor_param } }
    response:
      items: { type: array }
      meta:
        type: object
        ${PROPERTY}: { required: true }
        properties:
          next: { type: string, ${PROPERTY}: { purpose: next_cursor_field, required: true } }
          total: { type: integer }
resources:
  items:
    models:
      item: Item
    methods:
      list: get /items
      search: get /search
`;

async function generated(target: 'python' | 'typescript') {
  const spec = writeSpec(
    acmeSpec(
      {
        '/items': listOperation({
          operationId: 'listItems',
          query: [{ name: 'after', schema: STRING }],
          properties: {
            data: { type: 'array', items: refTo('Item') },
            has_more: { type: 'boolean' },
            object: { type: 'string' },
            first_id: { type: 'string' },
          },
        }),
        '/search': listOperation({
          operationId: 'searchItems',
          query: [{ name: 'cursor', schema: STRING }],
          properties: {
            items: { type: 'array', items: refTo('Item') },
            meta: { type: 'object', properties: { next: { type: 'string' }, total: { type: 'integer' } } },
          },
        }),
      },
      'Item',
    ),
  );
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(config, CONFIG);
  const { files, diagnostics } = await generate({
    spec,
    config,
    ...(target === 'python' ? { target } : {}),
    format: false,
    funcs: false,
    referenceDocs: false,
  });
  // (`required` alone says nothing of what the field is for: no warning of an unknown purpose.)
  expect(diagnostics.list.map((d) => d.code)).not.toContain('unknown-pagination-purpose');
  return files;
}

/** The lines of the class `name` in `source`, up to the next top-level statement. */
function classLines(source: string, name: string): string {
  const start = source.indexOf(`class ${name}(`);
  const end = source.indexOf('\nclass ', start + 1);
  return source.slice(start, end < 0 ? undefined : end);
}

describe('a page field the config marks `required`', () => {
  it('is declared as the body gives it in Python, and a required has-more flag ends the list directly', async () => {
    const pagination = (await generated('python')).find((f) => f.path.endsWith('/pagination.py'))!.contents;
    const cursor = classLines(pagination, 'SyncCursorPage');
    expect(cursor).toContain('    has_more: bool\n');
    expect(cursor).toContain('    object: str\n');
    expect(cursor).toContain('    first_id: Optional[str] = None\n');
    expect(cursor).toContain(
      '    def has_next_page(self) -> bool:\n        has_more = self.has_more\n        return has_more and super().has_next_page()\n',
    );
    expect(cursor).not.toContain('has_more is not None');
    // An object field marked required, and its own field so marked: read with no `is not None` the model rules out.
    expect(classLines(pagination, 'SyncMetaPage')).toContain('    meta: MetaPageMeta\n');
    const meta = classLines(pagination, 'MetaPageMeta');
    expect(meta).toContain('    next: str\n');
    expect(meta).toContain('    total: Optional[int] = None\n');
  });

  it('is not filled in where the body leaves it out in TypeScript (a has-more flag still ends the list)', async () => {
    const pagination = (await generated('typescript')).find((f) => f.path === 'src/pagination.ts')!.contents;
    const cursor = pagination.slice(pagination.indexOf('export class CursorPage'));
    expect(/absent: \{[^}]*\}/.exec(cursor)?.[0]).toBe("absent: { has_more: 'boolean', first_id: 'string' }");
  });
});
