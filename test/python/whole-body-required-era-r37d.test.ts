/**
 * A whole request body (an array, a file) the spec's requestBody does not require: Stainless's Python SDKs of an era
 * before OPTIONAL_WHOLE_BODY_SINCE made it required all the same, later ones keep the spec's say. One spec (Stainless's
 * Petstore example, sha256 6937085…) gave example-stainless-py of 2024-12 `items: Required[Iterable[UserParam]]` and
 * `image: Required[FileTypes]`, and nptakudo/stainless-api-sdk of 2025-03 both optional. The generated tests' call
 * with what is required passes the body in the older era. With SDKGEN_PYTHON_TESTS=full the older era's calls reach
 * a server on 127.0.0.1, and leaving the body out is a TypeError there.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { OPTIONAL_WHOLE_BODY_SINCE } from '../../generator/stainless/python-body-era';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';
import { SLOW_FULL, SLOW_ONLY_NOTICE } from '../helpers/slow-tests';

const SPEC = `
openapi: 3.0.3
info: { title: Pets, version: '1' }
paths:
  /users/batch:
    post:
      operationId: createUsers
      requestBody:
        content:
          application/json:
            schema:
              type: array
              items: { type: object, properties: { name: { type: string } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /pets/{petId}/image:
    post:
      operationId: uploadImage
      parameters:
        - { name: petId, in: path, required: true, schema: { type: integer } }
        - { name: caption, in: query, schema: { type: string } }
      requestBody:
        content:
          application/octet-stream:
            schema: { type: string, format: binary }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `
organization: { name: pets }
targets:
  python: { package_name: pets_sdk }
resources:
  users:
    methods:
      create_batch: post /users/batch
  pets:
    methods:
      upload_image: post /pets/{petId}/image
`;

/** The day before Stainless's SDKs kept an optional whole body optional. */
const OLDER_ERA = '2025-03-21';

async function generated(era: string | null): Promise<{ root: string; files: Map<string, string> }> {
  const root = pythonTempDir('whole-body-era');
  writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.yaml'),
    config: path.join(root, 'stainless.yml'),
    target: 'python',
    stainlessEra: era,
  });
  return { root, files: new Map(result.files.map((f) => [f.path, f.contents])) };
}

describe('a whole request body the spec does not require', () => {
  it.runIf(SLOW_FULL)('is required in an older era, optional from OPTIONAL_WHOLE_BODY_SINCE on', async () => {
    expect(OLDER_ERA < OPTIONAL_WHOLE_BODY_SINCE).toBe(true);
    const older = (await generated(OLDER_ERA)).files;
    expect(older.get('src/pets_sdk/types/user_create_batch_params.py')).toContain('body: Required[Iterable[Body]]');
    expect(older.get('src/pets_sdk/types/pet_upload_image_params.py')).toContain('body: Required[FileTypes]');
    // Required params first, as Stainless orders them: the file before the optional query param.
    expect(older.get('src/pets_sdk/resources/pets.py')).toMatch(/\n {8}body: FileTypes,\n {8}caption: /);
    // The test of the call with what is required passes the body.
    expect(older.get('tests/api_resources/test_users.py')).toMatch(
      /def test_method_create_batch\(self, client: Pets\) -> None:\n\s+user = client\.users\.create_batch\(\n\s+body=/,
    );
    const newer = (await generated(OPTIONAL_WHOLE_BODY_SINCE)).files;
    expect(newer.get('src/pets_sdk/types/user_create_batch_params.py')).toContain('body: Iterable[Body]\n');
    expect(newer.get('src/pets_sdk/types/pet_upload_image_params.py')).toMatch(/body: FileTypes\n/);
    expect(newer.get('tests/api_resources/test_users.py')).toContain('user = client.users.create_batch()');
  });
  if (!SLOW_FULL) it.skip(`two generations: ${SLOW_ONLY_NOTICE}`, () => {});

  it.runIf(PYTHON_FULL)(
    "the older era's calls send the body, and leaving it out is a TypeError",
    async () => {
      const { root, files } = await generated(OLDER_ERA);
      const program = `${LOCAL_SERVER}
from pets_sdk import Pets

url, seen = serve_recording(lambda request: [request.command, request.path, request.body.decode()])
client = Pets(base_url=url, max_retries=0)
client.users.create_batch(body=[{"name": "Rex"}])
client.pets.upload_image(pet_id=7, body=b"PNG..")
try:
    client.users.create_batch()
    seen.append("sent without a body")
except TypeError as error:
    seen.append("TypeError" if "body" in str(error) else str(error))
print(json.dumps(seen))
`;
      const run = await runPythonAgainstFiles(root, files, program);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([
        ['POST', '/users/batch', '[{"name":"Rex"}]'],
        ['POST', '/pets/7/image', 'PNG..'],
        'TypeError',
      ]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
