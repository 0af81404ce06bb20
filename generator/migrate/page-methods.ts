/**
 * What the SDK's users would notice of their pages: the methods of Stainless's older runtime (`src/core.ts`'s
 * `AbstractPage`, `targets.node`) they call, which sdkgen's pages have under a `targets.node` config and lack under a
 * `targets.typescript` one (Stainless's newer runtime, which had neither).
 */

/** The page methods of Stainless's older runtime that its SDKs' users call. */
const OLDER_PAGE_METHODS = ['nextPageInfo', 'nextPageParams'];

/**
 * The report's entry for the page methods the release's pages had (its `src/core.ts` declares them on `AbstractPage`)
 * that sdkgen's pages (`src/core/page-base.ts`) lack; none where they lack none.
 */
export function lostPageMethods(
  releaseCore: string | null | undefined,
  pageBase: string | null | undefined,
): Array<{ path: string; reason: string }> {
  if (!releaseCore || !pageBase || !/\bclass AbstractPage\b/.test(releaseCore)) return [];
  const declares = (text: string, name: string) => new RegExp(`\\b${name}\\s*\\(`).test(text);
  const lost = OLDER_PAGE_METHODS.filter((name) => declares(releaseCore, name) && !declares(pageBase, name));
  if (lost.length === 0) return [];
  const reason =
    `the SDK's pages had ${lost.map((name) => `\`${name}()\``).join(' and ')} (Stainless's older runtime, ` +
    "`targets.node`); sdkgen's pages for the config's `targets.typescript` do not: users' calls of them fail to " +
    'compile. Keep `targets.node` in the config to keep them, or say in the release notes to page with ' +
    '`hasNextPage()` and `getNextPage()` (`nextPageRequestOptions()` tells what the next request sends)';
  return [{ path: 'src/core.ts', reason }];
}
