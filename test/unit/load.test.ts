/**
 * Load stage (generator/load/load.ts, generator/load/parse.ts): files on disk → parsed documents, with
 * every failure reported as a SpecError whose diagnostic names the file, the pointer and (for syntax
 * errors) the line and column. Temp files live under test/.tmp/load-<pid>/ (git-ignored).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics, SpecError, pointerJoin, type Diagnostic } from '../../generator/diagnostics';
import { checkRefs, quickCheckRefs } from '../../generator/load/check-refs';
import { loadExternalRefs } from '../../generator/load/external-refs';
import { loadSpec, loadSpecFromMemory, parseRef, resolveRef, type LoadedSpec } from '../../generator/load/load';
import { warnDuplicateOperationIds } from '../../generator/normalize/operations';
import { looksLikeJson, oneByteJsonText } from '../../generator/load/one-byte-json';
import { jsonErrorOffset, parseDocumentText } from '../../generator/load/parse';
import { specError } from './helpers/spec';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../fixtures');
const tmp = path.resolve(here, `../.tmp/load-${process.pid}`);

beforeAll(async () => {
  await mkdir(tmp, { recursive: true });
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

let counter = 0;
/** Write `files` (relative name → text) into a fresh folder and return its path. */
async function folder(files: Record<string, string>): Promise<string> {
  const dir = path.join(tmp, String(counter++));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

async function load(file: string): Promise<{ spec: LoadedSpec; diags: Diagnostics }> {
  const diags = new Diagnostics();
  const spec = await loadSpec(file, diags);
  return { spec, diags };
}

const MINIMAL_YAML = 'openapi: 3.0.3\ninfo:\n  title: T\n  version: "1"\npaths: {}\n';

describe('parseDocumentText', () => {
  it.each<{ name: string; text: string; want: unknown }>([
    { name: 'YAML', text: 'openapi: 3.1.0\ninfo: { title: T }\n', want: { openapi: '3.1.0', info: { title: 'T' } } },
    { name: 'JSON', text: '{"openapi": "3.0.3", "paths": {}}', want: { openapi: '3.0.3', paths: {} } },
    { name: 'JSON after leading whitespace', text: '\n  {"a": [1, 2]}', want: { a: [1, 2] } },
    { name: 'UTF-8 BOM before JSON', text: '\uFEFF{"a": 1}', want: { a: 1 } },
    { name: 'UTF-8 BOM before YAML', text: '\uFEFFa: 1\n', want: { a: 1 } },
    { name: 'CRLF line endings', text: 'a: 1\r\nb:\r\n  c: "x"\r\n  d: y\r\n', want: { a: 1, b: { c: 'x', d: 'y' } } },
    {
      name: 'dates and timestamps stay strings (YAML 1.2 core schema)',
      text: 'd: 2024-01-01\nt: 2024-01-01T10:00:00Z\n',
      want: { d: '2024-01-01', t: '2024-01-01T10:00:00Z' },
    },
    { name: 'YAML 1.1 booleans stay strings', text: 'y: yes\nn: no\non: on\n', want: { y: 'yes', n: 'no', on: 'on' } },
    { name: 'quoted versions stay strings', text: 'openapi: "3.0"\n', want: { openapi: '3.0' } },
  ])('$name', ({ text, want }) => {
    expect(parseDocumentText(text, 'spec.yaml')).toEqual(want);
  });

  it.each<{ name: string; text: string; code: string; line: number; column: number }>([
    { name: 'YAML: unclosed flow sequence', text: 'a: [1, 2\nb: 3\n', code: 'malformed-yaml', line: 2, column: 1 },
    {
      name: 'YAML: bad indentation',
      text: 'openapi: 3.0.0\ninfo:\n  title: x\n   bad: indent\n',
      code: 'malformed-yaml',
      line: 4,
      column: 7,
    },
    { name: 'YAML: duplicated key', text: 'a: 1\na: 2\n', code: 'malformed-yaml', line: 2, column: 1 },
    {
      name: 'JSON: missing property name',
      text: '{\n  "openapi": "3.0.0",\n  "info": {,\n}',
      code: 'malformed-json',
      line: 3,
      column: 12,
    },
    { name: 'JSON: unterminated object', text: '{"a": 1', code: 'malformed-json', line: 1, column: 8 },
    { name: 'JSON: trailing content', text: '{"a":1}\n{"b":2}', code: 'malformed-json', line: 2, column: 1 },
  ])('$name → $code at $line:$column', ({ text, code, line, column }) => {
    let diagnostic: Diagnostic | null = null;
    try {
      parseDocumentText(text, 'broken.txt');
    } catch (error) {
      diagnostic = (error as SpecError).diagnostic;
    }
    expect(diagnostic).toMatchObject({ severity: 'error', code, file: 'broken.txt', line, column });
    expect(diagnostic!.hint).toBeTruthy();
  });

  // V8 may report "Unexpected token" without a position (Node ≥ 20: `Unexpected token '}', "{"a": }" is not valid
  // JSON`); parse.ts jsonErrorOffset() then finds the place itself, so the diagnostic still has a line and column.
  it('JSON: unexpected token carries line and column', () => {
    let diagnostic: Diagnostic | null = null;
    try {
      parseDocumentText('{"a": }', 'broken.json');
    } catch (error) {
      diagnostic = (error as SpecError).diagnostic;
    }
    expect(diagnostic).toMatchObject({ code: 'malformed-json', line: 1, column: 7 });
  });

  it.each<{ text: string; line: number; column: number }>([
    { text: '[1,2,]', line: 1, column: 6 },
    { text: '{"a":tru}', line: 1, column: 9 },
    { text: '{\n  "a": [\n    1,\n    ]\n}', line: 4, column: 5 },
    { text: '[[[[', line: 1, column: 5 },
  ])(
    'JSON without a position from V8: $text → $line:$column, and no snippet of the text in the message',
    ({ text, line, column }) => {
      let diagnostic: Diagnostic | null = null;
      try {
        parseDocumentText(text, 'broken.json');
      } catch (error) {
        diagnostic = (error as SpecError).diagnostic;
      }
      expect(diagnostic).toMatchObject({ code: 'malformed-json', line, column });
      expect(diagnostic!.message).not.toContain('is not valid JSON');
    },
  );

  it.each<{ name: string; text: string; want: number | null }>([
    { name: 'valid JSON', text: '{"a":[1,{"b":null,"c":[true,false,-1.5e3,"\\u00e9\\n"]}]}', want: null },
    { name: 'unexpected token', text: '{"a": }', want: 6 },
    { name: 'trailing comma in an object', text: '{"a":1,}', want: 7 },
    { name: 'missing colon', text: '{"a" 1}', want: 5 },
    { name: 'mismatched bracket', text: '{"a":[1}', want: 7 },
    { name: 'leading zero', text: '{"a": 01}', want: 7 },
    { name: 'bad escape', text: '{"a":"\\x"}', want: 7 },
    { name: 'control character in a string', text: '{"a":"x\ny"}', want: 7 },
    { name: 'unterminated string', text: '"abc', want: 4 },
    { name: 'content after the document', text: '{}\n{}', want: 3 },
    { name: 'deep nesting (no stack overflow)', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, want: null },
  ])('jsonErrorOffset: $name → $want', ({ text, want }) => {
    expect(jsonErrorOffset(text)).toBe(want);
  });

  it('empty and blank files are empty-file errors', () => {
    for (const text of ['', '   \n\t\n', '\uFEFF']) {
      expect(() => parseDocumentText(text, 'e.yaml')).toThrow(SpecError);
      try {
        parseDocumentText(text, 'e.yaml');
      } catch (error) {
        expect((error as SpecError).diagnostic).toMatchObject({ code: 'empty-file', file: 'e.yaml' });
      }
    }
  });

  it('the formatted message is file:line:col and the reason', () => {
    try {
      parseDocumentText('a: [1, 2\nb: 3\n', 'x.yaml');
      expect.unreachable();
    } catch (error) {
      expect((error as SpecError).message).toMatch(/^error: x\.yaml:2:1: malformed YAML: /);
    }
  });
});

describe('loadSpec: root documents', () => {
  it.each<{ name: string; file: string; text: string; declared: string; dialect: '3.0' | '3.1' }>([
    { name: 'OpenAPI 3.0 YAML', file: 'a.yaml', text: MINIMAL_YAML, declared: '3.0.3', dialect: '3.0' },
    {
      name: 'OpenAPI 3.1 JSON',
      file: 'a.json',
      text: '{"openapi":"3.1.0","info":{"title":"T","version":"1"},"paths":{}}',
      declared: '3.1.0',
      dialect: '3.1',
    },
    {
      name: 'OpenAPI 3.2 reads as 3.1',
      file: 'a.yaml',
      text: MINIMAL_YAML.replace('3.0.3', '3.2.0'),
      declared: '3.2.0',
      dialect: '3.1',
    },
    {
      name: 'unquoted 3.1 (a YAML number)',
      file: 'a.yaml',
      text: MINIMAL_YAML.replace('3.0.3', '3.1'),
      declared: '3.1',
      dialect: '3.1',
    },
    {
      name: 'Swagger 2.0 is converted to 3.0',
      file: 'a.yaml',
      text: 'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths: {}\n',
      declared: '2.0',
      dialect: '3.0',
    },
    {
      name: 'CRLF + BOM',
      file: 'a.yaml',
      text: `\uFEFF${MINIMAL_YAML.replace(/\n/g, '\r\n')}`,
      declared: '3.0.3',
      dialect: '3.0',
    },
  ])('$name', async ({ file, text, declared, dialect }) => {
    const dir = await folder({ [file]: text });
    const { spec } = await load(path.join(dir, file));
    expect(spec.declaredVersion).toBe(declared);
    expect(spec.dialect).toBe(dialect);
    expect(spec.documents.size).toBe(1);
    expect(spec.root.absPath).toBe(path.join(dir, file));
    expect(String((spec.root.root as { openapi?: unknown }).openapi)).toMatch(/^3\./);
  });

  it('a JSON file beyond ASCII loads as its UTF-8 text parses: each character, surrogate pairs and bad bytes alike', async () => {
    const value = {
      openapi: '3.1.0',
      info: { title: 'Café “quoted” — 😀', version: '1', 'x-ключ': ['ü', 'ĳ', '\u0000', '日本語'] },
      paths: {},
    };
    // A BOM, pretty printing, text beyond Latin-1, and bytes that are not UTF-8 (each decodes as U+FFFD).
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify(value, null, 2).replace('"1"', '"1\u00e9"').slice(0, -1)),
      Buffer.from(',"x-bad":"a'),
      Buffer.from([0xc3, 0x28, 0xe2, 0x82, 0x41, 0xff]),
      Buffer.from('"}'),
    ]);
    const dir = await folder({});
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'a.json'), bytes);
    const { spec } = await load(path.join(dir, 'a.json'));
    expect(spec.root.root).toEqual(JSON.parse(bytes.toString('utf8').slice(1)));
    expect((spec.root.root as { 'x-bad': string })['x-bad']).toBe('a\uFFFD(\uFFFDA\uFFFD');
  });

  it('malformed JSON beyond ASCII: the error is where the UTF-8 text has it', async () => {
    const text = '{\n  "openapi": "3.1.0",\n  "info": {"title": "Ünïcödé ☃ 😀", "version": "1"},\n  "paths": {]\n}\n';
    const dir = await folder({ 'a.json': text });
    const loaded = await specError(() => load(path.join(dir, 'a.json')));
    const parsed = await specError(() => parseDocumentText(text, path.join(dir, 'a.json')));
    expect(loaded).toMatchObject({ code: 'malformed-json', line: 4, column: 13 });
    expect(loaded).toEqual(parsed);
  });

  it('the escapes of a JSON file are made in place, and a file needing more room than there is is left as it is', () => {
    const file = Buffer.from('{"a":"é☃"}');
    const roomy = Buffer.alloc(file.length + 64);
    file.copy(roomy);
    expect(oneByteJsonText(roomy, file.length)).toBe('{"a":"\\u00e9\\u2603"}');
    const tight = Buffer.alloc(file.length + 4);
    file.copy(tight);
    expect(oneByteJsonText(tight, file.length)).toBeNull();
    expect(tight.subarray(0, file.length).equals(file)).toBe(true);
    expect(looksLikeJson(Buffer.from('\ufeff \n [1]'), 8)).toBe(true);
    expect(looksLikeJson(Buffer.from('openapi: 3.1.0'), 14)).toBe(false);
  });

  it('escapes every character beyond ASCII of a large JSON file, wherever it lies in its 64 KB spans', () => {
    // (Each UTF-16 code unit escaped: an emoji is two.)
    const unit = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    const check = (json: string) => {
      const file = Buffer.from(json);
      const bytes = Buffer.alloc(file.length + 1024);
      file.copy(bytes);
      expect(oneByteJsonText(bytes, file.length)).toBe(json.replace(/[^\x00-\x7f]/g, unit));
    };
    const ascii = 'abcdefghijklmnopqrstuvwxyz'.repeat(10_100);
    const withAt = (text: string, at: number, c: string) => `${text.slice(0, at)}${c}${text.slice(at + 1)}`;
    // One character beyond ASCII at each byte offset a power of two from the start of the first or second span, and
    // at the bytes on either side (the file starts `["`: two bytes before the string).
    const offsets = [2, 3];
    for (let power = 2; power <= 1 << 16; power *= 2)
      for (const base of [0, 1 << 16]) offsets.push(base + power - 1, base + power, base + power + 1);
    for (const offset of offsets) check(`["${withAt(ascii, offset - 2, 'é')}"]`);
    // Several: side by side, one alone in a span, at a span's last byte, and near the end (placed from the last, so
    // that an emoji's two code units move what follows, not what was placed).
    let text = ascii;
    for (const [k, at] of [262_140, 196_607, 131_071, 100_002, 100_000, 65_537, 65_536, 65_535, 1, 0].entries())
      text = withAt(text, at, ['é', '☃', '😀'][k % 3]);
    check(`["${text}"]`);
  });

  it('keeps dates as strings in the loaded document', async () => {
    const dir = await folder({ 'a.yaml': `${MINIMAL_YAML}x-released: 2024-01-01\n` });
    const { spec } = await load(path.join(dir, 'a.yaml'));
    expect((spec.root.root as Record<string, unknown>)['x-released']).toBe('2024-01-01');
  });

  it.each<{ name: string; file: string; text: string | null; want: Partial<Diagnostic> }>([
    { name: 'empty file', file: 'e.yaml', text: '', want: { code: 'empty-file', pointer: '' } },
    {
      name: 'missing file',
      file: 'missing.yaml',
      text: null,
      want: { code: 'missing-file', pointer: '', hint: 'check the path' },
    },
    { name: 'top level is an array', file: 'arr.json', text: '[1, 2]', want: { code: 'not-openapi', pointer: '#' } },
    { name: 'top level is a string', file: 's.yaml', text: 'just text\n', want: { code: 'not-openapi', pointer: '#' } },
    {
      name: 'no openapi/swagger field',
      file: 'n.yaml',
      text: 'info: {title: T}\npaths: {}\n',
      want: { code: 'not-openapi', pointer: '#' },
    },
    {
      name: 'openapi 4.0.0',
      file: 'v4.yaml',
      text: MINIMAL_YAML.replace('3.0.3', '4.0.0'),
      want: { code: 'unsupported-version', pointer: '#/openapi', message: 'unsupported OpenAPI version "4.0.0"' },
    },
    {
      name: 'openapi 2.0 (not swagger)',
      file: 'v2.yaml',
      text: MINIMAL_YAML.replace('3.0.3', '2.0.0'),
      want: { code: 'unsupported-version', pointer: '#/openapi' },
    },
    {
      name: 'swagger 1.2',
      file: 's12.yaml',
      text: 'swagger: "1.2"\ninfo: {title: T}\n',
      want: { code: 'unsupported-version', pointer: '#/swagger', message: 'unsupported Swagger version "1.2"' },
    },
    {
      name: 'paths is not an object',
      file: 'p.yaml',
      text: 'openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths: []\n',
      want: { code: 'invalid-paths', pointer: '#/paths' },
    },
    {
      name: 'malformed YAML',
      file: 'm.yaml',
      text: 'openapi: 3.0.3\npaths: {a: [}\n',
      want: { code: 'malformed-yaml', line: 2 },
    },
  ])('$name → $want.code', async ({ file, text, want }) => {
    const dir = await folder(text === null ? {} : { [file]: text });
    const target = path.join(dir, file);
    const diagnostic = await specError(() => load(target));
    expect(diagnostic).toMatchObject({ severity: 'error', file: target, ...want });
  });

  it('a directory instead of a file is unreadable-file', async () => {
    const dir = await folder({ 'inside.yaml': MINIMAL_YAML });
    const diagnostic = await specError(() => load(dir));
    expect(diagnostic).toMatchObject({ code: 'unreadable-file', file: dir, message: 'is a directory, not a file' });
  });

  it('a file over maxBytes is file-too-large', async () => {
    const dir = await folder({ 'a.yaml': MINIMAL_YAML });
    const diagnostic = await specError(() => loadSpec(path.join(dir, 'a.yaml'), new Diagnostics(), { maxBytes: 10 }));
    expect(diagnostic.code).toBe('file-too-large');
  });

  // An unquoted `swagger: 2.0` / `openapi: 3.0` (the YAML number 2 / 3) loads: 2.0 is converted, 3.0 is dialect 3.0.
  it.each<{ name: string; text: string; declared: string; dialect: '3.0' }>([
    {
      name: 'swagger: 2.0',
      text: 'swagger: 2.0\ninfo: {title: T, version: "1"}\npaths: {}\n',
      declared: '2.0',
      dialect: '3.0',
    },
    {
      name: 'openapi: 3.0',
      text: 'openapi: 3.0\ninfo: {title: T, version: "1"}\npaths: {}\n',
      declared: '3.0',
      dialect: '3.0',
    },
  ])('unquoted `$name` loads', async ({ text, declared, dialect }) => {
    const dir = await folder({ 'a.yaml': text });
    const { spec } = await load(path.join(dir, 'a.yaml'));
    expect(spec.declaredVersion).toBe(declared);
    expect(spec.dialect).toBe(dialect);
  });
});

