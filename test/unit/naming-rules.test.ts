/**
 * The naming rules table (generator/naming/rules.ts): given a spec key or an already chosen name, the name the SDK
 * asks for. Given/want tables; the settled names of whole fixtures are in fixtures-ir.test.ts and the snapshots.
 */
import { describe, expect, it } from 'vitest';
import {
  claimLocal,
  clientClassName,
  clientNameFromTitle,
  credentialEnvVar,
  envPrefixFor,
  fallbackPackageName,
  methodTypeNames,
  NAME_PRIORITY,
  NESTED_LABEL,
  nestedTypeName,
  pageClassName,
  requestVariantName,
  resourceClassAlternatives,
  resourceModule,
  safeParamKey,
  schemaNameAlternatives,
  schemaTypeName,
  takenTypeNames,
} from '../../generator/naming/rules';

describe('client identity', () => {
  it.each([
    ['GitHub v3 REST API', 'GitHub'],
    ['NetBox', 'NetBox'],
    ['eDRV API', 'EDRV'],
    ['The Public API', 'Client'],
    ['', 'Client'],
  ])('the title %j names the client %s', (title, want) => expect(clientNameFromTitle(title)).toBe(want));

  it('adds Client to a name TypeScript or the runtime uses', () => {
    expect(clientClassName('Error')).toBe('ErrorClient');
    expect(clientClassName('Acme')).toBe('Acme');
    // `<Client>Error` must not be one of the runtime's error classes.
    expect(clientClassName('Validation')).toBe('ValidationClient');
    expect(clientClassName('RateLimit')).toBe('RateLimitClient');
    // (`APIClient` would not do: Python's `AsyncAPIClient` is the runtime's.)
    expect(clientClassName('API')).toBe('APISDK');
  });

  it.each([
    // Python: typing's, the runtime's and what the package's tests define, beside the client in the same module.
    ['Mapping', 'MappingClient'],
    ['Optional', 'OptionalClient'],
    ['Iterator', 'IteratorClient'],
    ['Timeout', 'TimeoutClient'],
    ['Item', 'ItemClient'],
    // `AsyncStream` is the runtime's: a client `Stream` would make it again.
    ['Stream', 'StreamClient'],
    // TypeScript: the platform's globals the client's modules and tests use.
    ['URL', 'URLClient'],
    ['Headers', 'HeadersClient'],
    ['Blob', 'BlobClient'],
    // `Cursor` would make `SyncCursorPage`, which the package's tests define.
    ['Cursor', 'CursorClient'],
    // The fallback for a title with no telling word stays as it is: `Client = Client` binds it again, harmlessly.
    ['Client', 'Client'],
    ['Acme', 'Acme'],
  ])('names the client %s %s, clear of what its modules import in either target', (name, want) =>
    expect(clientClassName(name)).toBe(want),
  );

  it('derives the package, the env prefix and credential variables', () => {
    expect(fallbackPackageName('Petstore API', 'Petstore')).toBe('petstore-api-sdk');
    expect(fallbackPackageName('', 'Petstore')).toBe('petstore-sdk');
    expect(envPrefixFor('ACME_API_KEY', 'Acme')).toBe('ACME');
    expect(envPrefixFor('SECRET', 'MyApi')).toBe('MY_API');
    expect(envPrefixFor(null, 'Acme')).toBe('ACME');
    expect(credentialEnvVar('ACME', 'bearerToken')).toBe('ACME_BEARER_TOKEN');
  });
});

describe('resources and their types', () => {
  it.each([
    [['servers'], false, 'resources/servers'],
    [['servers'], true, 'resources/servers/servers'],
    [['servers', 'releases'], false, 'resources/servers/releases'],
    [['teams', 'teams'], false, 'resources/teams/teams-resource'],
    [['apiKeys'], false, 'resources/api-keys'],
  ])('%j (children: %s) lives in %s', (path, hasChildren, want) =>
    expect(resourceModule(path, hasChildren)).toBe(want),
  );

  it('qualifies a taken resource class by its parent, then adds Resource', () => {
    expect(resourceClassAlternatives('Releases', 'servers')).toEqual(['ServerReleases', 'ReleasesResource']);
    expect(resourceClassAlternatives('Health', null)).toEqual(['HealthResource']);
  });

  it('names a method type after its resource, qualified by the parent or the client when taken', () => {
    const names = { singular: 'Release', parentSingular: 'Server', clientName: 'Acme', methodPascal: 'Get' };
    expect(methodTypeNames(names, 'Params')).toEqual({
      preferred: 'ReleaseGetParams',
      alternatives: ['ServerReleaseGetParams'],
    });
    expect(methodTypeNames({ ...names, parentSingular: null }, 'Response')).toEqual({
      preferred: 'ReleaseGetResponse',
      alternatives: ['AcmeReleaseGetResponse'],
    });
  });
});

