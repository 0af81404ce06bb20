/**
 * A resource whose client property sdkgen names otherwise (issue 89: as sdkgen once named turbopuffer's, whose client
 * has a method `namespaces()`, `client.namespacesResource`; a resource named as a member of the client itself still
 * is). The owners' edits of Stainless's lines that name the property are looked for under sdkgen's name: their
 * deletion of the client's `namespaces: API.Namespaces = new API.Namespaces(this);` removes sdkgen's
 * `namespacesResource` line (left, it constructs a class they renamed: TS2724), and their rewritten test calls
 * (`client.namespaces.deleteAll({ namespace: 'namespace' })` → `client.namespace('namespace').deleteAll()`) replace
 * sdkgen's `client.namespacesResource.deleteAll({ namespace: 'namespace' })`. The client's method of that name
 * (`client.namespaces(`) is not the property and is not renamed.
 */
import { describe, expect, it } from 'vitest';
import { asSdkgenNames, renamedProperties } from '../generator/migrate/reapply/renamed-properties';
import {
  migrateNamespaces,
  namespacesApiMd as apiMd,
  namespacesTest,
  SDKGEN_HARNESS,
} from './helpers/namespaces-fixture';

const SDKGEN_CLIENT = `import * as API from './resources/index.js';
import { AcmeCore } from './client-core.js';

export class Acme extends AcmeCore {
  constructor(options: ClientOptions = {}) {
    super(options);
  }

  namespacesResource: API.Namespaces = new API.Namespaces(this);

  /**
   * List namespaces.
   */
  namespaces(options?: RequestOptions) {
    return this.getAPIList('/v1/namespaces', options);
  }
}
`;

// sdkgen names the resource property otherwise: its client, tests and api.md call it `namespacesResource`.
const migrate = () =>
  migrateNamespaces({
    client: SDKGEN_CLIENT,
    test: namespacesTest('client.namespacesResource', SDKGEN_HARNESS),
    apiMd: apiMd('namespacesResource'),
  });

describe("migrate: the owners' edits of a resource property sdkgen renamed", () => {
  it('finds the property under its new name from the two api.md files (not the client method of that name)', () => {
    const read = (text: string) => (path: string) => (path === 'api.md' ? text : null);
    const renamed = renamedProperties(read(apiMd('namespaces')), read(apiMd('namespacesResource')));
    expect(renamed).toEqual([{ stainless: 'namespaces', sdkgen: 'namespacesResource' }]);
    expect(renamedProperties(read(apiMd('namespaces')), read(apiMd('namespaces')))).toEqual([]);
    const rename = asSdkgenNames(renamed)!;
    expect(rename("    await client.namespaces.deleteAll({ namespace: 'a' });")).toBe(
      "    await client.namespacesResource.deleteAll({ namespace: 'a' });",
    );
    expect(rename('  namespaces: API.Namespaces = new API.Namespaces(this);')).toBe(
      '  namespacesResource: API.Namespaces = new API.Namespaces(this);',
    );
    expect(rename("    const page = await client.namespaces({ prefix: 'a' });")).toBe(
      "    const page = await client.namespaces({ prefix: 'a' });",
    );
  });

  it("carries their deletion of the property and their rewritten test calls onto sdkgen's renamed lines", () => {
    const plan = migrate();
    const written = (path: string) => plan.writes.find((f) => f.path === path)?.contents ?? '';
    expect(plan.rejected).toEqual([]);
    const client = written('src/client.ts');
    expect(client).not.toContain('namespacesResource');
    expect(client).toContain('  namespaces(options?: RequestOptions) {');
    const tests = written('tests/api-resources/namespaces.test.ts');
    expect(tests).toContain("const responsePromise = client.namespace('namespace').deleteAll();");
    expect(tests).toContain("const response = await client.namespace('namespace').deleteAll();");
    expect(tests).toContain("const responsePromise = client.namespace('namespace').schema();");
    expect(tests).not.toContain('namespacesResource');
  });
});
