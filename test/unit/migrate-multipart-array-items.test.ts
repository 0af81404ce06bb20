/**
 * reapply/multipart-array-items.ts: an "objects-only" patch to Stainless's encoder (kernel-ts's: the object branch sends
 * an object holding no file as JSON, the array branch left as `key + '[]'`) sends an array of objects holding no file
 * as a JSON part per item under `key[]`, which sdkgen's methods do not (`key[][name]`) and no OpenAPI `encoding` can
 * say: migrate names each such field, what each side sends, and leaves the patch to a person, with its hunks.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import type { Api } from '../../generator/ir/types';
import { arrayItemsAsJson } from '../../generator/migrate/reapply/multipart-array-items';
import {
  dropMultipartCovered,
  encoderPatchOf,
  patchEncodingsNotice,
} from '../../generator/migrate/reapply/multipart-covered';
import { normalize } from '../../generator/normalize/normalize';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { loadObject, openapi } from './helpers/spec';

/** kernel's object branch: an object holding no file as one JSON part; the array branch as Stainless wrote it. */
const OBJECTS_HUNK = [
  '@@ -179,3 +179,9 @@ const addFormValue = async (form: FormData, key: string, value: unknown): Promis',
  '-    await Promise.all(',
  '-      Object.entries(value).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)),',
  '-    );',
  '+    if (!hasUploadableValue(value)) {',
  '+      form.append(key, JSON.stringify(value));',
  '+    } else {',
  '+      await Promise.all(',
  '+        Object.entries(value).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)),',
  '+      );',
  '+    }',
].join('\n');

const changed = (hunk: string, sign: string) =>
  hunk
    .split('\n')
    .filter((l) => l.startsWith(sign))
    .map((l) => l.slice(1));

const CONFIG = `organization:\n  name: kb\nresources:\n  kb:\n    methods:\n      create: post /kb\ntargets:\n  typescript:\n    options:\n      multipart_form: { json: objects }\n`;

async function apiOf(properties: Record<string, unknown>): Promise<Api> {
  const diags = new Diagnostics();
  const root = openapi({
    paths: {
      '/kb': {
        post: {
          operationId: 'createKb',
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema: { type: 'object', properties } } },
          },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  });
  const stainless = parseStainlessConfig(yaml.load(CONFIG), 'stainless.yml', CONFIG, diags);
  const config = { ...EMPTY_CONFIG, stainless };
  const { spec } = await loadObject(root, diags);
  return buildIr(normalize(spec, config, diags), config, diags, {}).api;
}

const PLAIN = { type: 'array', items: { type: 'object', properties: { title: { type: 'string' } } } };
const WITH_FILE = {
  type: 'array',
  items: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
};

describe('arrays of objects under an objects-only encoder patch', () => {
  const patch = encoderPatchOf(changed(OBJECTS_HUNK, '-'), changed(OBJECTS_HUNK, '+'));

  it('are the array fields whose items are objects holding no file', async () => {
    expect(patch).toMatchObject({ plainAsJson: true, objectsOnly: true });
    const api = await apiOf({
      name: { type: 'string' },
      texts: PLAIN,
      uploads: WITH_FILE,
      urls: { type: 'array', items: { type: 'string' } },
    });
    expect(arrayItemsAsJson(api, patch)).toEqual([{ method: 'POST /kb', fields: ['texts'] }]);
    // (A patch that rewrote the array branch too sends arrays its own way: not this.)
    expect(arrayItemsAsJson(api, { plainAsJson: true })).toEqual([]);
  });

  it('leave the patch to a person, naming each field and what each side sends, with the hunks', async () => {
    const api = await apiOf({ name: { type: 'string' }, texts: PLAIN });
    const done: Array<{ path: string; does: string; test: string }> = [];
    const advice: Array<{ path: string; reason: string }> = [];
    const rejected = [{ path: 'src/internal/uploads.ts', hunks: [OBJECTS_HUNK] }];
    expect(dropMultipartCovered(rejected, done, api, advice)).toEqual([]);
    expect(done).toEqual([]);
    expect(advice).toHaveLength(1);
    const reason = advice[0]!.reason;
    expect(reason).toContain('one JSON part per item, under `texts[]`');
    expect(reason).toContain('for POST /kb (texts)');
    expect(reason).toContain('a `texts[][name]` part per property');
    expect(reason).toContain("your patch, as made to Stainless's file:\n    @@ -179,3 +179,9 @@");
    expect(patchEncodingsNotice(api, patch, true)).toContain('not a JSON part per item as your patch did (texts');
    // Without such a field, done by sdkgen (the config gives `createForm` the patch's form).
    const [done2, advice2] = [[] as typeof done, [] as typeof advice];
    expect(dropMultipartCovered(rejected, done2, await apiOf({ name: { type: 'string' } }), advice2)).toEqual([]);
    expect(advice2).toEqual([]);
    expect(done2).toHaveLength(1);
  });
});
