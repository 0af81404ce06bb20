/**
 * A nullable union's one other member (`anyOf: [X, {type: 'null'}]`, OpenAPI 3.0's `nullable` member too) named as X
 * alone would be, as Stainless's Python SDKs name it (knock's `Settings` / `SettingsBranding`, imagekit's `AITag`):
 * no `UnionMember0` and no title appended.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePython, runProcess, venvPython } from '../helpers/python';

const SPEC = `
openapi: 3.0.3
info: { title: Accounts, version: '1' }
paths:
  /account:
    get:
      operationId: getAccount
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  labels:
                    anyOf:
                      - type: array
                        items: { type: object, properties: { name: { type: string } } }
                      - nullable: true
                  settings:
                    anyOf:
                      - title: AccountSettings
                        type: object
                        properties:
                          branding:
                            oneOf:
                              - { title: Branding, type: object, properties: { color: { type: string } } }
                            nullable: true
                      - nullable: true
  /team:
    get:
      operationId: getTeam
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/nullable-team' }
components:
  schemas:
    nullable-team:
      title: Team Simple
      type: object
      nullable: true
      properties: { slug: { type: string } }
`;

const CHECK = `
from accounts_sdk.types.account_retrieve_response import AccountRetrieveResponse, Label, Settings, SettingsBranding
r = AccountRetrieveResponse.model_validate({"labels": [{"name": "a"}], "settings": {"branding": {"color": "red"}}})
assert r.labels is not None and r.settings is not None and r.settings.branding is not None
print(type(r.labels[0]).__name__, type(r.settings).__name__, type(r.settings.branding).__name__)
`;

let dir: string;
let module: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-nullable-members-'));
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  generatePython(path.join(dir, 'openapi.yml'), path.join(dir, 'out'));
  module = readFileSync(path.join(dir, 'out/src/accounts_sdk/types/account_retrieve_response.py'), 'utf8');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a nullable union's one member", () => {
  it('is named as the member alone would be', () => {
    expect([...module.matchAll(/^class (\w+)/gm)].map((match) => match[1])).toEqual([
      'Label',
      'SettingsBranding',
      'Settings',
      'AccountRetrieveResponse',
    ]);
    expect(module).toContain('    labels: Optional[List[Label]] = None\n');
    expect(module).toContain('    branding: Optional[SettingsBranding] = None\n');
  });

  it('keeps the own name of a nullable component schema (no hint to take)', () => {
    const team = readFileSync(path.join(dir, 'out/src/accounts_sdk/types/nullable_team.py'), 'utf8');
    expect([...team.matchAll(/^class (\w*)/gm)].map((match) => match[1])).toEqual(['TeamSimple']);
    expect(team).toContain('NullableTeam: TypeAlias = Optional[TeamSimple]\n');
  });

  it('parses as those classes', async () => {
    const result = await runProcess(venvPython(), ['-W', 'error', '-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(dir, 'out/src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('Label Settings SettingsBranding');
  });
});
