/**
 * Objects that take keys they do not declare (`additionalProperties` beside properties), in each era's form
 * (python-era.ts, extra-keys.ts): a model ends with a `__getattr__` stub for type checkers, from 2025-07-23 with its
 * `__pydantic_extra__` typed, from 2025-09-25 that typing for type checkers only; a nested or named TypedDict is
 * `XTyped` and `X = Union[XTyped, Dict[str, …]]`, from 2026-03-05 one class with `extra_items=…`, from 2026-06-29 its
 * arguments one a line with a pyright pragma. A method's own params take no extra keys. Every flagged file is in
 * Ruff's layout. With SDKGEN_PYTHON_TESTS=full each era's package passes pyright strict and mypy, pydantic keeps the
 * extra keys, and the params' transform sends them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import type { RenderedFile } from '../../generator/emit/render';
import { formatPython } from '../../generator/format/ruff';
import { pyrightErrorsUnderOwnSettings, PYTHON_FULL, runMypy, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /tenants:
    post:
      operationId: setTenant
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [tenant]
              additionalProperties: true
              properties:
                tenant: { $ref: '#/components/schemas/TenantRequest' }
                labels:
                  type: object
                  properties: { color: { type: string } }
                  additionalProperties: { type: string }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Tenant' }
components:
  schemas:
    TenantRequest:
      type: object
      required: [id]
      properties: { id: { type: string } }
      additionalProperties: true
    Tenant:
      type: object
      required: [id]
      properties:
        id: { type: string }
        object: { type: string }
        settings:
          type: object
          properties: { theme: { type: string } }
          additionalProperties: { type: integer }
      additionalProperties: true
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
resources:
  tenants:
    models:
      tenant: '#/components/schemas/Tenant'
      tenant_request: '#/components/schemas/TenantRequest'
    methods:
      set: post /tenants
`;

const ERAS = ['2025-06-01', '2025-08-01', '2026-04-01', 'latest'] as const;
type Era = (typeof ERAS)[number];

const CHECK = `
from acme_sdk._utils import maybe_transform
from acme_sdk.types import Tenant, tenant_set_params

tenant = Tenant.model_validate({"id": "a", "plan": "pro", "settings": {"theme": "dark", "seats": 3}})
print(tenant.plan, tenant.settings.seats if tenant.settings else None)
params = {"tenant": {"id": "a", "plan": "pro"}, "labels": {"color": "red", "size": "xl"}}
print(maybe_transform(params, tenant_set_params.TenantSetParams))
`;

/** A caller type checkers must accept in every era (the keys each TypedDict declares, the model's extra key read). */
const CALLER = `
from acme_sdk import Acme
from acme_sdk.types import Tenant

client = Acme(base_url="http://127.0.0.1:4010")
tenant: Tenant = client.tenants.set(tenant={"id": "a"}, labels={"color": "red"})
plan: object = tenant.plan
seats: int = tenant.settings.seats if tenant.settings else 0
`;

