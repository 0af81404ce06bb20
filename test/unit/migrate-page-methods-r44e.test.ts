/**
 * What the SDK's users would notice of their pages (migrate/page-methods.ts): a release of Stainless's older runtime
 * (`src/core.ts`'s `AbstractPage`, hetzner-ts's of 2023) had `nextPageInfo()` and `nextPageParams()`; sdkgen's pages
 * have them under `targets.node` (nothing to report) and lack them under `targets.typescript` (reported). A release
 * of the newer runtime, which had neither, reports nothing.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeFiles } from '../../generator/emit/typescript/runtime-files';
import { lostPageMethods } from '../../generator/migrate/page-methods';
import { REPO, STAINLESS_VIEW } from '../runtime/helpers/sdk';

const OLDER_CORE = `export type PageInfo = { url: URL } | { params: Record<string, unknown> | null };

export abstract class AbstractPage<Item> implements AsyncIterable<Item> {
  /**
   * @deprecated Use nextPageInfo instead
   */
  abstract nextPageParams(): Partial<Record<string, unknown>> | null;
  abstract nextPageInfo(): PageInfo | null;

  abstract getPaginatedItems(): Item[];
}
`;
/** A release of the newer runtime: its `src/core.ts` is a module of re-exports. */
const NEWER_CORE = "export * from './core/index';\n";

async function pageBase(stainlessPageInfo: boolean): Promise<string> {
  const files = await runtimeFiles(path.join(REPO, 'templates/base'), { ...STAINLESS_VIEW, stainlessPageInfo });
  return files.find((f) => f.path === 'src/core/page-base.ts')!.contents;
}

describe("the older runtime's page methods in migrate's report", () => {
  it('are reported where sdkgen’s pages lack them (targets.typescript)', async () => {
    const changes = lostPageMethods(OLDER_CORE, await pageBase(false));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.path).toBe('src/core.ts');
    expect(changes[0]!.reason).toMatch(/^the SDK's pages had `nextPageInfo\(\)` and `nextPageParams\(\)`/);
  });

  it('are not where sdkgen’s pages have them (targets.node), nor for a release that lacked them', async () => {
    expect(lostPageMethods(OLDER_CORE, await pageBase(true))).toEqual([]);
    expect(lostPageMethods(NEWER_CORE, await pageBase(false))).toEqual([]);
    expect(lostPageMethods(undefined, await pageBase(false))).toEqual([]);
  });
});
