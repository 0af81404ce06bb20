/**
 * Stainless's Python SDKs begun before it suffixed resource classes with `Resource` (early 2024: groq-python,
 * anthropic-sdk-python, openai-python) keep the plain names in every later generation: `class Messages(SyncAPIResource)`,
 * `AsyncMessages`, `MessagesWithRawResponse`, made by the client as `Messages(self)`. The owners' code imports them
 * (anthropic's `lib/bedrock/_client.py`: `from ...resources.messages import Messages, AsyncMessages`); sdkgen wrote
 * `MessagesResource` whatever the SDK, so a migration left those imports broken. The era inferred from a repository
 * now says so (`+plain-resource-names`, read from the client's `X(self)` calls) and the package keeps the names; a
 * name a model has keeps the suffix. With SDKGEN_PYTHON_TESTS=full the package answers calls from a server on
 * 127.0.0.1.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { inferStainlessPythonEra } from '../../generator/stainless/python-era-inference';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonPackageByEra, pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Chat, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /messages:
    post:
      operationId: createMessage
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [text], properties: { text: { type: string } } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Message' } } }
  /models:
    get:
      operationId: listModels
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Models' } } }
components:
  schemas:
    Message:
      type: object
      required: [id]
      properties: { id: { type: string } }
    Models:
      type: object
      properties: { names: { type: array, items: { type: string } } }
`;

const CONFIG = `
organization: { name: chat }
targets:
  python: { package_name: chat_sdk }
resources:
  messages:
    models:
      message: Message
    methods:
      create: post /messages
  models:
    models:
      models: Models
    methods:
      list: get /models
`;

// Stainless's lazy client of late 2025 (anthropic-sdk-python 0.72.0's form), and a suffixed one (writer-python's).
const client = (names: string[]) =>
  names
    .map(
      (name) =>
        `    @cached_property\n    def ${name.toLowerCase()}(self) -> ${name}:\n        from .resources.${name.toLowerCase()} import ${name}\n\n        return ${name}(self)\n`,
    )
    .join('\n') +
  '\n    @cached_property\n    def with_raw_response(self) -> ChatWithRawResponse:\n        return ChatWithRawResponse(self)\n';

describe('resource classes named without the Resource suffix', () => {
  it("is read from a client's resource classes", () => {
    const files = (text: string) => [
      { path: 'src/chat_sdk/_client.py', text },
      { path: 'src/chat_sdk/__init__.py', text: 'from ._client import DefaultAioHttpClient\n' },
    ];
    // (The day alone where the client is suffixed; that day and the qualifier where it is not.)
    const suffixed = inferStainlessPythonEra(files(client(['MessagesResource'])), '2026-01-10T18:00:00Z');
    expect(suffixed ?? '').not.toContain('plain-resource-names');
    expect(inferStainlessPythonEra(files(client(['Messages', 'Completions'])), '2026-01-10T18:00:00Z')).toBe(
      `${suffixed ?? '2026-01-10'}+plain-resource-names`,
    );
  });

  it('names the classes so at that era; a name a model has keeps the suffix', async () => {
    const file = (await pythonPackageByEra('plain-resource-names', SPEC, CONFIG, 'chat_sdk'))(
      '2025-10-28+plain-resource-names',
    );
    const messages = (await file)('resources/messages.py');
    expect(messages).toContain('class Messages(SyncAPIResource):');
    expect(messages).toContain('class AsyncMessages(AsyncAPIResource):');
    expect(messages).toContain('class MessagesWithRawResponse:');
    expect((await file)('resources/models.py')).toContain('class ModelsResource(SyncAPIResource):');
    const clientModule = (await file)('_client.py');
    expect(clientModule).toMatch(/\bMessages\(self\)/);
    expect(clientModule).not.toContain('MessagesResource');
  });

  it.runIf(PYTHON_FULL)(
    'imports and calls them, sync and async, against a server',
    async () => {
      const root = pythonTempDir('plain-resource-names-full');
      writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
      writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
      const result = await generate({
        spec: path.join(root, 'openapi.yaml'),
        config: path.join(root, 'stainless.yml'),
        target: 'python',
        stainlessEra: '2025-10-28+plain-resource-names',
      });
      const files = new Map(result.files.map((f) => [f.path, f.contents]));
      const program = `${LOCAL_SERVER}
import asyncio
from chat_sdk import Chat, AsyncChat
from chat_sdk.resources.messages import Messages, AsyncMessages

url = serve(lambda request: {"id": "m1"} if request.path == "/messages" else {"names": ["a"]})
chat = Chat(base_url=url, max_retries=0)
assert isinstance(chat.messages, Messages)
sync_id = chat.messages.create(text="hi").id
raw = chat.with_raw_response.messages.create(text="hi").parse().id

async def run():
    client = AsyncChat(base_url=url, max_retries=0)
    assert isinstance(client.messages, AsyncMessages)
    return (await client.messages.create(text="hi")).id

print(json.dumps([sync_id, raw, asyncio.run(run()), chat.models.list().names]))
`;
      const run = await runPythonAgainstFiles(root, files, program);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual(['m1', 'm1', 'm1', ['a']]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
