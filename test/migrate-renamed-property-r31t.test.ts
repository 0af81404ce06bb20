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
import { planMigration } from '../generator/migrate/plan';
import { asSdkgenNames, renamedProperties } from '../generator/migrate/reapply/renamed-properties';

const apiMd = (resource: string) => `# Acme

Methods:

- <code title="get /v1/namespaces">client.<a href="./src/index.ts">namespaces</a>({ ...params }) -> NamespacesPage</code>

# Namespaces

Methods:

- <code title="delete /v2/namespaces/{namespace}">client.${resource}.<a href="./src/resources/namespaces.ts">deleteAll</a>({ ...params }) -> NamespaceDeleteAllResponse</code>
- <code title="get /v1/namespaces/{namespace}/schema">client.${resource}.<a href="./src/resources/namespaces.ts">schema</a>({ ...params }) -> NamespaceSchemaResponse</code>
- <code title="post /v2/namespaces/{namespace}/query?stainless_overload=multiQuery">client.${resource}.<a href="./src/resources/namespaces.ts">multiQuery</a>({ ...params }) -> NamespaceMultiQueryResponse</code>
`;

const STAINLESS_CLIENT = `import * as API from './resources/index';

export class Acme {
  /**
   * List namespaces.
   */
  namespaces(options?: RequestOptions) {
    return this.get('/v1/namespaces', options);
  }

  static toFile = Uploads.toFile;

  namespaces: API.Namespaces = new API.Namespaces(this);
}
`;
const OWNERS_CLIENT = STAINLESS_CLIENT.replace('\n  namespaces: API.Namespaces = new API.Namespaces(this);\n', '');

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

const testFile = (receiver: string, harness: string) => `${harness}const client = new Acme({
  apiKey: 'My API Key',
  baseURL: process.env['TEST_API_BASE_URL'] ?? 'http://127.0.0.1:4010',
});

describe('resource namespaces', () => {
  test('deleteAll: only required params', async () => {
    const responsePromise = ${receiver}.deleteAll({ namespace: 'namespace' });
    const rawResponse = await responsePromise.asResponse();
    expect(rawResponse).toBeInstanceOf(Response);
  });

  test('deleteAll: required and optional params', async () => {
    const response = await ${receiver}.deleteAll({ namespace: 'namespace' });
  });

  test('schema: only required params', async () => {
    const responsePromise = ${receiver}.schema({ namespace: 'namespace' });
    const rawResponse = await responsePromise.asResponse();
    expect(rawResponse).toBeInstanceOf(Response);
  });
});
`;
const STAINLESS_TEST = testFile('client.namespaces', "import Acme from 'acme';\n\n");
const OWNERS_TEST = STAINLESS_TEST.replace(
  /client\.namespaces\.(\w+)\(\{ namespace: 'namespace' \}\)/g,
  "client.namespace('namespace').$1()",
);
const SDKGEN_TEST = testFile(
  'client.namespacesResource',
  "import Acme from 'acme';\nimport { describe, expect, test } from '../harness.js';\n\n",
);

function migrate() {
  const files = {
    'api.md': [apiMd('namespaces'), apiMd('namespaces'), apiMd('namespacesResource')],
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
