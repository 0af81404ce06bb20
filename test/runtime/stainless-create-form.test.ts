/**
 * `createForm` (core/uploads, at Stainless's `internal/uploads` too): the encoder hand-written code and owners' tests
 * call with a body alone. Each form checked on a real server of 127.0.0.1 that parses the multipart body it gets.
 */
import { describe, expect, test } from 'vitest';
import { multipartEcho, type ParsedPart } from './helpers/server';
import { caught, setup } from './helpers/setup';

const t = setup();

/** Sends `form` as the body of a multipart request; the parts as the server read them (a file as `file:<text>`). */
async function received(form: FormData): Promise<string[][]> {
  t.server.on('POST /form', multipartEcho);
  const echo = (await t.client().request({
    method: 'post',
    path: '/form',
    bodyEncoding: 'multipart',
    encode: t.sdk.encodeBody,
    multipart: () => Promise.resolve(form),
    body: {},
  })) as { parts: ParsedPart[] };
  return echo.parts.map((p) => [p.name, p.filename === null ? p.text : `file:${p.text}`]);
}

const BODY = {
  name: 'kb',
  skipped: undefined,
  count: 2,
  texts: [{ title: 't', text: 'x' }],
  urls: ['https://a.example', 'https://b.example'],
  sparse: [undefined, 'foo'],
  files: [new File(['one'], 'one.txt'), new File(['two'], 'two.txt')],
  meta: { owner: 'me', gone: undefined },
  documents: { cover: new File(['c'], 'c.txt'), title: 'doc' },
};

describe('createForm', () => {
  test("'values': a value holding no file is one JSON part, files are parts of their own", async () => {
    expect(await received(await t.sdk.createForm(BODY, undefined, 'values'))).toEqual([
      ['name', 'kb'],
      ['count', '2'],
      ['texts', '[{"title":"t","text":"x"}]'],
      ['urls', '["https://a.example","https://b.example"]'],
      // JSON's own rule for an undefined array item.
      ['sparse', '[null,"foo"]'],
      // An array holding files repeats the field's own name (RFC 7578), not `files[]`.
      ['files', 'file:one'],
      ['files', 'file:two'],
      ['meta', '{"owner":"me"}'],
      // An object holding a file is split so that the file is a part: its properties under `key[name]`.
      ['documents[cover]', 'file:c'],
      ['documents[title]', 'doc'],
    ]);
  });

  test("'brackets' (the default): Stainless's own form, every array item `key[]`, every property `key[name]`", async () => {
    const { sparse, ...body } = BODY;
    void sparse;
    expect(await received(await t.sdk.createForm(body))).toEqual([
      ['name', 'kb'],
      ['count', '2'],
      ['texts[][title]', 't'],
      ['texts[][text]', 'x'],
      ['urls[]', 'https://a.example'],
      ['urls[]', 'https://b.example'],
      ['files[]', 'file:one'],
      ['files[]', 'file:two'],
      ['meta[owner]', 'me'],
      ['documents[cover]', 'file:c'],
      ['documents[title]', 'doc'],
    ]);
  });

  test("'objects': an object holding no file is one JSON part, arrays and the fields `bracketed` names under brackets", async () => {
    const body = {
      ...BODY,
      // An object whose properties are all left out is no part at all (as under brackets).
      empty: { gone: undefined },
      env_vars: { API_KEY: 'secret', DEBUG: 'true' },
      source: { type: 'github', ref: 'main' },
    };
    expect(await received(await t.sdk.createForm(body, undefined, 'objects', ['env_vars']))).toEqual([
      ['name', 'kb'],
      ['count', '2'],
      // An array stays Stainless's `key[]`; an item that is an object holding no file is a JSON part there.
      ['texts[]', '{"title":"t","text":"x"}'],
      ['urls[]', 'https://a.example'],
      ['urls[]', 'https://b.example'],
      ['sparse[]', 'foo'],
      ['files[]', 'file:one'],
      ['files[]', 'file:two'],
      ['meta', '{"owner":"me"}'],
      // An object holding a file keeps its properties under `key[name]`, each by the same rule.
      ['documents[cover]', 'file:c'],
      ['documents[title]', 'doc'],
      ['env_vars[API_KEY]', 'secret'],
      ['env_vars[DEBUG]', 'true'],
      ['source', '{"type":"github","ref":"main"}'],
    ]);
    expect(await caught(() => t.sdk.createForm({ a: null }, undefined, 'objects'))).toBeInstanceOf(TypeError);
    expect(await caught(() => t.sdk.createForm({ a: [null] }, undefined, 'objects'))).toBeInstanceOf(TypeError);
  });

  test('a file given as bytes, a Blob or a Response is a file part; a name is kept', async () => {
    const form = await t.sdk.createForm({
      skipped: undefined,
      bytes: new TextEncoder().encode('b'),
      blob: new Blob(['l'], { type: 'text/plain' }),
      named: await t.sdk.toFile(new TextEncoder().encode('n'), 'n.txt'),
    });
    expect(await received(form)).toEqual([
      ['bytes', 'file:b'],
      ['blob', 'file:l'],
      ['named', 'file:n'],
    ]);
    expect((form.get('named') as File).name).toBe('n.txt');
  });

  test("null is a TypeError (form data has no null: send 'null'), at any depth it is read at; undefined is left out", async () => {
    for (const nested of ['values', 'brackets'])
      expect(await caught(() => t.sdk.createForm({ a: null }, undefined, nested))).toBeInstanceOf(TypeError);
    expect(
      await caught(() => t.sdk.createForm({ docs: [{ file: new File(['x'], 'x'), note: null }] }, undefined, 'values')),
    ).toBeInstanceOf(TypeError);
    // Inside a JSON part, null is JSON's.
    expect([...(await t.sdk.createForm({ a: [null], b: undefined }, undefined, 'values')).entries()]).toEqual([
      ['a', '[null]'],
    ]);
    expect([...(await t.sdk.createForm(undefined)).entries()]).toEqual([]);
  });
});
