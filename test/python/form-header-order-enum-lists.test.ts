/**
 * Two forms of Stainless's Python resources (mixedbread's `files.create` and `parsing.jobs.create`, browserbase's
 * `extensions.create`), which the owners' edits of those modules are anchored on:
 * - a multipart method reads its body and files first (`body = deepcopy_minimal(…)`, `files = extract_files(…)`) and
 *   only then sets the Content-Type, in a dict of its own where no header came before or header params alone did
 *   (letta-python's `agents.import_file`; where it joins the headers set before it:
 *   multipart-content-type-statement-r43.test.ts);
 * - a params array whose items are a name of an enum is a `List` of it (`Optional[List[ElementType]]`), as an enum in
 *   place is (`List[Literal[…]]`), not an `Iterable`.
 * The package is type-checked by mypy where the test venv has it, with SDKGEN_PYTHON_TESTS=full (`npm run test:python`;
 * a cold mypy --strict is most of this file's time in `npm test`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON_FULL } from '../helpers/python';
import { generatePythonInto, pythonPackageByEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Docs, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /files:
    post:
      operationId: createFile
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties: { file: { type: string, format: binary } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/File' } } } }
  /extensions:
    post:
      operationId: createExtension
      parameters:
        - { name: X-Trace, in: header, required: false, schema: { type: string } }
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties: { file: { type: string, format: binary } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/File' } } } }
  /jobs:
    post:
      operationId: createJob
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [file_id]
              properties:
                file_id: { type: string }
                element_types:
                  type: array
                  nullable: true
                  items: { $ref: '#/components/schemas/ElementType' }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/File' } } } }
components:
  schemas:
    ElementType: { type: string, enum: [title, text, table] }
    File: { type: object, properties: { id: { type: string } } }
`;

const CONFIG = `
organization: { name: docs }
targets:
  python: { package_name: docs }
resources:
  files:
    methods:
      create: post /files
  extensions:
    methods:
      create: post /extensions
  jobs:
    models:
      element_type: ElementType
    methods:
      create: post /jobs
`;

const VENV = path.join(__dirname, '../.tmp/python-venv/bin/python');

describe("Stainless's forms of a form's headers and of a list of enum names", () => {
  const generated = pythonPackageByEra('py-form-header-order', SPEC, CONFIG, 'docs');

  it('reads the body and files before setting the Content-Type', async () => {
    const read = await generated(null);
    const files = read('resources/files.py');
    const sync = files.slice(files.indexOf('    def create('), files.indexOf('class AsyncFilesResource'));
    const order = [
      'body = deepcopy_with_paths(',
      'files = extract_files(',
      'extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}',
    ];
    const at = order.map((line) => sync.indexOf(line));
    expect(
      at.every((i) => i >= 0),
      sync,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const extensions = read('resources/extensions.py');
    const withHeader = extensions.slice(
      extensions.indexOf('    def create('),
      extensions.indexOf('class AsyncExtensionsResource'),
    );
    expect(withHeader.indexOf('extra_headers = {**strip_not_given(')).toBeLessThan(
      withHeader.indexOf('body = deepcopy_with_paths('),
    );
    expect(withHeader.indexOf('files = extract_files(')).toBeLessThan(
      withHeader.indexOf('extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}'),
    );
  }, 120_000);

  it('annotates a list of enum names as a List', async () => {
    const read = await generated(null);
    expect(read('types/job_create_params.py')).toMatch(/element_types: Optional\[List\[ElementType\]\]/);
    expect(read('resources/jobs.py')).toMatch(/element_types: Optional\[List\[ElementType\]\] \| Omit = omit/);
  }, 120_000);

  it.skipIf(!PYTHON_FULL || !existsSync(VENV))(
    'type-checks with mypy',
    () => {
      const dir = pythonTempDir('py-form-header-order-mypy');
      const out = generatePythonInto(dir, path.join(dir, 'out'), {
        spec: { name: 'openapi.yaml', text: SPEC },
        config: { name: 'stainless.yml', text: CONFIG },
      });
      const modules = ['files', 'extensions', 'jobs'].map((m) => `src/docs/resources/${m}.py`);
      const run = spawnSync(VENV, ['-m', 'mypy', '--strict', '--follow-imports=silent', ...modules], {
        cwd: out,
        encoding: 'utf8',
        env: { ...process.env, MYPYPATH: path.join(out, 'src') },
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
    },
    300_000,
  );
});
