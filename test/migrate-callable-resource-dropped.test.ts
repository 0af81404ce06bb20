/**
 * Issue 89, turbopuffer: Stainless's client declared a method `namespaces()` and the resource property
 * `namespaces: API.Namespaces = new API.Namespaces(this);` (TS2300); its owners deleted the property, kept the
 * method and rewrote Stainless's tests to reach the resource through a method of their own
 * (`client.namespace('namespace').deleteAll()`). sdkgen's client has one property that is both
 * (`namespaces = callableResource(this.#namespaces.bind(this), new API.Namespaces(this));`): the owners' deletion makes
 * it the method alone (their class rename would leave `new API.Namespaces(this)` naming nothing), with nothing left
 * for a person, and their test edits land on sdkgen's lines, which call the resource as Stainless's did.
 */
import { describe, expect, it } from 'vitest';
import { droppedResourceDone, withOwnersDroppedResources } from '../generator/migrate/reapply/callable-resources';
import {
  migrateNamespaces,
  namespacesApiMd,
  namespacesTest,
  OWNERS_CLIENT,
  SDKGEN_HARNESS,
  STAINLESS_CLIENT,
  SDKGEN_CALLABLE_CLIENT as SDKGEN_CLIENT,
} from './helpers/namespaces-fixture';

// sdkgen's client property is the resource as Stainless's was: its tests call it so, as api.md does.
const migrate = () =>
  migrateNamespaces({
    client: SDKGEN_CLIENT,
    test: namespacesTest('client.namespaces', SDKGEN_HARNESS),
    apiMd: namespacesApiMd('namespaces'),
  });

describe("migrate: the owners took a resource sdkgen's client calls too out of Stainless's client", () => {
  it('makes the callable property the method alone, only where the owners kept the method', () => {
    const dropped = withOwnersDroppedResources(STAINLESS_CLIENT, OWNERS_CLIENT, SDKGEN_CLIENT);
    expect(dropped).toContain('  namespaces = this.#namespaces.bind(this);');
    expect(dropped).not.toContain('callableResource');
    expect(dropped).toContain("import { AcmeCore } from './client-core.js';\n\nexport class Acme");
    // Their client untouched there, or the method deleted with the property: sdkgen's stays.
    expect(withOwnersDroppedResources(STAINLESS_CLIENT, STAINLESS_CLIENT, SDKGEN_CLIENT)).toBe(SDKGEN_CLIENT);
    const neither = OWNERS_CLIENT.replace(/ {2}\/\*\*\n[^]*?\n {2}\}\n/, '');
    expect(neither).not.toContain('namespaces(');
    expect(withOwnersDroppedResources(STAINLESS_CLIENT, neither, SDKGEN_CLIENT)).toBe(SDKGEN_CLIENT);
  });

  it("holds their deletion of Stainless's declaration as done, not another", () => {
    const declaration = ['  namespaces: API.Namespaces = new API.Namespaces(this);\n'];
    expect(droppedResourceDone(declaration, [], SDKGEN_CLIENT)).toBe(true);
    expect(droppedResourceDone(['  other: API.Other = new API.Other(this);\n'], [], SDKGEN_CLIENT)).toBe(false);
    expect(
      droppedResourceDone(declaration, ['  namespaces: API.Namespace = new API.Namespace(this);'], SDKGEN_CLIENT),
    ).toBe(false);
  });

  it('carries their deletion and their rewritten test calls, nothing left for a person', () => {
    const plan = migrate();
    const written = (path: string) => plan.writes.find((f) => f.path === path)?.contents ?? '';
    expect(plan.rejected).toEqual([]);
    const client = written('src/client.ts');
    expect(client).toContain('  namespaces = this.#namespaces.bind(this);');
    expect(client).not.toContain('new API.Namespaces(this)');
    expect(client).toContain('  #namespaces(options?: RequestOptions) {');
    const tests = written('tests/api-resources/namespaces.test.ts');
    expect(tests).toContain("const responsePromise = client.namespace('namespace').deleteAll();");
    expect(tests).toContain("const response = await client.namespace('namespace').deleteAll();");
  });
});
