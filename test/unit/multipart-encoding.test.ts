/** A multipart body's parts as its `encoding` says (generator/ir/multipart-encoding.ts), read into the IR. */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { readPartEncodings } from '../../generator/ir/multipart-encoding';
import type { Method, Resource } from '../../generator/ir/types';
import { normalize } from '../../generator/normalize/normalize';
import { loadObject, openapi } from './helpers/spec';

const BODY_SCHEMA = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    texts: { type: 'array', items: { type: 'object', properties: { title: { type: 'string' } } } },
    files: { type: 'array', items: { type: 'string', format: 'binary' } },
    urls: { type: 'array', items: { type: 'string' } },
    meta: { type: 'object', properties: { owner: { type: 'string' } } },
  },
};

function methods(resources: Resource[]): Method[] {
  return resources.flatMap((r) => [...r.methods, ...methods(r.subresources)]);
}

/** The IR body of `POST /kb` with `media` as its only content, and the warnings of building it. */
async function bodyOf(media: Record<string, unknown>, version = '3.1.0') {
  const diags = new Diagnostics();
  const spec = openapi({
    version,
    paths: {
      '/kb': {
        post: {
          operationId: 'createKb',
          requestBody: { required: true, content: media },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  });
  const { spec: loaded } = await loadObject(spec, diags);
  const config = EMPTY_CONFIG;
  const { api } = buildIr(normalize(loaded, config, diags), config, diags, {});
  const method = methods(api.resources).find((m) => m.http === 'post');
  return { body: method?.body ?? null, warnings: diags.warnings.filter((d) => d.code === 'unsupported-part-encoding') };
}

describe('readPartEncodings', () => {
  it('a JSON contentType makes a JSON part; form style exploded (given or by default) repeats the part', () => {
    expect(
      readPartEncodings({
        meta: { contentType: 'application/json' },
        vendor: { contentType: 'application/vnd.acme+json; charset=utf-8' },
        list: { contentType: 'application/json, text/plain' },
        files: { style: 'form', explode: true },
        tags: { style: 'form' },
        ids: { explode: true },
        image: { contentType: 'image/png' },
        texty: { contentType: 'text/plain, application/json' },
      }),
    ).toEqual({
      jsonParts: ['meta', 'vendor', 'list'],
      repeatParts: ['files', 'tags', 'ids'],
      unsupported: [],
      headers: [],
    });
  });

  it('an explicit style or explode makes contentType ignored (OpenAPI 3.1); deepObject is the bracketed default', () => {
    expect(
      readPartEncodings({
        a: { contentType: 'application/json', style: 'form' },
        b: { contentType: 'application/json', style: 'deepObject' },
        c: { contentType: 'application/json', explode: false },
        d: { style: 'pipeDelimited' },
      }),
    ).toEqual({
      jsonParts: [],
      repeatParts: ['a'],
      unsupported: [
        { part: 'c', style: 'form', explode: false },
        { part: 'd', style: 'pipeDelimited', explode: false },
      ],
      headers: [],
    });
  });

  it('no map, or entries that are not objects: nothing', () => {
    for (const value of [undefined, null, 'x', [], { a: null, b: 'json', c: [] }])
      expect(readPartEncodings(value)).toEqual({ jsonParts: [], repeatParts: [], unsupported: [], headers: [] });
  });
});

describe('the IR of a multipart body', () => {
  it('carries the JSON and repeated parts of the spec', async () => {
    const { body, warnings } = await bodyOf({
      'multipart/form-data': {
        schema: BODY_SCHEMA,
        encoding: {
          texts: { contentType: 'application/json' },
          urls: { contentType: 'application/json' },
          files: { style: 'form', explode: true },
        },
      },
    });
    expect(body).toMatchObject({ encoding: 'multipart', jsonParts: ['texts', 'urls'], repeatParts: ['files'] });
    expect(warnings).toEqual([]);
  });

  it('without an encoding map: no JSON or repeated part (the SDK sends each part its default way)', async () => {
    const { body } = await bodyOf({ 'multipart/form-data': { schema: BODY_SCHEMA } });
    expect(body).toMatchObject({ encoding: 'multipart', jsonParts: [] });
    expect(body?.repeatParts).toBeUndefined();
  });

  it('a form that joins items in one part is a warning at its encoding entry, and sent the default way', async () => {
    const { body, warnings } = await bodyOf({
      'multipart/form-data': { schema: BODY_SCHEMA, encoding: { urls: { style: 'form', explode: false } } },
    });
    expect(body?.repeatParts).toBeUndefined();
    expect(warnings.map((w) => [w.pointer, w.message])).toEqual([
      [
        '#/paths/~1kb/post/requestBody/content/multipart~1form-data/encoding/urls',
        expect.stringContaining('multipart part "urls": style "form" with explode: false'),
      ],
    ]);
  });

  it('an OpenAPI 3.0 spec is read with 3.1 semantics: its style repeats the part, with no warning', async () => {
    const { body, warnings } = await bodyOf(
      {
        'multipart/form-data': {
          schema: BODY_SCHEMA,
          encoding: { files: { style: 'form', explode: true }, meta: { contentType: 'application/json' } },
        },
      },
      '3.0.3',
    );
    expect(body).toMatchObject({ jsonParts: ['meta'], repeatParts: ['files'] });
    expect(warnings).toEqual([]);
  });

  it('a form-urlencoded body keeps its JSON parts but repeats none', async () => {
    const { body, warnings } = await bodyOf({
      'application/x-www-form-urlencoded': {
        schema: BODY_SCHEMA,
        encoding: { meta: { contentType: 'application/json' }, files: { style: 'form', explode: false } },
      },
    });
    expect(body).toMatchObject({ encoding: 'form', jsonParts: ['meta'] });
    expect(body?.repeatParts).toBeUndefined();
    expect(warnings).toEqual([]);
  });
});
