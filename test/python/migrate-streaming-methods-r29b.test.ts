/**
 * `sdkgen migrate --from-repo` (Python): the methods of Stainless's modules that stream (writer-python's
 * `completions.create` and `chat.chat`: `stream: Literal[True]` overloads, `stream=stream or False`,
 * `stream_cls=Stream[CompletionChunk]`) get the config's method `streaming` (streaming-methods.ts). Before, the derived
 * config named none: sdkgen's `create(stream=True)` returned the JSON `Completion`, and the owners' `async with` /
 * `async for` over it and their helpers' `partial[Stream[ChatCompletionChunk]]` of it no longer typed (pyright, 9 errors).
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';
import { eventModelPath, pythonStreaming } from '../../generator/migrate/python/derived-config/streaming-methods';

// Stainless's resource module in its shape (written for this test): overloads, then the implementation.
const COMPLETIONS = `class CompletionsResource(SyncAPIResource):
    @overload
    def create(self, *, model: str, stream: Literal[True]) -> Stream[CompletionChunk]:
        """Docs that mention stream=stream or False."""
        ...

    def create(self, *, model: str, stream: Literal[False] | Literal[True] | Omit = omit) -> Completion | Stream[CompletionChunk]:
        return self._post(
            "/v1/completions",
            body=maybe_transform(
                {
                    "model": model,
                    "stream": stream,
                },
                completion_create_params.CompletionCreateParamsStreaming
                if stream
                else completion_create_params.CompletionCreateParamsNonStreaming,
            ),
            cast_to=Completion,
            stream=stream or False,
            stream_cls=Stream[CompletionChunk],
        )

    def tail(self, *, run_id: str) -> Stream[LogLine]:
        return self._get(
            f"/runs/{run_id}/logs",
            cast_to=LogLine,
            stream=True,
            stream_cls=Stream[LogLine],
        )

    def retrieve(self, *, id: str) -> Completion:
        return self._get(f"/v1/completions/{id}", cast_to=Completion)
`;
const API_MD = `# Completions

Methods:

- <code title="post /v1/completions">client.completions.<a href="./src/acme/resources/completions.py">create</a>(\\*\\*<a href="src/acme/types/completion_create_params.py">params</a>) -> <a href="./src/acme/types/completion.py">Completion</a></code>
- <code title="get /runs/{run_id}/logs">client.completions.<a href="./src/acme/resources/completions.py">tail</a>(run_id) -> <a href="./src/acme/types/log_line.py">LogLine</a></code>
- <code title="get /v1/completions/{id}">client.completions.<a href="./src/acme/resources/completions.py">retrieve</a>(id) -> <a href="./src/acme/types/completion.py">Completion</a></code>
`;

describe("a Stainless Python module's streaming methods", () => {
  it('are read from the code: the field that turns streaming on, or always, and the event class', () => {
    expect(pythonStreaming(COMPLETIONS, 'create')).toEqual({ param: 'stream', event: 'CompletionChunk' });
    expect(pythonStreaming(COMPLETIONS, 'tail')).toEqual({ param: null, event: 'LogLine' });
    expect(pythonStreaming(COMPLETIONS, 'retrieve')).toBeNull();
  });

  it("name the event model's config path where a resource's model is the class", () => {
    const models = [
      { resource: ['completions'], key: 'completion' },
      { resource: ['completions'], key: 'completion_chunk' },
      { resource: ['$shared'], key: 'log_line' },
    ];
    expect(eventModelPath('CompletionChunk', models)).toBe('completions.completion_chunk');
    expect(eventModelPath('LogLine', models)).toBeUndefined();
    expect(eventModelPath(null, models)).toBeUndefined();
  });

  it("are the derived config's method `streaming`", () => {
    const files = [
      { path: 'api.md', text: API_MD },
      { path: 'src/acme/resources/completions.py', text: COMPLETIONS },
    ];
    const derived = derivePythonConfig(files as never, 'acme');
    const config = yaml.load(derived!.text) as {
      resources: { completions: { methods: Record<string, unknown> } };
    };
    expect(config.resources.completions.methods).toEqual({
      create: { endpoint: 'post /v1/completions', streaming: { param_discriminator: 'stream' } },
      tail: { endpoint: 'get /runs/{run_id}/logs', streaming: { param_discriminator: null } },
      retrieve: 'get /v1/completions/{id}',
    });
  });
});
