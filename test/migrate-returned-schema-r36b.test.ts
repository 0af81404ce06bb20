/**
 * A type api.md lists whose shape many schemas share (envelopes of one form: `data`, `meta`) is the schema its own
 * methods' operations answer. axiora-sdk's `ListResponse`, which `list` and `search` return, is
 * `ListResponse_CompanyOut_`, not the shortest of thirteen `ListResponse_…_` keys; its `DeletedOut`, which `delete`
 * returns, is the envelope `SingleResponse_DeletedOut_` the operation answers, not the schema `DeletedOut` (another
 * shape). Before, migrate's derived config keyed them to `ListResponse_PeerOut_` and `DeletedOut`: sdkgen's SDK then
 * returned `CompanyListResponse`, `CompanySearchResponse` and `WebhookDeleteResponse` where Stainless's returned
 * `ListResponse` and `DeletedOut`.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../generator/migrate/python/derived-config/python-models';
import { schemaFor } from '../generator/migrate/derived-config/schema-match';
import type { Shape } from '../generator/migrate/derived-config/input-types';

const object = (...members: string[]): Shape => ({ kind: 'object', members: members.sort() });
const envelope = object('data', 'meta');
const SCHEMAS = [
  { key: 'ListResponse_PeerOut_', name: 'ListResponse[PeerOut]', shape: envelope },
  { key: 'ListResponse_RatioOut_', name: 'ListResponse[RatioOut]', shape: envelope },
  { key: 'ListResponse_CompanyOut_', name: 'ListResponse[CompanyOut]', shape: envelope },
  { key: 'SingleResponse_DeletedOut_', name: 'SingleResponse[DeletedOut]', shape: envelope },
  { key: 'DeletedOut', name: 'DeletedOut', shape: object('deleted', 'id') },
  { key: 'CompanyOut', name: 'CompanyOut', shape: object('code', 'name') },
];

const snake = (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toLowerCase();
const method = (resource: string, name: string, verb: string, route: string, returns: string) =>
  `- <code title="${verb} ${route}">client.${resource}.<a href="./src/acme/resources/${resource}.py">${name}</a>() -> <a href="./src/acme/types/${snake(returns)}.py">${returns}</a></code>`;

const API_MD = [
  '# Companies',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import Company, ListResponse, CompanyRetrievePeersResponse, CompanyRetrieveRatiosResponse',
  '```',
  '',
  'Methods:',
  '',
  method('companies', 'list', 'get', '/v1/companies', 'ListResponse'),
  method('companies', 'search', 'get', '/v1/companies/search', 'ListResponse'),
  method('companies', 'retrieve_peers', 'get', '/v1/companies/{code}/peers', 'CompanyRetrievePeersResponse'),
  method('companies', 'retrieve_ratios', 'get', '/v1/companies/{code}/ratios', 'CompanyRetrieveRatiosResponse'),
  '',
  '# Webhooks',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import DeletedOut',
  '```',
  '',
  'Methods:',
  '',
  method('webhooks', 'delete', 'delete', '/v1/webhooks/{webhook_id}', 'DeletedOut'),
  '',
].join('\n');

const FILES: Record<string, string> = {
  'src/acme/types/company.py': 'class Company(BaseModel):\n    code: str\n\n    name: str\n',
  'src/acme/types/list_response.py': 'class ListResponse(BaseModel):\n    data: List[Company]\n\n    meta: Meta\n',
  'src/acme/types/deleted_out.py': 'class DeletedOut(BaseModel):\n    data: Data\n\n    meta: Meta\n',
};

const RESPONSES = new Map([
  ['get /v1/companies', 'ListResponse_CompanyOut_'],
  ['get /v1/companies/search', 'ListResponse_CompanyOut_'],
  ['get /v1/companies/{code}/peers', 'ListResponse_PeerOut_'],
  ['get /v1/companies/{code}/ratios', 'ListResponse_RatioOut_'],
  ['delete /v1/webhooks/{webhook_id}', 'SingleResponse_DeletedOut_'],
]);

describe('migrate: a type of a shape many schemas share', () => {
  it('is the schema its own methods answer (Python)', () => {
    const notes: string[] = [];
    const models = pythonModels(
      API_MD,
      (file) => FILES[file] ?? null,
      'acme',
      { schemas: SCHEMAS, responseSchemas: RESPONSES },
      notes,
    );
    const schemaOf = (key: string) => models.find((m) => m.key === key)?.schema;
    expect(schemaOf('list_response')).toBe('ListResponse_CompanyOut_');
    expect(schemaOf('deleted_out')).toBe('SingleResponse_DeletedOut_');
    expect(schemaOf('company')).toBe('CompanyOut');
  });

  it('is so only where every method returning it answers that one schema of its shape', () => {
    const all = ['ListResponse_CompanyOut_', 'ListResponse_CompanyOut_'];
    expect(schemaFor('ListResponse', SCHEMAS, envelope, [], all)).toBe('ListResponse_CompanyOut_');
    // Two methods answering two schemas, or one answering a schema of another shape: the words decide, as before.
    const two = ['ListResponse_CompanyOut_', 'ListResponse_RatioOut_'];
    expect(schemaFor('ListResponse', SCHEMAS, envelope, [], two)).toBe('ListResponse_PeerOut_');
    expect(schemaFor('ListResponse', SCHEMAS, envelope, [], ['CompanyOut'])).toBe('ListResponse_PeerOut_');
    // A schema of its name and shape stays it.
    expect(schemaFor('DeletedOut', SCHEMAS, object('deleted', 'id'), [], ['SingleResponse_DeletedOut_'])).toBe(
      'DeletedOut',
    );
  });
});
