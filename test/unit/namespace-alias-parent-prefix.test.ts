/**
 * Two modules a resource module imports as namespaces whose aliases would be the same (`SchemasAPI` for
 * `resources/actions/schemas` and `resources/collections/schemas`): Stainless's SDKs name the second after its parent
 * resource's folder before its own, never with a number: embed-node's `CollectionsSchemasAPI`, letta-node's
 * `ResourcesArchivesAPI` (`resources/archives/archives`, at the top: the folder is `resources`), cloudflare's
 * `AnalyticsReportsAPI` (`dns/analytics/reports/reports`).
 */
import { expect, it } from 'vitest';
import { ImportSet } from '../../generator/emit/typescript/imports';

it("prefixes a clashing namespace alias with the parent folder's name, as Stainless does", () => {
  for (const style of ['stainless', 'sdkgen'] as const) {
    const imports = new ImportSet('resources/providers', '.js', style);
    const none = new Set<string>();
    expect(imports.namespace('resources/actions/schemas', none)).toBe('SchemasAPI');
    expect(imports.namespace('resources/collections/schemas', none)).toBe('CollectionsSchemasAPI');
    expect(imports.namespace('resources/agents/archives', none)).toBe('ArchivesAPI');
    expect(imports.namespace('resources/archives/archives', none)).toBe('ResourcesArchivesAPI');
    expect(imports.namespace('resources/reports', none)).toBe('ReportsAPI');
    expect(imports.namespace('resources/dns/analytics/reports/reports', none)).toBe('AnalyticsReportsAPI');
    // The module's own name taken: the same rule; a number only once the prefixed name is taken too.
    expect(imports.namespace('resources/blocks', new Set(['BlocksAPI']))).toBe('ResourcesBlocksAPI');
    expect(imports.namespace('resources/x/schemas', new Set(['XSchemasAPI']))).toBe('SchemasAPI2');
  }
});
