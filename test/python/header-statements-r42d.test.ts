/**
 * The headers a Python method sets, in the statements Stainless writes them in (every era seen): a fixed `Accept` in a
 * statement of its own, then the header params in another (openai-python's `responses.delete`:
 * `extra_headers = {"Accept": "*\/*", **(extra_headers or {})}` then
 * `extra_headers = {**strip_not_given({...}), **(extra_headers or {})}`; anthropic-python's `beta.files.download`), so
 * that an owner's edit of one (anthropic-python's `Accept`) has a line of its own to land on. Before, sdkgen wrote one
 * dict. A header param named as a fixed header keeps the one dict: its value, when given, must still win.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /files/{id}:
    get:
      operationId: download
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: X-Beta, in: header, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/octet-stream: { schema: { type: string, format: binary } } } }
    delete:
      operationId: remove
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: X-Reason, in: header, required: true, schema: { type: string } }
      responses:
        '204': { description: gone }
  /reports:
    get:
      operationId: report
      parameters:
        - { name: Accept, in: header, schema: { type: string } }
      responses:
        '200': { description: ok, content: { text/csv: { schema: { type: string } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  files:
    methods:
      download: get /files/{id}
      remove: delete /files/{id}
  reports:
    methods:
      retrieve: get /reports
`;

const packageAt = pythonPackageByEra('py-header-statements', SPEC, CONFIG, 'acme');

describe('Python header statements', () => {
  it('writes a fixed Accept, then the optional header params, as statements of their own', async () => {
    const files = (await packageAt(null))('resources/files.py');
    expect(files).toContain(
      [
        '        extra_headers = {"Accept": "application/octet-stream", **(extra_headers or {})}',
        '        extra_headers = {**strip_not_given({"X-Beta": x_beta}), **(extra_headers or {})}',
        '        return self._get(',
      ].join('\n'),
    );
  });

  it('writes a required header param in its own statement after the Accept', async () => {
    const files = (await packageAt(null))('resources/files.py');
    expect(files).toContain(
      [
        '        extra_headers = {"Accept": "*/*", **(extra_headers or {})}',
        '        extra_headers = {"X-Reason": x_reason, **(extra_headers or {})}',
        '        return self._delete(',
      ].join('\n'),
    );
  });

  it('keeps one dict where a header param is named as the fixed header (the param, given, wins)', async () => {
    const reports = (await packageAt(null))('resources/reports.py');
    expect(reports).toContain(
      'extra_headers = {"Accept": "text/csv", **strip_not_given({"Accept": accept}), **(extra_headers or {})}',
    );
  });
});
