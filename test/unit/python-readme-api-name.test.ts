/**
 * What the Python README's first paragraph calls the API (`typed access to the <name> REST API`): the spec's title
 * without a last word "API" of its own without a Stainless config (`Crates API` is not "the Crates API REST API"), the
 * library's name after the client with one, as the TypeScript README says it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { planReadme } from '../../generator/emit/python/docs/plan-readme';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';

const spec = (title: string) => `openapi: 3.1.0
info: { title: '${title}', version: 1.0.0 }
servers: [{ url: https://api.crates.test }]
paths:
  /crates:
    get:
      operationId: listCrates
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `organization:
  name: crate-hub
targets:
  python:
    package_name: crate_hub
resources:
  crates:
    methods:
      list: get /crates
`;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The README's paragraph naming the API, for a spec titled `title`, with the Stainless config or without one. */
async function introOf(title: string, withConfig: boolean): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-readme-api-name-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'openapi.yml'), spec(title));
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  const { api } = await loadIr({
    spec: path.join(dir, 'openapi.yml'),
    ...(withConfig ? { config: path.join(dir, 'stainless.yml') } : {}),
  });
  const pkg = buildPythonModel(api, {
    importName: 'crate_hub',
    distributionName: 'crate-hub',
    fromStainlessConfig: withConfig,
  });
  const readme = planReadme(pkg, api, null);
  const intro = readme.split('\n\n').find((paragraph) => paragraph.includes('typed access to the'));
  if (intro === undefined) throw new Error(`no intro in:\n${readme}`);
  return intro.replace(/\s+/g, ' ');
}

describe("the README's name of the API", () => {
  test("without a config: the spec's title, a last word API left to `REST API`", async () => {
    expect(await introOf('Crates API', false)).toContain('typed access to the Crates REST API:');
    expect(await introOf('Crates REST API', false)).toContain('typed access to the Crates REST API:');
    expect(await introOf('Crates', false)).toContain('typed access to the Crates REST API:');
    // "API" alone stays a name.
    expect(await introOf('API', false)).toContain('typed access to the API REST API:');
  });

  test("with a Stainless config: the library's name, after the client", async () => {
    const intro = await introOf('Crates API', true);
    expect(intro).toMatch(/typed access to the Crate ?Hub REST API:/);
    expect(intro).not.toContain('Crates API REST API');
  });
});
