/**
 * Two call shapes of Stainless's Python SDKs that scale-agentex-python showed (scripts/stainless-python-tests.mjs,
 * pair `agentex`: 20 cases and 2 test files failed on them, 24 more on the stream):
 * - a path parameter named as a body field (`PATCH /agents/{agent_id}/schedules/name/{name}` with a body `name`):
 *   in a method a Stainless config names, both take where they go before their name, `path_name` and `body_name`
 *   (before: `name` and `name_`), the params TypedDict's key `body_name` too (aliased `name`); the request still
 *   sends `name` in the path and in the body;
 * - a method the config marks streaming with no `param_discriminator` whose spec gives a JSON response (`{}`): it
 *   streams all the same (`Stream[object]`), asking for nothing but what any other request asks for (Prism answers
 *   `Accept: text/event-stream` with 406 where the spec lists JSON alone).
 * With SDKGEN_PYTHON_TESTS=full, pyright strict checks the package, and both calls go to a real server on 127.0.0.1.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const SCRIPT = `${LOCAL_SERVER}
from sched_sdk import Sched

seen = []

def answer(request):
    if request.command == "PATCH":
        seen.append({"method": "PATCH", "path": request.path, "body": json.loads(request.body)})
        return {"id": "s1", "name": "renamed"}
    seen.append({"method": "GET", "path": request.path, "accept": request.headers.get("accept")})
    return (200, "text/event-stream", b'data: {"step": 1}\\n\\ndata: {"step": 2}\\n\\n')

client = Sched(base_url=serve(answer), max_retries=0)
schedule = client.schedules.update_by_name("old name", agent_id="a1", body_name="renamed")
events = [event for event in client.tasks.stream_events("t1")]
print(json.dumps({"schedule": schedule.name, "events": events, "seen": seen}))
`;

describe('a path param named as a body field, and a method streaming a JSON response', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const sdk = pythonSdk('py-path-name-streaming', {
    spec: fixture('path-name-streaming.yaml'),
    config: fixture('path-name-streaming.stainless.yml'),
  });
  const read = (file: string) => sdk.read(`src/sched_sdk/${file}`);

  it('names the path param path_name and the body field body_name, each sent under its own name', () => {
    const schedules = read('resources/schedules.py');
    expect(schedules).toMatch(/def update_by_name\(\n\s+self,\n\s+path_name: str,\n\s+\*,\n\s+agent_id: str,/);
    expect(schedules).toMatch(/\n\s+body_name: str \| Omit = omit,/);
    // (Keyed as the argument, its wire name its alias, as agentex's `schedule_update_by_name_params.py`.)
    expect(schedules).toContain('"body_name": body_name');
    expect(read('types/schedule_update_by_name_params.py')).toContain(
      'body_name: Annotated[str, PropertyInfo(alias="name")]',
    );
    expect(schedules).toContain('name=path_name');
    expect(sdk.read('api.md')).toContain('(path_name, \\*, agent_id, \\*\\*<a href=');
  });

  it('streams the JSON response of a method marked streaming, asking for nothing else', () => {
    const tasks = read('resources/tasks.py');
    expect(tasks).toMatch(/def stream_events\([\s\S]*?\) -> Stream\[object\]:/);
    expect(tasks).toContain('stream=True');
    expect(tasks).not.toContain('text/event-stream');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict, and sends both calls as the spec says',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/sched_sdk'], ['src', '.'])).toEqual([]);
      const run = await sdk.run(SCRIPT, { timeout: 10 * 60 * 1000 });
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
      expect(result.schedule).toBe('renamed');
      expect(result.events).toEqual([{ step: 1 }, { step: 2 }]);
      expect(result.seen[0]).toEqual({
        method: 'PATCH',
        path: '/agents/a1/schedules/name/old%20name',
        body: { name: 'renamed' },
      });
      expect(result.seen[1].path).toBe('/tasks/t1/stream');
      expect(result.seen[1].accept).not.toContain('text/event-stream');
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
