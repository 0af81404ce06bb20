/**
 * Shapes of the public corpus's larger specs the fast subset did not have (Vercel's, Twilio's): a HEAD operation
 * (the runtime had no `head`: `self._head` was undefined), a value type that names itself (`List[Value]` inside
 * `Value`: an alias cannot name itself before it is defined, so it is a `TypeAliasType` with the name quoted), and
 * a params module named from a resource that starts with a digit (`2010-04-01` → `_20100401_…`: a module name
 * cannot start with one), and HTTP basic credentials the client requires (no `is None` test strict pyright refuses). With SDKGEN_PYTHON_TESTS=full the package is clean under pyright, the value validates
 * nested, and the HEAD method calls a local server.
 */
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';
import { typeModuleName } from '../../generator/naming/python';

const SPEC = `
openapi: 3.0.3
info: { title: Shapes, version: '1' }
servers: [{ url: https://api.shapes.test }]
security: [{ basic: [] }]
paths:
  /artifacts/{hash}:
    head:
      operationId: artifactExists
      parameters:
        - { name: hash, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: it exists }
  /items/{key}:
    get:
      operationId: getItem
      parameters:
        - { name: key, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Value' } } }
  /2010-04-01/Accounts.json:
    post:
      operationId: createAccount
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { friendly_name: { type: string } } }
      responses:
        '201': { description: created }
  /probes/{hash}:
    options:
      operationId: probeOptions
      parameters:
        - { name: hash, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: allowed methods
          content: { application/json: { schema: { type: object, properties: { allow: { type: string } } } } }
  /api/v1/self:
    get:
      operationId: getSelf
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Detail' } } } }
  /teams/{team_id}:
    get:
      operationId: getTeam
      parameters:
        - { name: team_id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Child' } } } }
  /teams/{team_id}/teams:
    get:
      operationId: listChildTeams
      parameters:
        - { name: team_id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/List' } } } } }
  /maps/{map_id}/import:
    post:
      operationId: importMap
      parameters:
        - { name: map_id, in: path, required: true, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
                - { type: object, required: [map_id, vendor], properties: { map_id: { type: string }, vendor: { type: string } } }
                - { type: object, required: [account_key], properties: { account_key: { type: string } } }
      responses:
        '200': { description: ok }
  /messages/{id}:
    get:
      operationId: getMessage
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                allOf:
                  - allOf:
                      - { type: object, required: [request_id], properties: { request_id: { type: string } } }
                      - { type: object, properties: { enabled: { type: boolean } } }
                  - { type: object, properties: { lists: { type: array, items: { type: object, properties: { ID: { type: string } } } } } }
components:
  securitySchemes:
    basic: { type: http, scheme: basic }
  schemas:
    Value:
      nullable: true
      oneOf:
        - { type: string }
        - { type: number }
        - { type: array, items: { $ref: '#/components/schemas/Value' } }
    List:
      type: object
      properties: { name: { type: string }, contact_count: { type: integer } }
    Summary:
      type: object
      properties: { name: { type: string }, sla_id: { type: string } }
    Update:
      type: object
      properties: { sla_id: { type: integer }, paused: { type: boolean } }
    Detail:
      allOf:
        - $ref: '#/components/schemas/Summary'
        - $ref: '#/components/schemas/Update'
        - { type: object, required: [name], properties: { name: { type: string }, size: { type: integer } } }
    Base:
      type: object
      properties: { id: { type: string } }
    Mid:
      allOf:
        - $ref: '#/components/schemas/Base'
        - { type: object, properties: { mid: { type: string } } }
    Child:
      allOf:
        - $ref: '#/components/schemas/Base'
        - $ref: '#/components/schemas/Mid'
        - { type: object, properties: { own: { type: string } } }
`;

const CALL_CHECK = `${LOCAL_SERVER}
from shapes_sdk import Shapes
from shapes_sdk.types.value import Value
from shapes_sdk.types import Base, Child
from shapes_sdk.types.api.v1 import Detail
import pydantic

seen = []
def answer(request):
    seen.append((request.command, request.path))
    if request.command == "HEAD":
        return (200, None, b"")
    return {"allow": "GET, OPTIONS"}

client = Shapes(base_url=serve(answer), max_retries=0, username="u", password="p")
print(client.artifacts.head("abc"), seen)
print(pydantic.TypeAdapter(Value).validate_python(["a", [1.5, ["b"]], None]))
print(client.probes.options("abc").allow, seen[-1])
print(Detail.model_validate({"name": "n", "sla_id": 3, "paused": True}).model_dump(exclude_none=True))
print(Child.model_validate({"id": "i", "mid": "m", "own": "o"}).model_dump(), isinstance(Child(id="i"), Base))
`;

