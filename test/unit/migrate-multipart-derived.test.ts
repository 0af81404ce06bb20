/**
 * Owners' patches to Stainless's multipart encoder, round 2 (generator/migrate/reapply/multipart-covered.ts): Python's
 * (`_extract_items` giving a file array's entries the field's own key, `_serialize_multipartform` sending lists as JSON)
 * told and judged as TypeScript's are; and a config migrate writes itself gets the `encoding` entries the patch needs,
 * read from the repository's encoder files against Stainless's (the base), so that the patch is done by sdkgen.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import type { Api } from '../../generator/ir/types';
import {
  dropMultipartCovered,
  MULTIPART_PYTHON_TEST,
  ownersEncoderPatch,
  partsNotCovered,
  withPatchEncodings,
} from '../../generator/migrate/reapply/multipart-covered';
import { normalize } from '../../generator/normalize/normalize';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { loadObject, openapi } from './helpers/spec';

const SCHEMA = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    files: { type: 'array', items: { type: 'string', format: 'binary' } },
    urls: { type: 'array', items: { type: 'string' } },
  },
};
const CONFIG = 'organization:\n  name: kb\nresources:\n  kb:\n    methods:\n      create: post /kb\n';

async function apiOf(configText: string): Promise<Api> {
  const diags = new Diagnostics();
  const root = openapi({
    paths: {
      '/kb': {
        post: {
          operationId: 'createKb',
          requestBody: { required: true, content: { 'multipart/form-data': { schema: SCHEMA } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  });
  const stainless = parseStainlessConfig(yaml.load(configText), 'stainless.yml', configText, diags);
  const config = { ...EMPTY_CONFIG, stainless };
  const { spec } = await loadObject(root, diags);
  return buildIr(normalize(spec, config, diags), config, diags, {}).api;
}

/** The owners' edit of Stainless's `_extract_items` (a file array's entries under the field's key, not `key[]`). */
const PY_KEY_HUNK = [
  '@@ -79,2 +79,2 @@',
  '-                assert_is_file_content(entry, key=flattened_key + "[]" if flattened_key else "")',
  '-                files.append((flattened_key + "[]", cast(FileTypes, entry)))',
  '+                assert_is_file_content(entry, key=flattened_key if flattened_key else "")',
  '+                files.append((flattened_key, cast(FileTypes, entry)))',
].join('\n');
/** The same patch's other hunks: the emptied list taken out of the body (no bracket on their lines). */
const PY_EMPTIED_HUNK = [
  '@@ -106,3 +106,6 @@',
  '             )',
  '-        return _extract_items(',
  '+        result = _extract_items(',
  '+        if result and is_list(item) and len(item) == 0 and key in obj:',
  '+            del obj[key]',
  '+        return result',
].join('\n');
const PY_OTHER_HUNK = ['@@ -3 +3 @@', '-x = 1', '+x = 2'].join('\n');
const PY_PATH = 'src/kb/_utils/_utils.py';
const PY_REJECTED = [{ path: PY_PATH, hunks: [PY_KEY_HUNK, PY_EMPTIED_HUNK, PY_OTHER_HUNK] }];

describe("Python: an owners' patch to `_extract_items`", () => {
  it('not covered without `encoding`: one item naming the file array, with the whole patch', async () => {
    const done: Array<{ path: string; does: string; test: string }> = [];
    const advice: Array<{ path: string; reason: string }> = [];
    const left = dropMultipartCovered(PY_REJECTED, done, await apiOf(CONFIG), advice);
    expect(left).toEqual([{ path: PY_PATH, hunks: [PY_OTHER_HUNK] }]);
    expect(done).toEqual([]);
    expect(advice).toHaveLength(1);
    expect(advice[0]!.reason).toContain('POST /kb (files a part per file)');
    expect(advice[0]!.reason).toContain('files: { style: form, explode: true }');
    expect(advice[0]!.reason).toContain('del obj[key]');
  });

  it("covered with the config's `encoding` entries: done by sdkgen, with the Python test", async () => {
    const patch = ownersEncoderPatch(
      [{ path: PY_PATH, text: 'files.append((flattened_key, cast(FileTypes, entry)))\n' }],
      () => 'files.append((flattened_key + "[]", cast(FileTypes, entry)))\n',
      'kb',
    );
    const encoded = withPatchEncodings(CONFIG, await apiOf(CONFIG), patch);
    expect(encoded).not.toBeNull();
    const done: Array<{ path: string; does: string; test: string }> = [];
    const advice: Array<{ path: string; reason: string }> = [];
    const left = dropMultipartCovered(PY_REJECTED, done, await apiOf(encoded!), advice);
    expect(advice).toEqual([]);
    expect(left).toEqual([{ path: PY_PATH, hunks: [PY_OTHER_HUNK] }]);
    expect(done.map((d) => d.test)).toEqual([MULTIPART_PYTHON_TEST, MULTIPART_PYTHON_TEST]);
  });
});

