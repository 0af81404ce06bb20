/**
 * With a Stainless config, a module's exports are laid out as Stainless's SDKs lay them out, so that a migrated
 * repository's diff shows what changed rather than how it is written: an empty line under the banner, namespaces
 * whose lists are paragraphs exporting every name `as` itself (page aliases between models and params), the nested
 * classes assigned before the namespace, the page aliases of other modules re-exported, and indexes listing their
 * modules by path after the shared models. A resource class's description is its last described tag's, unwrapped.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { okJson as json } from './helpers/openapi';

const page = (item: string) =>
  json({
    type: 'object',
    properties: {
      data: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
      next_cursor: { type: 'string' },
    },
  });
const id = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const cursor = { name: 'cursor', in: 'query', schema: { type: 'string' } };
const LONG_TAG =
  'Owners are the people and teams a widget belongs to; each one has pets too, listed under it, and widgets of its own.';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  tags: [
    { name: 'Directory', description: 'Everything in the directory.' },
    { name: 'Owners', description: LONG_TAG },
  ],
  paths: {
    '/widgets': { get: { operationId: 'listWidgets', parameters: [cursor], responses: page('Widget') } },
    '/widgets/archive': {
      get: {
        operationId: 'getArchive',
        responses: json({ type: 'object', properties: { count: { type: 'integer' } } }),
      },
    },
    '/owners/{id}': {
      get: {
        operationId: 'getOwner',
        tags: ['Directory', 'Owners'],
        parameters: [id('id')],
        responses: json({ $ref: '#/components/schemas/Owner' }),
      },
    },
    '/owners/{id}/widgets': {
      get: {
        operationId: 'listOwnerWidgets',
        tags: ['Directory', 'Owners'],
        parameters: [id('id'), cursor],
        responses: page('Widget'),
      },
    },
    '/owners': {
      post: {
        operationId: 'createOwner',
        tags: ['Directory', 'Owners'],
        responses: json({ type: 'object', properties: { id: { type: 'string' } } }),
      },
    },
    '/owners/{id}/profile': {
      put: {
        operationId: 'updateOwnerProfile',
        tags: ['Directory', 'Owners'],
        parameters: [id('id')],
        // Required, though none of its fields is.
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', properties: { bio: { type: 'string' } } } } },
        },
        responses: json({ $ref: '#/components/schemas/Owner' }),
      },
    },
    '/owners/{id}/widgets/bulk': {
      post: {
        operationId: 'addWidgets',
        tags: ['Directory', 'Owners'],
        parameters: [id('id')],
        responses: json({ type: 'array', items: { $ref: '#/components/schemas/Widget' } }),
      },
    },
    '/owners/{id}/transfer': {
      post: {
        operationId: 'transferOwner',
        tags: ['Directory', 'Owners'],
        parameters: [id('id')],
        responses: json({ type: 'object', properties: { done: { type: 'boolean' } } }),
      },
    },
    '/owners/{id}/pets/{pet_id}': {
      get: {
        operationId: 'getPet',
        parameters: [id('id'), id('pet_id')],
        responses: json({ $ref: '#/components/schemas/Pet' }),
      },
    },
  },
  components: {
    schemas: {
      Widget: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      Owner: { type: 'object', properties: { name: { type: 'string' }, tag: { $ref: '#/components/schemas/Tag' } } },
      Pet: { type: 'object', properties: { name: { type: 'string' } } },
      Tag: { type: 'object', properties: { label: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
pagination:
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      data: { type: array }
      next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
resources:
  widgets:
    models:
      widget: Widget
    methods:
      list: get /widgets
  widgets_archive:
    methods:
      retrieve: get /widgets/archive
  owners:
    models:
      owner: Owner
    methods:
      retrieve: get /owners/{id}
      list_widgets: get /owners/{id}/widgets
      create: post /owners
      update_profile: put /owners/{id}/profile
      add_widgets: post /owners/{id}/widgets/bulk
      transfer_ownership_to_another: post /owners/{id}/transfer
    subresources:
      pets:
        models:
          pet: Pet
        methods:
          retrieve: get /owners/{id}/pets/{pet_id}
  $shared:
    models:
      tag: Tag
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/**
 * The SDK of the spec with `config`. `funcs`: the standalone functions too, asked for as a Stainless config's owners
 * ask for them, by an sdkgen config beside it (`stainless: ./stainless.yml`, `funcs: true`).
 */
