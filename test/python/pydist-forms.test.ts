/**
 * Shapes of the Python package that the real pairs (bench/stainless-distance/python-pairs.json) showed differing from
 * Stainless's, each as Stainless writes it:
 * - `__init__.py` calls `_setup_logging()` with no argument (the runtime's `_utils/_logs.py` names `<PREFIX>_LOG`);
 * - the era forms of `__init__.py`: `resources` importable from the package (`import typing as _t` …) from 2025-05-10
 *   on, `Omit` exported from 2024-12-04 on; a resource module's `_base_client` import one name a line before 2024-07-11;
 * - `types/shared/__init__.py` and `types/shared_params/__init__.py` open with no `from __future__ import annotations`
 *   (every other types package does);
 * - `@required_args` lists each distinct group of the body variants' required arguments once, and is left out where no
 *   variant requires one.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /notes:
    post:
      operationId: createNote
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/NoteInput' } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } } }
  /notes/{id}:
    patch:
      operationId: updateNote
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - { type: object, properties: { text: { type: string } } }
                - { type: object, properties: { pinned: { type: boolean } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } } }
  /origins:
    post:
      operationId: createOrigin
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - { type: object, required: [name, bucket], properties: { name: { type: string }, bucket: { type: string }, region: { type: string } } }
                - { type: object, required: [name, bucket], properties: { name: { type: string }, bucket: { type: string }, endpoint: { type: string } } }
                - { type: object, required: [name, url], properties: { name: { type: string }, url: { type: string } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } } }
components:
  schemas:
    Tag: { type: object, required: [name], properties: { name: { type: string } } }
    NoteInput: { type: object, required: [text], properties: { text: { type: string }, tag: { $ref: '#/components/schemas/Tag' } } }
    Note: { type: object, required: [id], properties: { id: { type: string }, tag: { $ref: '#/components/schemas/Tag' } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  $shared:
    models:
      tag: Tag
  notes:
    models:
      note: Note
    methods:
      create: post /notes
      update: patch /notes/{id}
  origins:
    methods:
      create: post /origins
`;

const files = pythonPackageByEra('pydist-forms', SPEC, CONFIG, 'acme');

describe('Python package shapes as Stainless writes them', () => {
  it('calls _setup_logging() with no argument; _logs.py names ACME_LOG', async () => {
    const file = await files(null);
    expect(file('__init__.py')).toMatch(/^_setup_logging\(\)$/m);
    expect(file('_utils/_logs.py')).toMatch(/^_LOG_ENV = "ACME_LOG"$/m);
    expect(file('_utils/_logs.py')).toContain('def setup_logging() -> None:');
  });

  it('makes resources importable from the package from 2025-05-10 on, not before', async () => {
    const proxy = 'from ._utils._resources_proxy import resources as resources';
    for (const era of ['2025-05-10', null]) {
      const init = (await files(era))('__init__.py');
      expect(init.startsWith('import typing as _t\n\n')).toBe(true);
      expect(init).toContain(`if not _t.TYPE_CHECKING:\n    ${proxy}\n`);
    }
    const before = (await files('2025-05-09'))('__init__.py');
    expect(before).not.toContain('import typing as _t');
    expect(before).not.toContain(proxy);
    expect(before.startsWith('from . import types\n')).toBe(true);
  });

  it('exports Omit from 2024-12-04 on, not before', async () => {
    const since = (await files('2024-12-04'))('__init__.py');
    expect(since).toContain('from ._types import NOT_GIVEN, Omit, NoneType, NotGiven, Transport, ProxiesTypes\n');
    expect(since).toContain('"Omit",');
    const before = (await files('2024-12-03'))('__init__.py');
    expect(before).toContain('from ._types import NOT_GIVEN, NoneType, NotGiven, Transport, ProxiesTypes\n');
    expect(before).not.toContain('"Omit"');
  });

  it("imports _base_client's names one a line before 2024-07-11, on one line from then on", async () => {
    expect((await files('2024-07-10'))('resources/notes.py')).toContain(
      'from .._base_client import (\n    make_request_options,\n)\n',
    );
    for (const era of ['2024-07-11', null])
      expect((await files(era))('resources/notes.py')).toContain('from .._base_client import make_request_options\n');
  });

  it('writes no __future__ import in the shared types packages, one in the others', async () => {
    const file = await files(null);
    expect(file('types/shared/__init__.py')).toBe('from .tag import Tag as Tag\n');
    expect(file('types/__init__.py').startsWith('from __future__ import annotations\n')).toBe(true);
  });

  it('lists each distinct required_args group once, and none where no variant requires an argument', async () => {
    const file = await files(null);
    const notes = file('resources/notes.py');
    expect(notes).toContain('    @overload\n    def update(');
    expect(notes).not.toContain('required_args');
    const origins = file('resources/origins.py');
    expect(origins).toContain('    @required_args(["bucket", "name"], ["name", "url"])\n    def create(');
  });
});
