/**
 * A paged method whose response is a model of the config with its items written inline (steel's `GET /v1/sessions`:
 * `SessionsResponse`, the model `sessionslist`, its `sessions: [{…}]`): Stainless types the items as the model's
 * nested interface (`Sessionslist.Session`) and names the page after both (`SessionslistSessionsSessionsCursor`).
 * Items of a schema of their own, or a response that is no model, keep the page named after the item type.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIr } from '../generator/api/analyze';
import type { Method } from '../generator/ir/types';
import { tempDir } from './helpers/sdk';

const LIMIT = [{ name: 'cursorId', in: 'query', schema: { type: 'string' } }];
const ok = (schema: unknown) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const INLINE = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' }, status: { type: 'string' } },
};

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Steelish', version: '1' },
  paths: {
    '/sessions': {
      get: {
        operationId: 'listSessions',
        parameters: LIMIT,
        responses: ok({ $ref: '#/components/schemas/SessionsResponse' }),
      },
    },
    '/tasks': {
      get: {
        operationId: 'listTasks',
        parameters: LIMIT,
        responses: ok({ $ref: '#/components/schemas/TasksResponse' }),
      },
    },
    '/runs': {
      get: { operationId: 'listRuns', parameters: LIMIT, responses: ok({ $ref: '#/components/schemas/RunsResponse' }) },
    },
  },
  components: {
    schemas: {
      SessionsResponse: {
        type: 'object',
        required: ['sessions'],
        properties: { sessions: { type: 'array', items: INLINE } },
      },
      Task: INLINE,
      TasksResponse: {
        type: 'object',
        required: ['sessions'],
        properties: { sessions: { type: 'array', items: { $ref: '#/components/schemas/Task' } } },
      },
      // No model of the config: the items are the method's own type.
      RunsResponse: {
        type: 'object',
        required: ['sessions'],
        properties: { sessions: { type: 'array', items: INLINE } },
      },
    },
  },
};

const CONFIG = `organization:
  name: steelish
pagination:
  - name: sessions_cursor
    type: cursor_id
    request:
      cursorId:
        type: string
        x-stainless-pagination-property:
          purpose: next_cursor_id_param
    response:
      sessions:
        type: array
        items:
          type: object
          properties:
            id:
              type: string
              x-stainless-pagination-property:
                purpose: cursor_item_id
resources:
  sessions:
    models:
      sessionslist: '#/components/schemas/SessionsResponse'
    methods:
      list: get /sessions
  tasks:
    models:
      task: Task
      tasks_response: TasksResponse
    methods:
      list: get /tasks
  runs:
    methods:
      list: get /runs
targets:
  node:
    package_name: steelish
`;

describe('the page of a model whose items are written inline', () => {
  it("is named after the model's nested item type, as Stainless names it", async () => {
    const dir = tempDir('page-alias-model-items-');
    const spec = path.join(dir, 'openapi.json');
    const config = path.join(dir, 'stainless.yml');
    writeFileSync(spec, JSON.stringify(SPEC));
    writeFileSync(config, CONFIG);
    const { api } = await loadIr({ spec, config });
    const list = (resource: string) =>
      api.resources.find((r) => r.className.toLowerCase() === resource)?.methods.find((m: Method) => m.name === 'list');
    expect(list('sessions')?.pagination?.alias).toBe('SessionslistSessionsSessionsCursor');
    expect(list('tasks')?.pagination?.alias).toBe('TasksSessionsCursor');
    expect(list('runs')?.pagination?.alias).toBe('RunListResponsesSessionsCursor');
  });
});
