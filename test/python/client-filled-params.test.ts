/**
 * A param a client option fills in (a Stainless config's `send_as_query_param` / `send_as_body_param`): optional in
 * the method, and where the call leaves it out the client's value is sent, when the client has one. The resources
 * see the package's own client type (`_client: Client`), so reading the option type-checks. The requests go to a
 * local server that records them. The generated tests' client sets no such option, so their call with what is
 * required gives a spec-required one itself (`project="project"`), as Stainless's tests do; the README's calls leave
 * it to the client (cheap: one generation and one Python process).
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/client-method-resource-r30c.test.ts samples the Python client (docs/contributing.md, "What `npm
// test` samples").
import { describe, expect, it } from 'vitest';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';
import { PYTHON_FULL } from '../helpers/python';

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

const CHECK = `${LOCAL_SERVER}
import asyncio
from builds_sdk import Builds, AsyncBuilds

received = []

def record(request):
    body = json.loads(request.body) if request.body else None
    received.append(f"{request.command} {request.path} {json.dumps(body, sort_keys=True)}")
    return {}

url = serve(record)

client = Builds(base_url=url, max_retries=0, project="from-client")
client.builds.list()
client.builds.list(project="own", limit=2)
client.builds.create(revision="main")
client.builds.create(revision="main", project="own")
Builds(base_url=url, max_retries=0).builds.create(revision="main")

async def main():
    await AsyncBuilds(base_url=url, max_retries=0, project="async").builds.create(revision="main")

asyncio.run(main())
print("\\n".join(received))
`;

/** The body of the sync test function `name` of a test module's text. */
function testBody(module: string, name: string): string {
  const start = module.indexOf(`    def ${name}(`);
  expect(start, `${name} is not in the module`).toBeGreaterThanOrEqual(0);
  const end = module.indexOf('\n    @', start);
  return module.slice(start, end === -1 ? undefined : end);
}

describe.runIf(PYTHON_FULL)('params a client option fills in', () => {
  const sdk = pythonSdk('py-client-filled', {
    spec: { name: 'builds.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it('types the resources with the package client, whose options a method reads', () => {
    const resource = sdk.read('src/builds_sdk/_resource.py');
    expect(resource).toContain('    _client: Client\n');
    expect(resource).toContain('    _client: AsyncClient\n');
  });

  // (The query in the params' order, the spec's required `project` first: sortedParams.)
  it("sends the client's value where the call leaves the param out, and the call's own otherwise", async () => {
    const result = await sdk.run(CHECK);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'GET /builds?project=from-client null',
      'GET /builds?project=own&limit=2 null',
      'POST /builds {"project": "from-client", "revision": "main"}',
      'POST /builds {"project": "own", "revision": "main"}',
      'POST /builds {"revision": "main"}',
      'POST /builds {"project": "async", "revision": "main"}',
    ]);
  }, 120_000);

  const generatedTests = () => sdk.read('tests/api_resources/test_builds.py');
  const generatedReadme = () => sdk.read('README.md');

  it('gives a spec-required one in the call with what is required (query and body), once in the full call', () => {
    for (const name of ['test_method_list', 'test_raw_response_list', 'test_streaming_response_list'])
      expect(testBody(generatedTests(), name)).toContain('.list(\n            project="project",\n        )');
    expect(testBody(generatedTests(), 'test_method_create')).toMatch(
      /revision="revision",\n\s+project="project",\n\s+\)/,
    );
    const full = testBody(generatedTests(), 'test_method_list_with_all_params');
    expect(full.match(/project="project"/g)).toHaveLength(1);
  });

  it('leaves one the spec does not require to the call with every param', () => {
    expect(testBody(generatedTests(), 'test_method_search')).not.toContain('project=');
    expect(testBody(generatedTests(), 'test_method_search_with_all_params')).toContain('project="project"');
  });

  it("leaves them to the client in the README's calls", () => {
    expect(generatedReadme()).toMatch(/\.builds\.(list|create|search)\(/);
    expect(generatedReadme()).not.toContain('project="project"');
  });
});
