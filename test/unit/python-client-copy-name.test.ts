/**
 * The Python client's `copy()` where it hands something on to the copy before returning it (whether the base URL was
 * given, for an API with an operation on a server of its own): the copy is held as `client`, as Stainless's `copy()`
 * names it, and returned.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { copyMethod } from '../../generator/emit/python/client/print-client-copy';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import { pythonFormsOfEra } from '../../generator/stainless/python-era';
import { tempDir } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Media, version: 1.0.0 }
servers: [{ url: https://api.media.test }]
paths:
  /files/{id}/upload:
    post:
      operationId: uploadFile
      servers: [{ url: https://uploads.media.test }]
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `organization:
  name: media
targets:
  python:
    package_name: media
resources:
  files:
    methods:
      upload: post /files/{id}/upload
`;

const dir = tempDir('sdkgen-py-client-copy');

test('copy() holds the copy as `client`, hands on whether the base URL was given, and returns it', async () => {
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  const { api } = await loadIr({ spec: path.join(dir, 'openapi.yml'), config: path.join(dir, 'stainless.yml') });
  const pkg = buildPythonModel(api, { importName: 'media', distributionName: 'media', fromStainlessConfig: true });
  const lines = copyMethod(pkg, 'httpx.Client', pythonFormsOfEra(null));
  expect(lines).toContain('        client = self.__class__(');
  expect(lines).toContain('        client._base_url_overridden = self._base_url_overridden or base_url is not None');
  expect(lines).toContain('        return client');
  expect(lines.join('\n')).not.toContain('copied');
});
