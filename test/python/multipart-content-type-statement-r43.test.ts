/**
 * Where a multipart method sets its Content-Type, after reading its body and files, Stainless writes one of two
 * statements, by what set the headers before it (every multipart method with earlier headers in the mirrors' history):
 * - into the headers already set, `extra_headers["Content-Type"] = "multipart/form-data"`, after the method's own
 *   fixed headers: the `Accept: *\/*` of a method that returns nothing (cartesia-python's `datasets.files.upload` and
 *   `voice_changer.change_voice_sse`) or a header the config fixes (openai-python's `chatkit` `OpenAI-Beta`,
 *   anthropic-python's `anthropic-beta`);
 * - a dict of its own, `extra_headers = {"Content-Type": …, **(extra_headers or {})}`, after the Accept of the body the
 *   method reads (cartesia-python's `tts.infill` and `voice_changer.generate`: `audio/wav`; `generate_sse`:
 *   `text/event-stream`) or after header params alone (letta-python's `agents.import_file`), as where no header came
 *   before.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const FORM = `
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties: { file: { type: string, format: binary } }`;

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /uploads:
    post:
      operationId: upload${FORM}
      responses:
        '204': { description: stored }
  /infill:
    post:
      operationId: infill${FORM}
      responses:
        '200': { description: ok, content: { audio/wav: { schema: { type: string, format: binary } } } }
  /imports:
    post:
      operationId: importFile
      parameters:
        - { name: X-Override, in: header, schema: { type: string } }${FORM}
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  uploads:
    methods:
      create: post /uploads
  infill:
    methods:
      create: post /infill
  imports:
    methods:
      create: post /imports
`;

const packageAt = pythonPackageByEra('py-multipart-content-type', SPEC, CONFIG, 'acme');

/** The sync `create` of a resource module, from its signature to its request. */
function syncCreate(module: string): string {
  const start = module.indexOf('    def create(');
  return module.slice(start, module.indexOf('return self._post(', start));
}

describe("a multipart method's Content-Type statement", () => {
  it("joins the headers set before it where they are a method's Accept of nothing (*/*)", async () => {
    const read = await packageAt(null);
    const create = syncCreate(read('resources/uploads.py'));
    expect(create).toContain('extra_headers = {"Accept": "*/*", **(extra_headers or {})}');
    expect(create).toContain('        extra_headers["Content-Type"] = "multipart/form-data"\n');
  }, 120_000);

  it('is a dict of its own after the Accept of a body the method reads', async () => {
    const read = await packageAt(null);
    const create = syncCreate(read('resources/infill.py'));
    expect(create).toContain('extra_headers = {"Accept": "audio/wav", **(extra_headers or {})}');
    expect(create).toContain('extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}');
    expect(create).not.toContain('extra_headers["Content-Type"]');
  }, 120_000);

  it('is a dict of its own after header params alone', async () => {
    const read = await packageAt(null);
    const create = syncCreate(read('resources/imports.py'));
    expect(create).toContain(
      'extra_headers = {**strip_not_given({"X-Override": x_override}), **(extra_headers or {})}',
    );
    expect(create).toContain('extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}');
    expect(create).not.toContain('extra_headers["Content-Type"]');
  }, 120_000);
});
