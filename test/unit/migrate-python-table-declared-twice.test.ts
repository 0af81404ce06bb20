/**
 * migrate (Python): the owners added a table to Stainless's pyproject.toml that sdkgen's file declares too (lilypad's
 * `[project.optional-dependencies]` with their extras, where Stainless's file had none and sdkgen's has `aiohttp` and
 * `dev`). Their hunk adds the table whole, header and all: carried line by line, the migrated file declared it twice,
 * which TOML refuses (`Cannot declare ('project', 'optional-dependencies') twice`): pip, pytest and pyright could not
 * read it. The second declaration's keys now join the first (tables-declared-twice.ts).
 */
import { describe, expect, it } from 'vitest';
import { intoDevDependencies } from '../../generator/migrate/python/project/dev-dependencies';
import { joinedTables, withTablesJoined } from '../../generator/migrate/python/project/tables-declared-twice';
import { intoTomlValues } from '../../generator/migrate/python/project/toml-values';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { placeInsertions } from '../../generator/migrate/reapply/insertions';

const STAINLESS = `[project]
name = "acme"
dependencies = [
  "httpx>=0.23.0, <1",
]

[project.urls]
Homepage = "https://github.com/acme/acme-python"

[build-system]
requires = ["hatchling==1.26.3"]
build-backend = "hatchling.build"
`;
// The owners': a console script and extras of theirs, at the end of the file.
const OWNERS = `${STAINLESS}
[project.scripts]
acme = "acme.lib.cli:app"

[project.optional-dependencies]
cli = ["typer>=0.15.2", "rich>=13.7.1"]
bedrock = [
  "boto3>=1.35.36",
]
`;
// sdkgen's: its own extras (the aiohttp transport, the development tools).
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
  "pytest",
]

[build-system]
requires = ["hatchling==1.26.3"]
build-backend = "hatchling.build"

[tool.pytest.ini_options]
testpaths = ["tests"]
`;

/** The chain plan.ts runs on pyproject.toml. */
function carried(stainless: string, owners: string, sdkgen: string) {
  const lineByLine = placeInsertions('pyproject.toml', stainless, reapplyEdits(stainless, owners, sdkgen));
  return withTablesJoined(sdkgen, intoTomlValues(stainless, intoDevDependencies(stainless, lineByLine)));
}

function declarations(text: string, table: string): number {
  return text.split('\n').filter((line) => line === `[${table}]`).length;
}

describe('pyproject.toml: a table the owners added that sdkgen declares too', () => {
  it("is declared once, sdkgen's keys and the owners' in it", () => {
    const result = carried(STAINLESS, OWNERS, SDKGEN);
    expect(result.rejected).toEqual([]);
    expect(declarations(result.text, 'project.optional-dependencies')).toBe(1);
    expect(result.text).toContain(
      '[project.optional-dependencies]\n# The async client can send its requests through aiohttp.\n' +
        'aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\ndev = [\n  "pytest",\n]\n' +
        'cli = ["typer>=0.15.2", "rich>=13.7.1"]\nbedrock = [\n  "boto3>=1.35.36",\n]\n\n[build-system]',
    );
    // Their console script stays, and the file ends as sdkgen's does.
    expect(result.text).toContain('[project.scripts]\nacme = "acme.lib.cli:app"\n');
    expect(result.text.endsWith('\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n')).toBe(true);
    expect(result.text).not.toMatch(/\n\n\n/);
    expect(result.text.endsWith('\n') && !result.text.endsWith('\n\n')).toBe(true);
  });

  it("takes the owners' value of a key both declarations set, and keeps sdkgen's where it is theirs", () => {
    const twice = `${SDKGEN}
[project.optional-dependencies]
dev = ["pytest", "nox"]
`;
    const joined = joinedTables(SDKGEN, twice);
    expect(declarations(joined, 'project.optional-dependencies')).toBe(1);
    expect(joined).toContain(
      'aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\ndev = ["pytest", "nox"]\n\n[build-system]',
    );
    expect(joined.endsWith('testpaths = ["tests"]\n')).toBe(true);
    // sdkgen's own value repeated: sdkgen's text stays.
    const same = `${SDKGEN}\n[project.optional-dependencies]\ndev = [\n  "pytest",\n]\n`;
    expect(joinedTables(SDKGEN, same)).toBe(SDKGEN);
  });

  it('leaves a file declaring each table once, and arrays of tables, as they are', () => {
    expect(joinedTables(SDKGEN, SDKGEN)).toBe(SDKGEN);
    const arrays = `${SDKGEN}\n[[tool.mypy.overrides]]\nmodule = "a"\n\n[[tool.mypy.overrides]]\nmodule = "b"\n`;
    expect(joinedTables(SDKGEN, arrays)).toBe(arrays);
  });
});