async function files(
  config: string | null,
  { funcs = false, spec = SPEC }: { funcs?: boolean; spec?: typeof SPEC } = {},
): Promise<Map<string, string>> {
  const root = tempDir('stainless-layout');
  roots.push(root);
  if (!funcs || config === null) {
    const { files: generated } = await generateFrom(root, spec, config, { funcs, referenceDocs: false });
    return new Map(generated.map((f) => [f.path, f.contents]));
  }
  writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), config);
  writeFileSync(path.join(root, 'sdkgen.config.yaml'), 'stainless: ./stainless.yml\nfuncs: true\n');
  const { files: generated } = await generate({
    spec: path.join(root, 'spec.json'),
    config: path.join(root, 'sdkgen.config.yaml'),
    referenceDocs: false,
  });
  return new Map(generated.map((f) => [f.path, f.contents]));
}

/** What tsc --strict says of the SDK `out` holds. */
function strictErrors(out: Map<string, string>): { status: number | null; output: string } {
  const root = tempDir('stainless-layout-tsc');
  roots.push(root);
  writeFiles(
    root,
    [...out].map(([file, contents]) => ({ path: file, contents })),
  );
  return typeCheckStrict(root, ['src/**/*.ts']);
}

describe("a Stainless config's module layout", () => {
  it('is the layout of Stainless’s SDKs', async () => {
    const out = await files(CONFIG);
    const owners = out.get('src/resources/owners/owners.ts')!;
    expect(owners).toMatch(/^\/\/ File generated by sdkgen from Acme\. [^\n]*\n\nimport /);
    expect(owners).toContain(
      [
        'Owners.Pets = Pets;',
        '',
        'export declare namespace Owners {',
        '  export {',
        '    type Owner as Owner,',
        '    type OwnerCreateResponse as OwnerCreateResponse,',
        '    type OwnerAddWidgetsResponse as OwnerAddWidgetsResponse,',
        '    type OwnerTransferOwnershipToAnotherResponse as OwnerTransferOwnershipToAnotherResponse,',
        '    type OwnerListWidgetsParams as OwnerListWidgetsParams,',
        '    type OwnerUpdateProfileParams as OwnerUpdateProfileParams,',
        '  };',
        '',
        '  export { Pets as Pets, type Pet as Pet, type PetRetrieveParams as PetRetrieveParams };',
        '}',
        '',
        'export { type WidgetsCursorPage };',
      ].join('\n'),
    );
    // The spec gives no example of what the resource's requests take or its responses hold: Stainless's SDKs show no
    // call then; where it gives one for one method, they show every method's call.
    expect(owners).not.toContain('@example');
    const exampled = structuredClone(SPEC);
    exampled.paths['/owners'].post.responses = json({
      type: 'object',
      properties: { id: { type: 'string', example: 'own_1' } },
      // (The newest SDKs show calls for a response's own example, not for its fields' alone.)
      example: { id: 'own_1' },
    });
    const sampled = (await files(CONFIG, { spec: exampled })).get('src/resources/owners/owners.ts')!;
    // Examples as Stainless's: 60 columns, the result named after its model, the items of a list of one, or the
    // resource a method creates (or retrieves, updates, deletes, lists); else `response`.
    expect(sampled).toContain('   * const owner = await client.owners.create();\n');
    expect(sampled).toContain("   * const owner = await client.owners.retrieve('id');\n");
    expect(sampled).toContain("   * const widgets = await client.owners.addWidgets('id');\n");
    expect(sampled).toContain("   * const response =\n   *   await client.owners.transferOwnershipToAnother('id');\n");
    expect(sampled).toContain(
      "   * // Automatically fetches more pages as needed.\n   * for await (const widget of client.owners.listWidgets(\n   *   'id',\n   * )) {",
    );
    // The last described tag the methods share, as the spec wrote it.
    expect(owners).toContain(`/**\n * ${LONG_TAG}\n */\nexport class Owners extends APIResource {`);
    // The module's page alias between its models and its params.
    expect(out.get('src/resources/widgets.ts')).toContain(
      'export {\n    type Widget as Widget,\n    type WidgetsCursorPage as WidgetsCursorPage,\n    type WidgetListParams as WidgetListParams,\n  };',
    );
    const index = out.get('src/resources/index.ts')!;
    const specifiers = [...index.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    // By path without the extension: `./widgets` before `./widgets-archive`.
    // Without the extension, as Stainless's SDKs write the resources' specifiers (the package's build adds it).
    // The top-level resources alone: a nested one's types are reached through its parent's namespace.
    expect(specifiers).toEqual(['./shared', './owners/owners', './widgets', './widgets-archive']);
    expect(index).toContain("export * from './shared';");
    // Nested resources and the client's resources constructed through namespace imports, as Stainless's are.
    expect(owners).toContain("import * as PetsAPI from './pets';");
    // Types imported without `type`, as Stainless's are: the SDK's tsconfig leaves verbatimModuleSyntax off.
    expect(owners).toContain("import { Pet, PetRetrieveParams, Pets } from './pets';");
    expect(JSON.parse(out.get('tsconfig.json')!).compilerOptions.verbatimModuleSyntax).toBe(false);
    // The imports in Stainless's order: the base class, the resources' modules (a folder's files before its folders),
    // then the runtime's; the request made in the method, as Stainless's SDKs make it.
    expect(owners).toMatch(
      /^import \{ APIResource \} from '\.\.\/\.\.\/core\/resource';\nimport \* as Shared from '\.\.\/shared';\nimport \* as WidgetsAPI from '\.\.\/widgets';\n/m,
    );
    expect(owners).toContain("    return this._client.post('/owners', options);\n");
    expect(owners).not.toContain('@throws');
    expect(owners).toContain('  pets: PetsAPI.Pets = new PetsAPI.Pets(this._client);');
    const client = out.get('src/client.ts')!;
    expect(client).toContain("import * as API from './resources/index.js';");
    expect(client).toContain('  owners: API.Owners = new API.Owners(this);');
    expect(client).toMatch(
      /Acme\.Widgets = Widgets;\nAcme\.WidgetsArchive = WidgetsArchive;\nAcme\.Owners = Owners;\n\n[^\n]*\nexport declare namespace Acme \{/,
    );
    expect(client).toContain(
      '  export { type ClientOptions as ClientOptions, type RequestOptions as RequestOptions };\n\n',
    );

    // Hand-written code beside it takes the helpers Stainless's SDKs had from internal/utils.
    out.set(
      'src/lib/helpers.ts',
      [
        "import { castToError, coerceInteger, hasOwn, isObj, readEnv, safeJSON, toBase64, uuid4 } from '../internal/utils.js';",
        "import type { Logger } from '../internal/utils.js';",
        'export const logger: Logger | undefined = readEnv("ACME_LOG") ? console : undefined;',
        "import { loggerFor } from '../internal/utils.js';",
        "import type { Acme } from '../client.js';",
        "export const log = (client: Acme) => loggerFor(client).debug('a message', { detail: 1 });",
        'export function read(text: string, key: string): number | Error {',
        '  const value = safeJSON(text);',
        '  if (!isObj(value) || !hasOwn(value, key)) return castToError(value);',
        '  return coerceInteger(value[key]) + toBase64(uuid4()).length;',
        '}',
        '',
      ].join('\n'),
    );
    const { status, output } = strictErrors(out);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('names the params a method hands on to its function as Stainless does: query or body when all are one kind', async () => {
    const out = await files(CONFIG, { funcs: true });
    const owners = out.get('src/resources/owners/owners.ts')!;
    expect(owners).toMatch(/listWidgets\(\s*id: string,\s*query: OwnerListWidgetsParams \| null \| undefined = \{\},/);
    expect(owners).toContain('ownersListWidgetsRequest(this._client, id, query, options)');
    // A required request body: its params are required too.
    expect(owners).toMatch(/updateProfile\(id: string, body: OwnerUpdateProfileParams, options\?: RequestOptions\)/);
    // A path parameter among them: params.
    const pets = out.get('src/resources/owners/pets.ts')!;
    expect(pets).toMatch(/retrieve\(petID: string, params: PetRetrieveParams,/);
    // The function itself keeps `params`.
    expect(out.get('src/funcs/ownersListWidgets.ts')).toMatch(/\bparams: OwnerListWidgetsParams/);
    const { status, output } = strictErrors(out);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it("is sdkgen's own without one", async () => {
    const out = await files(null);
    const owners = out.get('src/resources/owners/owners.ts')!;
    expect(owners).toContain('export declare namespace Owners {');
    expect(owners).toContain('  pets: Pets = new Pets(this._client);');
    expect(owners).toMatch(/profile\(\s*id: string,\s*params: OwnerProfileParams \| null \| undefined = \{\},/);
    expect(owners).not.toContain(' as ');
    expect(owners).not.toMatch(/^\/\/ File generated[^\n]*\n\n/);
    expect(owners).toContain('const ownerCreateResponse = await client.owners.create();');
    // Stainless's runtime helpers are for code written against a Stainless SDK.
    expect(out.has('src/internal/stainless-utils.ts')).toBe(false);
    expect(out.get('src/internal/utils.ts')).not.toContain('stainless-utils');
  });
});
