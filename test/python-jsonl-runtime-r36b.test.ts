/**
 * The Python runtime's JSON Lines decoder (`_decoders/`, and `_response.py`'s branch parsing into it) is written only
 * for a package with a method returning JSON Lines, as Stainless writes it: anthropic-sdk-python has
 * `_decoders/jsonl.py`, Stainless's SDKs without such a method (openai's, groq's, ctxos's) have no `_decoders/`.
 * ctxos-sdk-python's owners copied Stainless's decoder to `src/ctxos/_decoders/jsonl.py` themselves: an sdkgen that
 * always wrote its own there made migrate leave the file to a person and `sdkgen update` refuse to overwrite it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { responseWithoutJsonLines } from '../generator/emit/python/jsonl-runtime';
import { pythonTempDir } from './helpers/python-sdk';
import { jsonlBatchesSpec } from './helpers/jsonl-batches-spec';

const spec = (media: string) => jsonlBatchesSpec({ media, required: [] });

async function runtimeOf(media: string): Promise<{ paths: string[]; response: string }> {
  const root = pythonTempDir('jsonl-runtime');
  writeFileSync(path.join(root, 'openapi.yaml'), spec(media));
  const result = await generate({ spec: path.join(root, 'openapi.yaml'), target: 'python' });
  const response = result.files.find((f) => /^src\/[^/]+\/_response\.py$/.test(f.path));
  if (!response) throw new Error('no _response.py');
  return { paths: result.files.map((f) => f.path), response: response.contents };
}

describe('the Python runtime’s JSON Lines decoder', () => {
  it('is written for a package with a JSON Lines method, and only then', async () => {
    const jsonl = await runtimeOf('application/x-jsonl');
    expect(jsonl.paths.filter((p) => p.includes('/_decoders/')).map((p) => p.replace(/^src\/[^/]+\//, ''))).toEqual(
      expect.arrayContaining(['_decoders/__init__.py', '_decoders/jsonl.py']),
    );
    expect(jsonl.response).toContain('from ._decoders.jsonl import JSONLDecoder, AsyncJSONLDecoder');

    const json = await runtimeOf('application/json');
    expect(json.paths.filter((p) => p.includes('/_decoders/'))).toEqual([]);
    expect(json.response).not.toMatch(/JSONL|_decoders|extract_type_arg/);
    // `origin` stays: `_parse`'s later branches read it.
    expect(json.response).toContain(
      '        origin = get_origin(cast_to) or cast_to\n\n        if self._is_sse_stream:',
    );
  });

  it('leaves a _response.py Python compiles, and says so where the template moved', () => {
    const template = readFileSync(path.join(__dirname, '../templates/python/runtime/_response.py'), 'utf8');
    const file = path.join(pythonTempDir('jsonl-runtime-compile'), '_response.py');
    writeFileSync(file, responseWithoutJsonLines(template));
    const compiled = spawnSync('python3', ['-m', 'py_compile', file], { encoding: 'utf8' });
    expect(compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);
    expect(() => responseWithoutJsonLines(template.replace('# A JSON Lines body', '# JSON Lines'))).toThrow(
      /JSON Lines branches is not where it was/,
    );
  });
});
