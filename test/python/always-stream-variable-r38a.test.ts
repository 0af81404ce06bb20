/**
 * The variable an endpoint test holds an always-streaming method's result in (a config's `streaming` with no
 * `param_discriminator`): `<name>_stream`, as for a call whose `stream=True` asks for one (opencode-sdk-python's
 * `event_stream = client.event.list()`, scale-agentex-python's `task_stream = client.tasks.stream_events(…)`).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import { planPythonTests } from '../../generator/emit/python/tests/plan-tests';

const fixtures = path.resolve(__dirname, 'fixtures');

describe("an always-streaming method's test", () => {
  it('holds the stream as `<name>_stream` and closes it, sync and async', async () => {
    const { api } = await loadIr({
      spec: path.join(fixtures, 'sessions.yaml'),
      config: path.join(fixtures, 'sessions.stainless.yml'),
    });
    const pkg = buildPythonModel(api, { fromStainlessConfig: true });
    const file = planPythonTests(pkg, api).find((f) => f.path === 'tests/api_resources/test_event.py');
    expect(file).toBeDefined();
    const text = file!.contents;
    expect(text).toContain('        event_stream = client.event.list()\n        event_stream.response.close()\n');
    expect(text).toContain(
      '        event_stream = await async_client.event.list()\n        await event_stream.response.aclose()\n',
    );
    expect(text).not.toMatch(/\bevent = /);
  });
});
