/**
 * migrate (Python): an owners' patch to Stainless's `_serialize_multipartform` that sends nested values as JSON is
 * done by sdkgen where the SDK's generic multipart form is "values" (generator/migrate/python/already-done/multipart-form-done.ts):
 * Stainless's method is put back in the owners' text, so nothing of it is carried, and each hunk is reported done.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { genericMultipartForm } from '../../generator/ir/multipart-encoding';
import type { Api } from '../../generator/ir/types';
import { withSerializerPatchDone } from '../../generator/migrate/python/already-done/multipart-form-done';
import { normalize } from '../../generator/normalize/normalize';
import { loadObject, openapi } from './helpers/spec';

/** The IR of a multipart body with a nested part; `encoded`: its `encoding` says JSON for it (the "values" form). */
async function apiOf(encoded: boolean): Promise<Api> {
  const diags = new Diagnostics();
  const media = {
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
      },
      ...(encoded ? { encoding: { tags: { contentType: 'application/json' } } } : {}),
    },
  };
  const spec = openapi({
    paths: {
      '/kb': {
        post: {
          operationId: 'createKb',
          requestBody: { required: true, content: media },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
  });
  const { spec: loaded } = await loadObject(spec, diags);
  const { api } = buildIr(normalize(loaded, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags, {});
  return { ...api, multipartNested: 'brackets' };
}

// A client module in Stainless's shape (written for this test), and the owners' edit of its serialiser.
const STAINLESS = `import json

class BaseClient:
    def _build_headers(self) -> dict[str, str]:
        return {}

    def _serialize_multipartform(self, data: Mapping[object, object]) -> dict[str, object]:
        items = self.qs.stringify_items(
            data,
            array_format="brackets",
        )
        serialized: dict[str, object] = {}
        for key, value in items:
            serialized[key] = value
        return serialized

    def _build_request(self) -> None:
        pass
`;

const PATCHED = STAINLESS.replace(
  / {8}items = self\.qs[\s\S]*? {8}return serialized\n/,
  `        serialized: dict[str, object] = {}
        for key, value in data.items():
            if isinstance(value, (list, tuple, dict)):
                serialized[str(key)] = json.dumps(value)
            elif value is not None:
                serialized[str(key)] = str(value)
        return serialized
`,
);

const PATH = 'src/acme/_base_client.py';

describe("an owners' patch to _serialize_multipartform", () => {
  it('is done by sdkgen where the SDK sends the "values" form: Stainless\'s method back, each hunk reported', async () => {
    const api = await apiOf(true);
    expect(genericMultipartForm(api)).toBe('values');
    // Their other edits in the module stay theirs.
    const edited = PATCHED.replace('return {}', 'return {"X-Owner": "1"}');
    const result = withSerializerPatchDone(PATH, STAINLESS, edited, api, 'acme');
    expect(result?.text).toBe(STAINLESS.replace('return {}', 'return {"X-Owner": "1"}'));
    expect(result?.done.length).toBeGreaterThan(0);
    expect(result?.done[0]).toEqual({
      path: PATH,
      does: expect.stringContaining('`json.dumps`'),
      test: expect.stringContaining('test/multipart-generic-form-sdk.test.ts › Python:'),
    });
  });

  it('is done in a package of a dotted name (`cerebras.cloud.sdk`, its runtime under src/cerebras/cloud/sdk/)', async () => {
    const nested = 'src/cerebras/cloud/sdk/_base_client.py';
    const result = withSerializerPatchDone(nested, STAINLESS, PATCHED, await apiOf(true), 'cerebras.cloud.sdk');
    expect(result?.text).toBe(STAINLESS);
  });

  it("stays the owners' where the SDK keeps Stainless's brackets, in another file, or for another edit", async () => {
    const brackets = await apiOf(false);
    expect(genericMultipartForm(brackets)).toBe('brackets');
    expect(withSerializerPatchDone(PATH, STAINLESS, PATCHED, brackets, 'acme')).toBeNull();
    const values = await apiOf(true);
    expect(withSerializerPatchDone('src/acme/_client.py', STAINLESS, PATCHED, values, 'acme')).toBeNull();
    expect(withSerializerPatchDone(PATH, STAINLESS, STAINLESS, values, 'acme')).toBeNull();
    // An edit that keeps the brackets (a log line) is not the values form.
    const logged = STAINLESS.replace(
      '        return serialized\n',
      '        log(serialized)\n        return serialized\n',
    );
    expect(withSerializerPatchDone(PATH, STAINLESS, logged, values, 'acme')).toBeNull();
    expect(withSerializerPatchDone(PATH, STAINLESS, PATCHED, null, 'acme')).toBeNull();
  });
});
