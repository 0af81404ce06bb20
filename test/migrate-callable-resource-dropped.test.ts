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
import { planMigration } from '../generator/migrate/plan';
import { droppedResourceDone, withOwnersDroppedResources } from '../generator/migrate/reapply/callable-resources';

const apiMd = `# Acme

Methods:

- <code title="get /v1/namespaces">client.<a href="./src/index.ts">namespaces</a>({ ...params }) -> NamespacesPage</code>

# Namespaces

Methods:

- <code title="delete /v2/namespaces/{namespace}">client.namespaces.<a href="./src/resources/namespaces.ts">deleteAll</a>({ ...params }) -> NamespaceDeleteAllResponse</code>
`;

const STAINLESS_CLIENT = `import * as API from './resources/index';

export class Acme {
  /**
   * List namespaces.
   */
  namespaces(options?: RequestOptions) {
    return this.getAPIList('/v1/namespaces', options);
  }

  static toFile = Uploads.toFile;

  namespaces: API.Namespaces = new API.Namespaces(this);
}
`;
const OWNERS_CLIENT = STAINLESS_CLIENT.replace('\n  namespaces: API.Namespaces = new API.Namespaces(this);\n', '');

const SDKGEN_CLIENT = `import * as API from './resources/index.js';
import { AcmeCore } from './client-core.js';
import { callableResource } from './core/resource.js';

export class Acme extends AcmeCore {
  constructor(options: ClientOptions = {}) {
    super(options);
  }

  /**
   * List namespaces.
   */
  namespaces = callableResource(this.#namespaces.bind(this), new API.Namespaces(this));

  #namespaces(options?: RequestOptions) {
    return this.getAPIList('/v1/namespaces', options);
  }
}
`;

const testFile = (harness: string) => `${harness}const client = new Acme({
  apiKey: 'My API Key',
  baseURL: process.env['TEST_API_BASE_URL'] ?? 'http://127.0.0.1:4010',
});

describe('resource namespaces', () => {
  test('deleteAll: only required params', async () => {
    const responsePromise = client.namespaces.deleteAll({ namespace: 'namespace' });
    const rawResponse = await responsePromise.asResponse();
    expect(rawResponse).toBeInstanceOf(Response);
  });

  test('deleteAll: required and optional params', async () => {
    const response = await client.namespaces.deleteAll({ namespace: 'namespace' });
  });
});
`;
const STAINLESS_TEST = testFile("import Acme from 'acme';\n\n");
const OWNERS_TEST = STAINLESS_TEST.replace(
  /client\.namespaces\.(\w+)\(\{ namespace: 'namespace' \}\)/g,
  "client.namespace('namespace').$1()",
);
const SDKGEN_TEST = testFile("import Acme from 'acme';\nimport { describe, expect, test } from '../harness.js';\n\n");

function migrate() {
  const files = {
    'api.md': [apiMd, apiMd, apiMd],
    'src/client.ts': [STAINLESS_CLIENT, OWNERS_CLIENT, SDKGEN_CLIENT],
    'tests/api-resources/namespaces.test.ts': [STAINLESS_TEST, OWNERS_TEST, SDKGEN_TEST],
  };
  const entries = Object.entries(files);
  return planMigration({
    current: entries.map(([path, [stainless, owners]], i) => ({
      path,
      text: owners,
      blob: stainless === owners ? `s${i}` : `o${i}`,
    })),
    base: {
      blobs: new Map(entries.map(([path], i) => [path, `s${i}`])),
      texts: new Map(entries.map(([path, [stainless]]) => [path, stainless])),
    },
    rendered: entries.map(([path, [, , sdkgen]]) => ({ path, contents: sdkgen })),
  });
}

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
