/**
 * Issue 89, the other way round from migrate-callable-resource-dropped: Stainless's client declared a method
 * `namespaces()` and the resource property `namespaces: API.Namespaces = new API.Namespaces(this);` (TS2300), and the
 * owners made theirs compile by deleting the method and keeping the resource (`client.namespaces.deleteAll(…)`).
 * sdkgen's client has one property that is both (`namespaces = callableResource(this.#namespaces.bind(this), new
 * API.Namespaces(this));`): their deletion makes it the resource alone, as sdkgen declares any other
 * (`namespaces: API.Namespaces = new API.Namespaces(this);`), the method's private body going with it, and the
 * deletion is done, nothing left for a person.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { droppedMethodDone, withOwnersDroppedResources } from '../generator/migrate/reapply/callable-resources';
import { baseOf, checkoutOf } from './helpers/plan-inputs';
import {
  namespacesApiMd,
  namespacesTest,
  SDKGEN_HARNESS,
  STAINLESS_CLIENT,
  STAINLESS_TEST,
  SDKGEN_CALLABLE_CLIENT as SDKGEN_CLIENT,
} from './helpers/namespaces-fixture';

/** The owners' client: Stainless's without the method (and its doc comment). */
const OWNERS_CLIENT = STAINLESS_CLIENT.replace(/ {2}\/\*\*\n[^]*?\n {2}\}\n\n/, '');

function migrate() {
  const sdkgenTest = namespacesTest('client.namespaces', SDKGEN_HARNESS);
  const files: Record<string, [string, string, string]> = {
    'api.md': [namespacesApiMd('namespaces'), namespacesApiMd('namespaces'), namespacesApiMd('namespaces')],
    'src/client.ts': [STAINLESS_CLIENT, OWNERS_CLIENT, SDKGEN_CLIENT],
    'tests/api-resources/namespaces.test.ts': [STAINLESS_TEST, STAINLESS_TEST, sdkgenTest],
  };
  const side = (i: number) => Object.fromEntries(Object.entries(files).map(([path, texts]) => [path, texts[i]]));
  return planMigration({
    current: checkoutOf(side(1)),
    base: baseOf(side(0)),
    rendered: Object.entries(side(2)).map(([path, contents]) => ({ path, contents })),
  });
}

describe("migrate: the owners took the method of a resource sdkgen's client calls too out of Stainless's client", () => {
  it('makes the callable property the resource alone, only where the owners kept the resource', () => {
    expect(OWNERS_CLIENT).not.toContain('namespaces(');
    const dropped = withOwnersDroppedResources(STAINLESS_CLIENT, OWNERS_CLIENT, SDKGEN_CLIENT);
    expect(dropped).toContain('  namespaces: API.Namespaces = new API.Namespaces(this);\n}');
    expect(dropped).not.toContain('#namespaces');
    expect(dropped).not.toContain('List namespaces.');
    expect(dropped).not.toContain('callableResource');
    // Both taken out: sdkgen's stays.
    const neither = OWNERS_CLIENT.replace('\n  namespaces: API.Namespaces = new API.Namespaces(this);\n', '');
    expect(withOwnersDroppedResources(STAINLESS_CLIENT, neither, SDKGEN_CLIENT)).toBe(SDKGEN_CLIENT);
  });

  it("holds their deletion of Stainless's method as done, not another's", () => {
    const method = STAINLESS_CLIENT.split('\n')
      .slice(3, 10)
      .map((line) => `${line}\n`);
    expect(method[3]).toBe('  namespaces(options?: RequestOptions) {\n');
    expect(droppedMethodDone(method, [], SDKGEN_CLIENT)).toBe(true);
    const other = method.map((line) => line.replace('namespaces(', 'others('));
    expect(droppedMethodDone(other, [], SDKGEN_CLIENT)).toBe(false);
    expect(droppedMethodDone(method, ['  namespaces() {}\n'], SDKGEN_CLIENT)).toBe(false);
  });

  it('carries their deletion, nothing left for a person', () => {
    const plan = migrate();
    expect(plan.rejected).toEqual([]);
    const client = plan.writes.find((f) => f.path === 'src/client.ts')?.contents ?? '';
    expect(client).toContain('  namespaces: API.Namespaces = new API.Namespaces(this);');
    expect(client).not.toContain('#namespaces');
    expect(client).not.toContain('callableResource');
  });
});
