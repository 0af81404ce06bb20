/**
 * A README made from a Stainless config whose headline request returns a result with no field to print (a list): the
 * usage programs hold it and print nothing, as Stainless's READMEs do (`tasks = client.tasks.list()`, and inside the
 * async program's `main`). Held in a function and never read, the result is an unused variable to pyright's strict
 * mode: the README's programs follow Stainless's, and the README advises its readers pyright's `basic` mode, under
 * which they are clean. With SDKGEN_PYTHON_TESTS=full, pyright says so of every program of the README.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, generatePythonFiles, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { pythonTempDir } from '../helpers/python-sdk';

const SPEC = `openapi: 3.1.0
info: { title: Depot, version: 1.0.0 }
servers: [{ url: https://api.depot.test/v1 }]
components:
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: { type: string }
paths:
  /items:
    get:
      operationId: listItems
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Item' } }
`;

const CONFIG = `organization: { name: depot }
targets:
  python: { package_name: depot_sdk }
readme:
  example_requests:
    default: { type: request, endpoint: get /items, params: {} }
    headline: { type: request, endpoint: get /items, params: {} }
resources:
  items:
    models:
      item: Item
    methods:
      list: get /items
`;

/** The README's whole programs (those that make their client). */
function programs(readme: string): string[] {
  return [...readme.matchAll(/```python\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .filter((p) => /^client = |as client:/m.test(p));
}

describe('a README whose headline result has no field to print', () => {
  const dir = pythonTempDir('python-readme-held-result');
  const out = path.join(dir, 'sdk');
  let files = new Map<string, string>();
  beforeAll(async () => {
    files = await generatePythonFiles(dir, SPEC, CONFIG, { spec: 'openapi.yml' });
  }, 60_000);

  it('holds the result and prints nothing, in the sync and the async program', () => {
    const readme = files.get('README.md') ?? '';
    const usage = readme.slice(readme.indexOf('## Usage'), readme.indexOf('## Async usage'));
    expect(usage).toContain('\nitems = client.items.list()\n```');
    const asyncUsage = readme.slice(readme.indexOf('## Async usage'), readme.indexOf('### With aiohttp'));
    expect(asyncUsage).toContain(
      'async def main() -> None:\n    items = await client.items.list()\n\n\nasyncio.run(main())',
    );
    expect(usage + asyncUsage).not.toContain('print(');
  });

  if (!PYTHON_FULL) it.skip(`README programs under pyright: ${FULL_ONLY_NOTICE}`, () => {});
  it.runIf(PYTHON_FULL)(
    "is clean under the README's basic mode; strict finds only the held results in functions",
    async () => {
      for (const [file, contents] of files) {
        mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
        writeFileSync(path.join(out, file), contents);
      }
      const folder = path.join(out, 'readme_programs');
      mkdirSync(folder, { recursive: true });
      const found = programs(files.get('README.md') ?? '');
      found.forEach((program, i) => writeFileSync(path.join(folder, `program_${i}.py`), program));
      const heldInFunctions = found.filter((p) => /^ +items = await client\.items\.list\(\)$/m.test(p)).length;
      expect(heldInFunctions).toBeGreaterThanOrEqual(2);

      const strict = await pyrightErrorsUnderOwnSettings(out, ['readme_programs'], ['src']);
      expect(strict).toHaveLength(heldInFunctions);
      for (const error of strict) expect(error).toMatch(/Variable "items" is not accessed \(reportUnusedVariable\)$/);
      const basic = { typeCheckingMode: 'basic' };
      expect(await pyrightErrorsUnderOwnSettings(out, ['readme_programs'], ['src'], basic)).toEqual([]);
    },
    300_000,
  );
});
