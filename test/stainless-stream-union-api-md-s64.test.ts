/**
 * api.md of an SDK made from a Stainless config, for an event stream whose events are the operation's own schema: a
 * union of event schemas is listed by the name of its declared type, as Stainless lists it (parallel-web's
 * `client.taskRun.events(runID) -> TaskRunEventsResponse`, `TaskRunEventsResponse` being a union of its events);
 * before, sdkgen listed the union's kind (`-> union`), and the move reported a changed return type for each such
 * method. A stream of strings is still listed as `string`, as Stainless lists hypeman's `logs`.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const sse = (schema: object) => ({ description: 'ok', content: { 'text/event-stream': { schema } } });
const event = (type: string) => ({
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string', enum: [type] }, at: { type: 'string' } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  components: { schemas: { ProgressEvent: event('progress'), StatusEvent: event('status') } },
  paths: {
    '/runs/{run_id}/events': {
      get: {
        operationId: 'runEvents',
        parameters: [{ name: 'run_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': sse({
            oneOf: [{ $ref: '#/components/schemas/ProgressEvent' }, { $ref: '#/components/schemas/StatusEvent' }],
            discriminator: { propertyName: 'type' },
          }),
        },
      },
    },
    '/runs/{run_id}/logs': {
      get: {
        operationId: 'runLogs',
        parameters: [{ name: 'run_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': sse({ type: 'string' }) },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  runs:
    models:
      progress_event: ProgressEvent
      status_event: StatusEvent
    methods:
      events: get /runs/{run_id}/events
      logs: get /runs/{run_id}/logs
`;

let root = '';
let apiMd = '';
let module = '';

beforeAll(async () => {
  root = tempDir('stream-union-api-md');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  apiMd = result.files.find((f) => f.path === 'api.md')!.contents;
  module = result.files.find((f) => f.path === 'src/resources/runs.ts')!.contents.replace(/\s+/g, ' ');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("api.md's return of a stream whose events are the operation's own union", () => {
  it('is the name the SDK declares the union by', () => {
    expect(module).toMatch(/export type RunEventsResponse = ProgressEvent \| StatusEvent/);
    expect(module).toContain('Stream<RunEventsResponse>');
    const line = apiMd.split('\n').find((l) => l.includes('title="get /runs/{run_id}/events"'));
    expect(line).toMatch(/-> RunEventsResponse<\/code>$/);
  });

  it('is still the scalar a stream of strings stands for', () => {
    const line = apiMd.split('\n').find((l) => l.includes('title="get /runs/{run_id}/logs"'));
    expect(line).toMatch(/-> string<\/code>$/);
  });
});
