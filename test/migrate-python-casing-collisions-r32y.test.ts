/**
 * Params of one method whose Python names coincide once snake-cased, in a method a Stainless config names (composio's
 * `GET /api/v3/trigger_instances/active` takes a query `auth_config_ids` and a deprecated `authConfigIds`; its
 * upsert a body `trigger_config` and `triggerConfig`). Stainless names each by where it goes, its name and its number
 * among those going there (`query_auth_config_ids_1`, `query_auth_config_ids_2`, `body_trigger_config_1`), its params
 * TypedDict keyed so with the wire name its alias, and composio's own SDK calls `list_active(query_trigger_ids_1=…)`:
 * a migrated SDK must take those names. Before, sdkgen wrote `auth_config_ids` and `auth_config_ids_` (keyed
 * `auth_config_ids2`). Without a config the names stay sdkgen's. With SDKGEN_PYTHON_TESTS=full: pyright strict and
 * mypy over the package, and a call to a server on 127.0.0.1 sends each value under its wire name.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FULL_ONLY_NOTICE,
  generatePythonFiles,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runMypy,
} from './helpers/python';
import { LOCAL_SERVER, pythonSdk, pythonTempDir } from './helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Trig, version: '1' }
servers: [{ url: http://localhost }]
paths:
  /triggers/active:
    get:
      operationId: listActive
      parameters:
        - { name: auth_config_ids, in: query, schema: { type: array, items: { type: string } } }
        - { name: trigger_ids, in: query, schema: { type: array, items: { type: string } } }
        - { name: authConfigIds, in: query, description: Deprecated., schema: { type: array, items: { type: string } } }
        - { name: triggerIds, in: query, schema: { type: array, items: { type: string } } }
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Trigger' } } } }
  /triggers/{slug}/upsert:
    post:
      operationId: upsert
      parameters:
        - { name: slug, in: path, required: true, schema: { type: string } }
        - { name: redirect_url, in: query, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                triggerConfig: { type: object, additionalProperties: true, description: Deprecated. }
                trigger_config: { type: object, additionalProperties: true }
                redirectUrl: { type: string }
                version: { type: string }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Trigger' } } } }
components:
  schemas:
    Trigger:
      type: object
      properties:
        id: { type: string }
`;

const CONFIG = `
organization: { name: trig }
targets:
  python:
    package_name: trig_sdk
resources:
  triggers:
    models:
      trigger: Trigger
    methods:
      list_active: get /triggers/active
      upsert: post /triggers/{slug}/upsert
`;

const SCRIPT = `${LOCAL_SERVER}
from trig_sdk import Trig
from trig_sdk.types import TriggerListActiveParams

seen = []

def answer(request):
    seen.append({"path": request.path, "body": json.loads(request.body or b"null")})
    return {"id": "t"}

url = serve(answer)
client = Trig(base_url=url, max_retries=0)
params: TriggerListActiveParams = {"query_auth_config_ids_1": ["a"], "query_auth_config_ids_2": ["b"]}
client.triggers.list_active(**params, query_trigger_ids_1=["t1"], query_trigger_ids_2=["t2"], limit=3)
client.triggers.upsert(
    "s",
    body_trigger_config_1={"x": 1},
    body_trigger_config_2={"y": 2},
    query_redirect_url="q",
    body_redirect_url="b",
)
print(json.dumps(seen))
`;

describe('params named alike once snake-cased are named by place and number', () => {
  const sdk = pythonSdk('py-casing-collisions', {
    spec: { name: 'openapi.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });
  const read = (file: string) => sdk.read(`src/trig_sdk/${file}`);

  it('numbers query params of one place: arguments, params keys aliased to the wire names, request keys', () => {
    const resource = read('resources/triggers.py');
    for (const name of [
      'query_auth_config_ids_1',
      'query_auth_config_ids_2',
      'query_trigger_ids_1',
      'query_trigger_ids_2',
    ]) {
      expect(resource).toMatch(new RegExp(`\\n {8}${name}: SequenceNotStr\\[str\\] \\| Omit = omit,\\n`));
      expect(resource).toContain(`"${name}": ${name},`);
    }
    expect(resource).toMatch(/\n {8}limit: int \| Omit = omit,\n/);
    const params = read('types/trigger_list_active_params.py');
    expect(params).toContain(
      'query_auth_config_ids_1: Annotated[SequenceNotStr[str], PropertyInfo(alias="auth_config_ids")]',
    );
    expect(params).toContain(
      'query_auth_config_ids_2: Annotated[SequenceNotStr[str], PropertyInfo(alias="authConfigIds")]',
    );
    expect(params).toContain('query_trigger_ids_2: Annotated[SequenceNotStr[str], PropertyInfo(alias="triggerIds")]');
    expect(params).not.toMatch(/auth_config_ids2|\n {4}auth_config_ids:/);
  });

  it('numbers body params of one place and prefixes one alone in its place', () => {
    const resource = read('resources/triggers.py');
    expect(resource).toContain('"body_trigger_config_1": body_trigger_config_1,');
    expect(resource).toContain('"body_trigger_config_2": body_trigger_config_2,');
    expect(resource).toContain('"body_redirect_url": body_redirect_url,');
    expect(resource).toContain('"query_redirect_url": query_redirect_url');
    const params = read('types/trigger_upsert_params.py');
    expect(params).toContain(
      'body_trigger_config_1: Annotated[Dict[str, object], PropertyInfo(alias="trigger_config")]',
    );
    expect(params).toContain(
      'body_trigger_config_2: Annotated[Dict[str, object], PropertyInfo(alias="triggerConfig")]',
    );
    expect(params).toContain('body_redirect_url: Annotated[str, PropertyInfo(alias="redirectUrl")]');
    expect(params).toContain('query_redirect_url: Annotated[str, PropertyInfo(alias="redirect_url")]');
  });

  it('leaves a method without a config with sdkgen names', async () => {
    const files = await generatePythonFiles(pythonTempDir('py-casing-collisions-none'), SPEC, null, {
      spec: 'openapi.yaml',
    });
    const resources = [...files.entries()].filter(([name]) => name.includes('/resources/')).map(([, text]) => text);
    expect(resources.join('\n')).not.toContain('query_auth_config_ids_1');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, and sends each value under its wire name',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/trig_sdk'], ['src', '.'])).toEqual([]);
      const mypy = await runMypy(sdk.out, ['--cache-dir', path.join(sdk.dir, 'mypy-cache'), 'src/trig_sdk']);
      expect(mypy.errors).toEqual([]);
      const run = await sdk.run(SCRIPT, { timeout: 10 * 60 * 1000 });
      expect(run.code, run.stderr).toBe(0);
      const seen = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { path: string; body: unknown }[];
      const query = new URL(seen[0].path, 'http://x').searchParams;
      expect(query.getAll('auth_config_ids').concat(query.getAll('auth_config_ids[]')).join(',')).toContain('a');
      expect(seen[0].path).toMatch(/authConfigIds/);
      expect(seen[0].path).toMatch(/triggerIds/);
      expect(seen[0].path).toMatch(/limit=3/);
      expect(seen[1]).toEqual({
        path: '/triggers/s/upsert?redirect_url=q',
        body: { trigger_config: { x: 1 }, triggerConfig: { y: 2 }, redirectUrl: 'b' },
      });
    },
    600_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright, mypy and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
