/**
 * `sdkgen migrate` on a Stainless Python SDK repository: Stainless's generation on `generated` (by its bot), the
 * owners' commits on `main` (their own module under lib/ importing a runtime module of Stainless's sdkgen does not
 * write, an extra in pyproject.toml, a block added to the package's `__init__.py`, a release). The move writes sdkgen's
 * Python package with every owners' edit in it, keeps what their code and workflows need, and later regenerations
 * keep it so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { tomlTable, venvPython } from './helpers/python';
import { tempDir } from './helpers/sdk';
import { read, write } from './helpers/stainless-repository';
import {
  PETSTORE_SPEC as SPEC,
  STAINLESS_PY_HEADER as HEADER,
  expectCleanRegeneration,
  stainlessPythonGeneration,
} from './helpers/python-migrate';

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
  // Stainless's release scripts: one a workflow that stays runs, one nothing runs any more.
  'bin/check-release-environment': '#!/usr/bin/env bash\necho checked\n',
  'bin/publish-pypi': '#!/usr/bin/env bash\nrye publish\n',
  '.github/workflows/release-doctor.yml':
    'jobs:\n  doctor:\n    steps:\n      - run: bash ./bin/check-release-environment\n',
  '.release-please-manifest.json': '{\n  ".": "0.1.0"\n}\n',
  '.stats.yml': 'configured_endpoints: 3\n',
};

const LATER_MODULE = 'tests/api_resources/test_pets.py';
const CLIENT = 'src/acme/_client.py';
const TYPES_INIT = 'src/acme/types/__init__.py';
const STAINLESS_V1_BLOCK =
  '\nif _compat.PYDANTIC_V1:\n    pet.Pet.update_forward_refs()  # type: ignore\nelse:\n    pet.Pet.model_rebuild()\n';
const STAINLESS_IMPORTS = '    from .resources import pets, stores\n    from .resources import stainless_only\n';
const OWNERS_IMPORT = '    from .lib.extra import helper\n';
const STUDIO_METHOD = '\n    def hello(self) -> str:\n        return "hello"\n';
/** The members of the raw-response wrapper class, up to the next class. */
const RAW_WRAPPER = /(?<=\nclass AcmeWithRawResponse:\n)[\s\S]*?(?=\n\nclass )/;
const OWNERS_MODULE = 'from .._utils._lazy import lazy_value\n\n\ndef helper() -> str:\n    return lazy_value()\n';
const OWNERS_INIT_BLOCK = '\n# Hand-written helpers.\nfrom .lib.extra import helper\n\n__all__ += ["helper"]\n';