describe('loadSpec: external $refs', () => {
  it('loads every referenced file of the external-refs fixture, transitively', async () => {
    const root = path.join(fixtures, 'external-refs/openapi.yaml');
    const { spec, diags } = await load(root);
    const files = [...spec.documents.values()].map((d) => d.file).sort();
    expect(files).toEqual(
      [root, 'parameters.yaml', path.join('schemas', 'pet.yaml'), path.join('schemas', 'pets.yaml')].sort(),
    );
    expect(diags.list).toEqual([]);
    // A pointer into another file resolves to that file's node, with the document as its location.
    const from = { doc: spec.root, pointer: '#/paths/~1pets/post/requestBody/content/application~1json/schema/$ref' };
    const target = resolveRef(spec, 'schemas/pets.yaml#/NewPet', from);
    expect(target.doc.file).toBe(path.join('schemas', 'pets.yaml'));
    expect(target.pointer).toBe('#/NewPet');
    expect(target.value).toMatchObject({ type: 'object', required: ['name'] });
    // A ref without a fragment is the whole file.
    const whole = resolveRef(spec, 'schemas/pet.yaml', from);
    expect(whole.pointer).toBe('#');
    expect(whole.value).toMatchObject({ description: 'A pet (the whole file is this schema).' });
    // A local ref inside the other file resolves within that file.
    const inner = resolveRef(spec, '#/Species', { doc: target.doc, pointer: '#/NewPet/properties/species/$ref' });
    expect(inner.value).toEqual({ type: 'string', enum: ['cat', 'dog', 'bird'] });
  });

  it('follows refs from referenced files relative to that file, and loads each file once', async () => {
    const dir = await folder({
      'root.yaml': `${MINIMAL_YAML}components:\n  schemas:\n    A: { $ref: 'sub/a.yaml' }\n    B: { $ref: 'sub/b.yaml#/B' }\n`,
      'sub/a.yaml': "type: object\nproperties:\n  b: { $ref: 'b.yaml#/B' }\n",
      'sub/b.yaml': "B:\n  type: object\n  properties:\n    c: { $ref: '../c.json' }\n",
      'c.json': '{"type": "string"}',
    });
    const { spec } = await load(path.join(dir, 'root.yaml'));
    expect([...spec.documents.values()].map((d) => d.file).sort()).toEqual(
      [path.join(dir, 'root.yaml'), path.join('sub', 'a.yaml'), path.join('sub', 'b.yaml'), 'c.json'].sort(),
    );
  });

  it('a $ref to a file that does not exist → missing-ref-file at the $ref', async () => {
    const dir = await folder({
      'root.yaml': `${MINIMAL_YAML}components:\n  schemas:\n    A: { $ref: 'nowhere.yaml#/A' }\n`,
    });
    const diagnostic = await specError(() => load(path.join(dir, 'root.yaml')));
    expect(diagnostic).toMatchObject({
      code: 'missing-ref-file',
      file: path.join(dir, 'root.yaml'),
      pointer: '#/components/schemas/A/$ref',
      message: '$ref points at a file that does not exist: nowhere.yaml',
    });
  });

  it('a missing file referenced from a referenced file names the referencing file', async () => {
    const dir = await folder({
      'root.yaml': `${MINIMAL_YAML}components:\n  schemas:\n    A: { $ref: 'a.yaml' }\n`,
      'a.yaml': "type: object\nproperties:\n  x: { $ref: 'gone.yaml' }\n",
    });
    const diagnostic = await specError(() => load(path.join(dir, 'root.yaml')));
    expect(diagnostic).toMatchObject({ code: 'missing-ref-file', file: 'a.yaml', pointer: '#/properties/x/$ref' });
  });

  it('a remote $ref is rejected with remote-ref', async () => {
    const dir = await folder({
      'root.yaml': `${MINIMAL_YAML}components:\n  schemas:\n    A: { $ref: 'https://example.com/a.yaml#/A' }\n`,
    });
    const diagnostic = await specError(() => load(path.join(dir, 'root.yaml')));
    expect(diagnostic).toMatchObject({ code: 'remote-ref', pointer: '#/components/schemas/A/$ref' });
  });

  it('a {"$ref": …} inside an example, default, const or enum is data: not loaded, not checked', async () => {
    const dir = await folder({
      'root.yaml': [
        MINIMAL_YAML.trimEnd(),
        'components:',
        '  schemas:',
        "    A: { type: object, example: { $ref: 'https://example.com/x' }, default: { $ref: 'gone.yaml' }, enum: [{ $ref: '%ZZ' }] }",
        "    B: { type: array, examples: [{ $ref: 'nope.yaml' }] }",
        '  examples:',
        "    E: { value: { $ref: 'missing.yaml' } }",
        '',
      ].join('\n'),
    });
    const { spec } = await load(path.join(dir, 'root.yaml'));
    expect(spec.documents.size).toBe(1);
  });

  it('a property or example named `default`, `example` or `enum` is still followed', async () => {
    const dir = await folder({
      'root.yaml': [
        MINIMAL_YAML.trimEnd(),
        'components:',
        '  schemas:',
        "    A: { type: object, properties: { default: { $ref: 'd.yaml' }, example: { $ref: 'e.yaml' }, enum: { $ref: 'n.yaml' } } }",
        '  parameters:',
        "    P: { name: p, in: query, schema: { type: string }, examples: { default: { $ref: 'x.yaml' } } }",
        '',
      ].join('\n'),
      'd.yaml': 'type: string\n',
      'e.yaml': 'type: string\n',
      'n.yaml': 'type: string\n',
      'x.yaml': 'value: 1\n',
    });
    const { spec } = await load(path.join(dir, 'root.yaml'));
    expect(
      [...spec.documents.values()]
        .map((d) => d.file)
        .filter((f) => !f.endsWith('root.yaml'))
        .sort(),
    ).toEqual(['d.yaml', 'e.yaml', 'n.yaml', 'x.yaml']);
  });

  it.each([
    ['a malformed %-escape', './a%ZZ.yaml#/A', 'malformed-ref'],
    ['a malformed %-escape in the fragment', '#/components/schemas/%E0%A4', 'malformed-ref'],
    ['a plain-name fragment', '#A', 'unsupported-ref'],
    ['a file: URL', 'file:///etc/passwd', 'unsupported-ref'],
    ['an http URL', 'http://example.com/a.yaml', 'remote-ref'],
  ])('%s is a SpecError at the $ref, not a crash', async (_name, ref, code) => {
    const dir = await folder({ 'root.yaml': `${MINIMAL_YAML}components:\n  schemas:\n    A: { $ref: '${ref}' }\n` });
    const diagnostic = await specError(() => load(path.join(dir, 'root.yaml')));
    expect(diagnostic).toMatchObject({ code, pointer: '#/components/schemas/A/$ref' });
    expect(diagnostic.hint).toBeTruthy();
  });

  it('a $ref target that is a directory names the $ref', async () => {
    const dir = await folder({
      'root.yaml': `${MINIMAL_YAML}components:\n  schemas:\n    A: { $ref: 'sub#/A' }\n`,
      'sub/x.yaml': 'a: 1\n',
    });
    const diagnostic = await specError(() => load(path.join(dir, 'root.yaml')));
    expect(diagnostic).toMatchObject({
      code: 'unreadable-file',
      pointer: '#/components/schemas/A/$ref',
      message: '$ref target sub is a directory, not a file',
    });
  });

  it('a malformed referenced file reports that file', async () => {
    const dir = await folder({
      'root.yaml': `${MINIMAL_YAML}components:\n  schemas:\n    A: { $ref: 'bad.yaml' }\n`,
      'bad.yaml': 'type: [object\n',
    });
    const diagnostic = await specError(() => load(path.join(dir, 'root.yaml')));
    expect(diagnostic).toMatchObject({ code: 'malformed-yaml', file: 'bad.yaml' });
  });
});

