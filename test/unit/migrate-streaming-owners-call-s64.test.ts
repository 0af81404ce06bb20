/**
 * The config `sdkgen migrate --from-repo` writes for a method that streams on a body field (Stainless's overloads,
 * its call `stream: body.stream ?? false`) whose call the owners rewrote: dedalus-labs/dedalus-sdk-typescript's
 * `chat.completions.create` posts `stream: false` in a branch of theirs (parsing the completion) and `stream: true` in
 * the other. Read from Stainless's generation of the module (the base), the method streams on `stream`
 * (`param_discriminator: stream`, the `…Streaming` / `…NonStreaming` params its owners' code imports); read from their
 * edit alone, it looked like a method that always streams (`param_discriminator: null`), and the move lost the
 * params types their code imports and its non-streaming return.
 */
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';

const API_MD = [
  '# Chat',
  '',
  '## Completions',
  '',
  '- <code title="post /v1/chat/completions">client.chat.completions.<a href="./src/resources/chat/completions.ts">create</a>({ ...params }) -> Completion</code>',
  '',
].join('\n');

const STAINLESS = `export class Completions extends APIResource {
  create(body: CompletionCreateParamsNonStreaming, options?: RequestOptions): APIPromise<Completion>;
  create(body: CompletionCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<StreamChunk>>;
  create(
    body: CompletionCreateParamsBase,
    options?: RequestOptions,
  ): APIPromise<Stream<StreamChunk> | Completion>;
  create(
    body: CompletionCreateParams,
    options?: RequestOptions,
  ): APIPromise<Completion> | APIPromise<Stream<StreamChunk>> {
    return this._client.post('/v1/chat/completions', { body, ...options, stream: body.stream ?? false }) as
      | APIPromise<Completion>
      | APIPromise<Stream<StreamChunk>>;
  }
}
`;

const OWNERS = STAINLESS.replace(
  / {4}return this\._client\.post\([\s\S]*?APIPromise<Stream<StreamChunk>>;\n/,
  `    const isStreaming = body.stream ?? false;

    if (!isStreaming) {
      return this._client
        .post<Completion>('/v1/chat/completions', { body, ...options, stream: false })
        .then((completion) => maybeParseChatCompletion(completion, body)) as APIPromise<Completion>;
    }

    return this._client.post('/v1/chat/completions', { body, ...options, stream: true }) as APIPromise<
      Stream<StreamChunk>
    >;
`,
);

const MODULE = 'src/resources/chat/completions.ts';
const files = [
  { path: 'api.md', text: API_MD, blob: null },
  { path: MODULE, text: OWNERS, blob: null },
];

describe('a streaming method whose call the owners rewrote, read for the config migrate writes', () => {
  it('streams on its body field, as Stainless generated it', () => {
    expect(OWNERS).not.toContain('stream: body.stream ?? false');
    const input = derivedConfigInput(files, null, null, (path) => (path === MODULE ? STAINLESS : undefined))!;
    expect(input.streamingMethods?.get('client.chat.completions.create')).toEqual({
      param: 'stream',
      event: 'StreamChunk',
      params: 'CompletionCreateParams',
    });
    const config = deriveStainlessConfig(input).text;
    expect(config).toMatch(
      /create:\n\s+endpoint: post \/v1\/chat\/completions\n\s+streaming:\n(?:\s+.*\n)*?\s+param_discriminator: stream\n/,
    );
  });

  it("is read from the owners' module where the base does not have the method", () => {
    const input = derivedConfigInput(files, null, null, () => undefined)!;
    expect(input.streamingMethods?.get('client.chat.completions.create')?.param).toBeNull();
  });
});
