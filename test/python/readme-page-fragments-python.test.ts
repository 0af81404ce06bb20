/**
 * The fragments of a Python README's pagination section that await a page (`first_page = await …`) end as
 * Stainless's do: a blank line, then a comment line on the sync client (our wording), after the statements.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Ledger, version: 1.0.0 }
servers: [{ url: https://api.ledger.test }]
components:
  schemas:
    Entry:
      type: object
      required: [id]
      properties:
        id: { type: string }
paths:
  /entries:
    get:
      operationId: listEntries
      parameters:
        - { name: cursor, in: query, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Entry' } }
                  next_cursor: { type: string }
`;
const CONFIG = `organization: { name: ledger }
targets:
  python:
    package_name: ledger
pagination:
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      data: { type: array }
      next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
resources:
  entries:
    models:
      entry: Entry
    methods:
      list: get /entries
`;

describe("a Python README's pagination fragments", () => {
  const dir = tempDir('python-readme-page-fragments');
  let fragments: string[] = [];
  beforeAll(async () => {
    const readme = (await generatePythonFiles(dir, SPEC, CONFIG, { spec: 'openapi.yml' })).get('README.md')!;
    const section = readme.slice(readme.indexOf('## Pagination'), readme.indexOf('## Handling errors'));
    fragments = [...section.matchAll(/```python\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .filter((b) => /^first_page = await /.test(b));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('close each awaiting fragment with a blank line and a comment on the sync client', () => {
    expect(fragments).toHaveLength(2);
    for (const fragment of fragments) {
      const lines = fragment.trimEnd().split('\n');
      expect(lines.at(-2)).toBe('');
      expect(lines.at(-1)).toMatch(/^# .*\bsync client\b.*`await`/);
      // The statements before them are those of the page.
      expect(lines.at(-3)).toMatch(/^ {4}print\(|^ {4}print\(len\(/);
    }
  });
});
