/**
 * Two forms of Stainless's field docstrings the source-distance measure found (conductor's quickbooks-desktop-python):
 * a one-line first paragraph of exactly 80 columns stays on the line of the opening quotes when more paragraphs follow
 * it (alone, 79 is the most: its closing quotes follow it), and a nullable scalar (`anyOf: [{ type: string,
 * description }, { type: 'null' }]`) is documented by its scalar's description (in the TypeScript SDK too, as
 * quickbooks-desktop-node's `externalId`: the rule is the IR's). In-process (cheap).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

/** 80 and 79 columns. */
const EIGHTY = 'Filter for currencies whose `name` starts with this substring, case-insensitive.';
const SEVENTY_NINE = 'Filter for currencies whose `name` starts with this substring, case-sensitive..';

const ITEM = {
  type: 'object',
  properties: {
    with_note: { type: 'string', description: `${EIGHTY}\n\n**NOTE**: one more paragraph.` },
    alone: { type: 'string', description: EIGHTY },
    alone_short: { type: 'string', description: SEVENTY_NINE },
    external_id: {
      anyOf: [{ type: 'string', description: 'A unique identifier you can provide.' }, { type: 'null' }],
    },
    plain: { anyOf: [{ type: 'string' }, { type: 'null' }] },
  },
};

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Books', version: '1' },
  servers: [{ url: 'http://127.0.0.1:4010' }],
  paths: {
    '/items': {
      post: {
        requestBody: { content: { 'application/json': { schema: ITEM } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: ITEM } } } },
      },
    },
  },
});

const CONFIG = `organization: { name: books }
targets:
  python:
    package_name: books
resources:
  items:
    methods:
      create: post /items
`;

/** The lines from field `name`'s line to the next blank line. */
function fieldDoc(module: string, name: string): string {
  const at = module.indexOf(`\n    ${name}: `);
  if (at < 0) throw new Error(`no field ${name} in:\n${module}`);
  const start = module.indexOf('\n', at + 1) + 1;
  const end = module.indexOf('\n\n', start);
  return module.slice(start, end < 0 ? undefined : end);
}

describe('field docstrings as Stainless lays them out', () => {
  const dir = tempDir('sdkgen-py-docstring-width');
  let modules: string[];
  beforeAll(async () => {
    const files = await generatePythonFiles(dir, SPEC, CONFIG);
    modules = ['src/books/types/item_create_response.py', 'src/books/types/item_create_params.py'].map(
      (file) => files.get(file)!,
    );
  }, 120_000);

  it('keeps an 80-column first paragraph on the quote line when more follows, not when it is alone', () => {
    for (const module of modules) {
      expect(fieldDoc(module, 'with_note')).toBe(`    """${EIGHTY}`);
      expect(fieldDoc(module, 'alone')).toBe(`    """\n    ${EIGHTY}\n    """`);
      expect(fieldDoc(module, 'alone_short')).toBe(`    """${SEVENTY_NINE}"""`);
    }
  });

  it("documents a nullable scalar by its scalar's description, and an undescribed one not at all", () => {
    for (const module of modules) {
      expect(fieldDoc(module, 'external_id')).toBe('    """A unique identifier you can provide."""');
      expect(module).not.toMatch(/plain: [^\n]*\n {4}"""/);
    }
  });

  it('documents the nullable scalar in the TypeScript SDK alike', async () => {
    const config = path.join(dir, 'typescript.yml');
    writeFileSync(config, CONFIG.replace('python:', 'typescript:'));
    const result = await generate({ spec: path.join(dir, 'openapi.json'), config });
    const items = result.files.find((file) => file.path === 'src/resources/items.ts')!.contents;
    expect(items).toContain('  /**\n   * A unique identifier you can provide.\n   */\n  external_id?: string | null;');
  });
});
