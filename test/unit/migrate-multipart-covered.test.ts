/**
 * Owners' patches to Stainless's multipart encoder (generator/migrate/reapply/multipart-covered.ts): done by sdkgen
 * where the spec's `encoding` sends every part the patch changes as the patch does; else kept, with the config entries
 * that make it so, which, applied, make the patch done.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import type { Api } from '../../generator/ir/types';
import {
  dropMultipartCovered,
  encoderPatchOf,
  stainlessInternalAdvice,
  withPatchEncodings,
} from '../../generator/migrate/reapply/multipart-covered';
import { normalize } from '../../generator/normalize/normalize';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { loadObject, openapi } from './helpers/spec';

/** An owners' edit of an encoder's array branch: files under the bare key, other arrays as one JSON part. */
const ARRAY_HUNK = [
  '@@ -177 +177,5 @@ const addFormValue = async (form: FormData, key: string, value: unknown): Promis',
  '   } else if (Array.isArray(value)) {',
  "-    await Promise.all(value.map((entry) => addFormValue(form, key + '[]', entry)));",
  '+    if (holdsFile(value)) {',
  '+      await Promise.all(value.map((entry) => addFormValue(form, key, entry)));',
  '+    } else {',
  '+      form.append(key, JSON.stringify(value));',
  '+    }',
  '   } else if (typeof value === "object") {',
].join('\n');
/** The same edit's object branch: an object without files as one JSON part. */
const OBJECT_HUNK = [
  '@@ -179,3 +183,7 @@ const addFormValue = async (form: FormData, key: string, value: unknown): Promis',
  '   } else if (typeof value === "object") {',
  '-    await Promise.all(',
  '-      Object.entries(value).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)),',
  '-    );',
  '+    if (holdsFile(value)) {',
  '+      await Promise.all(',
  '+        Object.entries(value).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)),',
  '+      );',
  '+    } else {',
  '+      form.append(key, JSON.stringify(value));',
  '+    }',
].join('\n');
const OTHER_HUNK = ['@@ -3 +3 @@', "-const x = 'a';", "+const x = 'b';"].join('\n');