describe('resolveRef', () => {
  let spec: LoadedSpec;
  beforeAll(async () => {
    const dir = await folder({
      'root.yaml': [
        MINIMAL_YAML.trimEnd(),
        'components:',
        '  schemas:',
        '    Pet:',
        '      type: object',
        '      properties:',
        '        tags: { type: array, items: { type: string } }',
        '    "a/b~c": { type: string }',
        '    "with space": { type: integer }',
        '',
      ].join('\n'),
    });
    spec = (await load(path.join(dir, 'root.yaml'))).spec;
  });
  const from = () => ({ doc: spec.root, pointer: '#/paths/~1x/get/$ref' });

  it.each<[string, string, unknown]>([
    [
      '#/components/schemas/Pet/properties/tags/items',
      '#/components/schemas/Pet/properties/tags/items',
      { type: 'string' },
    ],
    ['#/components/schemas/a~1b~0c', '#/components/schemas/a~1b~0c', { type: 'string' }],
    // The pointer handed on is decoded, as `pointerJoin` builds it, so both name the same place.
    ['#/components/schemas/with%20space', '#/components/schemas/with space', { type: 'integer' }],
    ['#', '#', undefined],
  ])('%s resolves', (ref, pointer, want) => {
    const target = resolveRef(spec, ref, from());
    expect(target.pointer).toBe(pointer);
    expect(target.doc).toBe(spec.root);
    if (want !== undefined) expect(target.value).toEqual(want);
    else expect(target.value).toBe(spec.root.root);
  });

  it.each([
    '#/components/schemas/Missing',
    '#/components/schemas/Pet/properties/nope',
    '#/components/schemas/Pet/properties/tags/items/0',
    '#/components/schemas/a/b',
  ])('dangling %s → dangling-ref naming the pointer of the $ref', (ref) => {
    try {
      resolveRef(spec, ref, from());
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      const d = (error as SpecError).diagnostic;
      expect(d).toMatchObject({ code: 'dangling-ref', file: spec.root.file, pointer: '#/paths/~1x/get/$ref' });
      expect(d.message).toContain(JSON.stringify(ref));
    }
  });

  it('a ref into a file that was not loaded → missing-ref-file', () => {
    try {
      resolveRef(spec, 'other.yaml#/A', from());
      expect.unreachable();
    } catch (error) {
      expect((error as SpecError).diagnostic).toMatchObject({
        code: 'missing-ref-file',
        pointer: '#/paths/~1x/get/$ref',
      });
    }
  });
});