describe('ownersEncoderPatch: the patch read from the repository against the base', () => {
  const TS_PATH = 'src/internal/uploads.ts';
  const STAINLESS_TS = [
    '  } else if (Array.isArray(value)) {',
    "    await Promise.all(value.map((entry) => addFormValue(form, key + '[]', entry)));",
    '  }',
  ].join('\n');
  const OWNERS_TS = [
    '  } else if (Array.isArray(value)) {',
    '    if (holdsFile(value)) await Promise.all(value.map((entry) => addFormValue(form, key, entry)));',
    '    else form.append(key, JSON.stringify(value));',
    '  }',
  ].join('\n');

  it('TypeScript: bracketed keys taken out, JSON parts and bare-key items put in', () => {
    expect(ownersEncoderPatch([{ path: TS_PATH, text: OWNERS_TS }], () => STAINLESS_TS, null)).toEqual({
      plainAsJson: true,
      fileArraysRepeat: true,
    });
  });

  it("Python: `_serialize_multipartform`'s brackets replaced by `json.dumps(value)`", () => {
    const stainless = '        items = self.qs.stringify_items(data, array_format="brackets")\n';
    const owners = '            elif isinstance(value, (list, tuple, dict)):\n                x = json.dumps(value)\n';
    expect(ownersEncoderPatch([{ path: 'src/kb/_base_client.py', text: owners }], () => stainless, 'kb')).toEqual({
      plainAsJson: true,
      fileArraysRepeat: false,
    });
  });

  it('Python: the same patch in a package of a dotted name (`cerebras.cloud.sdk`)', () => {
    const stainless = '        items = self.qs.stringify_items(data, array_format="brackets")\n';
    const owners = '            elif isinstance(value, (list, tuple, dict)):\n                x = json.dumps(value)\n';
    const nested = 'src/cerebras/cloud/sdk/_base_client.py';
    expect(ownersEncoderPatch([{ path: nested, text: owners }], () => stainless, 'cerebras.cloud.sdk')).toEqual({
      plainAsJson: true,
      fileArraysRepeat: false,
    });
  });

  it('none: the file unchanged, another file, or no base', () => {
    expect(ownersEncoderPatch([{ path: TS_PATH, text: STAINLESS_TS }], () => STAINLESS_TS, null)).toBeNull();
    expect(ownersEncoderPatch([{ path: 'src/client.ts', text: OWNERS_TS }], () => STAINLESS_TS, null)).toBeNull();
    expect(ownersEncoderPatch([{ path: TS_PATH, text: OWNERS_TS }], () => undefined, null)).toBeNull();
  });
});

describe('withPatchEncodings: the config migrate writes', () => {
  it('gets `openapi.transformations` for the parts the spec does not send as the patch did, and they cover it', async () => {
    const api = await apiOf(CONFIG);
    const encoded = withPatchEncodings(CONFIG, api, { plainAsJson: true, fileArraysRepeat: true });
    const parsed = yaml.load(encoded!) as { resources: unknown; openapi: { transformations: unknown[] } };
    expect(parsed.resources).toEqual((yaml.load(CONFIG) as { resources: unknown }).resources);
    expect(parsed.openapi.transformations).toEqual([
      {
        command: 'merge',
        args: {
          target: "$.paths['/kb'].post.requestBody.content['multipart/form-data']",
          value: { encoding: { urls: { contentType: 'application/json' }, files: { style: 'form', explode: true } } },
        },
      },
    ]);
    // Generated with it, nothing is left to add.
    expect(partsNotCovered(await apiOf(encoded!), { plainAsJson: true, fileArraysRepeat: true })).toEqual([]);
  });

  it('left as it is without a patch; an `openapi` section of its own gets the entries in its transformations', async () => {
    const api = await apiOf(CONFIG);
    expect(withPatchEncodings(CONFIG, api, null)).toBeNull();
    const own = `${CONFIG}openapi:\n  transformations: []\n`;
    const encoded = withPatchEncodings(own, await apiOf(own), { plainAsJson: false, fileArraysRepeat: true });
    expect(encoded!.match(/^openapi:/gm)).toHaveLength(1);
    const parsed = yaml.load(encoded!) as { openapi: { transformations: Array<{ args: { value: unknown } }> } };
    expect(parsed.openapi.transformations.map((t) => t.args.value)).toEqual([
      { encoding: { files: { style: 'form', explode: true } } },
    ]);
  });
});
