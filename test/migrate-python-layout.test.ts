/**
 * `sdkgen migrate` on a Stainless Python SDK whose owners moved things after Stainless's generation: they renamed the
 * package (`src/acme_sdk/` to `src/acme/`, its imports with it) while the config they give names another
 * (`package_name: src`), and deleted files Stainless wrote. The move writes sdkgen's package where their code imports
 * it, carries their edits measured against Stainless's files under the new name, and leaves the deleted files deleted.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python.test.ts samples Python migrate (docs/contributing.md, "What `npm test` samples").
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sdkgen } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { read, write } from './helpers/stainless-repository';
import { filesOf } from './helpers/files';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { PETSTORE_SPEC as SPEC, expectCleanRegeneration, stainlessPythonGeneration } from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

const config = (packageName: string) => `organization: { name: acme }
targets:
  python: { package_name: ${packageName} }
resources:
  pets:
    methods:
      list: get /pets
      create: post /pets
`;
const OWNERS_LINE = '# The pets of the owners, retried by their gateway.\n';
const DELETED_TEST = 'tests/api_resources/test_pets.py';

/**
 * A repository as Stainless leaves it: `config` (written as `generation.yml` in `work`) generated into the `generated`
 * branch by Stainless's bot, and `main` branched from it.
 */
function stainlessRepository(work: string, config: string, endpoints: number): string {
  const { repo } = stainlessPythonGeneration(work, config, SPEC, 'generation.yml');
  write(repo, '.stats.yml', `configured_endpoints: ${endpoints}\n`);
  commitGenerationThenMain(repo);
  return repo;
}

describe.runIf(SLOW_FULL)('sdkgen migrate: a Python package the owners renamed, files they deleted', () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    const work = tempDir('migrate-python-layout');
    repo = stainlessRepository(work, config('acme_sdk'), 2);
    // The owners' rename: the folder, and the name in every text that has it.
    for (const file of filesOf(repo, { skip: ['.sdkgen', '.git'] })) {
      const text = read(repo, file);
      const moved = file.replace(/^src\/acme_sdk\//, 'src/acme/');
      if (moved !== file) rmSync(path.join(repo, file));
      write(repo, moved, text.replace(/\bacme_sdk\b/g, 'acme'));
    }
    commitAll(repo, 'rename the package');
    // An edit of theirs to Stainless's resource, and files of Stainless's they have no use for.
    const resource = 'src/acme/resources/pets.py';
    write(repo, resource, read(repo, resource).replace(/^(class PetsResource\b)/m, `${OWNERS_LINE}$1`));
    rmSync(path.join(repo, DELETED_TEST));
    rmSync(path.join(repo, 'CONTRIBUTING.md'));
    commitAll(repo, 'our changes');
    write(work, 'stainless.yml', config('src'));
    run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', path.join(work, 'stainless.yml'), '--verbose');
  });

  it("writes sdkgen's package where the owners' code imports it, their edit carried, exit 0", () => {
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(existsSync(path.join(repo, 'src/src'))).toBe(false);
    expect(filesOf(repo, { skip: ['.sdkgen', '.git'] }).filter((file) => file.startsWith('src/acme_sdk/'))).toEqual([]);
    const resource = read(repo, 'src/acme/resources/pets.py');
    expect(resource).toContain(`${OWNERS_LINE}class PetsResource`);
    expect(read(repo, 'src/acme/_client.py')).not.toContain('acme_sdk');
    const manifest = JSON.parse(read(repo, '.sdkgen/manifest.json')) as { inputs: Record<string, unknown> };
    expect(manifest.inputs).toMatchObject({ target: 'python', pythonPackage: 'acme' });
  });

  it('leaves the files Stainless wrote that the owners deleted deleted, and says so', () => {
    expect(existsSync(path.join(repo, DELETED_TEST))).toBe(false);
    expect(existsSync(path.join(repo, 'CONTRIBUTING.md'))).toBe(false);
    expect(run.stdout).toMatch(
      /Stainless's files you deleted.*: CONTRIBUTING\.md, tests\/api_resources\/test_pets\.py\n/,
    );
  });

  it('regenerates without them to the same tree, and check is green', () => {
    expectCleanRegeneration(repo);
  });
});

describe.runIf(SLOW_FULL)('sdkgen migrate --from-repo: a Stainless Python SDK repository with no config given', () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;
  let stainlessApiMd: string;

  beforeAll(() => {
    const work = tempDir('migrate-python-from-repo');
    const petStores =
      'resources:\n  pet_stores:\n    subresources:\n      pets:\n        methods:\n          delete: delete /stores/{storeId}/pets/{petId}\n';
    repo = stainlessRepository(work, config('acme').replace('resources:\n', petStores), 3);
    stainlessApiMd = read(repo, 'api.md');
    run = sdkgen(repo, 'migrate', '--from-repo', '--spec', SPEC);
  });

  it('writes the Python config the repository records and moves to the same surface, exit 0', () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const written = read(repo, 'stainless.yml');
    expect(written).toMatch(/^targets:\n {2}python:\n {4}package_name: acme\n/m);
    expect(written).toMatch(
      /^ {2}pet_stores:\n {4}subresources:\n {6}pets:\n {8}methods:\n {10}delete: delete \/stores\/\{storeId\}\/pets\/\{petId\}\n/m,
    );
    expect(read(repo, 'api.md')).toBe(stainlessApiMd);
    expect(existsSync(path.join(repo, 'src/acme/resources/pet_stores/pets.py'))).toBe(true);
    const check = sdkgen(repo, 'check');
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});
