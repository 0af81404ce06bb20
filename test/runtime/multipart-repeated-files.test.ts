/**
 * An array of objects holding files, listed in `repeatParts` (`style: form`, exploded): each item's files are parts of
 * their own under `key[name]` (a nested array's under `key[name][]`) and the rest of the item is its JSON part, with either nested form (as the Python SDK
 * sends it), verified by a server that parses the multipart body.
 */
import { describe, expect, test } from 'vitest';
import { multipartEcho, type ParsedPart } from './helpers/server';
import { setup } from './helpers/setup';

const t = setup();

const BODY = {
  name: 'kb',
  documents: [
    { title: 'first', file: new File(['one'], 'one.txt', { type: 'text/plain' }) },
    { file: new File(['two'], 'two.txt', { type: 'text/plain' }) },
    { title: 'third', pages: [new File(['p1'], 'p1.txt'), new File(['p2'], 'p2.txt')], meta: { tags: ['a'] } },
    'plain text item',
  ],
};

async function send(multipart: (body: unknown, json: string[], repeat: string[]) => Promise<FormData>) {
  t.server.on('POST /form', multipartEcho);
  const echo = (await t.client().request({
    method: 'post',
    path: '/form',
    bodyEncoding: 'multipart',
    encode: t.sdk.encodeBody,
    multipart,
    repeatParts: ['documents'],
    body: BODY,
  })) as { parts: ParsedPart[] };
  return echo.parts.map((p) => [p.name, p.filename === null ? p.text : `file ${p.filename}: ${p.text}`]);
}

describe('a repeated array of objects holding files', () => {
  test("OpenAPI's defaults (toFormData): files under documents[name] (a nested array's under name[]), the rest of each item its JSON part", async () => {
    expect(await send((body, json, repeat) => t.sdk.toFormData(body, json, repeat))).toEqual([
      ['name', 'kb'],
      ['documents', '{"title":"first"}'],
      ['documents[file]', 'file one.txt: one'],
      ['documents', '{}'],
      ['documents[file]', 'file two.txt: two'],
      ['documents', '{"title":"third","meta":{"tags":["a"]}}'],
      ['documents[pages][]', 'file p1.txt: p1'],
      ['documents[pages][]', 'file p2.txt: p2'],
      ['documents', 'plain text item'],
    ]);
  });

  test("Stainless's bracketed form (toBracketedFormData): the same, a nested array's files under name[]", async () => {
    const parts = await send((body, json, repeat) => t.sdk.toBracketedFormData(body, json, repeat));
    expect(parts.filter(([name]) => name.startsWith('documents[pages]'))).toEqual([
      ['documents[pages][]', 'file p1.txt: p1'],
      ['documents[pages][]', 'file p2.txt: p2'],
    ]);
    expect(parts.slice(0, 3)).toEqual([
      ['name', 'kb'],
      ['documents', '{"title":"first"}'],
      ['documents[file]', 'file one.txt: one'],
    ]);
    // No file is lost to JSON (`{"file":{}}`).
    expect(parts.filter(([, text]) => text.includes('{}') && text !== '{}')).toEqual([]);
  });
});
