/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK whose method names a path parameter otherwise than the spec
 * the repository's owners have (Stainless's copy had `x-stainless-param`): Petstore's `put /user/{username}` is
 * `client.user.update(existing_username, **params)` in example-stainless-py and nptakudo/stainless-api-sdk. The config
 * migrate writes gives the parameter that name (`openapi.transformations`), so `update(existing_username=…)` keeps
 * working; before, sdkgen's SDK had `path_username` (the body has a `username` too).
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { specRoutesOf } from '../generator/migrate/derived-config/route-names';

const line = (name: string, verb: string, route: string, args: string) =>
  `- <code title="${verb} ${route}">client.user.<a href="./src/acme/resources/user.py">${name}</a>(${args}) -> None</code>`;

const API_MD = [
  '# User',
  '',
  'Methods:',
  '',
  line(
    'update',
    'put',
    '/user/{username}',
    'existing_username, \\*\\*<a href="src/acme/types/user_update_params.py">params</a>',
  ),
  line('delete', 'delete', '/user/{username}', 'username'),
  line('retrieve', 'get', '/pets/{petId}', 'pet_id'),
  line('keyword', 'get', '/things/{from}', 'from_'),
  // (Stainless's form: the last path parameter first, the others by keyword after `*`; no renaming.)
  line('remove', 'delete', '/stores/{storeId}/pets/{petId}', 'pet_id, \\*, store_id'),
  '',
].join('\n');

const NONE = { '204': { description: 'ok' } };
const param = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const SPEC_DOCUMENT = {
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1.0.0' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/user/{username}': {
      put: { operationId: 'updateUser', parameters: [param('username')], responses: NONE },
      delete: { operationId: 'deleteUser', parameters: [param('username')], responses: NONE },
    },
    '/pets/{petId}': { get: { operationId: 'getPet', parameters: [param('petId')], responses: NONE } },
    '/things/{from}': { get: { operationId: 'getThing', parameters: [param('from')], responses: NONE } },
    '/agency/{agencyID}': { get: { operationId: 'getAgency', parameters: [param('agencyID')], responses: NONE } },
    '/stores/{storeId}/pets/{petId}': {
      delete: { operationId: 'removePet', parameters: [param('storeId'), param('petId')], responses: NONE },
    },
  },
};

interface Config {
  openapi?: { transformations?: unknown[] };
  resources: Record<string, { methods: Record<string, unknown> }>;
}

describe('migrate --from-repo (Python): path parameters api.md names otherwise', () => {
  it("keep api.md's names through openapi.transformations", () => {
    const spec = { schemas: [], responseSchemas: new Map(), specRoutes: specRoutesOf(SPEC_DOCUMENT) };
    const result = derivePythonConfig([{ path: 'api.md', text: API_MD }] as never, 'acme', spec);
    const config = yaml.load(result!.text) as Config;
    expect(config.resources.user.methods).toMatchObject({ update: 'put /user/{username}' });
    expect(config.openapi?.transformations).toEqual([
      {
        command: 'merge',
        args: {
          target: "$.paths['/user/{username}'].put.parameters[0]",
          value: { 'x-stainless-param': 'existing_username' },
        },
      },
    ]);
  });
  it('in a TypeScript SDK too (`update(existingUsername, { ...params })`)', () => {
    const tsLine = (name: string, verb: string, route: string, args: string) =>
      `- <code title="${verb} ${route}">client.user.<a href="./src/resources/user.ts">${name}</a>(${args}) -> void</code>`;
    const apiMd = [
      '# User',
      '',
      'Methods:',
      '',
      tsLine('update', 'put', '/user/{username}', 'existingUsername, { ...params }'),
      tsLine('delete', 'delete', '/user/{username}', 'username'),
      tsLine('retrieve', 'get', '/pets/{petId}', 'petID'),
      // (The SDK's casing of the spec's name, onebusaway's `retrieve(agencyId)` for `{agencyID}`: no rename.)
      tsLine('agency', 'get', '/agency/{agencyID}', 'agencyId'),
      '',
    ].join('\n');
    const input = derivedConfigInput([{ path: 'api.md', text: apiMd }] as never, null, SPEC_DOCUMENT)!;
    const config = yaml.load(deriveStainlessConfig(input).text) as Config;
    expect(config.openapi?.transformations).toEqual([
      {
        command: 'merge',
        args: {
          target: "$.paths['/user/{username}'].put.parameters[0]",
          value: { 'x-stainless-param': 'existingUsername' },
        },
      },
    ]);
  });
});
