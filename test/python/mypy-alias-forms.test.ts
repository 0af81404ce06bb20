/**
 * Two alias forms mypy rejected in corpus SDKs (vercel, airbyte): a self-recursive alias is a plain `TypeAlias` for
 * type checkers and a `TypeAliasType` at runtime (mypy cannot resolve a recursive `TypeAliasType`; pydantic recurses
 * forever on a plain one); an enum response, a `Literal` alias, goes to `cast_to` through `cast(Any, …)` as a union
 * does. Generation and text in `npm test`; pyright strict, mypy and pydantic with SDKGEN_PYTHON_TESTS=full.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generatePython,
  pyrightErrorsUnderOwnSettings,
  PYTHON_FULL,
  runMypy,
  runProcess,
  venvPython,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /items:
    get:
      operationId: getItem
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Item' }
  /state:
    post:
      operationId: getState
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/StateType' }
components:
  schemas:
    Value:
      nullable: true
      oneOf:
        - { type: string }
        - { type: number }
        - { type: array, items: { $ref: '#/components/schemas/Value' } }
    Item: { type: object, properties: { value: { $ref: '#/components/schemas/Value' } } }
    StateType: { type: string, enum: [legacy, stream, global] }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  items:
    models:
      item: '#/components/schemas/Item'
      value: '#/components/schemas/Value'
    methods:
      retrieve: get /items
  state:
    models:
      state_type: '#/components/schemas/StateType'
    methods:
      get_type: post /state
`;

describe('alias forms mypy accepts', () => {
  const dir = tempDir('sdkgen-py-mypy-alias-');
  const out = path.join(dir, 'sdk');
  const pkg = path.join(out, 'src/acme_sdk');
  beforeAll(() => {
    writeFileSync(path.join(dir, 'acme.yaml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    generatePython(path.join(dir, 'acme.yaml'), out, path.join(dir, 'stainless.yml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a self-recursive alias plain for type checkers and a TypeAliasType at runtime', () => {
    const text = readFileSync(path.join(pkg, 'types/value.py'), 'utf8');
    expect(text).toContain('from typing import TYPE_CHECKING, ');
    expect(text).toMatch(/\nif TYPE_CHECKING:\n {4}Value: TypeAlias = .*List\["Value"\]/);
    expect(text).toMatch(/\nelse:\n {4}Value = TypeAliasType\(\s*"Value", .*List\["Value"\]/);
  });

  it('casts an enum response to Any for cast_to, and the result to the alias', () => {
    const text = readFileSync(path.join(pkg, 'resources/state.py'), 'utf8');
    expect(text).toContain('cast_to=cast(Any, StateType)');
    expect(text).toMatch(/return cast\(\s*StateType,/);
  });

  it.skipIf(!PYTHON_FULL)(
    'passes pyright strict and mypy, and pydantic validates the recursive value',
    async () => {
      const files = ['src/acme_sdk/types/value.py', 'src/acme_sdk/types/item.py', 'src/acme_sdk/resources/state.py'];
      expect(await pyrightErrorsUnderOwnSettings(out, files)).toEqual([]);
      const mypy = await runMypy(out, ['--cache-dir', path.join(dir, 'mypy-cache'), ...files]);
      expect(mypy.errors).toEqual([]);
      expect(mypy.code, mypy.stdout + mypy.stderr).toBe(0);
      const script = [
        'from acme_sdk.types.item import Item',
        'print(Item.model_validate({"value": ["a", [1.5, None]]}).value)',
      ].join('\n');
      const run = await runProcess(venvPython(), ['-c', script], {
        cwd: out,
        env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      });
      expect(run.stdout.trim()).toBe("['a', [1.5, None]]");
    },
    600_000,
  );
});
