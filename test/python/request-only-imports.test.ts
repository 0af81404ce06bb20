/**
 * A model module never imports a model no module declares. A config's model that no method uses keeps its model
 * module, but a type that only requests use has none (its params form alone): where the first refers to the second,
 * directly or through another model nothing uses, its module would import a module never written and the package
 * would fail to import (letta's `LettaRequest`, which names `MessageCreate`). Such a model has no module either, as
 * Stainless writes it; api.md still lists it. The generated package is imported with the venv's Python.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, object>, required: string[]) => ({ type: 'object', properties, required });

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Inbox', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/notes': {
      post: {
        operationId: 'createNote',
        requestBody: {
          required: true,
          ...json(object({ parts: { type: 'array', items: ref('NotePart') }, author: ref('Author') }, ['parts'])),
        },
        responses: { '200': { description: 'ok', ...json(ref('Note')) } },
      },
    },
    // An endpoint the config leaves out: the only one that sends the envelope.
    '/notes/preview': {
      post: {
        operationId: 'previewNote',
        requestBody: { required: true, ...json(ref('NoteEnvelope')) },
        responses: { '200': { description: 'ok', ...json(ref('Note')) } },
      },
    },
  },
  components: {
    schemas: {
      NotePart: object({ text: { type: 'string' }, author: ref('Author') }, ['text']),
      Author: object({ name: { type: 'string' } }, ['name']),
      // Used by no method of the SDK; refers to NotePart, which only the request of `create` names.
      NoteEnvelope: object({ parts: { type: 'array', items: ref('NotePart') }, trace: ref('Trace') }, ['parts']),
      // Used by nothing but the envelope, and refers to a request-only type itself.
      Trace: object({ first: ref('NotePart') }, []),
      // Used by no method and refers to nothing sent: keeps its model module.
      Archive: object({ id: { type: 'string' } }, ['id']),
      Note: object({ id: { type: 'string' }, author: ref('Author') }, ['id']),
    },
  },
});

const CONFIG = [
  'organization: { name: inbox }',
  'targets:',
  '  python: { package_name: inbox }',
  'resources:',
  '  notes:',
  '    models:',
  '      note: "#/components/schemas/Note"',
  '      note_part: "#/components/schemas/NotePart"',
  '      note_envelope: "#/components/schemas/NoteEnvelope"',
  '      trace: "#/components/schemas/Trace"',
  '      archive: "#/components/schemas/Archive"',
  '    methods:',
  '      create: post /notes',
  '',
].join('\n');

let dir: string;
let files: Map<string, string>;

beforeAll(async () => {
  dir = tempDir('py-request-only-imports');
  files = await generatePythonFiles(dir, SPEC, CONFIG);
}, 120_000);

const file = (name: string) => files.get(name) ?? '';

/** The modules a relative `from .x import` of each written module names that no file of the package is. */
function unresolvedImports(): string[] {
  const missing: string[] = [];
  for (const [name, text] of files) {
    if (!name.startsWith('src/inbox/') || !name.endsWith('.py')) continue;
    for (const match of text.matchAll(/^\s*from (\.+)([\w.]*) import /gm)) {
      let base = path.posix.dirname(name);
      for (let up = 1; up < match[1].length; up++) base = path.posix.dirname(base);
      const target = match[2] ? path.posix.join(base, ...match[2].split('.')) : base;
      if (!files.has(`${target}.py`) && !files.has(`${target}/__init__.py`))
        missing.push(`${name}: ${match[0].trim()}`);
    }
  }
  return missing;
}

describe('a model no method uses that refers to a type only requests use', () => {
  it('has no model module, nor does a model nothing uses that refers to it', () => {
    expect(files.has('src/inbox/types/note_part.py')).toBe(false);
    expect(files.has('src/inbox/types/note_part_param.py')).toBe(true);
    expect(files.has('src/inbox/types/note_envelope.py')).toBe(false);
    expect(files.has('src/inbox/types/trace.py')).toBe(false);
    expect(file('src/inbox/types/__init__.py')).not.toMatch(/import (NoteEnvelope|Trace|NotePart) as/);
    expect(file('api.md')).toMatch(/from inbox\.types import [^`]*\bNoteEnvelope\b/);
  });

  it('leaves the other models as they were', () => {
    expect(file('src/inbox/types/archive.py')).toMatch(/^class Archive\(BaseModel\):/m);
    expect(file('src/inbox/types/note.py')).toMatch(/^class Note\(BaseModel\):/m);
    expect(file('src/inbox/types/note.py')).toMatch(/^class Author\(BaseModel\):/m);
  });

  it('imports no module the package lacks', () => {
    expect(unresolvedImports()).toEqual([]);
  });

  it('imports in Python', async () => {
    const sdk = path.join(dir, 'sdk');
    for (const [name, contents] of files) {
      mkdirSync(path.dirname(path.join(sdk, name)), { recursive: true });
      writeFileSync(path.join(sdk, name), contents);
    }
    const result = await runProcess(
      venvPython(),
      ['-c', 'import inbox, inbox.types; from inbox.types import Archive, Note, NotePartParam; print("ok")'],
      { cwd: path.join(sdk, 'src') },
    );
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('ok');
  }, 120_000);
});
