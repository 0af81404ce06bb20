/**
 * What a Python method's request says of its operation's security, and the credential options, by era and edition
 * (stainless/python-era.ts): from the 2026-01-30 edition generated from 2026-03-04 on, `security={…}` where the
 * operation's schemes are not every one the client holds (`{}` where the API names no security at all); before
 * 2026-03-04 no `security=` at all. A credential option is required unless its `nullable` says otherwise, whether or
 * not a security names its scheme. An older era keeps its forms: `NotGiven = NOT_GIVEN` for an argument left out, an
 * f-string path, the first configured credential alone and the stricter `_validate_headers`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import type { Api } from '../../generator/ir/types';
import { buildPython } from '../../generator/emit/python/types/build-model';
import { printResourceModule } from '../../generator/emit/python/resources/print-resource';
import { authMembers } from '../../generator/emit/python/client/print-client-auth';
import { formatPython } from '../../generator/format/ruff';
import { pythonFormsOfEra } from '../../generator/stainless/python-era';
import { tempDir } from '../helpers/sdk';

const responses = `responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object }`;

/** Two schemes; `apiSecurity` the API's own `security:` lines (empty: none). */
function spec(apiSecurity: string): string {
  return `openapi: 3.0.3
info: { title: Keyed, version: '1.0' }
servers: [{ url: 'https://api.example.com' }]
components:
  securitySchemes:
    BearerAuth: { type: http, scheme: bearer }
    KeyAuth: { type: apiKey, in: header, name: X-Api-Key }
${apiSecurity}
paths:
  /things:
    get:
      operationId: listThings
      ${responses}
  /things/{thing_id}:
    get:
      operationId: keyed
      security: [{ KeyAuth: [] }]
      parameters: [{ name: thing_id, in: path, required: true, schema: { type: string } }]
      ${responses}
  /open:
    get:
      operationId: open
      security: []
      parameters: [{ name: limit, in: query, schema: { type: integer } }]
      ${responses}
`;
}

function config(edition: string, keyNullable: string): string {
  return `edition: ${edition}
organization: { name: keyed }
targets: { python: { package_name: keyed_sdk } }
client_settings:
  opts:
    bearer_token:
      type: string
      read_env: KEYED_BEARER_TOKEN
      auth: { security_scheme: BearerAuth }
    api_key:
      type: string
      ${keyNullable}
      read_env: KEYED_API_KEY
      auth: { security_scheme: KeyAuth }
resources:
  things:
    methods:
      list: get /things
      keyed: get /things/{thing_id}
      open: get /open
`;
}

const dir = tempDir('sdkgen-py-request-security');

async function apiOf(name: string, specText: string, configText: string): Promise<Api> {
  writeFileSync(path.join(dir, `${name}.yaml`), specText);
  writeFileSync(path.join(dir, `${name}.stainless.yml`), configText);
  return (await loadIr({ spec: path.join(dir, `${name}.yaml`), config: path.join(dir, `${name}.stainless.yml`) })).api;
}

/** The `things` resource module at `era` (a day, null: the newest) and `edition`, checked by Ruff. */
function resourceText(api: Api, era: string | null, edition: string): string {
  const build = buildPython(api, { importName: 'keyed_sdk', fromStainlessConfig: true, stainlessEra: era });
  const text = printResourceModule(build.pkg.resources[0], build, pythonFormsOfEra(era, edition)).contents;
  expect(() => formatPython(text, 'things.py')).not.toThrow();
  return text;
}

let either: Api;
let none: Api;
beforeAll(async () => {
  either = await apiOf(
    'either',
    spec('security:\n  - BearerAuth: []\n  - KeyAuth: []'),
    config('2026-02-23', 'nullable: true'),
  );
  none = await apiOf('none', spec(''), config('2026-02-23', ''));
}, 60_000);

/** The `security=` arguments of the module's methods, in order (sync class then async). */
const securityArgs = (text: string) => [...text.matchAll(/^ +security=(.*),$/gm)].map((m) => m[1]);

describe("the API's own security in the IR", () => {
  test("the API's alternatives where it names some, absent where it names none", () => {
    expect(either.security).toEqual([['BearerAuth'], ['KeyAuth']]);
    expect(none).not.toHaveProperty('security');
  });
});

