/**
 * `Model.construct(...)` fills what the data leaves out as Stainless's does: each field in the order the class
 * declares it (its repr and `model_dump()` as a validated model's), an optional one its default (a default factory
 * called), a required one None; a fields set given is added to by the fields the data gives, not replaced.
 */
import { describe, expect, it } from 'vitest';
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
              schema:
                type: object
                required: [id, kind]
                properties:
                  id: { type: string }
                  kind: { type: string, enum: [team] }
                  size: { type: integer }
`;

const PROGRAM = `
from typing import List, Optional
from pydantic import Field
from teams_sdk._models import BaseModel
from teams_sdk.types import TeamRetrieveResponse

class Settings(BaseModel):
    name: str
    color: Optional[str] = Field(alias="Color", default="blue")
    limit: int = 3
    tags: List[str] = Field(default_factory=list)

print(repr(TeamRetrieveResponse.construct(id="t")))
print(repr(Settings.construct()))
print(list(Settings.construct(limit=7).model_dump()), Settings.construct(limit=7).limit)
given = Settings.construct(_fields_set={"limit"}, Color="red")
print(repr(given), sorted(given.model_fields_set))
print(given.to_dict())
`;

describe("a model's construct() fills the fields the data leaves out", () => {
  const sdk = pythonSdk(
    'py-model-construct-defaults',
    { spec: { name: 'openapi.yaml', text: SPEC } },
    { timeout: 180_000 },
  );

  it('gives defaults, None for a required field, in declaration order, and adds to a fields set given', async () => {
    const result = await sdk.run(PROGRAM, { pythonArgs: ['-W', 'error'] });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      "TeamRetrieveResponse(id='t', kind=None, size=None)",
      "Settings(name=None, color='blue', limit=3, tags=[])",
      "['name', 'color', 'limit', 'tags'] 7",
      "Settings(name=None, color='red', limit=3, tags=[]) ['color', 'limit']",
      "{'Color': 'red', 'limit': 3}",
    ]);
  }, 60_000);
});
