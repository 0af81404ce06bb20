/**
 * migrate (Python): the owners' edits of a resource method that sends a file as the raw body through their
 * `binary_request` patch of Stainless's runtime (writer-python's `files.upload`): `binary_request=content,` added to
 * `self._post(…)`, the `body=maybe_transform(content, …)` line taken out, and `"Content-Type": content_type` added to
 * the method's `extra_headers`. sdkgen's method sends the file as `content=content` with the spec's header params
 * (resource-call-done.ts): each of those edits is Stainless's lines back, the body's reported done by sdkgen, the
 * headers' as already there. Before, `binary_request=content,` was carried into sdkgen's `_post(…)` call (an unknown
 * keyword: pyright's error, a TypeError when called) and the other edits were left to a person (migrate exit 1).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withResourceCallsDone } from '../../generator/migrate/python/already-done/resource-call-done';
import { writeFile } from '../helpers/files';
import { commitAll, commitGenerationThenMain } from '../helpers/git-history';
import { sdkgen } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import { stainlessPythonGeneration } from '../helpers/python-migrate';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: 1.0.0 }
servers: [{ url: 'http://127.0.0.1:4010' }]
paths:
  /files:
    post:
      operationId: uploadFile
      summary: Upload a file
      parameters:
        - { name: Content-Disposition, in: header, required: true, schema: { type: string } }
        - { name: Content-Type, in: header, required: true, schema: { type: string } }
        - { name: graphId, in: query, required: false, schema: { type: string } }
      requestBody:
        required: true
        content:
          text/plain: { schema: { type: string, format: binary } }
          application/pdf: { schema: { type: string, format: binary } }
      responses:
        '200':
          description: the file
          content:
            application/json:
              schema: { $ref: '#/components/schemas/File' }
components:
  schemas:
    File:
      type: object
      required: [id]
      properties:
        id: { type: string }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  files:
    models:
      file: File
    methods:
      upload: { endpoint: post /files, body_param_name: content }
`;

// A resource module in Stainless's shape of 2025 (written for this test): the file sent as a transformed body.
const method = (prefix: string, call: string, headers: string, body: string, sent: string) => `
    ${prefix}def upload(
        self,
        *,
        content: FileTypes,
        content_disposition: str,
${headers === 'owners' ? '        content_type: str,\n' : ''}        extra_headers: Headers | None = None,
    ) -> File:
        """Upload a file."""
${
  headers === 'stainless'
    ? '        extra_headers = {"Content-Disposition": content_disposition, **(extra_headers or {})}\n'
    : headers === 'owners'
      ? `        extra_headers = {
            "Content-Disposition": content_disposition,
            "Content-Type": content_type,
            **(extra_headers or {}),
        }
`
      : headers
}        return ${call}(
            "/files",
${body}            options=make_request_options(extra_headers=extra_headers),
${sent}            cast_to=File,
        )
`;
const moduleOf = (headers: string, body: (awaited: string) => string, sent: string) =>
  `class FilesResource(SyncAPIResource):${method('', 'self._post', headers, body(''), sent)}

class AsyncFilesResource(AsyncAPIResource):${method('async ', 'await self._post', headers, body('await async_'), sent)}`;

const transformed = (fn: string) =>
  `            body=${fn}maybe_transform(content, file_upload_params.FileUploadParams),\n`;
const STAINLESS = moduleOf('stainless', transformed, '');
const OWNERS = moduleOf('owners', () => '', '            binary_request=content,\n');
// sdkgen's module as it renders the method from the spec (the header params, the file as content).
const SDKGEN = moduleOf(
  `        extra_headers = {
            "Content-Disposition": content_disposition,
            "Content-Length": str(content_length),
            "Content-Type": content_type,
            **(extra_headers or {}),
        }
`,
  () => '            content=content,\n',
  '',
).replace(/ {8}content_disposition: str,\n/g, '        content_disposition: str,\n        content_type: str,\n');
const PATH = 'src/acme/resources/files.py';

describe("the owners' binary_request edits of a resource method", () => {
  it("are Stainless's lines back where sdkgen's method sends the file as content: done, the headers already there", () => {
    const plan = { doneBySdkgen: [] as Array<{ path: string; does: string; test: string }> };
    const done = withResourceCallsDone(PATH, STAINLESS, OWNERS, SDKGEN, plan, 'acme');
    // The `content_type` parameter stays an edit to carry: sdkgen's method has it, the carry finds it there.
    expect(done?.text).toBe(STAINLESS.replace(/ {8}content_disposition: str,\n/g, '$&        content_type: str,\n'));
    expect(done?.alreadyThere).toBe(2);
    expect(plan.doneBySdkgen).toHaveLength(4);
    expect(plan.doneBySdkgen[0]).toEqual({
      path: PATH,
      does: expect.stringContaining('`content=`'),
      test: expect.stringContaining('test/python/content-type-r28-resources2.test.ts'),
    });
  });

  it('are done in a package of a dotted name (`cerebras.cloud.sdk`, its resources under src/cerebras/cloud/sdk/)', () => {
    const plan = { doneBySdkgen: [] as Array<{ path: string; does: string; test: string }> };
    const nested = PATH.replace('src/acme/', 'src/cerebras/cloud/sdk/');
    const done = withResourceCallsDone(nested, STAINLESS, OWNERS, SDKGEN, plan, 'cerebras.cloud.sdk');
    expect(done?.alreadyThere).toBe(2);
    expect(plan.doneBySdkgen).toHaveLength(4);
  });

  it("stay the owners' where sdkgen's method sends the body otherwise, or lacks what their headers add", () => {
    const plan = { doneBySdkgen: [] };
    // sdkgen's method sends a JSON body (a transform of a param that is not a file): the `binary_request` edits are
    // not done by it.
    const json = SDKGEN.replace(/ {12}content=content,\n/g, transformed('')).replace(
      /content: FileTypes/g,
      'content: str',
    );
    const kept = withResourceCallsDone(PATH, STAINLESS, OWNERS, json, plan, 'acme');
    expect(kept?.text).toContain('binary_request=content,');
    expect(kept?.text).not.toContain('body=maybe_transform(content');
    // … and the file sent under another name is not the one theirs sends.
    const other = withResourceCallsDone(
      PATH,
      STAINLESS,
      OWNERS,
      SDKGEN.replace(/content=content,/g, 'content=body,'),
      plan,
      'acme',
    );
    expect(other?.text).toContain('binary_request=content,');
    // sdkgen's headers without the owners' `Content-Type`: their dict edit is theirs to carry.
    const noType = SDKGEN.replace(/ {12}"Content-Type": content_type,\n/g, '');
    expect(withResourceCallsDone(PATH, STAINLESS, OWNERS, noType, plan, 'acme')?.text).toContain(
      '            "Content-Type": content_type,\n',
    );
    // sdkgen's headers in another order, the spread before the entry: the owners' entry would not win.
    const spreadFirst = SDKGEN.replace(
      /( {12}"Content-Type": content_type,\n)( {12}\*\*\(extra_headers or \{\}\),\n)/g,
      '$2$1',
    );
    expect(withResourceCallsDone(PATH, STAINLESS, OWNERS, spreadFirst, plan, 'acme')?.text).toContain(
      '"Content-Type": content_type',
    );
    expect(withResourceCallsDone('src/acme/_base_client.py', STAINLESS, OWNERS, SDKGEN, plan, 'acme')).toBeNull();
  });

  // A whole migrate of a small repository (tens of seconds on a loaded machine): SDKGEN_SLOW_TESTS=full's.
  it.runIf(SLOW_FULL)(
    "moves clean with migrate --from-repo: no binary_request in sdkgen's call, nothing left to a person",
    () => {
      const work = tempDir('migrate-resource-binary');
      writeFile(work, 'inputs/openapi.yml', SPEC);
      const spec = path.join(work, 'inputs/openapi.yml');
      const { repo } = stainlessPythonGeneration(work, CONFIG, spec, 'inputs/generation.yml');
      const module = path.join(repo, PATH);
      const rendered = readFileSync(module, 'utf8');
      // Stainless's older method: the file sent as a transformed body, no `Content-Type` param.
      const stainless = rendered
        .replace(/^ {8}content_type: str,\n/gm, '')
        .replace(
          /^( {8}extra_headers = )\{\n {12}"Content-Disposition": content_disposition,\n {12}"Content-Type": content_type,\n {12}\*\*\(extra_headers or \{\}\),\n {8}\}\n/gm,
          '$1{"Content-Disposition": content_disposition, **(extra_headers or {})}\n',
        )
        // (sdkgen's call in the form of 2026-01-13 on: a path read first.)
        .replace(/^( {8}return self\._post\(\n {12}"\/files",\n) {12}content=.*\bcontent,\n/m, `$1${transformed('')}`)
        .replace(
          /^( {8}return await self\._post\(\n {12}"\/files",\n) {12}content=.*\bcontent,\n/m,
          `$1${transformed('await async_')}`,
        );
      expect(stainless).toContain('body=await async_maybe_transform(content');
      writeFile(repo, PATH, stainless);
      writeFile(repo, '.stats.yml', 'configured_endpoints: 1\n');
      commitGenerationThenMain(repo);
      // The owners' edits, as writer-python's: the header param, the file through `binary_request`.
      const owners = rendered.replace(
        /^( {12})content=.*\bcontent,\n((?:.*\n)*? {12}\),\n)/gm,
        '$2$1binary_request=content,\n',
      );
      expect(owners.match(/binary_request=content,/g)).toHaveLength(2);
      writeFile(repo, PATH, owners);
      commitAll(repo, 'send the file as the raw body', 'Owner <owner@example.com>');
      const run = sdkgen(repo, 'migrate', '--from-repo', '--spec', spec);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const migrated = readFileSync(module, 'utf8');
      expect(migrated).not.toContain('binary_request');
      expect(
        migrated.match(/^ {12}content=(?:await async_)?read_file_content\(content\) if .* else content,$/gm),
      ).toHaveLength(2);
      expect(migrated).not.toMatch(/body=.*maybe_transform\(content/);
      expect(run.stdout).not.toMatch(/files\.py[^\n]*(?:rejected|by hand|need)/i);
    },
  );
});
