/**
 * The fixture of the migrate tests of issue 89's turbopuffer case: Stainless's client declares a method `namespaces()`
 * and the resource property `namespaces: API.Namespaces = new API.Namespaces(this);` (TS2300); the owners deleted the
 * property, kept the method and rewrote Stainless's tests to reach the resource through a method of their own
 * (`client.namespaces.deleteAll({ namespace: 'namespace' })` → `client.namespace('namespace').deleteAll()`). Each test
 * brings sdkgen's side (its client, the receiver its tests call) and plans the migration of the three versions.
 */
import { planMigration } from '../../generator/migrate/plan';
import { baseOf, checkoutOf } from './plan-inputs';

/** api.md with the client's method `namespaces` and the resource's methods, called on `client.<resource>`. */
export const namespacesApiMd = (resource: string) => `# Acme

Methods:

- <code title="get /v1/namespaces">client.<a href="./src/index.ts">namespaces</a>({ ...params }) -> NamespacesPage</code>

# Namespaces

Methods:

- <code title="delete /v2/namespaces/{namespace}">client.${resource}.<a href="./src/resources/namespaces.ts">deleteAll</a>({ ...params }) -> NamespaceDeleteAllResponse</code>
- <code title="get /v1/namespaces/{namespace}/schema">client.${resource}.<a href="./src/resources/namespaces.ts">schema</a>({ ...params }) -> NamespaceSchemaResponse</code>
- <code title="post /v2/namespaces/{namespace}/query?stainless_overload=multiQuery">client.${resource}.<a href="./src/resources/namespaces.ts">multiQuery</a>({ ...params }) -> NamespaceMultiQueryResponse</code>
`;

/** Stainless's client: the method and the resource property of one name. */
export const STAINLESS_CLIENT = `import * as API from './resources/index';

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

/** The owners' client: Stainless's without the property. */
export const OWNERS_CLIENT = STAINLESS_CLIENT.replace(
  '\n  namespaces: API.Namespaces = new API.Namespaces(this);\n',
  '',
);

/** Stainless's resource test (`harness`: its imports), calling the resource's methods on `receiver`. */
/** sdkgen's client of the namespaces spec: `namespaces` a callable resource (list them, or its methods). */
export const SDKGEN_CALLABLE_CLIENT = `import * as API from './resources/index.js';
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

export const namespacesTest = (receiver: string, harness: string) => `${harness}const client = new Acme({
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

/** The imports of Stainless's test, and of sdkgen's (its harness). */
export const STAINLESS_HARNESS = "import Acme from 'acme';\n\n";
export const SDKGEN_HARNESS = "import Acme from 'acme';\nimport { describe, expect, test } from '../harness.js';\n\n";

export const STAINLESS_TEST = namespacesTest('client.namespaces', STAINLESS_HARNESS);
/** The owners' test: each call through their method (`client.namespace('namespace').deleteAll()`). */
export const OWNERS_TEST = STAINLESS_TEST.replace(
  /client\.namespaces\.(\w+)\(\{ namespace: 'namespace' \}\)/g,
  "client.namespace('namespace').$1()",
);

/**
 * The migration of the repository whose files are Stainless's and the owners' fixture, sdkgen generating `sdkgen`'s
 * client, test and api.md.
 */
export function migrateNamespaces(sdkgen: { client: string; test: string; apiMd: string }) {
  const files: Record<string, [string, string, string]> = {
    'api.md': [namespacesApiMd('namespaces'), namespacesApiMd('namespaces'), sdkgen.apiMd],
    'src/client.ts': [STAINLESS_CLIENT, OWNERS_CLIENT, sdkgen.client],
    'tests/api-resources/namespaces.test.ts': [STAINLESS_TEST, OWNERS_TEST, sdkgen.test],
  };
  const side = (i: number) => Object.fromEntries(Object.entries(files).map(([path, texts]) => [path, texts[i]]));
  return planMigration({
    current: checkoutOf(side(1)),
    base: baseOf(side(0)),
    rendered: Object.entries(side(2)).map(([path, contents]) => ({ path, contents })),
  });
}
