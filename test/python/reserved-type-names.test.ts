/**
 * Types named after Python's keywords and after the names a types module imports (mixedbread's `SearchFilter`, whose
 * `none` field holds a union named `None`): Stainless names such a nested type `NoneType` (`TrueType`, `FalseType`),
 * keeps `Any` where the module imports no `typing.Any`, and a schema named `None` (a module of its own, imported by
 * resources beside `_types.NoneType`) is `NoneModel`, as `List` is `ListModel`. With SDKGEN_PYTHON_TESTS=full the
 * SDK's types type-check under pyright strict and mypy, and a request round-trips through the renamed classes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const members = { anyOf: [{ $ref: '#/components/schemas/SearchFilter' }, { $ref: '#/components/schemas/Condition' }] };
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Filters', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/search': {
      post: {
        operationId: 'search',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchFilter' } } },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Condition: { type: 'object', required: ['key'], properties: { key: { type: 'string' } } },
      SearchFilter: {
        type: 'object',
        description: 'A filter of conditions.',
        properties: {
          all: { type: 'array', items: members },
          any: { type: 'array', items: members },
          none: { type: 'array', items: members },
          true: { type: 'object', properties: { weight: { type: 'number' } } },
          false: { anyOf: [{ type: 'string' }, { type: 'object', properties: { reason: { type: 'string' } } }] },
        },
      },
      None: { type: 'object', properties: { note: { type: 'string' } } },
      Result: {
        type: 'object',
        properties: {
          filter: { $ref: '#/components/schemas/SearchFilter' },
          nothing: { $ref: '#/components/schemas/None' },
          none: { type: 'object', properties: { count: { type: 'integer' } } },
        },
      },
    },
  },
});
const CONFIG = `
organization:
  name: filters
targets:
  python:
    package_name: filters
    project_name: filters
resources:
  $shared:
    models:
      search_filter: '#/components/schemas/SearchFilter'
      condition: '#/components/schemas/Condition'
  search:
    models:
      result: Result
      none: None
    methods:
      search: post /search
`;

const ROUND_TRIP = `${LOCAL_SERVER}
from filters import Filters

def answer(request):
    sent = json.loads(request.body)
    return {"filter": sent, "nothing": {"note": "n"}, "none": {"count": len(sent["none"])}}

client = Filters(base_url=serve(answer), max_retries=0)
result = client.search.search(none=[{"key": "a"}, {"all": [{"key": "b"}]}], true={"weight": 1.5}, false={"reason": "r"})
print(type(result.none).__name__, type(result.nothing).__name__, type(result.filter.true).__name__)
print(result.filter.none[1].all[0].key, result.none.count, result.filter.false.reason)
`;

describe('types named after Python keywords and typing names', () => {
  const sdk = pythonSdk('py-reserved-names', {
    spec: { name: 'openapi.json', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it('names a nested None, True, False as NoneType, TrueType, FalseType, and keeps Any', () => {
    for (const side of ['shared', 'shared_params']) {
      const module = sdk.read(`src/filters/types/${side}/search_filter.py`);
      expect(module).toContain(
        '__all__ = ["SearchFilter", "All", "Any", "FalseType", "FalseReason", "NoneType", "TrueType"]',
      );
      expect(module).toMatch(/^NoneType: TypeAlias = Union\["SearchFilter", Condition\]$/m);
      expect(module).toMatch(/^Any: TypeAlias = Union\["SearchFilter", Condition\]$/m);
      expect(module).toMatch(/^class TrueType\(/m);
      expect(module).toMatch(/^FalseType: TypeAlias = Union\[str, FalseReason\]$/m);
      expect(module).toMatch(/^ {4}none: .*\[NoneType\]/m);
      expect(module).not.toMatch(/^(None|True|False)\b|\[(None|True|False)\]|class (None|True|False)\b/m);
    }
  });

  it('names a schema called None NoneModel, beside a nested NoneType', () => {
    expect(sdk.read('src/filters/types/none_model.py')).toMatch(/^class NoneModel\(BaseModel\):$/m);
    const result = sdk.read('src/filters/types/result.py');
    expect(result).toContain('from .none_model import NoneModel');
    expect(result).toMatch(/^class NoneType\(BaseModel\):$/m);
    expect(result).toContain('nothing: Optional[NoneModel] = None');
    expect(result).toContain('none: Optional[NoneType] = None');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, and a request round-trips',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src/filters'])).toEqual([]);
      expect((await runMypy(sdk.out, [path.join('src', 'filters')])).errors).toEqual([]);
      const run = await sdk.run(ROUND_TRIP);
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual(['NoneType NoneModel TrueType', 'b 2 r']);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright, mypy and a request: ${FULL_ONLY_NOTICE}`, () => {});
});
