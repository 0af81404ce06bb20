/** Multipart uploads and toFile, verified by a server that parses what it received. */
import { createReadStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from './helpers/sdk';
import { binary, json, multipartEcho, sequence, sha256, type ParsedPart } from './helpers/server';
import { caught, setup } from './helpers/setup';

const t = setup();

const BYTES = new Uint8Array(100_003).map((_, i) => (i * 31 + 7) % 256);
const SHA = sha256(BYTES);

interface Echo {
  contentType: string;
  parts: ParsedPart[];
}

function part(echo: Echo, name: string): ParsedPart | undefined {
  return echo.parts.find((p) => p.name === name);
}

async function* chunks(): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < BYTES.length; i += 16_384) yield BYTES.subarray(i, i + 16_384);
}

describe('multipart bodies', () => {
  test('fields: file part, text field, repeated array field, JSON part', async () => {
    t.server.on('PUT /items/x/upload', multipartEcho);
    const file = new File([BYTES], 'photo.png', { type: 'image/png' });
    const echo = (await t.client().items.upload('x', {
      file,
      description: 'a photo',
      labels: ['red', 'blue'],
      metadata: { source: 'camera' },
    })) as Echo;
    expect(echo.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(echo.parts.map((p) => p.name)).toEqual(['file', 'description', 'labels', 'labels', 'metadata']);
    expect(part(echo, 'file')).toMatchObject({
      filename: 'photo.png',
      contentType: 'image/png',
      size: BYTES.length,
      sha256: SHA,
    });
    expect(part(echo, 'description')).toMatchObject({ filename: null, text: 'a photo' });
    expect(echo.parts.filter((p) => p.name === 'labels').map((p) => p.text)).toEqual(['red', 'blue']);
    expect(JSON.parse(part(echo, 'metadata')?.text ?? '')).toEqual({ source: 'camera' });
  });

  test('every kind of uploadable arrives byte-exact, with a sensible file name', async () => {
    t.server.on('PUT /items/x/upload', multipartEcho);
    t.server.on('GET /files/report.pdf', binary(BYTES, 'application/pdf'));
    const file = path.join(REPO, 'test/.tmp', `multipart-${process.pid}.dat`);
    await writeFile(file, BYTES);
    const client = t.client();
    const fetched = await fetch(`${t.server.url}/files/report.pdf`);
    const inputs: Array<[string, unknown, string, string]> = [
      ['Blob', new Blob([BYTES], { type: 'text/plain' }), 'file', 'text/plain'],
      ['Uint8Array', BYTES, 'file', 'application/octet-stream'],
      ['ArrayBuffer', BYTES.slice().buffer, 'file', 'application/octet-stream'],
      ['ReadableStream', new Response(BYTES).body, 'file', 'application/octet-stream'],
      ['AsyncIterable', chunks(), 'file', 'application/octet-stream'],
      ['fs.ReadStream', createReadStream(file), path.basename(file), 'application/octet-stream'],
      ['Response', fetched, 'report.pdf', 'application/pdf'],
    ];
    try {
      for (const [kind, input, filename, contentType] of inputs) {
        const echo = (await client.items.upload('x', { file: input })) as Echo;
        expect({ kind, ...part(echo, 'file') }).toMatchObject({
          kind,
          filename,
          contentType,
          size: BYTES.length,
          sha256: SHA,
        });
      }
    } finally {
      await rm(file, { force: true });
    }
  });

  test('value encoding: scalars as text, dates ISO, objects and arrays of objects as JSON, null/undefined skipped', async () => {
    t.server.on('POST /form', multipartEcho);
    const echo = (await t.client().request({
      method: 'post',
      path: '/form',
      bodyEncoding: 'multipart',
      encode: t.sdk.encodeBody,
      multipart: t.sdk.toFormData,
      jsonParts: ['quoted'],
      body: {
        count: 3,
        flag: false,
        when: new Date('2024-05-06T07:08:09.000Z'),
        owner: { id: 1 },
        rows: [{ a: 1 }, { a: 2 }],
        files: [new Blob(['one']), new Blob(['two'])],
        quoted: 'plain string',
        gone: null,
        missing: undefined,
      },
    })) as Echo;
    const texts = Object.fromEntries(echo.parts.filter((p) => p.name !== 'files').map((p) => [p.name, p.text]));
    expect(texts).toEqual({
      count: '3',
      flag: 'false',
      when: '2024-05-06T07:08:09.000Z',
      owner: '{"id":1}',
      rows: '[{"a":1},{"a":2}]',
      quoted: '"plain string"',
    });
    expect(echo.parts.filter((p) => p.name === 'files').map((p) => p.text)).toEqual(['one', 'two']);
  });

  test("toBracketedFormData sends nested values under bracketed keys, as Stainless's SDKs do", async () => {
    t.server.on('POST /form', multipartEcho);
    const echo = (await t.client().request({
      method: 'post',
      path: '/form',
      bodyEncoding: 'multipart',
      encode: t.sdk.encodeBody,
      multipart: t.sdk.toBracketedFormData,
      jsonParts: ['quoted'],
      body: {
        count: 3,
        expires_after: { anchor: 'created_at', seconds: 60 },
        tags: ['a', 'b'],
        rows: [{ a: 1 }],
        files: [new Blob(['one']), new Blob(['two'])],
        quoted: { kept: 'as JSON' },
        gone: null,
      },
    })) as Echo;
    expect(echo.parts.map((p) => [p.name, p.text])).toEqual([
      ['count', '3'],
      ['expires_after[anchor]', 'created_at'],
      ['expires_after[seconds]', '60'],
      ['tags[]', 'a'],
      ['tags[]', 'b'],
      ['rows[][a]', '1'],
      ['files[]', 'one'],
      ['files[]', 'two'],
      ['quoted', '{"kept":"as JSON"}'],
    ]);
  });

  test('a retried upload sends the same bytes again (streams are buffered) with the same idempotency key', async () => {
    t.server.on(
      'PUT /items/x/upload',
      sequence(json(503, { error: 'busy' }, { 'retry-after-ms': '1' }), multipartEcho),
    );
    const echo = (await t
      .client()
      .items.upload('x', { file: new Response(BYTES).body as ReadableStream<Uint8Array> })) as Echo;
    expect(part(echo, 'file')?.sha256).toBe(SHA);
    const [first, second] = t.server.received();
    expect(t.server.received()).toHaveLength(2);
    expect(first?.body.length).toBe(second?.body.length);
    expect(first?.headers['idempotency-key']).toBe(second?.headers['idempotency-key']);
  });

  test('multipart without its encoder, or with a non-object body, is a TestError', async () => {
    const client = t.client();
    const missing = await caught(() =>
      client.request({ method: 'post', path: '/form', body: {}, bodyEncoding: 'multipart' }),
    );
    expect(missing).toBeInstanceOf(t.sdk.TestError);
    expect(await caught(() => t.sdk.toFormData(['a']))).toBeInstanceOf(t.sdk.TestError);
    expect(t.server.received()).toHaveLength(0);
  });
});

describe('toFile', () => {
  test('names and types: given, detected, defaulted', async () => {
    const { toFile } = t.sdk;
    const named = await toFile(BYTES, 'data.bin', { type: 'application/x-data' });
    expect(named).toBeInstanceOf(File);
    expect([named.name, named.type, named.size]).toEqual(['data.bin', 'application/x-data', BYTES.length]);
    expect(sha256(new Uint8Array(await named.arrayBuffer()))).toBe(SHA);

    const original = new File(['x'], 'keep.txt', { type: 'text/plain' });
    expect(await toFile(original)).toBe(original);
    const renamed = await toFile(original, 'other.txt');
    expect([renamed.name, renamed.type, await renamed.text()]).toEqual(['other.txt', 'text/plain', 'x']);

    expect((await toFile(new Blob(['b'], { type: 'text/csv' }))).name).toBe('unknown_file');
    expect((await toFile(new Blob(['b'], { type: 'text/csv' }))).type).toBe('text/csv');
    expect(
      (
        await toFile({
          path: '/some/dir/notes.md',
          async *[Symbol.asyncIterator]() {
            yield 'hi';
          },
        })
      ).name,
    ).toBe('notes.md');
    expect(await (await toFile(Promise.resolve(new Uint8Array([104, 105])))).text()).toBe('hi');
  });

  test('works where the File global is missing (Node 18): a named Blob', async () => {
    const { toFile } = t.sdk;
    const saved = globalThis.File;
    Reflect.deleteProperty(globalThis, 'File'); // as in Node 18
    try {
      const file = await toFile(BYTES, 'old-node.bin');
      expect(file).toBeInstanceOf(Blob);
      expect([file.name, file.size]).toEqual(['old-node.bin', BYTES.length]);
      t.server.on('PUT /items/x/upload', multipartEcho);
      const echo = (await t.client().items.upload('x', { file: BYTES })) as Echo;
      expect(part(echo, 'file')).toMatchObject({ filename: 'file', sha256: SHA });
    } finally {
      globalThis.File = saved;
    }
  });
});
