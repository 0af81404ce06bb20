/**
 * `sdkgen migrate` on a Stainless Python SDK repository: Stainless's generation on `generated` (by its bot), the
 * owners' commits on `main` (their own module under lib/ importing a runtime module of Stainless's sdkgen does not
 * write, an extra in pyproject.toml, a block added to the package's `__init__.py`, a release). The move writes sdkgen's
 * Python package with every owners' edit in it, keeps what their code and workflows need, and later regenerations
 * keep it so.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { ROOT } from './helpers/paths';
import { tomlTable } from './helpers/python';
import { tempDir } from './helpers/sdk';
import { read, write } from './helpers/stainless-repository';

const SPEC = path.join(ROOT, 'test/python/fixtures/petstore.yaml');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  pets:
    methods:
      list: get /pets
      create: post /pets
  stores:
    subresources:
      pets:
        methods:
          delete: delete /stores/{storeId}/pets/{petId}
`;

/** Stainless's files that sdkgen writes none of: a runtime module the owners import, one nobody does, a test. */
const STAINLESS_ONLY: Record<string, string> = {
  'src/acme/_utils/_lazy.py': `${HEADER}def lazy_value() -> str:\n    return "value"\n`,
  'src/acme/_utils/_unused.py': `${HEADER}UNUSED = 1\n`,
  'tests/test_client.py': `${HEADER}def test_client() -> None:\n    pass\n`,
  'scripts/utils/upload-artifact.sh': '#!/usr/bin/env bash\necho upload\n',
  '.github/workflows/ci.yml': 'jobs:\n  build:\n    steps:\n      - run: ./scripts/utils/upload-artifact.sh\n',
  'examples/.keep': '',
  '.release-please-manifest.json': '{\n  ".": "0.1.0"\n}\n',
  '.stats.yml': 'configured_endpoints: 3\n',
};

const LATER_MODULE = 'tests/api_resources/test_pets.py';
const OWNERS_MODULE = 'from .._utils._lazy import lazy_value\n\n\ndef helper() -> str:\n    return lazy_value()\n';
const OWNERS_INIT_BLOCK = '\n# Hand-written helpers.\nfrom .lib.extra import helper\n\n__all__ += ["helper"]\n';

function filesOf(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.sdkgen' ? [] : filesOf(full, base);
    return [path.relative(base, full)];
  });
}

