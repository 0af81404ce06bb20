/**
 * An object field holding files (`doc: { title, file, pages: [file] }`, no `encoding`) in TypeScript SDKs made from a
 * Stainless config, whichever `query_settings.nested_format` it gives (`brackets`, `dots`): the multipart body is
 * Stainless's bracketed form, so each file is a part of its own (`doc[file]`, `doc[pages][]`), never lost. Each call is
 * received by a real server of 127.0.0.1 that parses the body.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchesSpec, byNameThenText, oneMethodConfig, partsRead, writtenTypeScriptSdk } from './helpers/multipart-sdk';
import { multipartEcho, TestServer, type ParsedPart } from './runtime/helpers/server';

const SPEC = batchesSpec(
  {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string' },
      doc: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          file: { type: 'string', format: 'binary' },
          pages: { type: 'array', items: { type: 'string', format: 'binary' } },
        },
      },
    },
  },
  {},
);

const EXPECTED = byNameThenText([
  ['name', 'batch'],
  ['doc[title]', 'dt'],
  ['doc[file]', 'file:doc'],
  ['doc[pages][]', 'file:p1'],
  ['doc[pages][]', 'file:p2'],
]);

describe.each(['brackets', 'dots'])('an object field holding files, Stainless config (nested_format: %s)', (format) => {
  const server = new TestServer();
  const roots: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Docs: new (options: object) => any;

  beforeAll(async () => {
    await server.start();
    const config = `${oneMethodConfig('docs', 'batches', 'post /batches')}query_settings:\n  nested_format: ${format}\n`;
    const sdk = await writtenTypeScriptSdk(`multipart-nested-file-config-${format}`, SPEC, config);
    roots.push(sdk.dir);
    ({ default: Docs } = await sdk.importModule('index.ts'));
  });
  afterAll(async () => {
    await server.stop();
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('TypeScript: the files are parts of their own, the other properties bracketed', async () => {
    server.on('POST /batches', multipartEcho);
    const client = new Docs({ baseURL: server.url });
    const echo = (await client.batches.create({
      name: 'batch',
      doc: {
        title: 'dt',
        file: new File(['doc'], 'doc.txt'),
        pages: [new File(['p1'], 'p1.txt'), new File(['p2'], 'p2.txt')],
      },
    })) as { parts: ParsedPart[] };
    expect(byNameThenText(partsRead(echo.parts))).toEqual(EXPECTED);
  });
});
