/**
 * A deprecated method of the client that is a top-level resource too (IR Resource.callable, turbopuffer's
 * `client.namespaces(…)`): the resource's wrapper classes wrap its `__call__` (callable-wrappers.ts), and that
 * reference of a deprecated method is what pyright's `reportDeprecated` flags, as on any deprecated method's wrapper.
 * The reference carries the pragma Stainless writes on the reference of a deprecated method's wrapper.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWithStainlessConfig } from './helpers/sdk';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Puffer', version: '1' },
  servers: [{ url: 'https://api.puffer.test' }],
  paths: {
    '/v1/namespaces': {
      get: {
        operationId: 'listNamespaces',
        deprecated: true,
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/v1/namespaces/{namespace}': {
      delete: {
        operationId: 'deleteNamespace',
        parameters: [{ name: 'namespace', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const CONFIG = `
organization: { name: puffer }
targets:
  python: { package_name: puffer }
resources:
  $client:
    methods:
      namespaces: get /v1/namespaces
  namespaces:
    methods:
      delete_all: delete /v1/namespaces/{namespace}
`;

let module: string;
beforeAll(async () => {
  const { files } = await generateWithStainlessConfig('callable-deprecated', SPEC, CONFIG, { target: 'python' });
  module = files.get('src/puffer/resources/namespaces.py') ?? '';
}, 60_000);

describe("a deprecated callable resource's wrapped `__call__`", () => {
  it('carries the pragma on the reference of the deprecated method, in each of the four wrapper classes', () => {
    expect(module).toContain('__call__ = _WrappedCall(');
    const pragmas = module.match(/Resource\.__call__, {2}# pyright: ignore\[reportDeprecated\]/g) ?? [];
    expect(pragmas).toHaveLength(4);
  });
});
