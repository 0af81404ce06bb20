/**
 * How a Stainless TypeScript SDK names a method's page alias (`export type BatchesCursorPage = CursorPage<Batch>`).
 * Stainless's SDKs name it `<Items><Class>` (lithic-node's `AccountsCursorPage`, `BalancesSinglePage`, in every era
 * its repository shows), but openai-node's, of every era, `<Items>Page` whatever the class (`BatchesPage =
 * CursorPage<Batch>`, `InvitesPage = ConversationCursorPage<Invite>`; v4's `class BatchesPage extends
 * CursorPage<Batch>`). No config key says which, so `sdkgen migrate` reads it from the resource modules and keeps it
 * as the era's qualifier ERA_PAGE_SUFFIX (stainless/era.ts); `--stainless-era` without it: `<Items><Class>`.
 */

/** The era's qualifier (`2025-07-22+page-suffix`): the SDK names every page alias `<Items>Page`. */
export const ERA_PAGE_SUFFIX = 'page-suffix';

/** Whether the SDK of `era` names every page alias `<Items>Page` (its qualifier ERA_PAGE_SUFFIX). */
export function pageAliasesEndInPage(era: string | null | undefined): boolean {
  return (era ?? '').split('+').slice(1).includes(ERA_PAGE_SUFFIX);
}

/**
 * Whether resource modules name their page aliases `<Items>Page` whatever the class: more aliases of a class other
 * than `Page` (`CursorPage<Batch>`) end in `Page` but not in the class's name than end in it. An alias of `Page`
 * itself tells nothing (both rules name it `<Items>Page`). Where the SDK's api.md is given (`apiMd`), only the aliases
 * its methods return (`-> BatchesPage`) count: those are Stainless's, and an owners' hand-written alias beside them in
 * a module tells nothing of how Stainless named its own.
 */
export function namesPageAliasesPage(texts: Iterable<string>, apiMd: string | null = null): boolean {
  let page = 0;
  let byClass = 0;
  const listed = apiMd === null ? null : new Set([...apiMd.matchAll(/-> ([\w$]+)<\/code>/g)].map((m) => m[1]));
  const alias = /^export (?:type (\w+) = |class (\w+) extends )(\w+)<\w+(?:\.\w+)*>/gm;
  for (const text of texts) {
    for (const m of text.matchAll(alias)) {
      const name = (m[1] ?? m[2])!;
      const pageClass = m[3]!;
      if (pageClass === 'Page' || !/Page|Cursor|Pagination/.test(pageClass)) continue;
      if (listed !== null && !listed.has(name)) continue;
      if (name.endsWith(pageClass)) byClass++;
      else if (name.endsWith('Page')) page++;
    }
  }
  return page > byClass;
}
