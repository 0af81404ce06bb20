/**
 * Multipart parts sent as the spec's `encoding` says (generator/ir/multipart-encoding.ts): JSON parts and arrays whose
 * items are parts under the field's own name, with either nested form, verified by a server that parses the body.
 */
import { describe, expect, test } from 'vitest';
import { multipartEcho, type ParsedPart } from './helpers/server';
import { setup } from './helpers/setup';

const t = setup();

interface Echo {
  contentType: string;
  parts: ParsedPart[];
}

const BODY = {
  name: 'kb',
  texts: [{ title: 't', text: 'x' }],
  urls: ['https://a.example', 'https://b.example'],
  files: [new Blob(['one'], { type: 'text/plain' }), new Blob(['two'], { type: 'text/plain' })],
  meta: { owner: 'me' },
};

async function send(multipart: (body: unknown, jsonParts: string[]) => Promise<FormData>, jsonParts: string[]) {
  t.server.on('POST /form', multipartEcho);
  return (await t.client().request({
    method: 'post',
    path: '/form',
    bodyEncoding: 'multipart',
    encode: t.sdk.encodeBody,
    multipart,
    jsonParts,
    body: BODY,
  })) as Echo;
}

describe('multipart parts as the spec encodes them', () => {
  test("bracketed (Stainless's form): JSON parts whole, repeated parts under their own name, the rest bracketed", async () => {
    const echo = await send((body, json) => t.sdk.toBracketedFormData(body, json, ['files']), ['texts', 'urls']);
    expect(echo.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(echo.parts.map((p) => [p.name, p.filename === null ? p.text : 'file'])).toEqual([
      ['name', 'kb'],
      ['texts', '[{"title":"t","text":"x"}]'],
      ['urls', '["https://a.example","https://b.example"]'],
      ['files', 'file'],
      ['files', 'file'],
      ['meta[owner]', 'me'],
    ]);
    expect(echo.parts.filter((p) => p.name === 'files').map((p) => p.text)).toEqual(['one', 'two']);
  });

  test("without them, Stainless's bracketed form is kept (`files[]`, `texts[][title]`)", async () => {
    const echo = await send((body, json) => t.sdk.toBracketedFormData(body, json), []);
    expect(echo.parts.map((p) => p.name)).toEqual([
      'name',
      'texts[][title]',
      'texts[][text]',
      'urls[]',
      'urls[]',
      'files[]',
      'files[]',
      'meta[owner]',
    ]);
  });

  test("OpenAPI's defaults (toFormData): an array of objects listed as repeated sends each item as its own JSON part", async () => {
    const echo = await send((body, json) => t.sdk.toFormData(body, json, ['texts']), []);
    expect(echo.parts.map((p) => [p.name, p.filename === null ? p.text : 'file'])).toEqual([
      ['name', 'kb'],
      ['texts', '{"title":"t","text":"x"}'],
      ['urls', 'https://a.example'],
      ['urls', 'https://b.example'],
      ['files', 'file'],
      ['files', 'file'],
      ['meta', '{"owner":"me"}'],
    ]);
  });
});