/** The SpecError `run` throws: its first diagnostic and the ones reported with it. */
async function specErrors(run: () => Promise<unknown>): Promise<Diagnostic[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SpecError) return [error.diagnostic, ...error.more];
    throw error;
  }
  throw new Error('expected a SpecError, but nothing was thrown');
}

describe('loadSpecFromMemory', () => {
  const doc = (components: Record<string, unknown>) => ({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {},
    components,
  });

  it('loads a root given as text and files given as values, with no disk access, like loadSpec', async () => {
    const diags = new Diagnostics();
    const spec = await loadSpecFromMemory(
      {
        spec: "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Pet: { $ref: 'schemas/pet.yaml' }\n",
        files: {
          'schemas/pet.yaml': { type: 'object', properties: { owner: { $ref: '../owners.yaml#/Owner' } } },
          'owners.yaml': 'Owner: { type: string }\n',
        },
      },
      diags,
    );
    expect([...spec.documents.values()].map((d) => d.file)).toEqual([
      'openapi.yaml',
      path.join('schemas', 'pet.yaml'),
      'owners.yaml',
    ]);
    const owner = resolveRef(spec, '../owners.yaml#/Owner', {
      doc: spec.documents.get([...spec.documents.keys()][1])!,
      pointer: '#/properties/owner/$ref',
    });
    expect(owner.value).toEqual({ type: 'string' });
    expect(spec.dialect).toBe('3.1');
    expect(diags.list).toEqual([]);
  });

  it("a value is copied: loading never shares (or changes) the caller's object", async () => {
    const root = doc({ schemas: { A: { type: 'string' } } });
    const spec = await loadSpecFromMemory({ spec: root }, new Diagnostics());
    expect(spec.root.root).toEqual(root);
    expect(spec.root.root).not.toBe(root);
  });

  it('a missing virtual file is missing-ref-file, and a file above the root folder is outside it', async () => {
    const problems = await specErrors(() =>
      loadSpecFromMemory(
        {
          spec: doc({ schemas: { A: { $ref: 'nowhere.yaml' }, B: { $ref: '../up.yaml' } } }),
          files: { '../up.yaml': 'type: string\n' },
        },
        new Diagnostics(),
      ),
    );
    expect(problems.map((d) => [d.code, d.file, d.pointer])).toEqual([
      ['missing-ref-file', 'openapi.yaml', '#/components/schemas/A/$ref'],
      ['ref-outside-root', 'openapi.yaml', '#/components/schemas/B/$ref'],
    ]);
  });
});

