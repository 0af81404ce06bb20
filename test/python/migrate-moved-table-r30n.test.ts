/**
 * migrate (Python): the owners moved a table of Stainless's pyproject.toml (turbopuffer put
 * `[project.optional-dependencies]` above `[project.urls]`) and added keys to it (two extras), and a development tool
 * to uv's `dev` group. A diff reads the move as the table taken out in one place and written in another: carried so,
 * the removal took sdkgen's whole `[project.optional-dependencies]` (its `aiohttp` and `dev` extras: the package lost
 * its development tools) and the owners' extras were left to a person (migrate exit 1). Their text is now read with its
 * tables in Stainless's order (moved-tables.ts): sdkgen's table stays, with their extras and their tool in it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inStainlessTableOrder } from '../../generator/migrate/python/project/moved-tables';
import { intoDevDependencies } from '../../generator/migrate/python/project/dev-dependencies';
import { intoTomlValues } from '../../generator/migrate/python/project/toml-values';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { placeInsertions } from '../../generator/migrate/reapply/insertions';
import { writeFile } from '../helpers/files';
import { commitAll, commitGenerationThenMain } from '../helpers/git-history';
import { sdkgen } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import {
  expectCleanRegeneration,
  PETS_CONFIG,
  PETSTORE_SPEC,
  stainlessPythonGeneration,
} from '../helpers/python-migrate';

// Stainless's file as its uv edition writes it: extras, then the URLs, then uv's dependency groups.
const STAINLESS = `[project]
name = "acme"
dependencies = [
  "httpx>=0.23.0, <1",
]

[project.urls]
Homepage = "https://github.com/acme/acme-python"

[project.optional-dependencies]
aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]

[dependency-groups]
dev = [
    "pyright==1.1.399",
    "pytest",
]

[tool.pytest.ini_options]
testpaths = ["tests"]
`;
// The owners': the extras above the URLs, two extras more, a tool more.
const OWNERS = STAINLESS.replace(
  '[project.urls]\nHomepage = "https://github.com/acme/acme-python"\n\n[project.optional-dependencies]\naiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\n',
  '[project.optional-dependencies]\naiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\nfast = []\nurllib3 = ["urllib3>=2.2.3, <3"]\n\n[project.urls]\nHomepage = "https://github.com/acme/acme-python"\n',
).replace('    "pytest",\n', '    "pytest",\n    "numpy",\n');
// sdkgen's: the extras with a comment and its development tools, no dependency groups.
const SDKGEN = `[project]
name = "acme"
dependencies = [
  "httpx>=0.23.0, <1",
]

[project.urls]
Homepage = "https://github.com/acme/acme-python"

[project.optional-dependencies]
# The async client can send its requests through aiohttp.
aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]
dev = [
  "pyright==1.1.399",
  "pytest",
]

[tool.pytest.ini_options]
testpaths = ["tests"]
`;

describe('pyproject.toml: a table the owners moved', () => {
  it("is read where Stainless had it: the same tables, each with the owners' lines", () => {
    const inPlace = inStainlessTableOrder(STAINLESS, OWNERS);
    expect(inPlace).toBe(
      STAINLESS.replace(
        'aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\n',
        'aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\nfast = []\nurllib3 = ["urllib3>=2.2.3, <3"]\n',
      ).replace('    "pytest",\n', '    "pytest",\n    "numpy",\n'),
    );
    // Nothing moved: the owners' text as it is.
    expect(inStainlessTableOrder(STAINLESS, STAINLESS)).toBe(STAINLESS);
  });

  it("keeps sdkgen's table whole, the owners' extras and tool in it", () => {
    const inPlace = inStainlessTableOrder(STAINLESS, OWNERS);
    // (The chain plan.ts runs on pyproject.toml.)
    const lineByLine = placeInsertions('pyproject.toml', STAINLESS, reapplyEdits(STAINLESS, inPlace, SDKGEN));
    const carried = intoTomlValues(STAINLESS, intoDevDependencies(STAINLESS, lineByLine));
    expect(carried.rejected).toEqual([]);
    // (Their extras after sdkgen's keys, their tool as they wrote it.)
    expect(carried.text).toBe(
      SDKGEN.replace('  "pytest",\n]\n', '  "pytest",\n    "numpy",\n]\nfast = []\nurllib3 = ["urllib3>=2.2.3, <3"]\n'),
    );
  });

  it('puts a table only the owners have after the one it followed in their file', () => {
    const owners = OWNERS.replace('[project.urls]', '[project.scripts]\nacme = "acme.cli:main"\n\n[project.urls]');
    const inPlace = inStainlessTableOrder(STAINLESS, owners);
    expect(inPlace.indexOf('[project.scripts]')).toBeGreaterThan(inPlace.indexOf('urllib3 = '));
    expect(inPlace.indexOf('[project.scripts]')).toBeLessThan(inPlace.indexOf('[dependency-groups]'));
    expect(inPlace.indexOf('[project.urls]')).toBeLessThan(inPlace.indexOf('[project.optional-dependencies]'));
  });

  // A whole migrate (a minute on a loaded machine): SDKGEN_SLOW_TESTS=full's, which CI runs.
  it.runIf(SLOW_FULL)("moves clean with migrate --from-repo: sdkgen's extras kept, the owners' added", () => {
    const work = tempDir('migrate-moved-table');
    const { repo } = stainlessPythonGeneration(work, PETS_CONFIG, PETSTORE_SPEC, 'inputs/generation.yml');
    const pyproject = path.join(repo, 'pyproject.toml');
    const sdkgens = readFileSync(pyproject, 'utf8');
    // Stainless's file: no comment on the aiohttp extra, its development tools in uv's dependency group.
    const dev = /\ndev = \[\n[^\]]*\]\n/.exec(sdkgens)![0];
    const stainless = sdkgens
      .replace(/# The async client[^\n]*\n/, '')
      .replace(dev, '\n')
      .replace('\n[build-system]', `\n[dependency-groups]${dev}\n[build-system]`);
    writeFile(repo, 'pyproject.toml', stainless);
    writeFile(repo, '.stats.yml', 'configured_endpoints: 2\n');
    commitGenerationThenMain(repo);
    const start = stainless.indexOf('[project.optional-dependencies]');
    const extras = stainless.slice(start, stainless.indexOf('\n[', start) + 1);
    const owners = stainless
      .replace(extras, '')
      .replace('[project]', `${extras.trimEnd()}\nurllib3 = ["urllib3>=2.2.3, <3"]\n\n[project]`)
      .replace('  "pytest",\n', '  "pytest",\n  "numpy",\n');
    expect(owners).not.toBe(stainless);
    writeFile(repo, 'pyproject.toml', owners);
    commitAll(repo, 'the extras first, urllib3 an extra', 'Owner <owner@example.com>');
    const run = sdkgen(repo, 'migrate', '--from-repo', '--spec', PETSTORE_SPEC);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const migrated = readFileSync(pyproject, 'utf8');
    expect(migrated).toContain('urllib3 = ["urllib3>=2.2.3, <3"]');
    expect(migrated).toContain('"numpy"');
    // sdkgen's extras stay: its comment, its development tools.
    expect(migrated).toContain('# The async client');
    expect(migrated).toMatch(/\ndev = \[\n[^\]]*"pytest-asyncio"/);
    expectCleanRegeneration(repo);
  });
});