describe('schemas', () => {
  it.each([
    ['Pet', 'Pet'],
    ['iPhone', 'IPhone'],
    ['pet_status', 'Pet_status'],
    ['pet-status', 'PetStatus'],
    ['string', 'String'],
    ['123', '_123'],
    ['', 'Schema'],
  ])('the key %j names the type %s', (hint, want) => expect(schemaTypeName(hint)).toBe(want));

  it('tries the one response it is, its owner, the client, then Schema', () => {
    expect(
      schemaNameAlternatives('Status', {
        asResponse: ['ServerGetResponse'],
        ownerSingular: 'Server',
        clientName: 'Acme',
      }),
    ).toEqual(['ServerGetResponse', 'ServerStatus', 'AcmeStatus', 'StatusSchema']);
    expect(
      schemaNameAlternatives('ServerStatus', { asResponse: ['A', 'B'], ownerSingular: 'Server', clientName: 'Acme' }),
    ).toEqual(['AcmeServerStatus', 'ServerStatusSchema']);
  });

  it('settles explicit names before component keys before method types, and the reverse with Stainless', () => {
    const plain = (explicit: boolean, methodNamed: boolean) => NAME_PRIORITY.schema({ explicit, methodNamed }, false);
    expect(plain(true, false)).toBeLessThan(plain(false, false));
    expect(plain(false, false)).toBeLessThan(plain(false, true));
    const stainless = (methodNamed: boolean) => NAME_PRIORITY.schema({ explicit: false, methodNamed }, true);
    expect(stainless(true)).toBeLessThan(stainless(false));
  });

  it('names a request-side variant after its schema, and keeps the runtime names out', () => {
    expect(requestVariantName('Pet')).toBe('PetParam');
    const taken = takenTypeNames('Acme');
    expect([...['Acme', 'AcmeError', 'toFile']].every((n) => taken.has(n))).toBe(true);
    // The runtime's page base classes are imported under another name where a page class takes theirs.
    expect(taken.has('CursorPage')).toBe(false);
  });
});

describe('page classes and nested interfaces', () => {
  it('names a page after its items, or after the client for generic items', () => {
    expect(pageClassName(['servers'], null)).toBe('ServersPage');
    expect(pageClassName(['data'], { clientName: 'Acme', stainlessType: null })).toBe('AcmePage');
    expect(pageClassName(['data'], { clientName: 'Acme', stainlessType: 'cursor_url' })).toBe('AcmeCursorURLPage');
  });

  it('labels nested interfaces by where the object appears', () => {
    expect(NESTED_LABEL.property('connection_info')).toBe('ConnectionInfo');
    expect(NESTED_LABEL.arrayItem('Tags')).toBe('Tag');
    expect(NESTED_LABEL.unionMember('dynamic', 'x', 0)).toBe('Dynamic');
    expect(NESTED_LABEL.unionMember(null, 'text_block', 1)).toBe('TextBlock');
    expect(NESTED_LABEL.unionMember(null, undefined, 2)).toBe('UnionMember2');
    expect(nestedTypeName('2fa')).toBe('_2fa');
    expect(nestedTypeName('')).toBe('Type');
    expect(nestedTypeName('string')).toBe('StringType');
  });
});

describe('parameters', () => {
  it('keeps params keys off the object prototype and claims free locals', () => {
    expect(safeParamKey('constructor')).toBe('constructor_');
    expect(safeParamKey('page')).toBe('page');
    const locals = new Set(['params']);
    // Taken: `_` after it, as Stainless's SDKs write `path_`, then numbers.
    expect(claimLocal('params', locals)).toBe('params_');
    expect(claimLocal('params', locals)).toBe('params2');
    expect(claimLocal('page-size', locals)).toBe('pageSize');
    expect(claimLocal('delete', locals)).toBe('delete_');
    expect(locals.has('pageSize')).toBe(true);
  });
});