describe('every $ref is checked at load, and every problem reported at once', () => {
  const doc = (components: Record<string, unknown>, paths: Record<string, unknown> = {}) => ({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths,
    components,
  });
  const memory = (spec: object, files: Record<string, string | object> = {}) =>
    loadSpecFromMemory({ spec, files }, new Diagnostics());

  it.each([
    ['schema', 'schemas'],
    ['parameter', 'parameters'],
    ['request body', 'requestBodies'],
    ['response', 'responses'],
    ['header', 'headers'],
    ['example', 'examples'],
    ['security scheme', 'securitySchemes'],
    ['link', 'links'],
    ['callback', 'callbacks'],
    ['path item', 'pathItems'],
  ])(
    'a cycle of %s $refs (a → b → a), unused or not, is an error at the pointer where it closes',
    async (what, section) => {
      const ref = (name: string) => ({ $ref: `#/components/${section}/${name}` });
      const problems = await specErrors(() => memory(doc({ [section]: { a: ref('b'), b: ref('a') } })));
      expect(problems).toEqual([
        expect.objectContaining({
          code: 'ref-cycle',
          file: 'openapi.yaml',
          pointer: `#/components/${section}/a`,
          message: `this $ref cycle never reaches a ${what}: #/components/${section}/a → #/components/${section}/b → #/components/${section}/a`,
        }),
      ]);
    },
  );

  it('a cycle across files names the other file in the chain', async () => {
    const problems = await specErrors(() =>
      memory(doc({ schemas: { A: { $ref: 'other.yaml#/B' } } }), {
        'other.yaml': { B: { $ref: 'openapi.yaml#/components/schemas/A' } },
      }),
    );
    expect(problems.map((d) => [d.code, d.file, d.pointer, d.message])).toEqual([
      [
        'ref-cycle',
        'openapi.yaml',
        '#/components/schemas/A',
        'this $ref cycle never reaches a schema: #/components/schemas/A → other.yaml#/B → #/components/schemas/A',
      ],
    ]);
  });

  it('chains of any length that end at a value load, across files', async () => {
    const chain = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [
        `P${i}`,
        i === 49 ? { $ref: 'far.yaml#/Limit' } : { $ref: `#/components/parameters/P${i + 1}` },
      ]),
    );
    const spec = await memory(doc({ parameters: chain }), {
      'far.yaml': { Limit: { $ref: '#/Limit2' }, Limit2: { name: 'limit', in: 'query', schema: { type: 'integer' } } },
    });
    expect(spec.documents.size).toBe(2);
  });

  it('dangling $refs, refs into missing files and cycles are all reported, each once (files that cannot be read first, then in document order)', async () => {
    const problems = await specErrors(() =>
      memory(
        doc(
          {
            schemas: {
              A: { $ref: '#/components/schemas/Nope' },
              B: { $ref: 'gone.yaml#/B' },
              C: { $ref: 'gone.yaml#/C' },
              D: { $ref: '#/components/schemas/D' },
            },
            responses: { Ok: { $ref: 'other.yaml#/Ok' } },
          },
          { '/a': { get: { responses: { '200': { $ref: '#/components/responses/Missing' } } } } },
        ),
        { 'other.yaml': { Ok: { $ref: '#/Gone' } } },
      ),
    );
    expect(problems.map((d) => `${d.code} ${d.file} ${d.pointer}`)).toEqual([
      'missing-ref-file openapi.yaml #/components/schemas/B/$ref',
      'dangling-ref openapi.yaml #/paths/~1a/get/responses/200/$ref',
      'dangling-ref openapi.yaml #/components/schemas/A/$ref',
      'ref-cycle openapi.yaml #/components/schemas/D',
      'dangling-ref other.yaml #/Ok/$ref',
    ]);
  });

  it('a pointer whose path runs through $refs resolves where the value actually is', async () => {
    const ok = {
      description: 'ok',
      content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
    };
    const spec = await memory(
      doc(
        { responses: { Ok: { $ref: 'other.yaml#/Ok' } } },
        {
          '/a': { get: { responses: { '200': { $ref: '#/components/responses/Ok' } } } },
          '/b': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'application/json': {
                      schema: { $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/id' },
                    },
                  },
                },
              },
            },
          },
        },
      ),
      { 'other.yaml': { Ok: ok } },
    );
    const target = resolveRef(spec, '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/id', {
      doc: spec.root,
      pointer: '#/x/$ref',
    });
    expect(target).toMatchObject({
      doc: { file: 'other.yaml' },
      pointer: '#/Ok/content/application~1json/schema/properties/id',
      value: { type: 'string' },
    });
  });

  it('a pointer that runs through its own $ref is dangling, not a loop', async () => {
    const problems = await specErrors(() =>
      memory(doc({ schemas: { A: { $ref: '#/components/schemas/A/properties/x' } } })),
    );
    expect(problems.map((d) => `${d.code} ${d.pointer}`)).toEqual(['dangling-ref #/components/schemas/A/$ref']);
  });

  it('a $ref-like object inside an example or a default is data, not checked', async () => {
    const spec = await memory(
      doc({
        schemas: { A: { type: 'object', example: { $ref: '#/nowhere' }, default: { $ref: '#/nowhere' } } },
        examples: { E: { value: { $ref: '#/nowhere' } } },
      }),
    );
    expect(spec.documents.size).toBe(1);
  });
});

