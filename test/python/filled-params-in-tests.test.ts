/**
 * The generated tests of a method whose spec-required param a client option fills in (a Stainless config's
 * `send_as_query_param` / `send_as_body_param`): the tests' client sets no such option, so the call with what is
 * required gives the param itself (`project="project"`), as Stainless's tests do; a filled param the spec does not
 * require stays in the call with every param only, and the README's call leaves both to the client. One generation
 * by the warm sdkgen process, texts compared: cheap.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePython } from '../helpers/python';

const SPEC = `
openapi: 3.0.3
info: { title: Builds, version: '1' }
paths:
  /builds:
    get:
      operationId: listBuilds
      parameters:
        - { name: project, in: query, required: true, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
    post:
      operationId: createBuild
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [project, revision]
              properties:
                project: { type: string }
                revision: { type: string }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /builds/search:
    get:
      operationId: searchBuilds
      parameters:
        - { name: query, in: query, required: true, schema: { type: string } }
        - { name: project, in: query, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `
organization: { name: builds }
targets:
  python: { package_name: builds_sdk }
client_settings:
  opts:
    project:
      type: string
      nullable: true
      send_as_query_param: project
      send_as_body_param: project
resources:
  builds:
    methods:
      list: get /builds
      create: post /builds
      search: get /builds/search
`;

/** The body of the sync test function `name` of a test module's text. */
function testBody(module: string, name: string): string {
  const start = module.indexOf(`    def ${name}(`);
  expect(start, `${name} is not in the module`).toBeGreaterThanOrEqual(0);
  const end = module.indexOf('\n    @', start);
  return module.slice(start, end === -1 ? undefined : end);
}

describe('generated tests of params a client option fills in', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-filled-tests-'));
  const out = path.join(dir, 'sdk');
  let tests: string;
  let readme: string;
  beforeAll(() => {
    writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    generatePython(path.join(dir, 'openapi.yml'), out, path.join(dir, 'stainless.yml'));
    tests = readFileSync(path.join(out, 'tests/api_resources/test_builds.py'), 'utf8');
    readme = readFileSync(path.join(out, 'README.md'), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a spec-required one in the call with what is required (query and body), once in the full call', () => {
    for (const name of ['test_method_list', 'test_raw_response_list', 'test_streaming_response_list'])
      expect(testBody(tests, name)).toContain('.list(\n            project="project",\n        )');
    expect(testBody(tests, 'test_method_create')).toMatch(/revision="revision",\n\s+project="project",\n\s+\)/);
    const full = testBody(tests, 'test_method_list_with_all_params');
    expect(full.match(/project="project"/g)).toHaveLength(1);
  });

  it('leaves one the spec does not require to the call with every param', () => {
    expect(testBody(tests, 'test_method_search')).not.toContain('project=');
    expect(testBody(tests, 'test_method_search_with_all_params')).toContain('project="project"');
  });

  it("leaves them to the client in the README's calls", () => {
    expect(readme).toMatch(/\.builds\.(list|create|search)\(/);
    expect(readme).not.toContain('project="project"');
  });
});
