/**
 * What sdkgen does for a TypeScript output, on a Python output, through the CLI in a real git repository: the
 * manifest records the target and `--python-package`, so a regeneration from the manifest alone (`sdkgen generate`
 * in the folder, `sdkgen check`, `sdkgen update`) writes the same package; an owner's edits to generated files and
 * files of their own are kept, merged with a spec change, or reported as a conflict; `sdkgen diff` reports the API.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'petstore.yaml');
const RESOURCE = 'sdk/src/pet_shop/resources/pets.py';

const root = tempDir('python-workflow');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A git repository holding the fixture spec and its Python SDK in sdk/, committed. */
function repository(name: string): string {
  const repo = path.join(root, name);
  mkdirSync(repo);
  copyFileSync(FIXTURE, path.join(repo, 'petstore.yaml'));
  git(repo, 'init', '-q', '-b', 'main');
  const first = sdkgen(
    repo,
    ...['generate', 'petstore.yaml', '--no-config', '--target', 'python', '-o', 'sdk'],
    ...['--python-package', 'pet_shop'],
  );
  expect(first.code, first.stderr).toBe(0);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'generated');
  return repo;
}

const read = (repo: string, file: string) => readFileSync(path.join(repo, file), 'utf8');
const edit = (repo: string, file: string, change: (text: string) => string) => {
  const before = read(repo, file);
  const after = change(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  writeFileSync(path.join(repo, file), after);
};
/** The spec gains an optional query parameter of listPets. */
const addSortParam = (text: string) =>
  text.replace(
    /^( {8}- \{ name: limit, in: query.*\n)/m,
    '$1        - { name: sort, in: query, schema: { type: string } }\n',
  );
const packages = (repo: string) => readdirSync(path.join(repo, 'sdk/src')).sort();

describe('a Python SDK regenerated with custom code', () => {
  let repo: string;
  beforeAll(() => {
    repo = repository('custom');
  });

  it('records the target and the import name, and regenerates from the manifest alone', () => {
    const manifest = JSON.parse(read(repo, 'sdk/.sdkgen/manifest.json')) as { inputs: Record<string, unknown> };
    expect(manifest.inputs).toMatchObject({ spec: '../petstore.yaml', target: 'python', pythonPackage: 'pet_shop' });
    const again = sdkgen(path.join(repo, 'sdk'), 'generate', '--force');
    expect(again.code, again.stderr).toBe(0);
    expect(packages(repo)).toEqual(['pet_shop']);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    const check = sdkgen(repo, 'check', 'sdk');
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/sdk is up to date/);
  });

  it('keeps edits, merges a spec change into them, and reports a conflict on the same lines', () => {
    // An edited method body, an added method, a module of the owners', README and pyproject.toml edits.
    edit(repo, RESOURCE, (t) =>
      t
        .replace('        return self._get(\n            "/pets",', '        # owners: log every listing\n$&')
        .replace(
          '\n\nclass AsyncPetsResource',
          '\n    def count(self) -> int:\n        return len(self.list())\n\n\nclass AsyncPetsResource',
        ),
    );
    mkdirSync(path.join(repo, 'sdk/src/pet_shop/lib'));
    writeFileSync(path.join(repo, 'sdk/src/pet_shop/lib/extras.py'), 'def helper() -> int:\n    return 1\n');
    edit(repo, 'sdk/README.md', (t) => `${t}\nA note of the owners.\n`);
    edit(repo, 'sdk/pyproject.toml', (t) => t.replace(/^dependencies = \[\n/m, '$&    "rich>=13",\n'));

    const edited = sdkgen(repo, 'check', 'sdk');
    expect(edited.code, edited.stdout + edited.stderr).toBe(0);
    expect(edited.stdout).toMatch(/custom edits, kept on regeneration: .*src\/pet_shop\/resources\/pets\.py/);

    edit(repo, 'petstore.yaml', addSortParam);
    const stale = sdkgen(repo, 'check', 'sdk');
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('src/pet_shop/types/pet_list_params.py');
    expect(stale.stdout).toContain('--target python --python-package pet_shop');

    const merged = sdkgen(path.join(repo, 'sdk'), 'generate');
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/merged +src\/pet_shop\/resources\/pets\.py/);
    const resource = read(repo, RESOURCE);
    expect(resource).toContain('# owners: log every listing');
    expect(resource).toContain('    def count(self) -> int:');
    expect(resource).toContain('sort: str | Omit = omit,');
    expect(resource).not.toContain('<<<<<<<');
    expect(read(repo, 'sdk/src/pet_shop/lib/extras.py')).toContain('def helper()');
    expect(read(repo, 'sdk/README.md')).toContain('A note of the owners.');
    expect(read(repo, 'sdk/pyproject.toml')).toContain('"rich>=13",');
    expect(read(repo, 'sdk/src/pet_shop/types/pet_list_params.py')).toContain('sort: str');
    expect(packages(repo)).toEqual(['pet_shop']);
    expect(sdkgen(repo, 'check', 'sdk').code).toBe(0);

    // The owners reword the summary the spec rewords too: both kept, with git's markers, and exit 1.
    edit(repo, RESOURCE, (t) =>
      t.replace('        """\n        List pets\n', '        """\n        List the pets, newest first.\n'),
    );
    edit(repo, 'petstore.yaml', (t) => t.replace('summary: List pets', 'summary: List every pet'));
    const conflict = sdkgen(path.join(repo, 'sdk'), 'generate');
    expect(conflict.code).toBe(1);
    expect(conflict.stdout + conflict.stderr).toMatch(/CONFLICT +src\/pet_shop\/resources\/pets\.py/);
    const marked = read(repo, RESOURCE);
    expect(marked).toMatch(/<<<<<<< your edits\n {8}List the pets, newest first\.\n[^]*?=======\n {8}List every pet\n/);
  });
});

describe('a Python SDK updated, diffed, and generated beside the TypeScript one', () => {
  let repo: string;
  beforeAll(() => {
    repo = repository('update');
    copyFileSync(path.join(repo, 'petstore.yaml'), path.join(repo, 'old.yaml'));
    edit(repo, 'petstore.yaml', addSortParam);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'spec: sort');
  });

  it('sdkgen diff reports the API change between the two specs', () => {
    const diff = sdkgen(repo, 'diff', 'old.yaml', 'petstore.yaml');
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout).toMatch(/non-breaking +pets\.list › params\.sort: optional query parameter `sort` added/);
  });

  it('sdkgen update regenerates the same package from the manifest and commits it', () => {
    const update = sdkgen(repo, 'update', '-o', 'sdk');
    expect(update.code, update.stdout + update.stderr).toBe(0);
    expect(update.stdout).toMatch(/committed \w+ on sdkgen\/update: feat\(api\)/);
    const committed = git(repo, 'show', '--name-only', '--format=', 'HEAD').split('\n').filter(Boolean);
    expect(committed).toContain('sdk/src/pet_shop/types/pet_list_params.py');
    expect(committed.every((f) => f.startsWith('sdk/src/pet_shop/') || !f.startsWith('sdk/src/'))).toBe(true);
    expect(packages(repo)).toEqual(['pet_shop']);
    expect(sdkgen(repo, 'check', 'sdk').code).toBe(0);
  });

  it('--target typescript,python writes both, each checked and regenerated from its own manifest', () => {
    const both = sdkgen(
      repo,
      ...['generate', 'petstore.yaml', '--no-config', '--target', 'typescript,python'],
      ...['--python-package', 'pet_shop', '-o', 'both'],
    );
    expect(both.code, both.stdout + both.stderr).toBe(0);
    expect(existsSync(path.join(repo, 'both/typescript/package.json'))).toBe(true);
    expect(existsSync(path.join(repo, 'both/python/src/pet_shop/_client.py'))).toBe(true);
    for (const target of ['typescript', 'python']) {
      const check = sdkgen(repo, 'check', `both/${target}`);
      expect(check.code, `${target}: ${check.stdout}${check.stderr}`).toBe(0);
    }
    const again = sdkgen(path.join(repo, 'both/python'), 'generate');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/up to date/);
    // Generated again from the manifest alone, not answered from the inputs key: the same package.
    expect(sdkgen(path.join(repo, 'both/python'), 'generate', '--force').code).toBe(0);
    expect(readdirSync(path.join(repo, 'both/python/src'))).toEqual(['pet_shop']);
  });
});