describe('the quick $ref check of a one-document spec', () => {
  const spec = (components: Record<string, unknown>, paths: Record<string, unknown> = {}): LoadedSpec => {
    const root = {
      file: 'openapi.json',
      absPath: '/specs/openapi.json',
      root: { openapi: '3.1.0', paths, components },
    };
    return {
      root,
      documents: new Map([[root.absPath, root]]),
      declaredVersion: '3.1.0',
      dialect: '3.1',
      deepRefTargets: new Set(),
    };
  };

  it('notes the places deep $refs point at, directly and at the end of a path through other $refs, as the full check does', async () => {
    const build = () =>
      spec(
        {
          schemas: {
            A: { type: 'object', properties: { id: { type: 'string' } } },
            B: { $ref: '#/components/schemas/A/properties/id' },
            C: { $ref: '#/components/schemas/A' },
            D: { $ref: '#/components/schemas/C/properties/id' },
          },
          responses: { Ok: { description: 'ok' } },
        },
        { '/a': { get: { responses: { '200': { $ref: '#/components/responses/Ok' } } } } },
      );
    const quick = quickCheckRefs(build());
    expect(quick).toEqual([
      '/specs/openapi.json#/components/responses/Ok',
      '/specs/openapi.json#/components/schemas/A/properties/id',
      '/specs/openapi.json#/components/schemas/C/properties/id',
      '/specs/openapi.json#/components/schemas/A/properties/id',
    ]);
    const full = build();
    const problems: Diagnostic[] = [];
    const source = {
      realPath: async (absPath: string) => absPath,
      read: async (): Promise<never> => {
        throw new Error('no other document');
      },
    };
    const { unread, refs } = await loadExternalRefs(full, source, '/specs', false, new Diagnostics(), problems);
    checkRefs(full, unread, refs, problems);
    expect(problems).toEqual([]);
    expect(new Set(quick)).toEqual(full.deepRefTargets);
  });

  it.each([
    ['a $ref to another file', { A: { $ref: 'other.json#/A' } }],
    ['a dangling $ref', { A: { $ref: '#/components/schemas/Nope' } }],
    ['a cycle', { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } }],
    ['a $ref to itself', { A: { $ref: '#/components/schemas/A' } }],
    ['a remote $ref', { A: { $ref: 'https://example.com/a.json' } }],
    ['a plain-name fragment', { A: { $ref: '#A' } }],
  ])('leaves %s to the full check (null)', (_what, schemas) => {
    expect(quickCheckRefs(spec({ schemas }))).toBeNull();
  });

  it('walks a spec nested deeper than a call stack holds, finding its $refs in document order, skipping examples', () => {
    // 100,000 levels of `allOf`, a deep $ref every 10,000, and an example value that looks like a $ref at the bottom.
    let schema: Record<string, unknown> = { example: { $ref: '#/nowhere' }, type: 'string' };
    for (let level = 100_000; level > 0; level--) {
      const ref = level % 10_000 === 0 ? [{ $ref: `#/components/schemas/A/properties/p${level}` }] : [];
      schema = { allOf: [schema, ...ref] };
    }
    const properties = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`p${(i + 1) * 10_000}`, { type: 'string' }]),
    );
    const loaded = spec({ schemas: { A: { type: 'object', properties }, Deep: schema } });
    // (Each level's own $ref comes after the levels it holds.)
    expect(quickCheckRefs(loaded)).toEqual(
      Array.from(
        { length: 10 },
        (_, i) => `/specs/openapi.json#/components/schemas/A/properties/p${(10 - i) * 10_000}`,
      ),
    );
  });

  it('checks each chain from wherever it starts: a chain found fine once is not walked again', () => {
    const shared = { $ref: '#/components/schemas/A' };
    const loaded = spec({ schemas: { A: { type: 'string' }, B: shared, C: { allOf: [shared, shared] } } });
    expect(quickCheckRefs(loaded)).toEqual([]);
  });
});

