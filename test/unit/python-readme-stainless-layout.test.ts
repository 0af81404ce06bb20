/**
 * The Python README and docstrings in the layout of Stainless's Python SDKs (issue 91): each paragraph of the README's
 * prose on one line (its code blocks as they are); with a config, a headline result with no field to show (a list)
 * held and not printed; no streaming section for an endpoint that always streams; a method's Args list without its
 * path params, described or not; no api.md heading for a config resource the spec gives no method or type.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { writeSpec } from './helpers/spec';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Depot', version: '1' },
  servers: [{ url: 'https://api.depot.test' }],
  paths: {
    '/boxes': {
      get: {
        operationId: 'listBoxes',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Box' } } } },
          },
        },
      },
    },
    '/boxes/{box_id}/events': {
      get: {
        operationId: 'watchBox',
        parameters: [{ name: 'box_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'events',
            content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/Box' } } },
          },
        },
      },
    },
    '/boxes/{box_id}/label': {
      post: {
        operationId: 'labelBox',
        parameters: [
          { name: 'box_id', in: 'path', required: true, description: 'The box to label.', schema: { type: 'string' } },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['text'],
                properties: { text: { type: 'string', description: 'What the label says.' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Box' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Box: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, label: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization:
  name: depot
targets:
  python:
    package_name: depot
readme:
  example_requests:
    headline:
      type: request
      endpoint: get /boxes
      params: {}
resources:
  boxes:
    models:
      box: Box
    methods:
      list: get /boxes
      label: post /boxes/{box_id}/label
      watch: get /boxes/{box_id}/events
  crates:
    models:
      crate: Crate
    methods:
      list: get /crates
`;

describe('the Python README and docstrings in the layout of Stainless', () => {
  let readme = '';
  let boxes = '';
  let apiMd = '';

  beforeAll(async () => {
    const spec = writeSpec(SPEC);
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(config, CONFIG);
    const { files } = await generate({ spec, config, target: 'python' });
    readme = files.find((f) => f.path === 'README.md')?.contents ?? '';
    boxes = files.find((f) => f.path.endsWith('/resources/boxes.py'))?.contents ?? '';
    apiMd = files.find((f) => f.path === 'api.md')?.contents ?? '';
  }, 60_000);

  it('writes each paragraph of prose on one line, and leaves the code blocks as they are', () => {
    let inCode = false;
    let previousIsProse = false;
    const joined: string[] = [];
    for (const line of readme.split('\n')) {
      if (line.startsWith('```')) inCode = !inCode;
      const prose = !inCode && !line.startsWith('```') && /^[A-Za-z`]/.test(line);
      if (prose && previousIsProse) joined.push(line);
      previousIsProse = prose;
    }
    expect(readme).toContain('## Using types\n\nRequest params are');
    expect(joined).toEqual([]);
    // (A program keeps its lines.)
    expect(readme).toContain('client = Depot()\n\n');
  });

  it('holds a headline result with no field to show and does not print it', () => {
    const usage = readme.slice(readme.indexOf('## Usage'), readme.indexOf('## Async usage'));
    expect(usage).toMatch(/\n(\w+) = client\.boxes\.list\(\)\n```/);
    expect(usage).not.toContain('print(');
  });

  it('has no streaming section where the only streaming endpoint always streams', () => {
    expect(boxes).toContain('def watch(');
    expect(readme).not.toContain('## Streaming');
  });

  it('leaves out of api.md a config resource the spec gives nothing to list', () => {
    expect(apiMd).toContain('# Boxes\n');
    expect(apiMd).not.toContain('# Crates');
  });

  it("leaves a method's path params out of its Args, and keeps its body params", () => {
    const label = boxes.slice(boxes.indexOf('    def label('), boxes.indexOf('\nclass AsyncBoxesResource'));
    expect(label).toContain('Args:\n          text: What the label says.\n');
    expect(label).not.toContain('box_id: The box to label.');
  });
});
