/**
 * `sdkgen migrate` in a real git repository whose owners wrapped a generated method's request in a chain of theirs,
 * as Prettier printed it (`return this._client\n  .post(…)\n  ._thenUnwrap(…)`): re-applying puts sdkgen's own request
 * call in the chain, keeping the owners' line breaks, and the module then comes out as sdkgen formats its output
 * (migrate/format-carried.ts), a later `npm run format` changing nothing, where the repository formats with Prettier
 * (its .prettierrc.json). Where it formats with nothing, the owners' layout stays.
 */
import { describe, expect, it } from 'vitest';
import { formatFiles } from '../generator/format/format';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { git } from './helpers/git-repo';
import { migratedRepository } from './helpers/migrated-repository';
import { HEADER, read, write } from './helpers/stainless-repository';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/responses': {
      post: {
        operationId: 'createResponse',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['input'],
                properties: { input: { type: 'string' }, stream: { type: 'boolean' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ResponseObject' } },
              'text/event-stream': { schema: { $ref: '#/components/schemas/ResponseStreamEvent' } },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      ResponseObject: {
        type: 'object',
        required: ['id', 'output'],
        properties: { id: { type: 'string' }, output: { type: 'array', items: { type: 'string' } } },
      },
      ResponseStreamEvent: { type: 'object', required: ['type'], properties: { type: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization:
  name: acme
  docs: https://acme.test/docs
streaming:
  on_event:
    - data_starts_with: '[DONE]'
      handle: done
    - event_type: error
      handle: error
    - handle: yield
resources:
  responses:
    models:
      response_object: ResponseObject
      response_stream_event: ResponseStreamEvent
    methods:
      create:
        endpoint: post /responses
        streaming: { param_discriminator: stream }
targets:
  typescript:
    package_name: acme-sdk
`;

const STAINLESS_RESPONSES = `${HEADER}import { APIResource } from '../core/resource';
import { APIPromise } from '../core/api-promise';
import { Stream } from '../core/streaming';
import { RequestOptions } from '../internal/request-options';

export class Responses extends APIResource {
  /**
   * Creates a response.
   */
  create(body: ResponseCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ResponseObject>;
  create(body: ResponseCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<ResponseStreamEvent>>;
  create(
    body: ResponseCreateParamsBase,
    options?: RequestOptions,
  ): APIPromise<Stream<ResponseStreamEvent> | ResponseObject>;
  create(
    body: ResponseCreateParams,
    options?: RequestOptions,
  ): APIPromise<ResponseObject> | APIPromise<Stream<ResponseStreamEvent>> {
    return this._client.post('/responses', { body, ...options, stream: body.stream ?? false }) as
      | APIPromise<ResponseObject>
      | APIPromise<Stream<ResponseStreamEvent>>;
  }
}

export interface ResponseObject {
  id: string;

  output: Array<string>;
}

export interface ResponseStreamEvent {
  type: string;
}

export type ResponseCreateParams = ResponseCreateParamsNonStreaming | ResponseCreateParamsStreaming;

export interface ResponseCreateParamsBase {
  input: string;

  stream?: boolean;
}

export interface ResponseCreateParamsNonStreaming extends ResponseCreateParamsBase {
  stream?: false;
}

export interface ResponseCreateParamsStreaming extends ResponseCreateParamsBase {
  stream: true;
}
`;

const OWNERS_RESPONSES = STAINLESS_RESPONSES.replace(
  `    return this._client.post('/responses', { body, ...options, stream: body.stream ?? false }) as
      | APIPromise<ResponseObject>
      | APIPromise<Stream<ResponseStreamEvent>>;
`,
  `    return this._client
      .post('/responses', { body, ...options, stream: body.stream ?? false })
      ._thenUnwrap((rsp) => rsp) as APIPromise<ResponseObject> | APIPromise<Stream<ResponseStreamEvent>>;
`,
);

const PRETTIERRC = `{
  "arrowParens": "always",
  "experimentalTernaries": true,
  "printWidth": 110,
  "singleQuote": true,
  "trailingComma": "all"
}
`;

function stainlessRepository(prettier: boolean): (repo: string) => void {
  return (repo) => {
    git(repo, 'init', '-q', '-b', 'generated');
    write(repo, '.stats.yml', 'configured_endpoints: 1\n');
    write(repo, 'package.json', `${JSON.stringify({ name: 'acme-sdk', version: '1.0.0' }, null, 2)}\n`);
    if (prettier) write(repo, '.prettierrc.json', PRETTIERRC);
    write(repo, 'src/index.ts', `${HEADER}export { Acme as default } from './client';\n`);
    write(repo, 'src/client.ts', `${HEADER}export class Acme {}\n`);
    write(repo, 'src/resources/responses.ts', STAINLESS_RESPONSES);
    commitGenerationThenMain(repo, 'Stainless: generate');
    write(repo, 'src/resources/responses.ts', OWNERS_RESPONSES);
    write(repo, 'openapi.json', `${JSON.stringify(SPEC, null, 2)}\n`);
    write(repo, 'stainless.yml', CONFIG);
    commitAll(repo, 'our chain around responses.create, spec and config');
  };
}

const FILE = 'src/resources/responses.ts';

describe("sdkgen migrate: sdkgen's module carrying the owners' chain", () => {
  it('comes out as sdkgen formats it where the repository formats with Prettier', async () => {
    const { repo, report, code } = migratedRepository('migrate-format-carried', stainlessRepository(true));
    expect(report.rejected).toEqual([]);
    expect(code).toBe(0);
    const responses = read(repo, FILE);
    expect(responses).toContain('._thenUnwrap((rsp) => rsp)');
    expect(responses).not.toContain('this._client.post(');
    const [formatted] = await formatFiles([{ path: FILE, contents: responses }], { formatter: 'oxfmt' });
    expect(formatted!.contents).toBe(responses);
  }, 120_000);

  it("keeps the owners' line breaks where it formats with nothing", async () => {
    const { repo, report, code } = migratedRepository('migrate-format-carried-none', stainlessRepository(false));
    expect(report.rejected).toEqual([]);
    expect(code).toBe(0);
    const responses = read(repo, FILE);
    expect(responses).toMatch(/\n {6}\._thenUnwrap\(\(rsp\) => rsp\) as /);
  }, 120_000);
});
