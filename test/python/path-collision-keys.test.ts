/**
 * A param named as a path param its method takes positionally, in a method a Stainless config names (casedev's
 * `PUT /skills/{slug}` with a body `slug`, letta's `POST /v1/runs/{run_id}/stream` with a body `run_id`): the
 * argument is `body_slug` (path-collisions.ts), and so is the params TypedDict's key, the wire name its alias
 * (`body_slug: Annotated[str, PropertyInfo(alias="slug")]`) and the request's dict `"body_slug": body_slug`, as
 * Stainless's; before, the TypedDict declared `slug` and the method passed `"slug": body_slug`. A query param so named
 * is `query_id` the same way. Without a config the names stay as they were (`slug_`, keyed `slug`).
 * Every era writes these keys so. With SDKGEN_PYTHON_TESTS=full: pyright strict and mypy over the package, and both
 * calls to a real server on 127.0.0.1 send each value under its wire name, where it goes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  generatePythonFiles,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runMypy,
} from '../helpers/python';
import { LOCAL_SERVER, pythonPackageByEra, pythonSdk, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Coll, version: '1' }
servers: [{ url: http://localhost }]
paths:
  /skills/{slug}:
    put:
      operationId: updateSkill
      parameters:
        - { name: slug, in: path, required: true, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: { type: string }
                slug: { type: string, description: The skill's new slug. }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Skill' } } } }
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: id, in: query, required: false, schema: { type: string } }
        - { name: limit, in: query, required: false, schema: { type: integer } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Skill' } } } }
components:
  schemas:
    Skill:
      type: object
      required: [slug]
      properties:
        slug: { type: string }
`;

const CONFIG = `
organization: { name: coll }
targets:
  python:
    package_name: coll_sdk
resources:
  skills:
    models:
      skill: Skill
    methods:
      update: put /skills/{slug}
  items:
    methods:
      retrieve: get /items/{id}
`;

const SCRIPT = `${LOCAL_SERVER}
import asyncio
from coll_sdk import Coll, AsyncColl
from coll_sdk.types import SkillUpdateParams

seen = []

def answer(request):
    seen.append({"method": request.command, "path": request.path, "body": json.loads(request.body or b"null")})
    return {"slug": "new"}

url = serve(answer)
client = Coll(base_url=url, max_retries=0)
params: SkillUpdateParams = {"body_slug": "new", "name": "n"}
client.skills.update("old", **params)
client.items.retrieve("p1", query_id="q1", limit=2)
asyncio.run(AsyncColl(base_url=url, max_retries=0).skills.update("old", body_slug="async"))
print(json.dumps(seen))
`;

describe('a param named as a positional path param is keyed as its argument is named', () => {
  const sdk = pythonSdk('py-path-collision-keys', {
    spec: { name: 'openapi.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });
  const read = (file: string) => sdk.read(`src/coll_sdk/${file}`);

  it('declares body_slug aliased to slug, and sends the argument under that key', () => {
    const params = read('types/skill_update_params.py');
    expect(params).toMatch(/\n {4}body_slug: Annotated\[str, PropertyInfo\(alias="slug"\)\]\n/);
    expect(params).not.toMatch(/\n {4}slug:/);
    const skills = read('resources/skills.py');
    expect(skills).toMatch(
      /def update\(\n\s+self,\n\s+path_slug: str,\n\s+\*,\n\s+name: str \| Omit = omit,\n\s+body_slug:/,
    );
    expect(skills).toContain('"body_slug": body_slug,');
    expect(skills).not.toContain('"slug": body_slug');
  });

  it('keys a query param so named query_id, aliased to id', () => {
    expect(read('types/item_retrieve_params.py')).toMatch(
      /\n {4}query_id: Annotated\[str, PropertyInfo\(alias="id"\)\]\n/,
    );
    expect(read('resources/items.py')).toContain('"query_id": query_id,');
  });

  it('writes the same keys in every era', async () => {
    const byEra = pythonPackageByEra('py-path-collision-keys-era', SPEC, CONFIG, 'coll_sdk');
    for (const era of ['2024-10-01', '2025-06-01', null]) {
      const file = await byEra(era);
      expect(file('types/skill_update_params.py'), String(era)).toContain(
        'body_slug: Annotated[str, PropertyInfo(alias="slug")]',
      );
      expect(file('resources/skills.py'), String(era)).toContain('"body_slug": body_slug,');
    }
  });

  it('leaves a method without a config as it was: the second argument slug_, keyed slug', async () => {
    const files = await generatePythonFiles(pythonTempDir('py-path-collision-keys-none'), SPEC, null, {
      spec: 'openapi.yaml',
    });
    const file = (name: string) =>
      files.get(`src/coll_sdk/${name}`) ?? `no src/coll_sdk/${name} in ${[...files.keys()]}`;
    expect(file('types/skill_update_params.py')).toMatch(/\n {4}slug: str\n/);
    expect(file('resources/skills.py')).toContain('"slug": slug_,');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, and sends each value under its wire name',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/coll_sdk'], ['src', '.'])).toEqual([]);
      const mypy = await runMypy(sdk.out, ['--cache-dir', path.join(sdk.dir, 'mypy-cache'), 'src/coll_sdk']);
      expect(mypy.errors).toEqual([]);
      const run = await sdk.run(SCRIPT, { timeout: 10 * 60 * 1000 });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([
        { method: 'PUT', path: '/skills/old', body: { slug: 'new', name: 'n' } },
        { method: 'GET', path: '/items/p1?id=q1&limit=2', body: null },
        { method: 'PUT', path: '/skills/old', body: { slug: 'async' } },
      ]);
    },
    600_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright, mypy and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
