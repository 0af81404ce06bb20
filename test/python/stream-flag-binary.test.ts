/**
 * A method streaming on a body flag whose other response is a binary body (a text-to-speech endpoint: audio, or its
 * chunks as events): Stainless's three `stream` overloads over `BinaryAPIResponse` — `Literal[False]` returns the
 * response itself, `Literal[True]` the event stream, `bool` either —, `cast_to=BinaryAPIResponse` beside
 * `stream_cls`, and tests that close the stream unread. With SDKGEN_PYTHON_TESTS=full, pyright strict checks the
 * package and its tests, the generated tests pass, and a call returns the audio, or its events parsed. Also: `overload`
 * is imported from `typing_extensions`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  generatePython,
  generatePythonFiles,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runProcess,
  venvPython,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const spec = `openapi: 3.0.3
info: { title: Voice, version: 1.0.0 }
servers: [{ url: 'http://127.0.0.1:4010' }]
paths:
  /audio/speech:
    post:
      summary: Generate audio from input text
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [input, voice]
              properties:
                input: { type: string, description: Input text to generate the audio for }
                voice: { type: string }
                stream: { type: boolean, description: 'True to stream the audio as events' }
      responses:
        '200':
          description: The audio, or its chunks.
          content:
            application/octet-stream:
              schema: { type: string, format: binary }
            text/event-stream:
              schema: { $ref: '#/components/schemas/SpeechChunk' }
components:
  schemas:
    SpeechChunk:
      type: object
      required: [b64]
      properties: { b64: { type: string } }
`;

const config = `organization: { name: voice }
targets:
  python:
    package_name: voice
resources:
  audio:
    models:
      speech_chunk: '#/components/schemas/SpeechChunk'
    subresources:
      speech:
        methods:
          create:
            endpoint: post /audio/speech
            streaming:
              param_discriminator: stream
              stream_event_model: audio.speech_chunk
`;

/** The signature lines of each `def create(` in `module`, up to its return annotation. */
function returnsOfCreate(module: string): string[] {
  return [...module.matchAll(/def create\([\s\S]*?\) -> ([^:]+):/g)].map((match) => match[1]);
}

describe('a flag-streamed method whose response is otherwise binary', () => {
  const dir = tempDir('sdkgen-py-stream-flag-binary');
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await generatePythonFiles(dir, spec, config, { spec: 'openapi.yaml' });
  }, 120_000);
  const resource = () => files.get('src/voice/resources/audio/speech.py')!;

  it('writes the three stream overloads over the binary response, sync and async', () => {
    expect(returnsOfCreate(resource())).toEqual([
      'BinaryAPIResponse',
      'Stream[SpeechChunk]',
      'BinaryAPIResponse | Stream[SpeechChunk]',
      'BinaryAPIResponse | Stream[SpeechChunk]',
      'AsyncBinaryAPIResponse',
      'AsyncStream[SpeechChunk]',
      'AsyncBinaryAPIResponse | AsyncStream[SpeechChunk]',
      'AsyncBinaryAPIResponse | AsyncStream[SpeechChunk]',
    ]);
    expect(resource()).toContain('@required_args(["input", "voice"], ["input", "stream", "voice"])');
    expect(resource()).toContain('stream: Literal[False] | Literal[True] | Omit = omit,');
  });

  it('imports `overload` from typing_extensions, as every era of Stainless’s resources does', () => {
    expect(resource()).toContain('\nfrom typing_extensions import Literal, overload\n');
    expect(resource()).not.toMatch(/^from typing import .*\boverload\b/m);
  });

  it('asks for the binary type, casts to the response class and streams by the flag', () => {
    const module = resource();
    expect(module).toContain('extra_headers = {"Accept": "application/octet-stream", **(extra_headers or {})}');
    expect(module).toMatch(
      /cast_to=BinaryAPIResponse,\n\s+stream=stream or False,\n\s+stream_cls=Stream\[SpeechChunk\],/,
    );
    expect(module).toContain('speech_create_params.SpeechCreateParamsStreaming\n                if stream');
  });

  it('tests the streaming call by closing its stream, and its raw response as the binary response', () => {
    const tests = files.get('tests/api_resources/audio/test_speech.py')!;
    const streamingCall = /def test_method_create_overload_2\([\s\S]*?(?=\n\n {4}@)/.exec(tests)![0];
    expect(streamingCall).toContain('speech_stream = client.audio.speech.create(');
    expect(streamingCall).toMatch(/\)\n {8}speech_stream\.response\.close\(\)$/);
    const raw = /def test_raw_response_create_overload_2\([\s\S]*?(?=\n\n {4}@)/.exec(tests)![0];
    expect(raw).not.toContain('is_closed');
    expect(raw).toContain('assert isinstance(speech_stream, BinaryAPIResponse)');
  });

  describe.runIf(PYTHON_FULL)('the package', () => {
    const out = path.join(dir, 'out');
    beforeAll(() => generatePython(path.join(dir, 'openapi.yaml'), out, path.join(dir, 'stainless.yml')), 300_000);

    it('type-checks under pyright strict, tests included', async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/voice', 'tests/api_resources'])).toEqual([]);
    }, 300_000);

    it('returns the audio, or the events parsed, and its own tests pass', async () => {
      const check = path.join(dir, 'check.py');
      writeFileSync(
        check,
        [
          'import httpx, respx',
          'from voice import Voice',
          'from voice._response import BinaryAPIResponse',
          'from voice.types import SpeechChunk',
          'client = Voice(base_url="http://voice.test")',
          'with respx.mock(base_url="http://voice.test") as mock:',
          '    audio = httpx.Response(200, content=b"RIFF", headers={"content-type": "application/octet-stream"})',
          '    route = mock.post("/audio/speech").mock(return_value=audio)',
          '    speech = client.audio.speech.create(input="hi", voice="v")',
          '    assert isinstance(speech, BinaryAPIResponse) and speech.read() == b"RIFF", speech',
          '    assert route.calls[-1].request.headers["accept"] == "application/octet-stream"',
          '    events = b\'data: {"b64":"AA"}\\n\\ndata: {"b64":"AB"}\\n\\ndata: [DONE]\\n\\n\'',
          '    sse = httpx.Response(200, content=events, headers={"content-type": "text/event-stream"})',
          '    mock.post("/audio/speech").mock(return_value=sse)',
          '    chunks = list(client.audio.speech.create(input="hi", voice="v", stream=True))',
          '    assert [type(c) for c in chunks] == [SpeechChunk, SpeechChunk] and chunks[1].b64 == "AB", chunks',
          'print("ok")',
        ].join('\n'),
      );
      const env = { ...process.env, PYTHONPATH: path.join(out, 'src') };
      const run = await runProcess(venvPython(), [check], { cwd: out, env, timeout: 120_000 });
      expect(run.stderr + run.stdout).toContain('ok');
      const tests = await runProcess(
        venvPython(),
        ['-m', 'pytest', '-p', 'no:cacheprovider', '-n0', '-q', '-k', 'not aiohttp', 'tests/api_resources'],
        { cwd: out, env, timeout: 300_000 },
      );
      expect(tests.stdout.slice(-2000)).toMatch(/\b\d+ passed\b/);
      expect(tests.code, tests.stdout.slice(-4000)).toBe(0);
    }, 300_000);
  });
  it.skipIf(PYTHON_FULL)(`pyright, the calls and the generated tests: ${FULL_ONLY_NOTICE}`, () => {});
});
