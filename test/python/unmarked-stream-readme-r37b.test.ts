/**
 * Python: an event stream a Stainless config marks `streaming` (when asked, or always) and one it left unmarked. The
 * README of Stainless's Python SDK has a "Streaming responses" section for a marked one, one that always streams too
 * (opencode-python's `event.list`: `stream = client.event.list()`), and none for an unmarked one, which newer SDKs
 * stream all the same (cartesia-python's `tts.generate_sse`). sdkgen's README had no section for a marked one that
 * always streams. And `sdkgen migrate --from-repo` read cartesia-python's unmarked `generate_sse` (`stream=True`,
 * asking for `text/event-stream` itself: `extra_headers = {"Accept": "text/event-stream", …}`) as marked; it stays
 * unmarked now, so the README keeps Stainless's sections.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';
import { pythonStreaming } from '../../generator/migrate/python/derived-config/streaming-methods';
import { SLOW_FULL } from '../helpers/slow-tests';
import { writeSpec } from '../unit/helpers/spec';

// Stainless's resource modules in their shapes (written for this test): cartesia-python's unmarked stream, and
// opencode-python's marked one.
const TTS = `class TTSResource(SyncAPIResource):
    def generate_sse(self, *, transcript: str) -> Stream[TTSSSEEvent]:
        extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return self._post(
            "/tts/sse",
            body=maybe_transform({"transcript": transcript}, tts_generate_sse_params.TTSGenerateSSEParams),
            options=make_request_options(extra_headers=extra_headers),
            cast_to=cast(Any, TTSSSEEvent),
            stream=True,
            stream_cls=Stream[TTSSSEEvent],
        )
`;
const EVENT = `class EventResource(SyncAPIResource):
    def list(self) -> Stream[EventListResponse]:
        return self._get(
            "/event",
            options=make_request_options(extra_headers=extra_headers),
            cast_to=cast(Any, EventListResponse),
            stream=True,
            stream_cls=Stream[EventListResponse],
        )
`;
const API_MD = `# TTS

Methods:

- <code title="post /tts/sse">client.tts.<a href="./src/acme/resources/tts.py">generate_sse</a>(\\*\\*<a href="src/acme/types/tts_generate_sse_params.py">params</a>) -> <a href="./src/acme/types/tts_sse_event.py">TTSSSEEvent</a></code>

# Event

Methods:

- <code title="get /event">client.event.<a href="./src/acme/resources/event.py">list</a>() -> <a href="./src/acme/types/event_list_response.py">EventListResponse</a></code>
`;

describe('migrate (Python): an event stream its config left unmarked', () => {
  it('is not read as a streaming method; a marked one that always streams is', () => {
    expect(pythonStreaming(TTS, 'generate_sse')).toBeNull();
    expect(pythonStreaming(EVENT, 'list')).toEqual({ param: null, event: 'EventListResponse' });
    const files = [
      { path: 'api.md', text: API_MD },
      { path: 'src/acme/resources/tts.py', text: TTS },
      { path: 'src/acme/resources/event.py', text: EVENT },
    ];
    const config = yaml.load(derivePythonConfig(files as never, 'acme')!.text) as {
      resources: Record<string, { methods: Record<string, unknown> }>;
    };
    expect(config.resources.tts.methods).toEqual({ generate_sse: 'post /tts/sse' });
    expect(config.resources.event.methods).toEqual({
      list: { endpoint: 'get /event', streaming: { param_discriminator: null } },
    });
  });
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/event': {
      get: {
        operationId: 'listEvents',
        responses: {
          '200': {
            description: 'ok',
            content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/Event' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: { Event: { type: 'object', required: ['type'], properties: { type: { type: 'string' } } } },
  },
};

const config = (method: string) => `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  event:
    models:
      event: Event
    methods:
      list: ${method}
`;

async function readmeOf(configText: string): Promise<string> {
  const spec = writeSpec(SPEC);
  const file = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(file, configText);
  const { files } = await generate({ spec, config: file, target: 'python' });
  return files.find((f) => f.path === 'README.md')?.contents ?? '';
}

describe("the Python README's streaming section, with a Stainless config", () => {
  // Two Python generations: CI's full run.
  it.runIf(SLOW_FULL)(
    'shows a stream the config marks, one that always streams too, and not one it left unmarked',
    async () => {
      const marked = await readmeOf(config('{ endpoint: get /event, streaming: { param_discriminator: null } }'));
      expect(marked).toContain('## Streaming responses');
      expect(marked).toMatch(/\nstream = client\.event\.list\(\)\nfor \w+ in stream:\n/);
      expect(await readmeOf(config('get /event'))).not.toContain('## Streaming responses');
    },
    60_000,
  );
});