describe('per-request security (edition 2026-01-30 on, generated 2026-03-04 on)', () => {
  test('the schemes an operation names where not every one the client holds; {} for one asking for none', () => {
    const text = resourceText(either, '2026-04-15', '2026-02-23');
    // list: the API's alternatives name both schemes (the default); keyed: KeyAuth alone; open: none.
    expect(securityArgs(text)).toEqual(['{"key_auth": True}', '{}', '{"key_auth": True}', '{}']);
    // After the params the request sends, as Stainless's SDKs write it.
    expect(text).toMatch(
      /query=maybe_transform\(\{"limit": limit\}, thing_open_params\.ThingOpenParams\),\n +security=\{\},/,
    );
  });

  test('where the API names no security, every operation without its own names none', () => {
    const text = resourceText(none, '2026-04-15', '2026-02-23');
    expect(securityArgs(text)).toEqual(['{}', '{"key_auth": True}', '{}', '{}', '{"key_auth": True}', '{}']);
  });

  test("an older edition keeps sdkgen's list form of an operation's own security", () => {
    const text = resourceText(either, '2026-04-15', '2025-10-10');
    expect(securityArgs(text)).toEqual(['[["KeyAuth"]]', '[]', '[["KeyAuth"]]', '[]']);
  });

  test('no security at all before 2026-03-04 (the client sends what it holds)', () => {
    expect(securityArgs(resourceText(either, '2026-03-01', '2026-02-23'))).toEqual([]);
    expect(securityArgs(resourceText(none, '2024-10-27', '2026-02-23'))).toEqual([]);
  });
});

describe('credential options follow `nullable`', () => {
  test('required by default even where no security names the scheme; optional where nullable', () => {
    const options = (api: Api) =>
      Object.fromEntries(
        buildPython(api, { importName: 'keyed_sdk', fromStainlessConfig: true }).pkg.clientOptions.map((o) => [
          o.name,
          o.required,
        ]),
      );
    // `none`: no security names either scheme, and neither option says nullable.
    expect(options(none)).toEqual({ bearer_token: true, api_key: true });
    expect(options(either)).toEqual({ bearer_token: true, api_key: false });
  });
});

describe('older-era forms', () => {
  test('NotGiven = NOT_GIVEN and f-string paths before their changes; Omit and path_template after', () => {
    const old = resourceText(either, '2024-10-27', '2026-02-23');
    expect(old).toContain('        limit: int | NotGiven = NOT_GIVEN,');
    expect(old).toContain('        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,');
    expect(old).toContain('from .._types import NOT_GIVEN, Body, Query, Headers, NotGiven');
    expect(old).not.toMatch(/\bomit\b|\bnot_given\b|\bOmit\b|path_template/);
    expect(old).toContain('f"/things/{thing_id}"');
    const newest = resourceText(either, null, '2026-02-23');
    expect(newest).toContain('        limit: int | Omit = omit,');
    expect(newest).toContain('path_template("/things/{thing_id}", thing_id=thing_id)');
    // Between the two changes: Omit, and still an f-string.
    const between = resourceText(either, '2026-03-10', '2026-02-23');
    expect(between).toContain('        limit: int | Omit = omit,');
    expect(between).toContain('f"/things/{thing_id}"');
  });

  test('our own words above the extra arguments, not the sentence Stainless wrote', () => {
    const text = resourceText(either, null, '2026-02-23');
    expect(text).not.toContain("aren't available via kwargs");
    expect(text).toMatch(
      / {8}# Headers, query params and body fields .*\n {8}# .*\n {8}extra_headers: Headers \| None = None,/,
    );
  });

  test('the first configured credential alone, and the stricter header check, before their changes', async () => {
    const build = buildPython(either, { importName: 'keyed_sdk', fromStainlessConfig: true });
    const members = (era: string) => authMembers(build.pkg, false, pythonFormsOfEra(era, null)).join('\n');
    expect(members('2025-01-15')).toContain(
      [
        '    def auth_headers(self) -> dict[str, str]:',
        '        if self._bearer_auth:',
        '            return self._bearer_auth',
        '        if self._key_auth:',
        '            return self._key_auth',
        '        return {}',
      ].join('\n'),
    );
    expect(members('2025-06-01')).toContain('        return {**self._bearer_auth, **self._key_auth}');
    // Both credentials nullable: the client checks a request has one, in the era's form.
    const optional = await apiOf(
      'optional',
      spec('security:\n  - BearerAuth: []\n  - KeyAuth: []'),
      config('2025-10-10', 'nullable: true').replace(
        '      read_env: KEYED_BEARER_TOKEN',
        '      nullable: true\n      read_env: KEYED_BEARER_TOKEN',
      ),
    );
    const pkg = buildPython(optional, { importName: 'keyed_sdk', fromStainlessConfig: true }).pkg;
    expect(authMembers(pkg, false, pythonFormsOfEra('2025-12-01', null)).join('\n')).toContain(
      [
        '        if self.bearer_token and headers.get("Authorization"):',
        '            return',
        '        if isinstance(custom_headers.get("Authorization"), Omit):',
        '            return',
      ].join('\n'),
    );
    expect(authMembers(pkg, false, pythonFormsOfEra('2026-02-01', null)).join('\n')).toContain(
      '        if headers.get("Authorization") or isinstance(custom_headers.get("Authorization"), Omit):',
    );
  });
});
