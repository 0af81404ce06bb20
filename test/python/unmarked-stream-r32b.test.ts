/**
 * Issue 89 item 8, Python: an endpoint whose spec response is `text/event-stream` and which the Stainless config does
 * not mark `streaming`. Stainless's Python SDKs of 2024 read it as text (honcho-python: `-> str`, asking for
 * `text/event-stream`); its newer ones stream it as a marked one (cartesia-python's `tts.generate_sse`:
 * `-> Stream[TTSSSEEvent]`, as hypeman-ts streams its unmarked `instances.logs`), still asking for
 * `text/event-stream`. So from UNMARKED_STREAMS_SINCE (and with no era: the newest forms) the method streams, its
 * events typed by a config model's own name (cartesia's `TTSSSEEvent`: `BuildEvent`, `JobEvent`), else by the type
 * declared for its response (`InstanceLogsResponse: TypeAlias = str`, `TaskEventsResponse`); before, it returns `str`.
 * Before this, sdkgen returned `str` in every era, and later streamed a model under a method alias
 * (`Stream[JobEventsResponse]`, `JobEventsResponse = JobEvent`).
 * With SDKGEN_PYTHON_TESTS=full, pyright strict checks the package and both streams are read from a real server on
 * 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { LOCAL_SERVER, pythonPackageByEra, pythonSdk } from '../helpers/python-sdk';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /instances/{id}/logs:
    get:
      operationId: getLogs
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { text/event-stream: { schema: { type: string } } } }
  /builds/{id}/events:
    get:
      operationId: getEvents
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content: { text/event-stream: { schema: { $ref: '#/components/schemas/BuildEvent' } } }
  /jobs/{id}/events:
    get:
      operationId: getJobEvents
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content: { text/event-stream: { schema: { $ref: '#/components/schemas/JobEvent' } } }
  /tasks/{id}/events:
    get:
      operationId: getTaskEvents
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content: { text/event-stream: { schema: { $ref: '#/components/schemas/TaskEvent' } } }
components:
  schemas:
    BuildEvent:
      type: object
      properties: { type: { type: string } }
      required: [type]
    JobEvent:
      oneOf:
        - { type: object, properties: { started: { type: string } }, required: [started] }
        - { type: object, properties: { done: { type: boolean } }, required: [done] }
    TaskEvent:
      type: object
      properties: { step: { type: string } }
      required: [step]
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  instances:
    methods:
      logs: get /instances/{id}/logs
  builds:
    models:
      build_event: BuildEvent
    methods:
      events: get /builds/{id}/events
  jobs:
    models:
      job_event: JobEvent
    methods:
      events: get /jobs/{id}/events
  tasks:
    methods:
      events: get /tasks/{id}/events
`;

const SCRIPT = `${LOCAL_SERVER}
from acme import Acme

def answer(request):
    if request.path.endswith("/logs"):
        return (200, "text/event-stream", b'data: "booting"\\n\\ndata: "ready"\\n\\n')
    if request.path.startswith("/jobs/"):
        return (200, "text/event-stream", b'data: {"started": "now"}\\n\\ndata: {"done": true}\\n\\n')
    if request.path.startswith("/tasks/"):
        return (200, "text/event-stream", b'data: {"step": "one"}\\n\\n')
    return (200, "text/event-stream", b'data: {"type": "start"}\\n\\ndata: {"type": "done"}\\n\\n')

client = Acme(base_url=serve(answer), max_retries=0)
logs = list(client.instances.logs("i1"))
events = [event.type for event in client.builds.events("b1")]
jobs = [event.to_dict() for event in client.jobs.events("j1")]
tasks = [event.step for event in client.tasks.events("t1")]
print(json.dumps({"logs": logs, "events": events, "jobs": jobs, "tasks": tasks}))
`;

const packageOf = pythonPackageByEra('py-unmarked-stream', SPEC, CONFIG, 'acme');

describe('an event stream the config does not mark streaming', () => {
  it('streams it in the newest forms, asking for text/event-stream, typed by the declared type', async () => {
    const file = await packageOf(null);
    const logs = file('resources/instances.py');
    expect(logs).toMatch(/def logs\([\s\S]*?\) -> Stream\[InstanceLogsResponse\]:/);
    expect(logs).toMatch(/async def logs\([\s\S]*?\) -> AsyncStream\[InstanceLogsResponse\]:/);
    expect(logs).toContain('extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}');
    expect(logs).toContain('stream_cls=Stream[InstanceLogsResponse]');
    expect(file('types/instance_logs_response.py')).toContain('InstanceLogsResponse: TypeAlias = str');
    // A config model by its own name (cartesia-python's `-> Stream[TTSSSEEvent]`), no method alias declared for it.
    expect(file('resources/builds.py')).toMatch(/def events\([\s\S]*?\) -> Stream\[BuildEvent\]:/);
    expect(() => file('types/build_events_response.py')).toThrow();
    // Cast as Stainless casts them: string events to `str` (llama-cloud-py's `test.stream` of 2025-10-27), a named
    // union through `cast(Any, …)` (cartesia-python's `cast(Any, TTSSSEEvent)`), a class as itself.
    expect(logs).toContain('cast_to=str,');
    expect(file('resources/builds.py')).toContain('cast_to=BuildEvent,');
    const jobs = file('resources/jobs.py');
    expect(jobs).toMatch(/def events\([\s\S]*?\) -> Stream\[JobEvent\]:/);
    expect(jobs).toContain('cast_to=cast(Any, JobEvent)');
    expect(jobs).toContain('stream_cls=Stream[JobEvent]');
    expect(() => file('types/job_events_response.py')).toThrow();
    // A schema no config model names is declared under the method's name, as a JSON response of it would be.
    const tasks = file('resources/tasks.py');
    expect(tasks).toMatch(/def events\([\s\S]*?\) -> Stream\[TaskEventsResponse\]:/);
    expect(tasks).toContain('cast_to=TaskEventsResponse,');
  });

  it('streams it from UNMARKED_STREAMS_SINCE on: llama-cloud-py streamed its unmarked test.stream on 2025-10-27', async () => {
    expect((await packageOf('2025-10-27'))('resources/instances.py')).toMatch(
      /def logs\([\s\S]*?\) -> Stream\[InstanceLogsResponse\]:/,
    );
    expect((await packageOf('2025-10-26'))('resources/instances.py')).toMatch(/def logs\([\s\S]*?\) -> str:/);
  });

  it('reads it as text in an SDK of an era before UNMARKED_STREAMS_SINCE', async () => {
    const logs = (await packageOf('2024-06-01'))('resources/instances.py');
    expect(logs).toMatch(/def logs\([\s\S]*?\) -> str:/);
    expect(logs).toContain('extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}');
    expect(logs).not.toContain('Stream[');
  });

  describe.runIf(PYTHON_FULL)('the generated package', () => {
    const sdk = pythonSdk('py-unmarked-stream-full', {
      spec: { name: 'openapi.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: CONFIG },
    });
    it('type-checks under pyright strict, and yields the events a real server sends', async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/acme'], ['src', '.'])).toEqual([]);
      const run = await sdk.run(SCRIPT, { timeout: 5 * 60 * 1000 });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({
        logs: ['booting', 'ready'],
        events: ['start', 'done'],
        jobs: [{ started: 'now' }, { done: true }],
        tasks: ['one'],
      });
    }, 300_000);
  });
  if (!PYTHON_FULL) it.skip(`pyright and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
