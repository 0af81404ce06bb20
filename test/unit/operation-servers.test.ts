/**
 * An operation (or its path) with servers of its own: its method sends to the first http(s) one, unless the client
 * was given a base URL, as Stainless's SDKs do (`defaultBaseURL` in the request).
 */
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const get = (operationId: string, extra: Record<string, unknown> = {}) => ({
  get: { operationId, responses: { '200': { description: 'ok' } }, ...extra },
});

it("sends each method with a server of its own there, the API's base path kept; others as before", async () => {
  const spec = writeSpec(
    openapi({
      paths: {
        '/v1/things': get('listThings'),
        '/v1/files': get('getFiles', { servers: [{ url: 'https://uploads.example.com/' }] }),
        '/v1/exports': {
          servers: [{ url: '{origin}', variables: { origin: { default: 'https://exports.example.com' } } }],
          ...get('getExports'),
        },
        '/v1/beta': get('getBeta', { servers: [{ url: 'wss://stream.example.com' }, { url: '/beta' }] }),
        '/v1/same': get('getSame', { servers: [{ url: 'https://api.example.com/' }] }),
      },
    }),
  );
  const result = await generate({ spec, format: false, funcs: false });
  const methods = result.api.resources.flatMap((r) => r.methods);
  expect(Object.fromEntries(methods.map((m) => [m.operationId, m.defaultBaseUrl ?? null]))).toEqual({
    listThings: null,
    getFiles: 'https://uploads.example.com/v1',
    getExports: 'https://exports.example.com/v1',
    // A relative server is resolved against the spec's; one that is not http(s) is passed over.
    getBeta: 'https://api.example.com/beta/v1',
    // The API's own server all the same: Stainless still sends there (mux's `defaultBaseURL: 'https://api.mux.com'`,
    // getformo's), which matters once the client is on another environment.
    getSame: 'https://api.example.com/v1',
  });
  expect(result.api.baseUrl).toBe('https://api.example.com/v1');
  const sources = result.files.filter((f) => f.path.startsWith('src/resources/')).map((f) => f.contents);
  expect(sources.join('\n')).toContain("defaultBaseURL: 'https://uploads.example.com/v1',");
  expect(sources.join('\n').match(/defaultBaseURL:/g)).toHaveLength(4);
  // Its reference page says where the request goes.
  const docs = result.files.filter((f) => f.path.startsWith('docs/sdks/')).map((f) => f.contents);
  expect(docs.join('\n')).toContain('`GET https://uploads.example.com/v1/files`');
});

it("writes the Python method's own server too, the API's own server included", async () => {
  const spec = writeSpec(
    openapi({
      paths: {
        '/v1/things': get('listThings'),
        '/v1/same': get('getSame', { servers: [{ url: 'https://api.example.com/' }] }),
      },
    }),
  );
  const result = await generate({ spec, target: 'python', format: false, funcs: false });
  const sources = result.files.filter((f) => /\/resources\/.*\.py$/.test(f.path)).map((f) => f.contents);
  // Sync and async: the one method with servers of its own, sent to the API's server unless the client has its own.
  expect(
    sources.join('\n').match(/_base_url_overridden\s+else\s+"https:\/\/api\.example\.com\/v1\/same"/g),
  ).toHaveLength(2);
});
