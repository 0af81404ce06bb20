/**
 * scripts/stainless-python-tests.mjs measures sdkgen's Python package with the tests Stainless wrote (issue 91). A
 * Stainless repository may keep the module and tests of a resource an earlier generation wrote and a later one dropped
 * from the client (MpesaFlow's SDK kept `health`, its tests and a `test_client.py` calling `client.health()`, after the
 * endpoint left the spec): those tests fail on Stainless's own package, so the measure leaves them out. Every file of a
 * resource the client or a parent resource reaches stays, whether or not api.md lists a method of it.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript script without declarations
import { leftoverFiles } from '../../scripts/stainless-python-tests.mjs';

const CLIENT = `
from .resources import apps, orders

class Shop(SyncAPIClient):
    apps: apps.AppsResource
    orders: orders.OrdersResource

    def status(self) -> Status:
        return self.get("/status")
`;

const resource = (...classes: string[]) =>
  classes.map((name) => `class ${name}(SyncAPIResource):\n    pass\n`).join('\n');

const PACKAGE: Array<[string, string]> = [
  ['src/shop/_client.py', CLIENT],
  ['src/shop/resources/__init__.py', 'from .health import HealthResource\nfrom .apps import AppsResource\n'],
  ['src/shop/resources/apps/__init__.py', 'from .api_keys import APIKeysResource\n'],
  [
    'src/shop/resources/apps/apps.py',
    `from .api_keys import APIKeysResource\n\n${resource('AppsResource', 'AsyncAppsResource')}`,
  ],
  ['src/shop/resources/apps/api_keys.py', resource('APIKeysResource', 'AsyncAPIKeysResource')],
  ['src/shop/resources/orders.py', resource('OrdersResource')],
  ['src/shop/resources/health.py', resource('HealthResource', 'AsyncHealthResource')],
  ['tests/api_resources/test_apps.py', 'client.apps.create()'],
  ['tests/api_resources/apps/test_api_keys.py', 'client.apps.api_keys.list()'],
  ['tests/api_resources/test_orders.py', 'client.orders.list()'],
  ['tests/api_resources/test_health.py', 'client.health.check()'],
  ['tests/api_resources/test_reports.py', 'client.reports.list()'],
  ['tests/conftest.py', ''],
  ['api.md', '# Apps\n'],
];

describe('Stainless leftovers (stainless-python-tests.mjs)', () => {
  it('leaves out a resource module nothing reaches (the resources/__init__.py aside), and its tests', () => {
    expect([...leftoverFiles(new Map(PACKAGE))].sort()).toEqual([
      'src/shop/resources/health.py',
      'tests/api_resources/test_health.py',
      'tests/api_resources/test_reports.py',
    ]);
  });

  it("judges test_client.py by the methods it calls on the client's own class", () => {
    const live = new Map([...PACKAGE, ['tests/api_resources/test_client.py', 'client.with_raw_response.status()']]);
    expect(leftoverFiles(live).has('tests/api_resources/test_client.py')).toBe(false);
    const stale = new Map([...PACKAGE, ['tests/api_resources/test_client.py', 'client.status()\nclient.health()']]);
    expect(leftoverFiles(stale).has('tests/api_resources/test_client.py')).toBe(true);
  });

  it('leaves nothing out of a folder holding part of a package (no _client.py)', () => {
    const part = new Map(PACKAGE.filter(([file]) => !file.endsWith('_client.py')));
    expect([...leftoverFiles(part)]).toEqual([]);
  });
});