describe('objects with extra keys, by era', () => {
  const dir = tempDir('sdkgen-py-extra-keys');
  const files = new Map<Era, RenderedFile[]>();
  const text = (era: Era, module: string) =>
    files.get(era)!.find((file) => file.path === `src/acme_sdk/types/${module}.py`)!.contents;
  beforeAll(async () => {
    writeFileSync(path.join(dir, 'acme.yaml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    for (const era of ERAS) {
      const result = await generate({
        spec: path.join(dir, 'acme.yaml'),
        config: path.join(dir, 'stainless.yml'),
        target: 'python',
        stainlessEra: era,
      });
      files.set(era, result.files);
    }
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a model: the stub, then its extra keys typed, then typed for type checkers only', () => {
    const stub = [
      '    if TYPE_CHECKING:',
      '        # Keys beyond the declared fields are read as attributes (this stub types them for checkers).',
      '        # A key that is not a Python name is read with `getattr`, e.g. `getattr(obj, "$type")`.',
      '        def __getattr__(self, attr: str) -> int: ...',
    ];
    const declared = '__pydantic_extra__: Dict[str, int] = FieldInfo(init=False)';
    const pragma = '  # pyright: ignore[reportIncompatibleVariableOverride]';
    expect(text('2025-06-01', 'tenant')).toContain(`    theme: Optional[str] = None\n\n${stub.join('\n')}\n\n\n`);
    expect(text('2025-06-01', 'tenant')).not.toContain('__pydantic_extra__');
    expect(text('2025-08-01', 'tenant')).toContain(`\n\n    ${declared}${pragma}\n${stub.join('\n')}\n\n\n`);
    const checked = [
      stub[0],
      '        # Declared for type checkers only: assigning this field at runtime fails on',
      '        # Pydantic releases before 2.8.0.',
      `        ${declared}${pragma}`,
      '',
      ...stub.slice(1),
      '    else:',
      '        __pydantic_extra__: Dict[str, int]',
    ];
    for (const era of ['2026-04-01', 'latest'] as const) expect(text(era, 'tenant')).toContain(checked.join('\n'));
    // (A field named `object` shadows the builtin in its class: the extra keys' type is `builtins.object` there.)
    expect(text('latest', 'tenant')).toContain('def __getattr__(self, attr: str) -> builtins.object: ...');
    expect(text('latest', 'tenant')).toContain('__pydantic_extra__: Dict[str, builtins.object]\n');
  });

  it('a TypedDict: a union with a dict, then `extra_items`, then with its pragma', () => {
    for (const era of ['2025-06-01', '2025-08-01'] as const) {
      const named = text(era, 'tenant_request_param');
      expect(named).toContain('__all__ = ["TenantRequestParam"]');
      expect(named).toContain('class TenantRequestParamTyped(TypedDict, total=False):\n    id: Required[str]\n');
      expect(named).toContain('TenantRequestParam: TypeAlias = Union[TenantRequestParamTyped, Dict[str, object]]\n');
      const nested = text(era, 'tenant_set_params');
      expect(nested).toContain('__all__ = ["TenantSetParams", "Labels"]');
      expect(nested).toContain('\n\nLabels: TypeAlias = Union[LabelsTyped, Dict[str, str]]\n');
    }
    expect(text('2026-04-01', 'tenant_request_param')).toContain(
      'class TenantRequestParam(TypedDict, total=False, extra_items=object):  # type: ignore[call-arg]\n',
    );
    expect(text('2026-04-01', 'tenant_set_params')).toContain(
      'class Labels(TypedDict, total=False, extra_items=str):  # type: ignore[call-arg]\n',
    );
    expect(text('latest', 'tenant_set_params')).toContain(
      [
        'class Labels(  # type: ignore[call-arg]',
        '    TypedDict,',
        '    total=False,',
        '    extra_items=str,  # pyright: ignore[reportGeneralTypeIssues]',
        '):',
        '    color: str',
      ].join('\n'),
    );
    // (The method's own params are its keyword arguments: they take no extra keys.)
    for (const era of ERAS)
      expect(text(era, 'tenant_set_params')).toContain('class TenantSetParams(TypedDict, total=False):\n');
  });

  it('writes every flagged file in the layout Ruff leaves', () => {
    for (const era of ERAS) {
      const flagged = files.get(era)!.filter((file) => file.inFormatterLayout && file.path.includes('/types/'));
      expect(flagged.map((file) => file.path)).toContain('src/acme_sdk/types/tenant.py');
      for (const file of flagged)
        expect(formatPython(file.contents, file.path), `${era} ${file.path}`).toBe(file.contents);
    }
  });

  it.skipIf(!PYTHON_FULL)(
    'passes pyright strict and mypy in every era, keeps extra keys in models and sends them in params',
    async () => {
      for (const era of ERAS) {
        const out = path.join(dir, era);
        for (const file of files.get(era)!) {
          mkdirSync(path.dirname(path.join(out, file.path)), { recursive: true });
          writeFileSync(path.join(out, file.path), file.contents);
        }
        writeFileSync(path.join(out, 'call.py'), CALLER);
        expect(await pyrightErrorsUnderOwnSettings(out, ['src/acme_sdk/types', 'call.py']), era).toEqual([]);
        const mypy = await runMypy(out, ['--cache-dir', path.join(dir, 'mypy-cache'), 'src/acme_sdk/types']);
        expect(mypy.errors, era).toEqual([]);
        const run = await runProcess(venvPython(), ['-c', CHECK], {
          cwd: out,
          env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
        });
        expect(run.stdout.trim().split('\n'), era + run.stderr).toEqual([
          'pro 3',
          "{'tenant': {'id': 'a', 'plan': 'pro'}, 'labels': {'color': 'red', 'size': 'xl'}}",
        ]);
      }
    },
    900_000,
  );
});
