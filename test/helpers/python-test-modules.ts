/**
 * Python endpoint-test modules planned in-process from an inline spec and Stainless config: the IR is loaded once, then
 * `planPythonTests` plans one `tests/api_resources/…` module, in the forms of an era where one is given. Much faster
 * than a whole `generate` (`pythonPackageByEra`), and nothing is written but the two inputs, removed once loaded.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadIr } from '../../generator/api/analyze';
import { planPythonTests } from '../../generator/emit/python/tests/plan-tests';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import type { Api } from '../../generator/ir/types';
import { pythonFormsOfEra } from '../../generator/stainless/python-era';
import { tempDir } from './sdk';

/** The IR of `spec` (an OpenAPI document) with the Stainless config `config` (its YAML text). */
export async function loadInlineApi(name: string, spec: unknown, config: string): Promise<Api> {
  const root = tempDir(name);
  mkdirSync(root, { recursive: true });
  try {
    writeFileSync(path.join(root, 'spec.json'), JSON.stringify(spec));
    writeFileSync(path.join(root, 'stainless.yml'), config);
    const { api } = await loadIr({ spec: path.join(root, 'spec.json'), config: path.join(root, 'stainless.yml') });
    return api;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The text of the test module of `resource` (`tests/api_resources/test_<resource>.py`) in the package `packageName`.
 * `era` (a generation's date, or null for the newest forms) plans it in that era's forms; left out, in the defaults.
 */
export function pythonTestModule(api: Api, packageName: string, resource: string, era?: string | null): string {
  const pkg = buildPythonModel(api, {
    importName: packageName,
    distributionName: packageName,
    fromStainlessConfig: true,
  });
  const options = era === undefined ? undefined : { forms: pythonFormsOfEra(era) };
  const planned = planPythonTests(pkg, api, undefined, options);
  const file = `tests/api_resources/test_${resource}.py`;
  const found = planned.find((f) => f.path === file);
  if (!found)
    throw new Error(`${file} is not among the planned test modules: ${planned.map((f) => f.path).join(', ')}`);
  return found.contents;
}
