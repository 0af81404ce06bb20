/**
 * The trial harness compares the paginated methods of Stainless's api.md at the ref with the migrated api.md: a method
 * that returned a page and now returns its model has lost pagination (openint-python once lost it on 6 list methods
 * and scored the same, since nothing else reads it). Python returns `SyncX[Model]`, TypeScript `ModelsX`, X a page class
 * of the pagination module.
 */
import { describe, expect, it } from 'vitest';
import {
  apiMdMethods,
  comparePagedMethods,
  pageClassesIn,
  pageOf,
  // @ts-expect-error: the harness is plain JavaScript
} from '../bench/migrate-trials/lib/paged-methods.mjs';

const pyLine = (title: string, name: string, returns: string) =>
  `- <code title="${title}">client.<a href="./src/openint/_client.py">${name}</a>(\\*\\*<a href="src/openint/types/p.py">params</a>) -> <a href="./src/openint/types/r.py">${returns}</a></code>`;
const tsLine = (title: string, name: string, returns: string) =>
  `- <code title="${title}">client.items.<a href="./src/resources/items.ts">${name}</a>({ ...params }) -> ${returns}</code>`;

const pyRef = [
  '# Openint',
  'Methods:',
  '',
  pyLine('get /connection', 'list_connections', 'SyncOffsetPagination[ListConnectionsResponse]'),
  pyLine('get /connector-config', 'list_connection_configs', 'SyncOffsetPagination[ListConnectionConfigsResponse]'),
  pyLine('get /connector-config', 'list_connnector_configs', 'SyncOffsetPagination[ListConnnectorConfigsResponse]'),
  pyLine('post /connection', 'create_connection', 'CreateConnectionResponse'),
].join('\n');
const pyPages = pageClassesIn('class SyncOffsetPagination(BaseSyncPage[_T], BasePage[_T], Generic[_T]):\n');

describe('api.md paged methods (harness)', () => {
  it('reads methods, their titles and returns without the links', () => {
    const methods = apiMdMethods(pyRef);
    expect(methods.map((m: { method: string }) => m.method)).toEqual([
      'client.list_connections',
      'client.list_connection_configs',
      'client.list_connnector_configs',
      'client.create_connection',
    ]);
    expect(methods[0].returns).toBe('SyncOffsetPagination[ListConnectionsResponse]');
    expect(pageOf(methods[0].returns, pyPages)).toBe('OffsetPagination');
    expect(pageOf(methods[3].returns, pyPages)).toBeNull();
  });

  it('fails a Python migration whose list methods return the model (the openint loss)', () => {
    const lost = pyRef.replace(/SyncOffsetPagination\[(\w+)\]/g, '$1');
    const r = comparePagedMethods(pyRef, lost, pyPages);
    expect(r.status).toBe('fail');
    expect(r.reason).toMatch(/^3 of 3 paged methods lost their page/);
    expect(r.details[0]).toBe(
      'lost: client.list_connections (get /connection) SyncOffsetPagination[ListConnectionsResponse] → ListConnectionsResponse',
    );
    expect(comparePagedMethods(pyRef, pyRef, pyPages)).toMatchObject({ status: 'pass' });
  });

  it('fails a TypeScript migration that lost a page, by the page classes the module declares', () => {
    const pages = pageClassesIn(
      'export class PagePromise<\nexport class CursorPage<Item> extends AbstractPage<Item> {}\nexport class Page<Item> {}\n',
    );
    expect([...pages].sort()).toEqual(['CursorPage', 'Page']);
    const ref = [tsLine('get /items', 'list', 'ItemsCursorPage'), tsLine('get /items/{id}', 'retrieve', 'Item')].join(
      '\n',
    );
    expect(pageOf('ItemsCursorPage', pages)).toBe('CursorPage');
    const r = comparePagedMethods(ref, ref.replace('ItemsCursorPage', 'ItemListResponse'), pages);
    expect(r).toMatchObject({ status: 'fail', reason: '1 of 1 paged methods lost their page: client.items.list' });
    // Another page class is a note; the ref paging nothing skips the check; a method the spec copy lacks is a note.
    expect(comparePagedMethods(ref, ref.replace('ItemsCursorPage', 'ItemsPage'), pages)).toMatchObject({
      status: 'pass',
      reason: '1 of 1 paged methods still paged (1 with another page class)',
    });
    expect(comparePagedMethods(tsLine('get /a', 'get', 'A'), '', pages).status).toBe('skipped');
    // A config naming the spec's route (`{id}` for the SDK's `{item_id}`) matches by the parameters' places.
    const subRef = tsLine('get /items/{item_id}/parts', 'list', 'PartsCursorPage');
    expect(
      comparePagedMethods(subRef, tsLine('get /items/{id}/parts', 'list', 'PartListResponse'), pages),
    ).toMatchObject({
      status: 'fail',
    });
    expect(comparePagedMethods(ref, tsLine('get /items/{id}', 'retrieve', 'Item'), pages)).toMatchObject({
      status: 'pass',
      reason: '0 of 1 paged methods still paged (1 not listed after the migration (the spec lacks them?))',
    });
  });
});
