/**
 * A spec whose server carries the API's path prefix (`servers: [{ url: https://api.acme.test/v1 }]`, paths `/run`)
 * read with a Stainless config whose endpoints carry it (`post /v1/run`), as a spec copy published for the docs is
 * beside the config of Stainless's SDK (fashn's, cerebras's): Stainless's own spec had the prefix in its paths, and its
 * SDK's base URL is the server's origin (`https://api.acme.test`) with `/v1/run` as the method's path. The config's
 * methods are the spec's operations under the prefix; a config that names the paths as the spec writes them keeps
 * them so. The rule: generator/normalize/server-path-prefix.ts; `sdkgen migrate --from-repo` reads what each of
 * api.md's endpoints returns and takes under the same prefix (generator/migrate/derived-config/input.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Api, Method, Resource } from '../generator/ir/types';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { generateFrom, tempDir } from './helpers/sdk';

const ok = (name: string) => ({
  '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
});
const object = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };

const spec = (server: string) => ({
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: server, description: 'Production server' }],
  paths: {
    '/run': {
      post: {
        operationId: 'run',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', properties: { model: { type: 'string' } }, required: ['model'] },
            },
          },
        },
        responses: ok('RunResponse'),
      },
    },
    '/status/{id}': {
      get: {
        operationId: 'status',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok('StatusResponse'),
      },
    },
    '/credits': { get: { operationId: 'credits', responses: ok('StatusResponse') } },
  },
  components: { schemas: { RunResponse: object, StatusResponse: object } },
});

const config = (prefix: string) => `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  predictions:
    methods:
      run: post ${prefix}/run
      status: get ${prefix}/status/{id}
`;

function methods(api: Api): Method[] {
  const all: Method[] = [];
  const visit = (resource: Resource) => {
    all.push(...resource.methods);
    resource.subresources.forEach(visit);
  };
  api.resources.forEach(visit);
  return all;
}

describe("a config's endpoints under the spec server's path", () => {
  it('are the operations under the prefix, which the paths carry and the base URL does not', async () => {
    const { api, files, diagnostics } = await generateFrom(
      tempDir('server-path-prefix'),
      spec('https://api.acme.test/v1'),
      config('/v1'),
      { format: false },
    );
    expect(diagnostics.warnings.map((d) => d.message).join('\n')).not.toMatch(/has no operation/);
    expect(methods(api).map((m) => `${m.http} ${m.path}`)).toEqual(['post /v1/run', 'get /v1/status/{id}']);
    expect(api.baseUrl).toBe('https://api.acme.test');
    const resource = files.find((f) => f.path === 'src/resources/predictions.ts')?.contents ?? '';
    expect(resource).toContain("'/v1/run'");
    expect(resource).toContain('/v1/status/');
    // What the change is, said once.
    expect(diagnostics.list.map((d) => d.message).join('\n')).toMatch(/\/v1/);
  });

  it('keeps the paths as the spec writes them when the config names them so', async () => {
    const { api } = await generateFrom(tempDir('server-path-prefix'), spec('https://api.acme.test/v1'), config(''), {
      format: false,
    });
    expect(methods(api).map((m) => `${m.http} ${m.path}`)).toEqual(['post /run', 'get /status/{id}']);
    expect(api.baseUrl).toBe('https://api.acme.test/v1');
  });

  it('takes an endpoint named as the spec writes it, beside most under the prefix, as the operation there', async () => {
    // (The owners added `get /credits` to the spec copy and the config later, as the spec names its paths.)
    const mixed = `${config('/v1')}  credits:\n    methods:\n      retrieve: get /credits\n`;
    const { api } = await generateFrom(tempDir('server-path-prefix'), spec('https://api.acme.test/v1'), mixed, {
      format: false,
    });
    expect(methods(api).map((m) => `${m.http} ${m.path}`)).toEqual([
      'post /v1/run',
      'get /v1/status/{id}',
      'get /v1/credits',
    ]);
    expect(api.baseUrl).toBe('https://api.acme.test');
  });

  it('reads a relative server the same way', async () => {
    const { api } = await generateFrom(tempDir('server-path-prefix'), spec('/v1'), config('/v1'), { format: false });
    expect(methods(api).map((m) => `${m.http} ${m.path}`)).toEqual(['post /v1/run', 'get /v1/status/{id}']);
  });
});

describe('the config written from api.md', () => {
  it("reads what api.md's endpoints under the server's path return and take", async () => {
    // (As `sdkgen migrate` generates the spec alone: its schemas named.)
    const { api } = await generateFrom(tempDir('server-path-prefix'), spec('https://api.acme.test/v1'), null, {
      format: false,
      namedComponents: true,
    });
    const apiMd = [
      '# Predictions',
      '',
      'Methods:',
      '',
      '- <code title="post /v1/run">client.predictions.<a href="./src/resources/predictions.ts">run</a>({ ...params }) -> RunResponse</code>',
      '',
    ].join('\n');
    const input = derivedConfigInput([{ path: 'api.md', blob: null, text: apiMd }], api)!;
    expect(input.responseSchemas.get('post /v1/run')).toBe(input.responseSchemas.get('post /run'));
    expect(input.responseSchemas.get('post /v1/run')).toBeTruthy();
    expect(input.queryParams.has('get /v1/status/{id}')).toBe(true);
  });
});