const SCHEMA = {
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

const CONFIG = 'organization:\n  name: kb\nresources:\n  kb:\n    methods:\n      create: post /kb\n';

/** The IR of `POST /kb`, a multipart body with `encoding` (none when null), with a Stainless config `configText`. */
async function apiOf(
  encoding: Record<string, unknown> | null,
  configText: string | null = CONFIG,
  schema: object = SCHEMA,
): Promise<Api> {
  const diags = new Diagnostics();
  const text = configText;
  const root = openapi({
    paths: {
      '/kb': {
        post: {
          operationId: 'createKb',
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema, ...(encoding ? { encoding } : {}) } },
          },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  });
  const stainless = text === null ? null : parseStainlessConfig(yaml.load(text), 'stainless.yml', text, diags);
  const config = { ...EMPTY_CONFIG, ...(stainless ? { stainless } : {}) };
  const { spec } = await loadObject(root, diags);
  return buildIr(normalize(spec, config, diags), config, diags, {}).api;
}

/** The config entries an advice gives (its indented lines from `openapi:` up to the patch), unindented. */
function configEntries(reason: string): string {
  const from = reason.slice(reason.indexOf('    openapi:'));
  return from
    .slice(0, from.indexOf('\n    your patch'))
    .split('\n')
    .map((line) => line.slice(4))
    .join('\n');
}

const REJECTED = [{ path: 'src/internal/uploads.ts', hunks: [ARRAY_HUNK, OBJECT_HUNK, OTHER_HUNK] }];

describe('encoderPatchOf', () => {
  it('tells JSON parts and bare-key file arrays from the changed lines', () => {
    const lines = (hunk: string, sign: string) =>
      hunk
        .split('\n')
        .filter((l) => l.startsWith(sign))
        .map((l) => l.slice(1));
    expect(encoderPatchOf(lines(ARRAY_HUNK, '-'), lines(ARRAY_HUNK, '+'))).toEqual({
      plainAsJson: true,
      fileArraysRepeat: true,
    });
    // (Its array branch left as Stainless's: arrays stay `key[]`, an object item holding no file JSON there.)
    expect(encoderPatchOf(lines(OBJECT_HUNK, '-'), lines(OBJECT_HUNK, '+'))).toEqual({
      plainAsJson: true,
      fileArraysRepeat: false,
      objectsOnly: true,
    });
    expect(encoderPatchOf(lines(OTHER_HUNK, '-'), lines(OTHER_HUNK, '+'))).toBeNull();
  });
});

/** kernel's object branch: a value holding no file as one JSON part, but `env_vars` always under bracketed keys. */
const KEPT_HUNK = [
  '@@ -179,3 +179,12 @@ const addFormValue = async (form: FormData, key: string, value: unknown): Promis',
  '-    await Promise.all(',
  '-      Object.entries(value).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)),',
  '-    );',
  "+    const shouldAlwaysFlatten = key === 'meta';",
  '+    if (!shouldAlwaysFlatten && !hasUploadableValue(value)) {',
  '+      form.append(key, JSON.stringify(value));',
  '+    } else {',
  '+      await Promise.all(',
  '+        Object.entries(value).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)),',
  '+      );',
  '+    }',
].join('\n');

describe('a patch keeping a field bracketed by name', () => {
  const lines = (hunk: string, sign: string) =>
    hunk
      .split('\n')
      .filter((l) => l.startsWith(sign))
      .map((l) => l.slice(1));

  it('is told from a flag of `key ===` the JSON branch negates, or a `key !==` condition', () => {
    expect(encoderPatchOf(lines(KEPT_HUNK, '-'), lines(KEPT_HUNK, '+'))).toEqual({
      plainAsJson: true,
      fileArraysRepeat: false,
      objectsOnly: true,
      keptBracketed: ['meta'],
    });
    const direct = KEPT_HUNK.replace("+    const shouldAlwaysFlatten = key === 'meta';\n", '').replace(
      '!shouldAlwaysFlatten',
      "key !== 'meta'",
    );
    expect(encoderPatchOf(lines(direct, '-'), lines(direct, '+'))?.keptBracketed).toEqual(['meta']);
  });

  it("gets no JSON `encoding` for that field in the config migrate writes (the owners' encoder never sent it so)", async () => {
    const api = await apiOf(null);
    const patch = encoderPatchOf(lines(KEPT_HUNK, '-'), lines(KEPT_HUNK, '+'));
    // Both branches patched: arrays holding no file are JSON too, `meta` still bracketed.
    const both = { ...patch!, objectsOnly: undefined };
    const written = withPatchEncodings(CONFIG, api, both)!;
    expect(written).toContain('texts: { contentType: application/json }');
    expect(written).not.toContain('meta: {');
  });

  it("writes the generic encoder's form the patch gave `createForm` (`multipart_form`), which the SDK then has", async () => {
    const api = await apiOf(null);
    const patch = encoderPatchOf(lines(KEPT_HUNK, '-'), lines(KEPT_HUNK, '+'));
    const config = `${CONFIG}targets:\n  typescript:\n    package_name: kb\n`;
    const written = withPatchEncodings(config, api, patch)!;
    const read = yaml.load(written) as { targets: { typescript: Record<string, unknown> }; openapi?: unknown };
    expect(read.targets.typescript).toEqual({
      package_name: 'kb',
      options: { multipart_form: { json: 'objects', bracketed: ['meta'] } },
    });
    // Its arrays stay `key[]` as Stainless's: no `encoding` is needed for any part.
    expect(read.openapi).toBeUndefined();
    expect((await apiOf(null, written)).multipartForm).toEqual({ json: 'objects', bracketed: ['meta'] });
    // A config without a TypeScript target gets one; a Python SDK's encoder is not TypeScript's `createForm`.
    const bare = yaml.load(withPatchEncodings(CONFIG, api, patch)!) as { targets: unknown };
    expect(bare.targets).toEqual({
      typescript: { options: { multipart_form: { json: 'objects', bracketed: ['meta'] } } },
    });
    expect(withPatchEncodings(CONFIG, api, patch, false)).toBeNull();
  });
});

describe("dropMultipartCovered of a patch giving Stainless's createForm its own form", () => {
  const rejected = [{ path: 'src/internal/uploads.ts', hunks: [KEPT_HUNK] }];

  it('done by sdkgen where the config says the form (with its test); else for a person with the entry', async () => {
    const done: Array<{ path: string; does: string; test: string }> = [];
    const advice: Array<{ path: string; reason: string }> = [];
    expect(dropMultipartCovered(rejected, done, await apiOf(null), advice)).toEqual([]);
    expect(done).toEqual([]);
    expect(advice[0]!.reason).toContain("sdkgen's `createForm` (internal/uploads) has only where the config says it");
    expect(advice[0]!.reason).toContain('    targets:\n      typescript:\n        options:\n          multipart_form:');
    const config = `${CONFIG}targets:\n  typescript:\n    options:\n      multipart_form: { json: objects, bracketed: [meta] }\n`;
    const [done2, advice2] = [[] as typeof done, [] as typeof advice];
    expect(dropMultipartCovered(rejected, done2, await apiOf(null, config), advice2)).toEqual([]);
    // (`texts`, an array of objects, the patch sent as a JSON part per item, which no entry gives the methods:
    // test/unit/migrate-multipart-array-items.test.ts; without it, done.)
    expect(advice2).toEqual([{ path: 'src/internal/uploads.ts', reason: expect.stringContaining('(texts)') }]);
    expect(done2).toEqual([]);
    const [done3, advice3] = [[] as typeof done, [] as typeof advice];
    const { texts: _texts, ...properties } = SCHEMA.properties;
    const noArrays = await apiOf(null, config, { ...SCHEMA, properties });
    expect(dropMultipartCovered(rejected, done3, noArrays, advice3)).toEqual([]);
    expect(advice3).toEqual([]);
    expect(done3).toEqual([
      expect.objectContaining({
        path: 'src/internal/uploads.ts',
        does: expect.stringContaining('multipart_form'),
        test: expect.stringMatching(/^test\/multipart-form-option-sdk\.test\.ts › createForm sends/),
      }),
    ]);
  });
});

describe('dropMultipartCovered', () => {
  it("covered when the spec's encoding sends every part as the patch does: listed as done by sdkgen", async () => {
    const api = await apiOf({
      texts: { contentType: 'application/json' },
      urls: { contentType: 'application/json' },
      meta: { contentType: 'application/json' },
      files: { style: 'form', explode: true },
    });
    const done: Array<{ path: string; does: string; test: string }> = [];
    const advice: Array<{ path: string; reason: string }> = [];
    const left = dropMultipartCovered(REJECTED, done, api, advice);
    expect(left).toEqual([{ path: 'src/internal/uploads.ts', hunks: [OTHER_HUNK] }]);
    expect(done).toHaveLength(2);
    expect(done[0]).toMatchObject({ path: 'src/internal/uploads.ts', test: expect.stringMatching(/^test\/\S+ › /) });
    expect(advice).toEqual([]);
  });

  it('not covered without the encoding: one item for a person, naming each part, the config entries and the patch', async () => {
    const api = await apiOf(null);
    const done: Array<{ path: string; does: string; test: string }> = [];
    const advice: Array<{ path: string; reason: string }> = [];
    expect(dropMultipartCovered(REJECTED, done, api, advice)).toEqual([
      { path: 'src/internal/uploads.ts', hunks: [OTHER_HUNK] },
    ]);
    expect(done).toEqual([]);
    expect(advice).toHaveLength(1);
    const reason = advice[0]!.reason;
    expect(reason).toContain(`\n    your patch, as made to Stainless's file:\n    ${ARRAY_HUNK.split('\n')[0]}`);
    expect(reason).toContain('POST /kb (meta, texts, urls as JSON; files a part per file)');
    const entries = yaml.load(configEntries(reason)) as {
      openapi: { transformations: Array<{ command: string; args: { target: string; value: unknown } }> };
    };
    expect(entries.openapi.transformations).toEqual([
      {
        command: 'merge',
        args: {
          target: "$.paths['/kb'].post.requestBody.content['multipart/form-data']",
          value: {
            encoding: {
              texts: { contentType: 'application/json' },
              urls: { contentType: 'application/json' },
              meta: { contentType: 'application/json' },
              files: { style: 'form', explode: true },
            },
          },
        },
      },
    ]);
  });

  it('the advised entries, applied by the config, make the patch done', async () => {
    const first: Array<{ path: string; reason: string }> = [];
    dropMultipartCovered(REJECTED, [], await apiOf(null), first);
    const reason = first[0]!.reason;
    const withEntries = `${CONFIG}${configEntries(reason)}\n`;
    const done: Array<{ path: string; does: string; test: string }> = [];
    const advice: Array<{ path: string; reason: string }> = [];
    const left = dropMultipartCovered(REJECTED, done, await apiOf(null, withEntries), advice);
    expect(advice).toEqual([]);
    expect(left).toEqual([{ path: 'src/internal/uploads.ts', hunks: [OTHER_HUNK] }]);
  });

  it("without a Stainless config, OpenAPI's defaults cover objects and file arrays; arrays of strings still need JSON", async () => {
    const advice: Array<{ path: string; reason: string }> = [];
    dropMultipartCovered(REJECTED, [], await apiOf(null, null), advice);
    expect(advice[0]?.reason).toContain('POST /kb (urls as JSON)');
  });
});

describe('stainlessInternalAdvice', () => {
  it("names what replaces Stainless's encoder internals, and what to do with a test of them", () => {
    const advice = stainlessInternalAdvice('retell-sdk/internal/uploads', ['createForm']);
    expect(advice).toContain('`createForm` is Stainless');
    expect(advice).toContain('toBracketedFormData');
    expect(stainlessInternalAdvice('retell-sdk/core/uploads', ['createForm'])).toBeNull();
    expect(stainlessInternalAdvice('../src/internal/uploads', ['somethingElse'])).toBeNull();
  });
});
