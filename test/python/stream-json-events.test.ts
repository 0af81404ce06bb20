/**
 * A method a Stainless config streams on a body field (`streaming.param_discriminator: stream`) without naming its
 * events (no `stream_event_model`) and whose spec gives a JSON response alone (llama-stack-client-python's
 * `completions.create` of 2025-10, pair `llama-stack-2025` of scripts/stainless-python-tests.mjs): Stainless streams the
 * method's own response type, in three overloads (`stream: Literal[False]`, `Literal[True]`, `bool`). Before, sdkgen
 * warned "no event type" and wrote one plain method: a caller passing `stream=True` got no stream, and Stainless's
 * tests of the streaming overloads failed to type-check.
 * With SDKGEN_PYTHON_TESTS=full, pyright strict checks the package and both calls go to a real server on 127.0.0.1.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const SCRIPT = `${LOCAL_SERVER}
from completer import Completer

def answer(request):
    if json.loads(request.body).get("stream"):
        return (200, "text/event-stream", b'data: {"id": "c1", "text": "a"}\\n\\ndata: {"id": "c1", "text": "b"}\\n\\n')
    return {"id": "c1", "text": "ab"}

client = Completer(base_url=serve(answer), max_retries=0)
whole = client.completions.create(prompt="hi")
chunks = [chunk.text for chunk in client.completions.create(prompt="hi", stream=True)]
print(json.dumps({"whole": whole.text, "chunks": chunks}))
`;

describe('a method streamed on a body field whose events are its own JSON response', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const sdk = pythonSdk('py-stream-json-events', {
    spec: fixture('stream-json-events.yaml'),
    config: fixture('stream-json-events.stainless.yml'),
  });

  it('writes the three overloads, the stream yielding the response type', () => {
    const module = sdk.read('src/completer/resources/completions.py');
    const sync = module.slice(0, module.indexOf('class AsyncCompletionsResource'));
    expect(sync.match(/@overload\n\s+def create\(/g)).toHaveLength(3);
    expect(sync).toMatch(/stream: Literal\[True\],[\s\S]*?\) -> Stream\[(\w+)\]:/);
    const [, event] = /\) -> Stream\[(\w+)\]:/.exec(sync)!;
    expect(sync).toMatch(new RegExp(`stream: Literal\\[False\\] \\| Omit = omit,[\\s\\S]*?\\) -> ${event}:`));
    expect(sync).toContain(`stream_cls=Stream[${event}]`);
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict, and reads the JSON body or the stream as the call asks',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/completer'], ['src', '.'])).toEqual([]);
      const run = await sdk.run(SCRIPT, { timeout: 10 * 60 * 1000 });
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
      expect(result).toEqual({ whole: 'ab', chunks: ['a', 'b'] });
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
