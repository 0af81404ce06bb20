// The owners' decorators of a method's test cases on the case of that method only sdkgen's module has
// (modern-treasury-python: `@loose_parametrize` for strict-failing fixtures; sdkgen adds a `_with_all_params` case).
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { carryPythonEdits } from '../../generator/migrate/python/reapply/carry-edits';

const PATH = 'tests/api_resources/test_entities.py';

const module = (sync: string[], cases: Record<string, string[]>, asyncCases: Record<string, string[]>) =>
  [
    'import pytest',
    '',
    '',
    'class TestEntities:',
    ...sync.map((l) => `    ${l}`),
    '',
    ...Object.entries(cases).flatMap(([name, decorators]) => [
      ...decorators.map((d) => `    ${d}`),
      `    def ${name}(self, client: Client) -> None:`,
      `        client.entities.retrieve(id="id")`,
      '',
    ]),
    '',
    'class TestAsyncEntities:',
    '    parametrize = pytest.mark.parametrize("async_client", [False, True], indirect=True)',
    '',
    ...Object.entries(asyncCases).flatMap(([name, decorators]) => [
      ...decorators.map((d) => `    ${d}`),
      `    async def ${name}(self, async_client: AsyncClient) -> None:`,
      `        await async_client.entities.retrieve(id="id")`,
      '',
    ]),
  ].join('\n');

const P = '@parametrize';
const L = '@loose_parametrize';
const S = '@pytest.mark.skip';
const PARAM = 'parametrize = pytest.mark.parametrize("client", [False, True], indirect=True)';
const LOOSE = 'loose_parametrize = pytest.mark.parametrize("client", [False], indirect=True)';

describe("the owners' decorators of a method's cases, on the cases only sdkgen's module has", () => {
  const stainless = module(
    [PARAM],
    {
      test_method_retrieve: [P],
      test_raw_response_retrieve: [P],
      test_path_params_retrieve: [P],
      test_method_list: [P],
    },
    { test_method_retrieve: [P], test_raw_response_retrieve: [P] },
  );
  const owners = module(
    [PARAM, LOOSE],
    {
      test_method_retrieve: [L],
      test_raw_response_retrieve: [L],
      test_path_params_retrieve: [P],
      test_method_list: [P],
    },
    { test_method_retrieve: [S, P], test_raw_response_retrieve: [S, P] },
  );
  const sdkgen = module(
    [PARAM],
    {
      test_method_retrieve: [P],
      test_method_retrieve_with_all_params: [P],
      test_raw_response_retrieve: [P],
      test_path_params_retrieve: [P],
      test_method_list: [P],
      test_method_list_with_all_params: [P],
    },
    { test_method_retrieve: [P], test_method_retrieve_with_all_params: [P], test_raw_response_retrieve: [P] },
  );

  it('gives the new case of a method theirs where every case of it both modules have changed alike', () => {
    const carry = carryPythonEdits(
      emptyMigrationPlan(),
      { path: PATH, contents: sdkgen },
      stainless,
      owners,
      owners,
      () => undefined,
    );
    const text = carry.carriedWhole.text;
    const decoratorsOf = (cls: string, name: string) => {
      const body = text.slice(text.indexOf(`class ${cls}:`));
      const lines = body.split('\n');
      const at = lines.findIndex((l) => new RegExp(`def ${name}\\(`).test(l));
      const out: string[] = [];
      for (let i = at - 1; i >= 0 && lines[i].trim().startsWith('@'); i--) out.unshift(lines[i].trim());
      return out;
    };
    expect(decoratorsOf('TestEntities', 'test_method_retrieve_with_all_params')).toEqual([L]);
    expect(decoratorsOf('TestAsyncEntities', 'test_method_retrieve_with_all_params')).toEqual([S, P]);
    // The cases they changed carry as their hunks say; the others stay sdkgen's.
    expect(decoratorsOf('TestEntities', 'test_method_retrieve')).toEqual([L]);
    expect(decoratorsOf('TestEntities', 'test_path_params_retrieve')).toEqual([P]);
    expect(decoratorsOf('TestEntities', 'test_method_list_with_all_params')).toEqual([P]);
  });

  it('leaves a new case as sdkgen wrote it where the cases of its method were not all changed alike', () => {
    const mixed = owners.replace(
      `    ${L}\n    def test_raw_response_retrieve`,
      `    ${P}\n    def test_raw_response_retrieve`,
    );
    const carry = carryPythonEdits(
      emptyMigrationPlan(),
      { path: PATH, contents: sdkgen },
      stainless,
      mixed,
      mixed,
      () => undefined,
    );
    const text = carry.carriedWhole.text;
    expect(text).toContain(`    ${P}\n    def test_method_retrieve_with_all_params(self, client`);
  });
});