describe('parseRef', () => {
  const at = { doc: { file: 'spec.yaml', absPath: '/spec.yaml', root: {} }, pointer: '#/x/$ref' };
  it.each([
    '#/components/schemas/Pet',
    '#/components/schemas/a~1b~0c',
    '#/components/schemas/with%20space',
    '#/components/schemas/a%2Fb',
    '#/paths/~1pets~1{id}/get',
    '#//a',
    '#/a//b/',
    '#/',
    '#',
    'other.yaml#/components/schemas/Pet',
  ])('%s: its pointer is its tokens joined, as every pointer is', (ref) => {
    const parsed = parseRef(ref, at);
    expect(parsed.pointer).toBe(pointerJoin('#', ...parsed.tokens));
  });
});

describe('warnDuplicateOperationIds', () => {
  it('names both places, through a path item $ref and under a route that needs escaping', async () => {
    const diags = new Diagnostics();
    const spec = await loadSpecFromMemory(
      {
        file: 'spec.json',
        spec: {
          openapi: '3.1.0',
          info: { title: 't', version: '1' },
          paths: {
            '/a~b/{id}': { get: { operationId: 'fetch', responses: {} } },
            '/c': { $ref: '#/components/pathItems/C' },
          },
          components: { pathItems: { C: { post: { operationId: 'fetch', responses: {} } } } },
        },
      },
      diags,
    );
    warnDuplicateOperationIds(spec, diags);
    const warnings = diags.warnings.filter((d) => d.code === 'duplicate-operation-id');
    expect(warnings.map((d) => [d.pointer, d.message])).toEqual([
      [
        '#/components/pathItems/C/post/operationId',
        'operationId "fetch" is also used at #/paths/~1a~0b~1{id}/get/operationId',
      ],
    ]);
  });
});
