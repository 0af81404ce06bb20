/**
 * `Model.construct(...)` on a generated SDK's models is a method of the SDK's `BaseModel`, as in Stainless's SDKs, not
 * pydantic 2's deprecated alias: owners' tests written against Stainless's SDKs call it (apollo's), and pyright strict
 * flags every call of a deprecated method. It builds the model from data without validating it: nested models,
 * lists of models and dates built too, a property given by its API name or its Python name, unknown keys kept, a value
 * of the wrong type left as it is. With SDKGEN_PYTHON_TESTS=full, pyright checks a test module calling it as owners do.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/model-construct-typed-extra.test.ts samples Python models (docs/contributing.md, "What `npm test`
// samples").
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Teams, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /teams/{id}:
    get:
      operationId: getTeam
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Team' }
components:
  schemas:
    Person:
      type: object
      required: [name]
      properties:
        name: { type: string }
    Team:
      type: object
      required: [id, owner]
      properties:
        id: { type: string }
        createdAt: { type: string, format: date-time }
        owner: { $ref: '#/components/schemas/Person' }
        members:
          type: array
          items: { $ref: '#/components/schemas/Person' }
`;

const CONFIG = `
organization: { name: teams }
targets:
  python: { package_name: teams }
resources:
  teams:
    models:
      person: '#/components/schemas/Person'
      team: '#/components/schemas/Team'
    methods:
      retrieve: get /teams/{id}
`;

// As owners' tests call it: keyword arguments of any type, a model built by `construct` passed in.
const OWNERS_FORMS = `from datetime import datetime

from teams.types import Team, Person


def test_construct_builds_without_validating() -> None:
    team = Team.construct(id=1, createdAt="2019-12-27T18:11:19.117Z", owner={"name": 3}, members=[{"name": "a"}])
    assert isinstance(team.created_at, datetime)
    assert isinstance(team.owner, Person)
    assert team.members is not None
    assert isinstance(team.members[0], Person)


def test_construct_takes_a_constructed_model() -> None:
    team = Team.construct(owner=Person.construct(name="b"))
    assert team.owner.name == "b"
`;

const PROGRAM = `
from datetime import datetime
from teams._models import BaseModel
from teams.types import Team, Person

team = Team.construct(
    id=1, createdAt="2019-12-27T18:11:19.117Z", owner={"name": 3}, members=[{"name": "a"}, "?"], extra={"k": 1}
)
print(type(team.owner).__name__, repr(team.owner.name))
print(type(team.created_at).__name__, team.created_at.isoformat())
print([type(member).__name__ for member in team.members])
print(repr(team.id), sorted(team.model_fields_set))
as_dict = team.to_dict(warnings=False)
print(sorted(as_dict), as_dict["owner"], as_dict["extra"])

by_python_name = Team.construct(id="t", created_at="2020-01-02T03:04:05Z", owner=Person.construct(name="b"))
print(type(by_python_name.created_at).__name__, by_python_name.owner.name)

# The same builder by both names; a required property left out reads as None.
print(Person.construct().name, Person.model_construct(name="c").name)
print("construct" in vars(BaseModel), Team.construct.__func__ is not BaseModel.model_construct.__func__)
`;

describe.runIf(PYTHON_FULL)(
  "a model's construct(): Stainless's unvalidated builder, not pydantic's deprecated alias",
  () => {
    const sdk = pythonSdk(
      'py-model-construct',
      { spec: { name: 'openapi.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
      { timeout: 180_000 },
    );

    it('builds the model and its nested models from data without validating it', async () => {
      const result = await sdk.run(PROGRAM, { pythonArgs: ['-W', 'error'] });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        'Person 3',
        'datetime 2019-12-27T18:11:19.117000+00:00',
        "['Person', 'str']",
        "1 ['created_at', 'id', 'members', 'owner']",
        "['createdAt', 'extra', 'id', 'members', 'owner'] {'name': 3} {'k': 1}",
        'datetime b',
        'None c',
        'True True',
      ]);
    }, 60_000);

    if (!PYTHON_FULL) console.log(`model construct: pyright ${FULL_ONLY_NOTICE}`);
    it.skipIf(!PYTHON_FULL)(
      'type-checks a test module calling construct as owners do, under the SDK’s own pyright settings',
      async () => {
        writeFileSync(path.join(sdk.out, 'tests/test_construct_forms.py'), OWNERS_FORMS);
        expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['tests/test_construct_forms.py'])).toEqual([]);
      },
      600_000,
    );
  },
);
