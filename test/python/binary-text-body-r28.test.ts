/**
 * A request body whose schema is `type: string, format: binary` is a file whatever its media type (writer's
 * `POST /v1/files` lists ~20 media types, `text/plain` first, each a binary string; Stainless's SDKs take `content:
 * FileTypes` / `Uploadable` there). Before, `text/plain` made it a text body: `body: str` in Python, `string` in
 * TypeScript (writer-python's and writer-ts's owners' upload code did not fit). A plain text string stays text.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import { loadObject, openapi } from '../unit/helpers/spec';

async function bodyOf(schema: Record<string, unknown>) {
  const diags = new Diagnostics();
  const content = Object.fromEntries(['text/plain', 'application/pdf', 'image/png'].map((t) => [t, { schema }]));
  const spec = openapi({
    paths: {
      '/files': {
        post: {
          operationId: 'uploadFile',
          requestBody: { required: true, content },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
  });
  const { spec: loaded } = await loadObject(spec, diags);
  const { api } = buildIr(normalize(loaded, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags, {});
  return api.resources[0]!.methods[0]!.body;
}

describe('a binary string body under a text media type', () => {
  it('is a file body (binary encoding)', async () => {
    expect(await bodyOf({ type: 'string', format: 'binary' })).toMatchObject({ encoding: 'binary' });
  });
  it('stays text where the string is not binary', async () => {
    expect(await bodyOf({ type: 'string' })).toMatchObject({ encoding: 'text' });
  });
});
