/**
 * migrate (Python): the owners moved `[project.optional-dependencies]` above `[project.urls]` (two extras added to
 * it) in a pyproject.toml that also declares an array of tables (`[[tool.mypy.overrides]]`), and added an item to that
 * array. The array's header stands once an item, so the file read as "a table declared twice" and was taken as it
 * was: the move carried as a removal took sdkgen's whole `[project.optional-dependencies]` (its `aiohttp` extra and
 * development tools) and the owners' extras were left to a person. Each item of an array of tables is now a block of
 * its own (moved-tables.ts), so the move is read as one.
 */
import { describe, expect, it } from 'vitest';
import { inStainlessTableOrder } from '../../generator/migrate/python/project/moved-tables';
import { intoDevDependencies } from '../../generator/migrate/python/project/dev-dependencies';
import { intoTomlValues } from '../../generator/migrate/python/project/toml-values';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';
import { placeInsertions } from '../../generator/migrate/reapply/insertions';

const OVERRIDE = `[[tool.mypy.overrides]]
module = "acme._legacy"
ignore_errors = true
`;
const STAINLESS = `[project]
name = "acme"

[project.urls]
Homepage = "https://github.com/acme/acme-python"

[project.optional-dependencies]
aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]

[dependency-groups]
dev = [
    "pyright==1.1.399",
]

[tool.mypy]
pretty = true

${OVERRIDE}
[tool.ruff]
line-length = 120
`;
const MOVED = STAINLESS.replace(
  '[project.urls]\nHomepage = "https://github.com/acme/acme-python"\n\n[project.optional-dependencies]\naiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\n',
  '[project.optional-dependencies]\naiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\nvertex = ["google-auth >=2, <3"]\n\n[project.urls]\nHomepage = "https://github.com/acme/acme-python"\n',
);
const ADDED_OVERRIDE = '[[tool.mypy.overrides]]\nmodule = "acme.lib._auth"\ndisallow_untyped_calls = false\n';
const OWNERS = MOVED.replace(`${OVERRIDE}\n`, `${OVERRIDE}\n${ADDED_OVERRIDE}\n`);
const SDKGEN = `[project]
name = "acme"

[project.urls]
Homepage = "https://github.com/acme/acme-python"

[project.optional-dependencies]
# The async client can send its requests through aiohttp.
aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]
dev = [
  "pyright==1.1.399",
]

[tool.mypy]
pretty = true

${OVERRIDE}
[tool.ruff]
line-length = 120
`;

describe('pyproject.toml: a table the owners moved, beside an array of tables', () => {
  it("is read in Stainless's order, the item they added to the array after the one it followed", () => {
    const inPlace = inStainlessTableOrder(STAINLESS, OWNERS);
    expect(inPlace).toBe(
      STAINLESS.replace(
        'aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\n',
        'aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]\nvertex = ["google-auth >=2, <3"]\n',
      ).replace(`${OVERRIDE}\n`, `${OVERRIDE}\n${ADDED_OVERRIDE}\n`),
    );
    // An array of tables alone, nothing moved: the owners' text as it is.
    const added = STAINLESS.replace(`${OVERRIDE}\n`, `${OVERRIDE}\n${ADDED_OVERRIDE}\n`);
    expect(inStainlessTableOrder(STAINLESS, added)).toBe(added);
  });

  it("keeps sdkgen's extras table whole, with the owners' extra and their array item", () => {
    const inPlace = inStainlessTableOrder(STAINLESS, OWNERS);
    const lineByLine = placeInsertions('pyproject.toml', STAINLESS, reapplyEdits(STAINLESS, inPlace, SDKGEN));
    const carried = intoTomlValues(STAINLESS, intoDevDependencies(STAINLESS, lineByLine));
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain('# The async client can send its requests through aiohttp.\naiohttp = [');
    expect(carried.text).toContain('vertex = ["google-auth >=2, <3"]');
    expect(carried.text).toContain('  "pyright==1.1.399",\n]');
    expect(carried.text).toContain(`${OVERRIDE}\n${ADDED_OVERRIDE}`);
  });
});
