/**
 * The page-suffix qualifier (stainless/page-alias-names.ts) is read from Stainless's own aliases: those api.md's
 * methods return (`-> BatchesPage`). An owners' hand-written alias beside them in a resource module (`export type
 * RunsCursorPage = CursorPage<Run>` in code they added) is no evidence of how Stainless named its aliases, however
 * many there are; without api.md among the files, every alias of the modules counts, as before.
 */
import { describe, expect, it } from 'vitest';
import { inferStainlessEra } from '../../generator/stainless/era';
import { namesPageAliasesPage } from '../../generator/stainless/page-alias-names';

const API_MD = (returns: string) => `# Batches

Methods:

- <code title="get /batches">client.batches.<a href="./src/resources/batches.ts">list</a>({ ...params }) -> ${returns}</code>
`;

const OWNERS = `export type RunsCursorPage = CursorPage<Run>;
export type StepsCursorPage = CursorPage<Step>;
`;

describe("the page-suffix qualifier, from Stainless's aliases", () => {
  it("counts the aliases api.md's methods return, not the owners' beside them", () => {
    const openaiLike = `export type BatchesPage = CursorPage<Batch>;\n${OWNERS}`;
    expect(namesPageAliasesPage([openaiLike])).toBe(false);
    expect(namesPageAliasesPage([openaiLike], API_MD('BatchesPage'))).toBe(true);
    const lithicLike = `export type AccountsCursorPage = CursorPage<Account>;
export type RunsPage = CursorPage<Run>;
export type StepsPage = CursorPage<Step>;
`;
    expect(namesPageAliasesPage([lithicLike])).toBe(true);
    expect(namesPageAliasesPage([lithicLike], API_MD('AccountsCursorPage'))).toBe(false);
  });

  it('reads api.md among the files the era is inferred from, and no form of the day from it', () => {
    const files = [
      { path: 'src/resources/batches.ts', text: `export type BatchesPage = CursorPage<Batch>;\n${OWNERS}` },
      { path: 'api.md', text: API_MD('BatchesPage') },
    ];
    expect(inferStainlessEra(files, '2025-07-22')).toBe('2025-07-22+page-suffix');
    expect(inferStainlessEra(files.slice(0, 1), '2025-07-22')).toBe('2025-07-22');
  });

  it("reads a resource's own api.md (`src/resources/conversations/api.md`) beside the root one", () => {
    const own = `# Items

Methods:

- <code title="get /conversations/{id}/items">client.conversations.items.<a href="./src/resources/conversations/items.ts">list</a>(id) -> ItemsPage</code>
- <code title="get /conversations/{id}/runs">client.conversations.runs.<a href="./src/resources/conversations/runs.ts">list</a>(id) -> RunsPage</code>
`;
    const files = [
      { path: 'src/resources/batches.ts', text: 'export type BatchesCursorPage = CursorPage<Batch>;\n' },
      { path: 'src/resources/conversations/items.ts', text: 'export type ItemsPage = CursorPage<Item>;\n' },
      { path: 'src/resources/conversations/runs.ts', text: 'export type RunsPage = CursorPage<Run>;\n' },
      { path: 'api.md', text: API_MD('BatchesCursorPage') },
      { path: 'src/resources/conversations/api.md', text: own },
    ];
    // Two of Stainless's aliases end in `Page` alone, one in its class: the suffix is the SDK's.
    expect(inferStainlessEra(files, '2025-07-22')).toBe('2025-07-22+page-suffix');
  });
});