describe('shapes of the larger corpus specs, in Python', () => {
  const sdk = pythonSdk('py-corpus-shapes', { spec: { name: 'shapes.yaml', text: SPEC } });
  const read = (file: string) => sdk.read(file);

  it('sends HEAD through the runtime, quotes a self-naming alias, and names no module from a digit', () => {
    expect(read('src/shapes_sdk/resources/artifacts.py')).toContain('return self._head(');
    expect(read('src/shapes_sdk/_base_client.py')).toMatch(/\n {4}def head\(/);
    expect(read('src/shapes_sdk/_resource.py')).toContain('self._head = client.head');
    expect(read('src/shapes_sdk/_client.py')).toMatch(
      /^import base64$[\s\S]*def auth_headers\(self\) -> dict\[str, str\]:\n\s+credentials = /m,
    );
    expect(read('src/shapes_sdk/types/value.py')).toMatch(/Value = TypeAliasType\(\s*"Value", .*List\["Value"\]/s);
    // (Twilio's `20100401CreateAccountsParams`, of its resource `_20100401`.)
    expect(typeModuleName('20100401CreateAccountsParams')).toBe('_20100401_create_accounts_params');
  });

  it('sends OPTIONS through the resource base (no client method of that name a resource could take)', () => {
    expect(read('src/shapes_sdk/resources/probes.py')).toContain('return self._options(');
    expect(read('src/shapes_sdk/_resource.py')).toMatch(/\n {4}def _options\(/);
    expect(read('src/shapes_sdk/_resource.py')).toMatch(/\n {4}async def _options\(/);
  });

  it('inherits an allOf only where Python type checkers accept the classes', () => {
    // `Detail` retypes `sla_id` (two bases disagree) and requires `name` (optional in a base): one flat class.
    expect(read('src/shapes_sdk/types/api/v1/detail.py')).toMatch(
      /class Detail\(BaseModel\):\n {4}name: str\n\n {4}sla_id: Optional\[int\] = None\n\n {4}paused: Optional\[bool\] = None\n\n {4}size: Optional\[int\] = None/,
    );
    // `Child` lists `Base` and `Mid`, which inherits `Base`: no order holds both, `Mid` alone is its base.
    expect(read('src/shapes_sdk/types/child.py')).toContain('class Child(Mid):');
    // An allOf of an allOf is one class, named (it had an empty name); its nested `lists` item is no `List`.
    const message = read('src/shapes_sdk/types/message_retrieve_response.py');
    expect(message).toMatch(/class MessageRetrieveResponse\(BaseModel\):\n {4}request_id: str\n\n {4}enabled:/);
    expect(message).toContain('lists: Optional[List[List2]] = None');
  });

  it('names no class, module or parameter as what it would shadow', () => {
    // A schema named `List` is `ListModel` (typing's `List` is imported beside it).
    expect(read('src/shapes_sdk/types/teams/list_model.py')).toContain('class ListModel(BaseModel):');
    // A resource `api` is not `AsyncAPIResource`, the runtime's base of every async resource.
    expect(read('src/shapes_sdk/resources/api/api.py')).toContain('class AsyncApiResource(AsyncAPIResource):');
    // A resource `self` wrapped by the raw-response class: not a second `self` parameter.
    expect(read('src/shapes_sdk/resources/api/v1/self.py')).toContain(
      'def __init__(self, self_: SelfResource) -> None:',
    );
    // `teams.teams` has a module of its own beside `teams/teams.py`.
    expect(read('src/shapes_sdk/resources/teams/teams.py')).toContain('from .teams_ import');
    // A body key named as a path param (`map_id_`) keeps its name in the variants' overloads.
    const maps = read('src/shapes_sdk/resources/maps.py');
    expect(maps).toContain('@required_args(["map_id_", "vendor"], ["account_key"])');
    expect(maps).toMatch(/def import_\(\n\s+self,\n\s+map_id: str,\n\s+\*,\n\s+map_id_: str,\n\s+vendor: str,/);
  });

  it.runIf(PYTHON_FULL)(
    'is clean under pyright, validates the value nested and the allOf models, and sends HEAD and OPTIONS',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src', 'tests'], ['src', '.'])).toEqual([]);
      const run = await sdk.run(CALL_CHECK);
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual([
        "None [('HEAD', '/artifacts/abc')]",
        "['a', [1.5, ['b']], None]",
        "GET, OPTIONS ('OPTIONS', '/probes/abc')",
        "{'name': 'n', 'sla_id': 3, 'paused': True}",
        "{'id': 'i', 'mid': 'm', 'own': 'o'} True",
      ]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and requests: ${FULL_ONLY_NOTICE}`, () => {});
});
