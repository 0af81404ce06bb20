/**
 * The name of a method's page alias. Stainless's SDKs name it `<Items><Class>` (`ItemsCursorPage = CursorPage<Item>`),
 * but some (openai-node's, in every era) `<Items>Page` whatever the class (`BatchesPage = CursorPage<Batch>`): no
 * config key says which, so `sdkgen migrate` reads it from the resource modules as the era's qualifier `+page-suffix`
 * (stainless/page-alias-names.ts), and the owners' code naming the aliases keeps compiling.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { inferStainlessEra } from '../generator/stainless/era';
import { namesPageAliasesPage, pageAliasesEndInPage } from '../generator/stainless/page-alias-names';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { CURSOR_PAGE_CONFIG_HEAD, cursorListSpec } from './helpers/cursor-list-fixture';

const SPEC = cursorListSpec('/batches', 'listBatches', 'Batch');

const CONFIG = `${CURSOR_PAGE_CONFIG_HEAD}resources:
  batches:
    models:
      batch: Batch
    methods:
      list: get /batches
`;

const CONSUMER = `import type { BatchesPage } from './src/resources/batches';
import type { CursorPage } from './src/pagination';
import type { Batch } from './src/resources/batches';

export function ids(page: BatchesPage): string[] {
  const same: CursorPage<Batch> = page;
  return same.data.map((batch) => batch.id);
}
`;

async function sdk(era: string | null): Promise<string> {
  const dir = tempDir('stainless-page-alias-names');
  const spec = path.join(dir, 'openapi.json');
  const config = path.join(dir, 'stainless.yml');
  writeFileSync(spec, JSON.stringify(SPEC));
  writeFileSync(config, CONFIG);
  const { files } = await generate({ spec, config, funcs: false, referenceDocs: false, stainlessEra: era });
  writeFiles(dir, files);
  return dir;
}

const text = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

let byClass: string;
let page: string;
beforeAll(async () => {
  byClass = await sdk(null);
  page = await sdk('2025-07-22+page-suffix');
});

describe("a page alias's name", () => {
  it('is `<Items><Class>` by default (lithic-node, every era)', () => {
    expect(text(byClass, 'src/resources/batches.ts')).toContain('export type BatchesCursorPage = CursorPage<Batch>;');
    expect(text(byClass, 'api.md')).toContain('-> BatchesCursorPage</code>');
  });

  it('is `<Items>Page` whatever the class in an era qualified `+page-suffix`, and type-checks', () => {
    const module = text(page, 'src/resources/batches.ts');
    expect(module).toContain('export type BatchesPage = CursorPage<Batch>;');
    expect(module).not.toContain('BatchesCursorPage');
    expect(text(page, 'api.md')).toContain('-> BatchesPage</code>');
    writeFileSync(path.join(page, 'consumer.ts'), CONSUMER);
    const { status, output } = typeCheckStrict(page, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('is read from the resource modules: `+page-suffix` where aliases of a class other than Page end in Page', () => {
    const modules = (...texts: string[]) => texts.map((t, i) => ({ path: `src/resources/m${i}.ts`, text: t }));
    const openai = [
      'export type BatchesPage = CursorPage<Batch>;',
      'export type InvitesPage = ConversationCursorPage<Invite>;',
      'export type ModelsPage = Page<Model>;',
    ];
    expect(namesPageAliasesPage(openai)).toBe(true);
    expect(inferStainlessEra(modules(...openai), '2025-07-22T10:00:00Z')).toBe('2025-07-22+page-suffix');
    // openai-node v4's form: a class extending the page class.
    expect(namesPageAliasesPage(['export class BatchesPage extends CursorPage<Batch> {}'])).toBe(true);
    // lithic-node's: named after the class; `Page` alone tells nothing.
    const lithic = [
      'export type AccountsCursorPage = CursorPage<Account>;',
      'export type BalancesSinglePage = SinglePage<Balance>;',
    ];
    expect(namesPageAliasesPage(lithic)).toBe(false);
    expect(namesPageAliasesPage(['export type ModelsPage = Page<Model>;'])).toBe(false);
    expect(inferStainlessEra(modules(...lithic), '2025-07-22')).toBe('2025-07-22');
    const client = { path: 'src/client.ts', text: 'export class BaseAcme {\n}\n' };
    expect(inferStainlessEra([...modules(...openai), client], null)).toMatch(/\+base-client\+page-suffix$/);
    expect(pageAliasesEndInPage('2025-07-22+base-client+page-suffix')).toBe(true);
    expect(pageAliasesEndInPage('2025-07-22+base-client')).toBe(false);
    expect(pageAliasesEndInPage(null)).toBe(false);
  });
});
