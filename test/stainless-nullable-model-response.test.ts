/**
 * A response that is a model or null (`anyOf: [{ $ref: Agent }, { type: 'null' }]`), with a Stainless config: both
 * of Stainless's SDKs return it as written, with no type of the method's own (letta's `AgentState | null`,
 * `Optional[AgentState]` read as `cast_to=AgentState`). A schema that is no model, or null, keeps the method's type.
 * A 204 whose content's schema says nothing (`{}`) is any value, as they type it (letta's `accessTokens.delete`:
 * `-> unknown`, `-> object`), not nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { generateFrom, tempDir } from './helpers/sdk';
import type { RenderedFile } from '../generator/emit/render';
import { okJson as returns } from './helpers/openapi';

const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const orNull = (ref: string) => ({ anyOf: [{ $ref: `#/components/schemas/${ref}` }, { type: 'null' }] });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/agents/{id}/reset': {
      patch: { operationId: 'reset', parameters: [id], responses: returns({ ...orNull('Agent'), title: 'Reset' }) },
    },
    '/traces/{id}': { get: { operationId: 'getTrace', parameters: [id], responses: returns(orNull('Agent')) } },
    '/notes/{id}': {
      get: { operationId: 'getNote', parameters: [id], responses: returns(orNull('Note')) },
      delete: {
        operationId: 'deleteNote',
        parameters: [id],
        responses: { '204': { description: 'gone', content: { 'application/json': { schema: {} } } } },
      },
    },
  },
  components: {
    schemas: {
      Agent: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      Note: { type: 'object', properties: { text: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript: { package_name: acme }
  python: { package_name: acme }
resources:
  agents:
    models:
      agent: Agent
    methods:
      reset: patch /agents/{id}/reset
  traces:
    methods:
      retrieve: get /traces/{id}
  notes:
    methods:
      retrieve: get /notes/{id}
      delete: delete /notes/{id}
`;

let root = '';
let ts: RenderedFile[] = [];
let py: RenderedFile[] = [];
const file = (files: RenderedFile[], path: string) => files.find((f) => f.path === path)?.contents ?? '';

beforeAll(async () => {
  root = tempDir('stainless-nullable-model-response');
  const options = { funcs: false, referenceDocs: false, format: false } as const;
  ts = (await generateFrom(root, SPEC, CONFIG, options)).files;
  py = (await generateFrom(root, SPEC, CONFIG, { ...options, target: 'python' })).files;
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a model-or-null response, as Stainless returns it', () => {
  it('TypeScript: `Model | null` in the signature and api.md, no type of the method', () => {
    const agents = file(ts, 'src/resources/agents.ts').replace(/\s+/g, ' ');
    const traces = file(ts, 'src/resources/traces.ts').replace(/\s+/g, ' ');
    expect(agents).toContain('): APIPromise<Agent | null>');
    expect(traces).toContain('): APIPromise<AgentsAPI.Agent | null>');
    expect(agents).not.toContain('AgentResetResponse');
    expect(traces).not.toContain('TraceRetrieveResponse');
    const apiMd = file(ts, 'api.md');
    expect(apiMd).toContain('reset</a>(id) -> Agent | null</code>');
    expect(apiMd).toContain('retrieve</a>(id) -> Agent | null</code>');
    // A schema that is no model, or null, is still named after the method.
    expect(file(ts, 'src/resources/notes.ts')).toContain('APIPromise<NoteRetrieveResponse>');
  });

  it('types a 204 whose schema says nothing as any value, in both SDKs', () => {
    const notes = file(ts, 'src/resources/notes.ts').replace(/\s+/g, ' ');
    expect(notes).toContain('): APIPromise<unknown>');
    expect(notes).toContain('export type NoteDeleteResponse = unknown;');
    expect(file(ts, 'api.md')).toContain('delete</a>(id) -> unknown</code>');
    expect(file(py, 'src/acme/resources/notes.py')).toContain(') -> object:');
  });

  it('Python: `Optional[Model]`, read as the model, linked in api.md', () => {
    const traces = file(py, 'src/acme/resources/traces.py');
    expect(traces).toMatch(/\) -> Optional\[Agent\]:/);
    expect(traces).toMatch(/cast_to=Agent,/);
    expect(py.some((f) => f.path.endsWith('trace_retrieve_response.py'))).toBe(false);
    expect(py.some((f) => f.path.endsWith('agent_reset_response.py'))).toBe(false);
    expect(file(py, 'api.md')).toContain('-> <a href="./src/acme/types/agent.py">Optional[Agent]</a></code>');
    expect(file(py, 'tests/api_resources/test_traces.py')).toContain('assert_matches_type(Optional[Agent], trace');
  });
});
