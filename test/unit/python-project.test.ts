import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { printResourceModule } from '../../generator/emit/python/resources/print-resource';
import { buildPython } from '../../generator/emit/python/types/build-model';
import { planPythonProjectFiles } from '../../generator/emit/python/plan-project';
import { pyCode, pyDict, pyFlat, pyList, pyStr, pyValue } from '../../generator/emit/python/types/py-literal';
import { formatPython } from '../../generator/format/ruff';
import { sharedPath } from '../helpers/paths';

describe('Python literals', () => {
  test('strings are escaped into one literal, single-quoted only when that saves escapes', () => {
    expect(pyStr('plain')).toBe('"plain"');
    expect(pyStr('S?oC"high')).toBe(`'S?oC"high'`);
    expect(pyStr(`a"b'c`)).toBe(`"a\\"b'c"`);
    expect(pyStr('x\\"); import os\n')).toBe(`'x\\\\"); import os\\n'`);
    expect(pyStr('\u2028\u0000')).toBe('"\\u2028\\x00"');
  });

  test('a dict of two entries or more is broken one entry a line; a lone broken element is hugged', () => {
    expect(pyFlat(pyDict([['foo', 'bar']]))).toBe('{"foo": "bar"}');
    expect(
      pyValue(
        pyList([
          pyDict([
            ['a', 1],
            ['b', true],
          ]),
        ]),
        12,
        18,
      ),
    ).toBe(
      '[\n                {\n                    "a": 1,\n                    "b": True,\n                }\n            ]',
    );
    expect(pyFlat(pyList([null, 1.5, pyCode('b"raw file contents"')]))).toBe('[None, 1.5, b"raw file contents"]');
  });
});

const shared = sharedPath('stainless-compat-python');

async function projectFiles(name: string, importName: string) {
  const { api } = await loadIr({
    spec: path.join(shared, name, 'openapi.yml'),
    config: path.join(shared, name, 'stainless.yml'),
  });
  const build = buildPython(api, { importName, distributionName: importName });
  // The resource modules' text lays out their test modules' `types` imports, as emit.ts passes it.
  const moduleText = (resource: Parameters<typeof printResourceModule>[0]) =>
    printResourceModule(resource, build).contents;
  const files = planPythonProjectFiles(build.pkg, api, undefined, undefined, undefined, false, moduleText);
  return new Map(files.map((f) => [f.path, f.contents]));
}

/** A test module as Ruff leaves it, without its first line (the generator's header comment). */
function body(text: string, file: string): string {
  return formatPython(text, file).split('\n').slice(1).join('\n');
}

describe('the project files of onebusaway', () => {
  test('per-endpoint tests read as Stainless wrote them', async () => {
    const files = await projectFiles('onebusaway', 'onebusaway');
    const expectedDir = path.join(shared, 'onebusaway', 'expected', 'tests', 'api_resources');
    for (const name of ['test_vehicles_for_agency.py', 'test_stop.py', 'test_schedule_for_route.py']) {
      const ours = files.get(`tests/api_resources/${name}`);
      expect(ours, name).toBeDefined();
      const expected = readFileSync(path.join(expectedDir, name), 'utf8');
      expect(body(ours!, name)).toBe(expected.split('\n').slice(1).join('\n'));
    }
  }, 60_000);

  test('pyproject, conftest and the rest', async () => {
    const files = await projectFiles('onebusaway', 'onebusaway');
    const pyproject = files.get('pyproject.toml')!;
    expect(pyproject).toContain('name = "onebusaway"');
    expect(pyproject).toContain('packages = ["src/onebusaway"]');
    expect(pyproject).toContain('license = "Apache-2.0"');
    expect(pyproject).toContain('requires-python = ">= 3.9"');
    const conftest = files.get('tests/conftest.py')!;
    expect(conftest).toContain('from onebusaway import OnebusawaySDK, AsyncOnebusawaySDK');
    expect(conftest).toContain('api_key = "My API Key"');
    expect(conftest).toContain('pytest.mark.asyncio(loop_scope="session")');
    expect(conftest).not.toMatch(/\{\{/);
    expect(files.get('scripts/lint')).toContain("import onebusaway'");
    expect(files.get('LICENSE')).toContain('Apache License');
    expect(files.get('README.md')).toContain('pip install onebusaway');
    // The config's headline request (readme.example_requests), as Stainless's README shows it.
    expect(files.get('README.md')).toContain('current_time = client.current_time.retrieve()');
    for (const folder of ['tests/__init__.py', 'tests/api_resources/__init__.py', 'tests/utils.py'])
      expect(files.has(folder), folder).toBe(true);
  }, 60_000);
});

describe('the project files of llama-stack', () => {
  test('streaming overloads, pages, uploads and deprecations', async () => {
    const files = await projectFiles('llama-stack', 'llama_stack_client');
    const expectedDir = path.join(shared, 'llama-stack', 'expected', 'tests', 'api_resources');
    for (const name of [
      'test_files.py',
      'test_toolgroups.py',
      'test_vector_stores.py',
      'vector_stores/test_files.py',
    ]) {
      const ours = files.get(`tests/api_resources/${name}`);
      expect(ours, name).toBeDefined();
      const expected = readFileSync(path.join(expectedDir, name), 'utf8');
      expect(body(ours!, name), name).toBe(expected.split('\n').slice(1).join('\n'));
    }
    expect(files.has('tests/api_resources/vector_stores/__init__.py')).toBe(true);
  }, 60_000);
});
