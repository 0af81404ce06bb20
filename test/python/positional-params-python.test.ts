/**
 * A Stainless config's `positional_params` is a call shape of every language's SDK (knock's
 * `users.get_channel_data(user_id, channel_id)`): the Python methods take those path params positionally, in that
 * order, and the others by keyword; `settings.positional_params: false` takes every path param by keyword. And
 * `sdkgen diff --against` a Python SDK's api.md compares it with the Python package sdkgen writes (not the
 * TypeScript one), so a call shape that differs is a breaking change there and nothing else is.
 * With SDKGEN_PYTHON_TESTS=full the generated tests type-check against the signatures under pyright.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { FULL_ONLY_NOTICE, generatePython, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { runSdkgen } from '../helpers/sdkgen-cli';
import { tempDir } from '../helpers/sdk';

const config = (deleteMethod: string, settings = '') => `organization: { name: acme }
${settings}targets:
  python:
    package_name: acme
resources:
  pets:
    methods:
      list: get /pets
      create: post /pets
  stores:
    subresources:
      pets:
        methods:
          delete: ${deleteMethod}
`;
const NAMED = config("{ endpoint: 'delete /stores/{storeId}/pets/{petId}', positional_params: [storeId, petId] }");
const DEFAULT = config('delete /stores/{storeId}/pets/{petId}');
const NONE = config('delete /stores/{storeId}/pets/{petId}', 'settings:\n  positional_params: false\n');

describe("a Stainless config's positional_params, in Python", () => {
  const dir = tempDir('python-positional-params');
  const spec = path.join(dir, 'openapi.yaml');
  const out = (name: string) => path.join(dir, name);
  const read = (name: string, file: string) => readFileSync(path.join(out(name), file), 'utf8');
  const deleteLine = (name: string) =>
    read(name, 'api.md')
      .split('\n')
      .find((l) => l.includes('title="delete'));

  beforeAll(() => {
    copyFileSync(path.join(ROOT, 'test/python/fixtures/petstore.yaml'), spec);
    for (const [name, text] of [
      ['named', NAMED],
      ['default', DEFAULT],
      ['none', NONE],
    ]) {
      writeFileSync(path.join(dir, `${name}.yml`), text);
      generatePython(spec, out(name), path.join(dir, `${name}.yml`));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the named path params positionally, in their order', () => {
    expect(read('named', 'src/acme/resources/stores/pets.py')).toMatch(
      /def delete\(\n\s+self,\n\s+store_id: str,\n\s+pet_id: str,\n\s+\*,\n/,
    );
    expect(deleteLine('named')).toContain('(store_id, pet_id) -> None');
  });

  it('takes the last one positionally by default, and none with settings.positional_params: false', () => {
    expect(deleteLine('default')).toContain('(pet_id, \\*, store_id) -> None');
    expect(read('none', 'src/acme/resources/stores/pets.py')).toMatch(
      /def delete\(\n\s+self,\n\s+\*,\n\s+store_id: str,\n\s+pet_id: str,\n/,
    );
    expect(deleteLine('none')).toContain('(\\*, store_id, pet_id) -> None');
  });

  it('diffs a Python api.md against the Python package: the call shape that changed, and nothing else', () => {
    const same = runSdkgen([
      'diff',
      '--against',
      path.join(out('named'), 'api.md'),
      spec,
      '--config',
      path.join(dir, 'named.yml'),
    ]);
    expect(same.stdout).toContain('No changes to the SDK surface.');
    const changed = runSdkgen([
      'diff',
      '--against',
      path.join(out('named'), 'api.md'),
      spec,
      '--config',
      path.join(dir, 'default.yml'),
    ]);
    expect(changed.stdout).toMatch(/1 breaking, 0 non-breaking/);
    expect(changed.stdout).toContain('stores.pets.delete › args');
  });

  it.runIf(PYTHON_FULL)(
    'has tests that call the methods as their signatures take them',
    async () => {
      for (const name of ['named', 'none'])
        expect(await pyrightErrorsUnderOwnSettings(out(name), ['tests/api_resources'], ['src', '.'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright of the tests: ${FULL_ONLY_NOTICE}`, () => {});
});