describe('sdkgen migrate: a Stainless Python SDK repository', () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    const work = tempDir('migrate-python');
    // Stainless's generation: the Python package of the spec, with text of Stainless's own where the owners edit.
    ({ repo } = stainlessPythonGeneration(work, CONFIG, SPEC));
    for (const [file, text] of Object.entries(STAINLESS_ONLY)) write(repo, file, text);
    // Lines sdkgen's files do not have, next to which the owners add theirs (their edits' context).
    write(
      repo,
      'pyproject.toml',
      read(repo, 'pyproject.toml')
        .replace(/^\[project\.optional-dependencies\]\n/m, '[project.optional-dependencies]\nstainless-extra = ["x"]\n')
        // Stainless lays pyright's exclusions out one a line.
        .replace(
          /^exclude = \[(.*)\]$/m,
          (_, list: string) =>
            `exclude = [\n${list
              .split(', ')
              .map((e) => `    ${e},`)
              .join('\n')}\n]`,
        ),
    );
    write(repo, 'src/acme/__init__.py', `${read(repo, 'src/acme/__init__.py')}\n_stainless_setup()\n`);
    write(repo, TYPES_INIT, `${read(repo, TYPES_INIT)}${STAINLESS_V1_BLOCK}`);
    // Stainless's client annotates its wrappers' members otherwise, and imports otherwise under TYPE_CHECKING.
    write(
      repo,
      CLIENT,
      read(repo, CLIENT)
        .replace(/-> (?:pets|stores)\.(PetsResourceWithRawResponse|StoresResourceWithRawResponse):/g, '-> $1:')
        .replace('if TYPE_CHECKING:\n', `if TYPE_CHECKING:\n${STAINLESS_IMPORTS}`),
    );
    // A module a later generation added, committed by a person (a local build of Stainless's CLI): not in the base.
    const later = read(repo, LATER_MODULE);
    rmSync(path.join(repo, LATER_MODULE));
    commitGenerationThenMain(repo);
    write(repo, LATER_MODULE, `${later}# a later generation\n`);
    commitAll(repo, 'local build');
    // The owners' work.
    write(repo, 'src/acme/lib/extra.py', OWNERS_MODULE);
    write(
      repo,
      'pyproject.toml',
      read(repo, 'pyproject.toml')
        .replace('stainless-extra = ["x"]\n', 'stainless-extra = ["x"]\nrealtime = ["websockets>=12.0"]\n')
        .replace('    ".git",\n', '    ".git",\n    "examples",\n'),
    );
    write(repo, 'src/acme/__init__.py', `${read(repo, 'src/acme/__init__.py')}${OWNERS_INIT_BLOCK}`);
    // In the raw-response wrapper, `stores` before `pets`; an import of theirs among Stainless's under TYPE_CHECKING.
    write(
      repo,
      CLIENT,
      read(repo, CLIENT)
        .replace(RAW_WRAPPER, (body) => {
          const [head, pets, stores] = body.split(/(?= {4}@cached_property\n)/);
          return `${head}${stores.trimEnd()}\n\n${pets.trimEnd()}\n`;
        })
        .replace(STAINLESS_IMPORTS, STAINLESS_IMPORTS.replace('\n', `\n${OWNERS_IMPORT}`)),
    );
    // Their fix of what Stainless's package runs under pydantic 1, which sdkgen's does not install.
    write(repo, TYPES_INIT, read(repo, TYPES_INIT).replace('update_forward_refs()', 'update_forward_refs(**ns)'));
    commitAll(repo, 'feat: helpers');
    // Code of theirs written in Stainless's studio, which its bot commits: the owners', not a generation.
    write(repo, CLIENT, read(repo, CLIENT).replace(/(\n\nclass AsyncAcme\b)/, `\n${STUDIO_METHOD}$1`));
    // (A minute after the generation, as a studio edit comes: it must not pass for a later generation on main.)
    process.env.GIT_COMMITTER_DATE = new Date(Date.now() + 60_000).toISOString();
    try {
      git(repo, 'commit', '-qam', 'Stainless custom code patch', '--author', 'stainless-app[bot] <bot@stainless.com>');
    } finally {
      delete process.env.GIT_COMMITTER_DATE;
    }
    write(repo, '.release-please-manifest.json', '{\n  ".": "2.3.4"\n}\n');
    git(repo, 'commit', '-qam', 'release: 2.3.4');
    run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', path.join(work, 'stainless.yml'), '--verbose');
  });

  it('moves it with every edit of the owners carried, exit 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/base: {5}generated at /);
    // Their module, byte for byte, and the module of Stainless's it imports (listed for a person).
    expect(read(repo, 'src/acme/lib/extra.py')).toBe(OWNERS_MODULE);
    expect(read(repo, 'src/acme/_utils/_lazy.py')).toBe(STAINLESS_ONLY['src/acme/_utils/_lazy.py']);
    expect(run.stdout).toMatch(
      /Stainless's modules your code imports, kept, and the files it reads .*\n {2}src\/acme\/_utils\/_lazy\.py\n/,
    );
    // Their extra, in the table they added it to, beside sdkgen's.
    const extras = tomlTable(read(repo, 'pyproject.toml'), 'project.optional-dependencies');
    expect(extras.realtime).toEqual(['websockets>=12.0']);
    expect(extras).toHaveProperty('aiohttp');
    // Stainless's extra too: the release declared it, and its users install with it (`pip install acme[…]`):
    // release-requirements.ts. (It went before, as Stainless's alone.)
    expect(extras['stainless-extra']).toEqual(['x']);
    expect(run.stdout).toMatch(
      /what your release required that sdkgen's file did not, kept .*\n {2}extra stainless-extra\n/,
    );
    // Their block of the package's __init__.py, after sdkgen's module.
    const init = read(repo, 'src/acme/__init__.py');
    expect(init.endsWith(OWNERS_INIT_BLOCK.trimStart())).toBe(true);
    expect(init).not.toContain('_stainless_setup');
    // An element they added to an array Stainless laid over lines, in sdkgen's array of one line: valid TOML.
    expect(tomlTable(read(repo, 'pyproject.toml'), 'tool.pyright').exclude).toContain('examples');
    const parsed = spawnSync(
      venvPython(),
      ['-c', 'import sys, tomllib; tomllib.load(open(sys.argv[1], "rb"))', path.join(repo, 'pyproject.toml')],
      { encoding: 'utf8' },
    );
    expect(parsed.status, parsed.stderr).toBe(0);
    // The released version stays the package's.
    expect(read(repo, 'pyproject.toml')).toMatch(/^\[project\]\n(?:(?!\[).*\n)*version = "2\.3\.4"\n/m);
    expect(read(repo, 'src/acme/_version.py')).toMatch(/^__version__ = "2\.3\.4"/m);
  });

  it("carries a member moved in a wrapper sdkgen writes otherwise and the studio's code; reports an unread import under TYPE_CHECKING", () => {
    const client = read(repo, CLIENT);
    // sdkgen's wrapper members (its own annotations), in the owners' order.
    const wrapper = RAW_WRAPPER.exec(client)![0];
    expect(wrapper).toContain('def stores(self) -> stores.StoresResourceWithRawResponse:');
    expect(wrapper.indexOf('def stores(')).toBeLessThan(wrapper.indexOf('def pets('));
    expect(wrapper).not.toContain('-> PetsResourceWithRawResponse:');
    // The other wrappers keep sdkgen's order.
    const streamed = /class AcmeWithStreamedResponse:[\s\S]*?(?=\n\nclass )/.exec(client)![0];
    expect(streamed.indexOf('def pets(')).toBeLessThan(streamed.indexOf('def stores('));
    // The owners' import under `if TYPE_CHECKING:` that nothing in sdkgen's module reads: left out as a top-level one
    // is (pyright's reportUnusedImport), and reported with its hunk.
    expect(client).not.toContain('from .lib.extra import helper');
    expect(run.stdout).toMatch(
      /Hand edits that do not apply to sdkgen's files.*\n(?: {2}.*\n| {4}.*\n)*? {2}src\/acme\/_client\.py: 1 hand edit\(s\): `from \.lib\.extra import helper`: nothing in sdkgen's module reads what it imports.*\n(?: {4}.*\n)*? {4}\+ {4}from \.lib\.extra import helper\n/,
    );
    expect(client).not.toContain('stainless_only');
    expect(client).toContain(STUDIO_METHOD);
    // An edit of what runs only under pydantic 1: reported with its hunk, not carried, nothing for a person.
    expect(read(repo, TYPES_INIT)).not.toContain('PYDANTIC_V1');
    expect(run.stdout).toMatch(
      /Hand edits that do not apply to sdkgen's files.*\n(?: {2}.*\n| {4}.*\n)*? {2}src\/acme\/types\/__init__\.py: 1 hand edit\(s\): changes only what runs under pydantic 1; sdkgen's package requires pydantic 2.*\n(?: {4}.*\n)*? {4}\+ {4}pet\.Pet\.update_forward_refs\(\*\*ns\)/,
    );
    expect(run.stdout).toMatch(
      /Hand edits carried over to the new files.*\n(?: {2}.*\n)*? {2}src\/acme\/_client\.py \(\d+ hunks?\)/,
    );
  });

  it("removes Stainless's files nothing needs, and keeps what the owners' workflows run", () => {
    expect(existsSync(path.join(repo, 'src/acme/_utils/_unused.py'))).toBe(false);
    // (Stainless's test of its runtime is sdkgen's: its own tests of its runtime.)
    expect(read(repo, 'tests/test_client.py')).not.toContain('def test_client() -> None');
    expect(read(repo, 'tests/test_client.py')).toContain('from .local_server import');
    expect(read(repo, 'scripts/utils/upload-artifact.sh')).toBe(STAINLESS_ONLY['scripts/utils/upload-artifact.sh']);
    expect(read(repo, '.github/workflows/ci.yml')).toBe(STAINLESS_ONLY['.github/workflows/ci.yml']);
    expect(existsSync(path.join(repo, 'examples/.keep'))).toBe(true);
    expect(read(repo, 'bin/check-release-environment')).toBe(STAINLESS_ONLY['bin/check-release-environment']);
    expect(existsSync(path.join(repo, 'bin/publish-pypi'))).toBe(false);
    // A module of Stainless's later generation is replaced as Stainless's, not kept as the owners'.
    expect(read(repo, LATER_MODULE)).not.toContain('# a later generation');
    // sdkgen's Python package, regenerated by the manifest's inputs from now on.
    expect(read(repo, 'src/acme/_client.py')).toContain('class Acme');
    const manifest = JSON.parse(read(repo, '.sdkgen/manifest.json')) as { inputs: Record<string, unknown> };
    expect(manifest.inputs).toMatchObject({ target: 'python', pythonPackage: 'acme' });
  });

  it('regenerates to the same tree, and check is green', () => {
    expectCleanRegeneration(repo);
    expect(readFileSync(path.join(repo, 'src/acme/__init__.py'), 'utf8')).toContain('from .lib.extra import helper');
  });
});
