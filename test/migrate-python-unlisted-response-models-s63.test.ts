/**
 * `sdkgen migrate --from-repo` (Python) on a method Stainless wrote that api.md does not list, returning a class of its
 * own name (anthropic's legacy `completions.create` → `Completion` of `types/completion.py`, the spec's
 * `CompletionResponse`): the derived config names that model in the method's resource, so sdkgen writes
 * `types/completion.py` as Stainless did and the move no longer removes it (it wrote `CompletionCreateResponse` before).
 * A method returning its default response name (`FileCreateResponse`) gets no model, as before.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';

const API_MD = `# Messages

Types:

\`\`\`python
from acme.types import Message
\`\`\`

Methods:

- <code title="post /v1/messages">client.messages.<a href="./src/acme/resources/messages.py">create</a>(\\*\\*<a href="src/acme/types/message_create_params.py">params</a>) -> <a href="./src/acme/types/message.py">Message</a></code>
`;

const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

const COMPLETIONS = `${HEADER}class Completions(SyncAPIResource):
    @overload
    def create(self, *, prompt: str, stream: Literal[True]) -> Stream[Completion]:
        ...

    def create(self, *, prompt: str, stream: bool = False) -> Completion | Stream[Completion]:
        return self._post(
            "/v1/complete",
            body={"prompt": prompt},
            cast_to=Completion,
            stream=stream,
            stream_cls=Stream[Completion],
        )
`;

const FILES = `${HEADER}class Files(SyncAPIResource):
    def create(self, *, content: str) -> FileCreateResponse:
        return self._post("/v1/files", body={"content": content}, cast_to=FileCreateResponse)
`;

const MESSAGES = `${HEADER}class Messages(SyncAPIResource):
    def create(self, *, model: str) -> Message:
        return self._post("/v1/messages", body={"model": model}, cast_to=Message)
`;

const REPO = [
  { path: 'api.md', text: API_MD },
  { path: 'src/acme/resources/completions.py', text: COMPLETIONS },
  { path: 'src/acme/resources/files.py', text: FILES },
  { path: 'src/acme/resources/messages.py', text: MESSAGES },
];

const ENDPOINTS = ['post /v1/messages', 'post /v1/complete', 'post /v1/files'];

describe("migrate --from-repo (Python): the model an unlisted method's response was", () => {
  it("is named in the method's resource by the class Stainless's module returns", () => {
    const object = { kind: 'object' as const, members: [] };
    const spec = {
      schemas: [
        { key: 'Message', name: 'Message', shape: object },
        { key: 'CompletionResponse', name: 'CompletionResponse', shape: object },
        { key: 'FileUpload', name: 'FileUpload', shape: object },
      ],
      responseSchemas: new Map([
        ['post /v1/messages', 'Message'],
        ['post /v1/complete', 'CompletionResponse'],
        ['post /v1/files', 'FileUpload'],
      ]),
      queryParams: new Map(ENDPOINTS.map((e) => [e, [] as string[]])),
    };
    const result = derivePythonConfig(REPO as never, 'acme', spec);
    const config = yaml.load(result!.text) as {
      resources: Record<string, { methods: Record<string, unknown>; models?: Record<string, string> }>;
    };
    expect(config.resources.completions.methods).toEqual({ create: 'post /v1/complete' });
    expect(config.resources.completions.models).toEqual({ completion: '#/components/schemas/CompletionResponse' });
    // Its default response name: sdkgen names it so without a model.
    expect(config.resources.files.models).toBeUndefined();
    expect(config.resources.messages.models).toEqual({ message: '#/components/schemas/Message' });
  });
});
