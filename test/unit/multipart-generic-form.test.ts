/**
 * The SDK's generic multipart form (generator/ir/multipart-encoding.ts `genericMultipartForm`), what each target writes
 * of it (TypeScript's `internal/uploads` alias, Python's `MULTIPART_FORM`), and the warning for an Encoding
 * Object's `headers`.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { utilsWithMultipartForm } from '../../generator/emit/python/multipart-runtime';
import { stainlessUploadsExports } from '../../generator/emit/typescript/stainless-uploads-alias';
import { buildIr } from '../../generator/ir/build';
import { genericMultipartForm } from '../../generator/ir/multipart-encoding';
import type { Api } from '../../generator/ir/types';
import { normalize } from '../../generator/normalize/normalize';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { loadObject, openapi } from './helpers/spec';

const BODY_SCHEMA = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    texts: { type: 'array', items: { type: 'object', properties: { title: { type: 'string' } } } },
    urls: { type: 'array', items: { type: 'string' } },
    files: { type: 'array', items: { type: 'string', format: 'binary' } },
    cover: { type: 'string', format: 'binary' },
  },
};

const ALL_ENCODED = {
  texts: { contentType: 'application/json' },
  urls: { contentType: 'application/json' },
  files: { style: 'form', explode: true },
};

/** The IR of a spec whose `POST /kb` has `media` as its content; `multipartNested` as a Stainless config sets it. */
async function apiOf(media: Record<string, unknown>, nested: Api['multipartNested'] = 'brackets') {
  const diags = new Diagnostics();
  const spec = openapi({
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
  const { api } = buildIr(normalize(loaded, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags, {});
  return { api: { ...api, multipartNested: nested }, diags };
}

const multipart = (encoding?: Record<string, unknown>) => ({
  'multipart/form-data': { schema: BODY_SCHEMA, ...(encoding ? { encoding } : {}) },
});

const UTILS = readFileSync(path.resolve(__dirname, '../../templates/python/runtime/_utils/_utils.py'), 'utf8');

describe('genericMultipartForm', () => {
  it("'values' where every nested part has an encoding: JSON for those without files, form style for file arrays", async () => {
    const { api } = await apiOf(multipart(ALL_ENCODED));
    expect(genericMultipartForm(api)).toBe('values');
  });

  it("Stainless's brackets where one nested part says nothing, or a file array is JSON", async () => {
    const { urls, ...withoutUrls } = ALL_ENCODED;
    void urls;
    expect(genericMultipartForm((await apiOf(multipart(withoutUrls))).api)).toBe('brackets');
    const jsonFiles = { ...ALL_ENCODED, files: { contentType: 'application/json' } };
    expect(genericMultipartForm((await apiOf(multipart(jsonFiles))).api)).toBe('brackets');
    expect(genericMultipartForm((await apiOf(multipart())).api)).toBe('brackets');
  });

  it('brackets with no multipart body at all; without a Stainless config, the SDK’s own defaults', async () => {
    const json = { 'application/json': { schema: BODY_SCHEMA } };
    expect(genericMultipartForm((await apiOf(json)).api)).toBe('brackets');
    expect(genericMultipartForm((await apiOf(multipart(ALL_ENCODED), 'json')).api)).toBe('json');
  });
});

describe('what the targets write of it', () => {
  it('Python: `MULTIPART_FORM` is "values" for an API of that form, "json" without a config, else brackets', async () => {
    const { api } = await apiOf(multipart(ALL_ENCODED));
    const values = utilsWithMultipartForm(UTILS, api);
    expect(values).toContain('MULTIPART_FORM: Literal["brackets", "values", "json"] = "values"\n');
    expect(values).not.toContain('MULTIPART_FORM: Literal["brackets", "values", "json"] = "brackets"');
    expect(utilsWithMultipartForm(UTILS, (await apiOf(multipart())).api)).toBe(UTILS);
    // Without a Stainless config: OpenAPI's defaults, as the TypeScript SDK sends them (multipart-runtime.ts).
    expect(utilsWithMultipartForm(UTILS, (await apiOf(multipart(), 'json')).api)).toContain(
      'MULTIPART_FORM: Literal["brackets", "values", "json"] = "json"\n',
    );
    expect(() => utilsWithMultipartForm('x = 1\n', api)).toThrow(/no line/);
  });

  it("TypeScript: `internal/uploads`' createForm and request options with the SDK's form", async () => {
    const values = stainlessUploadsExports((await apiOf(multipart(ALL_ENCODED))).api, '.js').join('\n');
    expect(values).toContain("encodeForm(body, fetch, 'values')");
    expect(values).toMatch(/export const multipartFormRequestOptions = /);
    expect(values).toMatch(/export const maybeMultipartFormRequestOptions = /);
    expect(values).toContain("from '../core/uploads.js'");
    const brackets = stainlessUploadsExports((await apiOf(multipart())).api, '').join('\n');
    expect(brackets).toContain("encodeForm(body, fetch, 'brackets')");
    expect(brackets).toContain("from '../core/uploads'");
  });
});

describe("an Encoding Object's headers", () => {
  it('are a warning at their pointer (Content-Type aside, which contentType describes)', async () => {
    const { diags } = await apiOf(
      multipart({
        cover: { headers: { 'X-Rate': { schema: { type: 'integer' } }, 'Content-Type': { schema: {} } } },
        files: { contentType: 'image/png', headers: { 'Content-Type': { schema: {} } } },
      }),
    );
    const warnings = diags.warnings.filter((d) => d.code === 'unsupported-part-headers');
    expect(warnings.map((w) => [w.pointer, w.message])).toEqual([
      [
        '#/paths/~1kb/post/requestBody/content/multipart~1form-data/encoding/cover/headers',
        expect.stringContaining('multipart part "cover": its headers (X-Rate) are not sent'),
      ],
    ]);
  });
});

describe('targets.typescript.options.multipart_form', () => {
  const read = (options: string) => {
    const text = `organization:\n  name: kb\ntargets:\n  typescript:\n    options:\n      multipart_form: ${options}\n`;
    const diags = new Diagnostics();
    const config = parseStainlessConfig(yaml.load(text), 'stainless.yml', text, diags);
    return { form: config.multipartForm, said: diags.list.map((d) => d.message) };
  };

  it("is read (`json: objects | values`, `bracketed` names), and sets `internal/uploads`' createForm", async () => {
    expect(read('{ json: objects, bracketed: [env_vars] }')).toEqual({
      form: { json: 'objects', bracketed: ['env_vars'] },
      said: [],
    });
    expect(read('{ json: values }').form).toEqual({ json: 'values', bracketed: [] });
    const { api } = await apiOf(multipart());
    const lines = stainlessUploadsExports({ ...api, multipartForm: { json: 'objects', bracketed: ['env_vars'] } }, '');
    expect(lines.join('\n')).toContain("encodeForm(body, fetch, 'objects', ['env_vars'])");
    expect(lines.join('\n')).toContain('`env_vars` always under bracketed keys');
  });

  it('another `json` is invalid (the SDK’s own form), a `bracketed` of no names warns, an unknown key warns', () => {
    const other = read('{ json: brackets }');
    expect(other.form).toBeNull();
    expect(other.said).toEqual([expect.stringContaining('is neither objects nor values')]);
    const names = read('{ json: objects, bracketed: env_vars, flat: true }');
    expect(names.form).toEqual({ json: 'objects', bracketed: [] });
    expect(names.said).toEqual([
      expect.stringContaining('not supported by sdkgen'),
      expect.stringContaining('not a list of field names'),
    ]);
  });
});
