/**
 * The trial harness's own judge of hunks migrate reports as already done (bench/migrate-trials/lib/already-done.mjs),
 * for the forms of Stainless's 2023 SDKs (hetzner-node's page written by hand): a resource calling the client's methods
 * as its own (`this.getAPIList(…)`, where sdkgen's calls `this._client.getAPIList(…)`); a namespace re-exporting a name
 * (`export import X = A.X;`, `export type X = _X;`), which the migrated SDK exports in the namespace of that name, the
 * client's namespace being in `src/client.ts` once the client left `src/index.ts`; a local alias (`type _X = X;`, with
 * its comment) that only such exports use.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { hasResult } from '../bench/migrate-trials/lib/already-done.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';

/** A hunk adding lines `from`..`to` (1-based) of `atRef`, as owners.mjs gives it. */
function added(atRef: string, from: number, to: number) {
  const lines = atRef.split('\n').slice(from - 1, to);
  const header = `@@ -0,0 +${from},${to - from + 1} @@`;
  return {
    header,
    removed: [] as string[],
    added: lines.map((text, i) => ({ line: from + i, text })),
    text: `${header}\n${lines.map((l) => `+${l}\n`).join('')}`,
  };
}

const noOther = () => null;

describe("the trial harness's already-done judge, for Stainless's 2023 forms", () => {
  it("reads a resource's call of the client's method as sdkgen's call through the client", () => {
    const atRef = "  list() {\n    return this.getAPIList('/widgets', WidgetsPage, { query, ...options });\n  }\n";
    const hunk = added(atRef, 2, 2);
    const ours =
      "  list() {\n    return this._client.getAPIList('/widgets', WidgetsPage, { query, ...options });\n  }\n";
    expect(hasResult('src/resources/widgets.ts', hunk, ours, { atRef, migrated: noOther })).toBe(true);
    // Another method, or another page, is not their result.
    expect(hasResult('src/resources/widgets.ts', hunk, ours.replace('getAPIList', 'get'))).toBe(false);
    expect(hasResult('src/resources/widgets.ts', hunk, ours.replace('WidgetsPage', 'OtherPage'))).toBe(false);
  });

  const client = [
    'export class Acme extends Core.APIClient {}',
    '',
    'export namespace Acme {',
    '  export import WidgetsPage = Pagination.WidgetsPage;',
    '  export import WidgetsPageParams = Pagination.WidgetsPageParams;',
    '}',
    '',
  ].join('\n');
  const clientModule = [
    'export class Acme extends AcmeCore {}',
    'export declare namespace Acme {',
    '  export { WidgetsPage as WidgetsPage };',
    '  export { type WidgetsPageParams as WidgetsPageParams, type Widget as Widget };',
    '}',
    '',
  ].join('\n');
  const index = "export { Acme as default, Acme } from './client.js';\n";

  it("finds the client's namespace exports in the client's module, where the client went", () => {
    const hunk = added(client, 4, 5);
    const migrated = (p: string) => (p === 'src/client.ts' ? clientModule : null);
    expect(hasResult('src/index.ts', hunk, index, { atRef: client, migrated })).toBe(true);
    // A name that namespace does not export, or a namespace of another name, is not their result.
    const without = (p: string) =>
      p === 'src/client.ts' ? clientModule.replace('type WidgetsPageParams as WidgetsPageParams, ', '') : null;
    expect(hasResult('src/index.ts', hunk, index, { atRef: client, migrated: without })).toBe(false);
    const other = (p: string) =>
      p === 'src/client.ts' ? clientModule.replace('namespace Acme', 'namespace Other') : null;
    expect(hasResult('src/index.ts', hunk, index, { atRef: client, migrated: other })).toBe(false);
    expect(hasResult('src/index.ts', hunk, index, { atRef: client, migrated: noOther })).toBe(false);
  });

  const resource = [
    'export class WidgetsWidgetsPage extends WidgetsPage<Widget> {}',
    '// alias so we can export it in the namespace',
    'type _WidgetsWidgetsPage = WidgetsWidgetsPage;',
    '',
    'export namespace Widgets {',
    '  export type WidgetsWidgetsPage = _WidgetsWidgetsPage;',
    '}',
    '',
  ].join('\n');
  const sdkgens = [
    'export class WidgetsWidgetsPage extends WidgetsPage<Widget> {}',
    '',
    'export namespace Widgets {',
    '  export import WidgetsWidgetsPage = WidgetsAPI.WidgetsWidgetsPage;',
    '}',
    '',
  ].join('\n');

  it("finds a module's namespace export, and the alias (with its comment) only that export used", () => {
    const [page, exported] = [added(resource, 1, 4), added(resource, 6, 6)];
    const context = { atRef: resource, migrated: noOther };
    expect(hasResult('src/resources/widgets.ts', page, sdkgens, context)).toBe(true);
    expect(hasResult('src/resources/widgets.ts', exported, sdkgens, context)).toBe(true);
    // Without the namespace's export, neither the export nor the alias it needed is there.
    const unexported = sdkgens.replace(/ {2}export import .*\n/, '');
    expect(hasResult('src/resources/widgets.ts', page, unexported, context)).toBe(false);
    expect(hasResult('src/resources/widgets.ts', exported, unexported, context)).toBe(false);
    // An alias something else uses (a parameter's type) is code of theirs: it must be there.
    const used = `${resource}export function f(p: _WidgetsWidgetsPage) {}\n`;
    expect(hasResult('src/resources/widgets.ts', page, sdkgens, { atRef: used, migrated: noOther })).toBe(false);
  });

  // A page class of Stainless's 2023 runtime written by hand, and the migrated module's class of that name.
  const theirPages = [
    'export interface WidgetsPageResponse<Item> {',
    '  meta: Shared.ResponseMeta;',
    '',
    '  widgets: Array<Item>;',
    '}',
    '',
    'export interface WidgetsPageParams {',
    '  page?: number;',
    '}',
    '',
    'export class WidgetsPage<Item> extends AbstractPage<Item> implements WidgetsPageResponse<Item> {',
    '  widgets: Array<Item>;',
    '',
    '  constructor(client: APIClient, response: Response, body: WidgetsPageResponse<Item>, options: FinalRequestOptions) {',
    '    super(client, response, body, options);',
    '    this.widgets = body.widgets;',
    '  }',
    '',
    '  getPaginatedItems(): Item[] {',
    '    return this.widgets;',
    '  }',
    '',
    '  nextPageInfo(): PageInfo | null {',
    '    const currentPage = this.meta.pagination.page;',
    '    if (currentPage === this.meta.pagination.last_page) {',
    '      return null;',
    '    }',
    '    const nextPage = this.meta.pagination.next_page;',
    '    return { params: { page: nextPage } };',
    '  }',
    '}',
    '',
  ].join('\n');
  const ourPages = [
    'export interface WidgetsPageResponse<Item> {',
    '  widgets: Array<Item>;',
    '  meta: WidgetsPageResponse.Meta;',
    '}',
    '',
    'export interface WidgetsPageParams {',
    '  page?: number;',
    '}',
    '',
    'export class WidgetsPage<Item> extends PageNumberPage<Item> implements WidgetsPageResponse<Item> {',
    '  static override shape = {',
    "    items: ['widgets'],",
    "    page: 'page',",
    "    currentPage: ['meta', 'pagination', 'page'],",
    "    totalPages: ['meta', 'pagination', 'last_page'],",
    '  };',
    '  declare widgets: Array<Item>;',
    '}',
    '',
  ].join('\n');

  it('finds the lines of a page class written by hand where the migrated class of that name pages alike', () => {
    const whole = added(theirPages, 1, 32);
    const context = { atRef: theirPages, migrated: noOther };
    expect(hasResult('src/pagination.ts', whole, ourPages, context)).toBe(true);
    expect(hasResult('src/pagination.ts', added(theirPages, 24, 27), ourPages, context)).toBe(true);
    // Not where it pages by another items field, page parameter, current page or last page, or has no such class.
    for (const [from, to] of [
      ["items: ['widgets']", "items: ['data']"],
      ["page: 'page'", "page: 'p'"],
      ["currentPage: ['meta', 'pagination', 'page']", "currentPage: ['page']"],
      ["totalPages: ['meta', 'pagination', 'last_page']", "totalPages: ['meta', 'last_page']"],
      ['class WidgetsPage<', 'class GadgetsPage<'],
    ])
      expect(hasResult('src/pagination.ts', whole, ourPages.replace(from, to), context)).toBe(false);
    // Nor an interface the migrated module does not declare.
    const noParams = ourPages.replace(/export interface WidgetsPageParams \{[^}]*\}\n/, '');
    expect(hasResult('src/pagination.ts', added(theirPages, 7, 9), noParams, context)).toBe(false);
  });

  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-era-forms-'));
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('counts such hunks as carried in check 4, reading the file at the ref and the client module', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    fs.mkdirSync(path.join(repo, 'src'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'src/index.ts'), client);
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'ref');
    const ref = git('rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(repo, 'src/index.ts'), index);
    fs.writeFileSync(path.join(repo, 'src/client.ts'), clientModule);
    const owners = { hunks: [{ file: 'src/index.ts', ...added(client, 4, 5) }], ownersDeleted: [] };
    const listed = [{ path: 'src/index.ts', hunks: 1 }];
    const counted = checkHunks(repo, owners, ref, [], listed);
    expect(counted.status).toBe('pass');
    expect(counted.details.already).toHaveLength(1);
    expect(checkHunks(repo, owners, ref, [], []).status).toBe('fail');
  });
});
