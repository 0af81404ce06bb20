/**
 * A method that streams on a body param (`streaming.param_discriminator`): its params module declares
 * `XParamsBase`, `XParamsNonStreaming` / `XParamsStreaming` (the param as `Literal[False]` / `Literal[True]`) and
 * `XParams = Union[...]`, as Stainless's Python SDKs do, and the resource transforms by the param's value. Owners'
 * code imports these names (stagehand-python's `_custom/session.py`); pyright strict checks such code against the
 * SDK, overloads narrowing the return type, and the SDK calls a local server both ways (SDKGEN_PYTHON_TESTS=full).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, pyrightErrorsUnderOwnSettings, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

/** Owners' code as stagehand-python's: params typed by the split TypedDicts, passed on to the resource. */
const OWNER_CODE = `from __future__ import annotations

from typing_extensions import Unpack, assert_type

from chatter import Chatter
from chatter.types import ChatReplyParams, ChatCreateParams, chat_reply_params, chat_create_params
from chatter._streaming import Stream
from chatter.types.chat import Chat
from chatter.types.chat_event import ChatEvent


def create_plain(client: Chatter, **params: Unpack[chat_create_params.ChatCreateParamsNonStreaming]) -> Chat:
    return client.chats.create(**params)


def create_streamed(client: Chatter, params: chat_create_params.ChatCreateParamsStreaming) -> Stream[ChatEvent]:
    return client.chats.create(**params)


def narrowed(client: Chatter) -> None:
    assert_type(client.chats.create(prompt="hi"), Chat)
    assert_type(client.chats.create(prompt="hi", stream=False), Chat)
    assert_type(client.chats.create(prompt="hi", stream=True), Stream[ChatEvent])
    assert_type(client.chats.reply("c1", text="t", stream_reply=True), Stream[ChatEvent])


base: chat_create_params.ChatCreateParamsBase = {"prompt": "hi", "max_tokens": 3, "settings": {"temperature": 1}}
streaming: chat_create_params.ChatCreateParamsStreaming = {"prompt": "hi", "stream": True}
plain: chat_create_params.ChatCreateParamsNonStreaming = {"prompt": "hi", "stream": None}
either: ChatCreateParams = streaming
reply: chat_reply_params.ChatReplyParamsNonStreaming = {"text": "t", "stream_reply": False}
any_reply: ChatReplyParams = reply
`;

const CALL_CHECK = `${LOCAL_SERVER}
from chatter import Chatter

def answer(request):
    body = json.loads(request.body or b"{}")
    if body.get("streamReply") or body.get("stream"):
        return (200, "text/event-stream", ("data: " + json.dumps({"type": json.dumps(body, sort_keys=True)}) + "\\n\\n").encode())
    return {"id": json.dumps(body, sort_keys=True)}

client = Chatter(base_url=serve(answer), max_retries=0)
print(client.chats.create(prompt="hi", max_tokens=2).id)
print([event.type for event in client.chats.reply("c1", text="t", stream_reply=True)])
`;

describe('params of a method that streams on a body param', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const sdk = pythonSdk('py-stream-split', {
    spec: fixture('stream-split.yaml'),
    config: fixture('stream-split.stainless.yml'),
  });
  const types = (file: string) => sdk.read(`src/chatter/types/${file}`);

  it('declares the base, the two variants and their union, exporting the union from types', () => {
    const module = types('chat_create_params.py');
    expect(module).toContain(
      '__all__ = ["ChatCreateParamsBase", "Settings", "ChatCreateParamsNonStreaming", "ChatCreateParamsStreaming"]',
    );
    expect(module).toContain('class ChatCreateParamsBase(TypedDict, total=False):\n    prompt: Required[str]\n');
    expect(module).not.toMatch(/class ChatCreateParamsBase[^]*?stream:[^]*?\nclass ChatCreateParamsNonStreaming/);
    expect(module).toContain(
      'class ChatCreateParamsNonStreaming(ChatCreateParamsBase, total=False):\n    stream: Optional[Literal[False]]\n',
    );
    expect(module).toContain(
      'class ChatCreateParamsStreaming(ChatCreateParamsBase):\n    stream: Required[Literal[True]]\n',
    );
    expect(
      module.trimEnd().endsWith('ChatCreateParams = Union[ChatCreateParamsNonStreaming, ChatCreateParamsStreaming]'),
    ).toBe(true);
    // A required, aliased discriminator keeps its alias and docs in both variants.
    expect(types('chat_reply_params.py')).toContain(
      'class ChatReplyParamsStreaming(ChatReplyParamsBase):\n' +
        '    stream_reply: Required[Annotated[Literal[True], PropertyInfo(alias="streamReply")]]\n' +
        '    """Whether to answer with events."""\n',
    );
    expect(types('__init__.py')).toContain('from .chat_create_params import ChatCreateParams as ChatCreateParams\n');
    const resource = sdk.read('src/chatter/resources/chats.py');
    expect(resource).toContain(
      '                chat_create_params.ChatCreateParamsStreaming\n' +
        '                if stream\n' +
        '                else chat_create_params.ChatCreateParamsNonStreaming,\n',
    );
  });

  it.runIf(PYTHON_FULL)(
    "owners' code using the split params type-checks under pyright strict, and the SDK calls both ways",
    async () => {
      writeFileSync(path.join(sdk.out, 'src/chatter/owner_code.py'), OWNER_CODE);
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/chatter/owner_code.py'])).toEqual([]);
      const result = await sdk.run(CALL_CHECK);
      expect(result.stderr).toBe('');
      // The bodies the server received, keys aliased by the TypedDict each call's value picks.
      expect(result.stdout.trim().split('\n')).toEqual([
        '{"maxTokens": 2, "prompt": "hi"}',
        `['{"streamReply": true, "text": "t"}']`,
      ]);
    },
    120_000,
  );
  it.skipIf(PYTHON_FULL)(`pyright and the calls: ${FULL_ONLY_NOTICE}`, () => {});
});
