/**
 * A model's optional field named like a builtin (`object: Optional[str] = None`) binds the name in its class. Stainless's
 * SDKs write `builtins.object` only from that field on (llama-stack's models: `Dict[str, object]` before the field,
 * `builtins.object` after it): a module without lazy annotations evaluates each annotation where it stands, before the
 * field is bound. A module with `from __future__ import annotations` (here: a model naming itself) has pydantic read
 * every annotation in the class's namespace, where `object` is the field's default (None), so there each is qualified.
 * pydantic parses both; with SDKGEN_PYTHON_TESTS=full pyright strict and mypy check them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { pyrightErrorsUnderOwnSettings, PYTHON_FULL, runMypy } from '../helpers/python';
import { pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Feeds, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /events:
    get:
      operationId: getEvent
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Event' }
  /trees:
    get:
      operationId: getTree
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Tree' }
components:
  schemas:
    Event:
      type: object
      properties:
        data: { type: object, additionalProperties: true }
        object: { type: string }
        payload: {}
    Tree:
      type: object
      properties:
        metadata: { type: object, additionalProperties: true }
        object: { type: string }
        children: { type: array, items: { $ref: '#/components/schemas/Tree' } }
`;

const CONFIG = `
organization: { name: feeds }
targets:
  python: { package_name: feeds }
resources:
  events:
    models:
      event: '#/components/schemas/Event'
    methods:
      retrieve: get /events
  trees:
    models:
      tree: '#/components/schemas/Tree'
    methods:
      retrieve: get /trees
`;

const CHECK = `
from feeds.types import Event, Tree

event = Event.model_validate({"data": {"a": 1}, "object": "event", "payload": [1]})
print(event.data, event.object, event.payload)
tree = Tree.model_validate({"metadata": {"b": 2}, "object": "tree", "children": [{"object": "leaf"}]})
print(tree.metadata, tree.object, tree.children[0].object if tree.children else None)
`;

describe('builtins.object before and after the field that shadows it', () => {
  const root = pythonTempDir('py-builtins-object');
  const files = async () => {
    writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const result = await generate({
      spec: path.join(root, 'openapi.yaml'),
      config: path.join(root, 'stainless.yml'),
      target: 'python',
    });
    return new Map(result.files.map((file) => [file.path, file.contents]));
  };

  it('qualifies from the field on without lazy annotations, everywhere with them; pydantic parses both', async () => {
    const written = await files();
    const event = written.get('src/feeds/types/event.py')!;
    expect(event).not.toContain('from __future__ import annotations');
    expect(event).toMatch(/^ {4}data: Optional\[Dict\[str, object\]\] = None$/m);
    expect(event).toMatch(/^ {4}object: Optional\[str\] = None$/m);
    expect(event).toMatch(/^ {4}payload: Optional\[builtins\.object\] = None$/m);
    expect(event).toMatch(/^import builtins$/m);
    const tree = written.get('src/feeds/types/tree.py')!;
    expect(tree).toContain('from __future__ import annotations');
    expect(tree).toMatch(/^ {4}metadata: Optional\[Dict\[str, builtins\.object\]\] = None$/m);
    const run = await runPythonAgainstFiles(path.join(root, 'sdk'), written, CHECK);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(["{'a': 1} event [1]", "{'b': 2} tree leaf"]);
    if (!PYTHON_FULL) return;
    const sdk = path.join(root, 'sdk');
    for (const [file, contents] of written) {
      if (file.startsWith('src/')) continue;
      mkdirSync(path.dirname(path.join(sdk, file)), { recursive: true });
      writeFileSync(path.join(sdk, file), contents);
    }
    expect(await pyrightErrorsUnderOwnSettings(sdk, ['src/feeds/types'])).toEqual([]);
    const mypy = await runMypy(sdk, ['--cache-dir', path.join(root, 'mypy-cache'), 'src/feeds/types']);
    expect(mypy.errors).toEqual([]);
  }, 300_000);
});