describe('sdkgen migrate: a Stainless Python SDK repository', () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    const work = tempDir('migrate-python');
    // Stainless's generation: the Python package of the spec, with text of Stainless's own where the owners edit.
    const stainless = path.join(work, 'stainless');
    write(work, 'stainless.yml', CONFIG);
    const config = path.join(work, 'stainless.yml');
    const generated = sdkgen(work, 'generate', SPEC, '--target', 'python', '--config', config, '-o', stainless);
    expect(generated.code, generated.stderr).toBe(0);
    rmSync(path.join(stainless, '.sdkgen'), { recursive: true });
    repo = path.join(work, 'repo');
    git(work, 'init', '-q', '-b', 'generated', repo);
    // (Stainless's modules carry its header.)
    for (const file of filesOf(stainless))
      write(repo, file, `${file.endsWith('.py') ? HEADER : ''}${read(stainless, file)}`);
    for (const [file, text] of Object.entries(STAINLESS_ONLY)) write(repo, file, text);
    // Lines sdkgen's files do not have, next to which the owners add theirs (their edits' context).
    write(
      repo,
      'pyproject.toml',
      read(repo, 'pyproject.toml').replace(
        /^\[project\.optional-dependencies\]\n/m,
        '[project.optional-dependencies]\nstainless-extra = ["x"]\n',
      ),
    );
    write(repo, 'src/acme/__init__.py', `${read(repo, 'src/acme/__init__.py')}\n_stainless_setup()\n`);
    // A module a later generation added, committed by a person (a local build of Stainless's CLI): not in the base.
    const later = read(repo, LATER_MODULE);
    rmSync(path.join(repo, LATER_MODULE));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'codegen', '--author', 'stainless-app[bot] <bot@stainless.com>');
    git(repo, 'checkout', '-q', '-b', 'main');
    write(repo, LATER_MODULE, `${later}# a later generation\n`);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'local build');
    // The owners' work.
    write(repo, 'src/acme/lib/extra.py', OWNERS_MODULE);
    write(
      repo,
      'pyproject.toml',
      read(repo, 'pyproject.toml').replace(
        'stainless-extra = ["x"]\n',
        'stainless-extra = ["x"]\nrealtime = ["websockets>=12.0"]\n',
      ),
    );
    write(repo, 'src/acme/__init__.py', `${read(repo, 'src/acme/__init__.py')}${OWNERS_INIT_BLOCK}`);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'feat: helpers');
    write(repo, '.release-please-manifest.json', '{\n  ".": "2.3.4"\n}\n');
    git(repo, 'commit', '-qam', 'release: 2.3.4');
    run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', config, '--verbose');
  });

  it('moves it with every edit of the owners carried, exit 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/base: {5}generated at /);
    // Their module, byte for byte, and the module of Stainless's it imports (listed for a person).
    expect(read(repo, 'src/acme/lib/extra.py')).toBe(OWNERS_MODULE);
    expect(read(repo, 'src/acme/_utils/_lazy.py')).toBe(STAINLESS_ONLY['src/acme/_utils/_lazy.py']);
    expect(run.stdout).toMatch(/Stainless's modules your code imports, kept .*\n {2}src\/acme\/_utils\/_lazy\.py\n/);
    // Their extra, in the table they added it to, beside sdkgen's.
    const extras = tomlTable(read(repo, 'pyproject.toml'), 'project.optional-dependencies');
    expect(extras.realtime).toEqual(['websockets>=12.0']);
    expect(extras).toHaveProperty('aiohttp');
    expect(extras).not.toHaveProperty('stainless-extra');
    // Their block of the package's __init__.py, after sdkgen's module.
    const init = read(repo, 'src/acme/__init__.py');
    expect(init.endsWith(OWNERS_INIT_BLOCK.trimStart())).toBe(true);
    expect(init).not.toContain('_stainless_setup');
    // The released version stays the package's.
    expect(read(repo, 'pyproject.toml')).toMatch(/^\[project\]\n(?:(?!\[).*\n)*version = "2\.3\.4"\n/m);
    expect(read(repo, 'src/acme/_version.py')).toMatch(/^__version__ = "2\.3\.4"/m);
  });

  it("removes Stainless's files nothing needs, and keeps what the owners' workflows run", () => {
    expect(existsSync(path.join(repo, 'src/acme/_utils/_unused.py'))).toBe(false);
    expect(existsSync(path.join(repo, 'tests/test_client.py'))).toBe(false);
    expect(read(repo, 'scripts/utils/upload-artifact.sh')).toBe(STAINLESS_ONLY['scripts/utils/upload-artifact.sh']);
    expect(read(repo, '.github/workflows/ci.yml')).toBe(STAINLESS_ONLY['.github/workflows/ci.yml']);
    expect(existsSync(path.join(repo, 'examples/.keep'))).toBe(true);
    // A module of Stainless's later generation is replaced as Stainless's, not kept as the owners'.
    expect(read(repo, LATER_MODULE)).not.toContain('# a later generation');
    // sdkgen's Python package, regenerated by the manifest's inputs from now on.
    expect(read(repo, 'src/acme/_client.py')).toContain('class Acme');
    const manifest = JSON.parse(read(repo, '.sdkgen/manifest.json')) as { inputs: Record<string, unknown> };
    expect(manifest.inputs).toMatchObject({ target: 'python', pythonPackage: 'acme' });
  });

  it('regenerates to the same tree, and check is green', () => {
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'sdkgen migrate');
    const again = sdkgen(repo, 'generate');
    expect(again.code, again.stderr).toBe(0);
    expect(git(repo, 'status', '--short')).toBe('');
    const check = sdkgen(repo, 'check');
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(readFileSync(path.join(repo, 'src/acme/__init__.py'), 'utf8')).toContain('from .lib.extra import helper');
  });
});
