/**
 * A method that streams on a body param (`streaming.param_discriminator`): its params module declares
 * `XParamsBase`, `XParamsNonStreaming` / `XParamsStreaming` (the param as `Literal[False]` / `Literal[True]`) and
 * `XParams = Union[...]`, as Stainless's Python SDKs do, and the resource transforms by the param's value. Owners'
 * code imports these names (stagehand-python's `_custom/session.py`); pyright strict checks such code against the
 * SDK, overloads narrowing the return type, and the SDK calls a local server both ways (SDKGEN_PYTHON_TESTS=full).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  generatePython,
  pyrightErrorsUnderOwnSettings,
  PYTHON_FULL,
  runProcess,
  venvPython,
} from '../helpers/python';

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

const CALL_CHECK = `
import json, threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from chatter import Chatter

class Server(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        if body.get("streamReply") or body.get("stream"):
            payload = ("data: " + json.dumps({"type": json.dumps(body, sort_keys=True)}) + "\\n\\n").encode()
            kind = "text/event-stream"
        else:
            payload = json.dumps({"id": json.dumps(body, sort_keys=True)}).encode()
            kind = "application/json"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Server)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Chatter(base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0)
print(client.chats.create(prompt="hi", max_tokens=2).id)
print([event.type for event in client.chats.reply("c1", text="t", stream_reply=True)])
server.shutdown()
`;

describe('params of a method that streams on a body param', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-stream-split-'));
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const types = (file: string) => readFileSync(path.join(out, 'src/chatter/types', file), 'utf8');
  beforeAll(() => generatePython(fixture('stream-split.yaml'), out, fixture('stream-split.stainless.yml')));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

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
    const resource = readFileSync(path.join(out, 'src/chatter/resources/chats.py'), 'utf8');
    expect(resource).toContain(
      '                chat_create_params.ChatCreateParamsStreaming\n' +
        '                if stream\n' +
        '                else chat_create_params.ChatCreateParamsNonStreaming,\n',
    );
  });

  it.runIf(PYTHON_FULL)(
    "owners' code using the split params type-checks under pyright strict, and the SDK calls both ways",
    async () => {
      writeFileSync(path.join(out, 'src/chatter/owner_code.py'), OWNER_CODE);
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/chatter/owner_code.py'])).toEqual([]);
      const result = await runProcess(venvPython(), ['-c', CALL_CHECK], {
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
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
