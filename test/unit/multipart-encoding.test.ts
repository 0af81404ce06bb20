/** A multipart body's parts as its `encoding` says (generator/ir/multipart-encoding.ts), read into the IR. */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { multipartParts, readPartEncodings } from '../../generator/ir/multipart-encoding';
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
      styles: {},
      // One concrete media type that is not JSON is the part's own; a list of them leaves the value's own.
      contentTypes: { image: 'image/png' },
      unsupported: [],
      headers: [],
      ignoredStyles: [],
      reserved: [],
    });
  });

  it('an explicit style or explode makes contentType ignored (OpenAPI 3.1); other styles are sent as styled', () => {
    expect(
      readPartEncodings({
        a: { contentType: 'application/json', style: 'form' },
        b: { contentType: 'application/json', style: 'deepObject' },
        c: { contentType: 'application/json', explode: false },
        d: { style: 'pipeDelimited' },
        e: { style: 'spaceDelimited', explode: true },
        f: { style: 'matrix' },
      }),
    ).toEqual({
      jsonParts: [],
      repeatParts: ['a'],
      styles: {
        b: { style: 'deepObject', explode: false },
        c: { style: 'form', explode: false },
        d: { style: 'pipeDelimited', explode: false },
        e: { style: 'spaceDelimited', explode: true },
      },
      contentTypes: {},
      unsupported: [{ part: 'f', style: 'matrix', explode: false }],
      headers: [],
      ignoredStyles: [],
      reserved: [],
    });
  });

  it('multipartParts gives a multipart body its styled and typed parts, warns of a style no body has', () => {
    const diags = new Diagnostics();
    const source = { file: 'spec.json', pointer: '#/paths/~1kb/post/requestBody/content/multipart~1form-data' };
    const encoding = {
      meta: { style: 'deepObject', explode: true },
      urls: { style: 'form', explode: false },
      note: { contentType: 'text/plain' },
      odd: { style: 'label' },
    };
    expect(multipartParts({ diags }, 'multipart', encoding, source)).toEqual({
      jsonParts: [],
      repeatParts: [],
      partStyles: { meta: { style: 'deepObject', explode: true }, urls: { style: 'form', explode: false } },
      partContentTypes: { note: 'text/plain' },
    });
    expect(diags.warnings.map((w) => [w.code, w.pointer])).toEqual([
      ['unsupported-part-encoding', `${source.pointer}/encoding/odd`],
    ]);
    // A form-urlencoded body's fields take the same styles (test/unit/form-encoding-r32s.test.ts); none repeats.
    expect(multipartParts({ diags: new Diagnostics() }, 'form', encoding, source)).toEqual({
      jsonParts: [],
      repeatParts: [],
      partStyles: { meta: { style: 'deepObject', explode: true }, urls: { style: 'form', explode: false } },
    });
  });

  it('no map, or entries that are not objects: nothing', () => {
    for (const value of [undefined, null, 'x', [], { a: null, b: 'json', c: [] }])
      expect(readPartEncodings(value)).toEqual({
        jsonParts: [],
        repeatParts: [],
        styles: {},
        contentTypes: {},
        unsupported: [],
        headers: [],
        ignoredStyles: [],
        reserved: [],
      });
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

  it('a form that joins items in one part is no warning (it is sent so); a style no body has is one', async () => {
    const { body, warnings } = await bodyOf({
      'multipart/form-data': {
        schema: BODY_SCHEMA,
        encoding: { urls: { style: 'form', explode: false }, meta: { style: 'matrix' } },
      },
    });
    expect(body?.repeatParts).toBeUndefined();
    expect(warnings.map((w) => [w.pointer, w.message])).toEqual([
      [
        '#/paths/~1kb/post/requestBody/content/multipart~1form-data/encoding/meta',
        expect.stringContaining('multipart part "meta": style "matrix" (explode: false) is not a style of a body part'),
      ],
    ]);
  });

  it("an OpenAPI 3.0 spec's multipart part style is ignored (3.0.3's Encoding Object) where it is no default", async () => {
    const { body } = await bodyOf(
      {
        'multipart/form-data': {
          schema: BODY_SCHEMA,
          encoding: {
            files: { style: 'form', explode: true },
            meta: { contentType: 'application/json' },
            urls: { contentType: 'application/json', style: 'form', explode: false },
          },
        },
      },
      '3.0.3',
    );
    // `form` exploded with no contentType is 3.0's own default for an array part (a part per item): kept.
    expect(body).toMatchObject({ jsonParts: ['meta', 'urls'], repeatParts: ['files'] });
    expect(body?.partStyles).toBeUndefined();
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
