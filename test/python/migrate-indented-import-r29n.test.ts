/**
 * migrate (Python): an owners' edit of an import inside a block of Stainless's runtime (`try: import httpx_aiohttp`,
 * a `# type: ignore` comment added) where sdkgen's module has no such block is not an import of the module's to place
 * after sdkgen's imports: it is the block's, which sdkgen's module lacks (reapply/import-statements.ts). And sdkgen's
 * imports end where Python's `import x` line ends (reapply/hunks.ts `afterImports` read it as a TypeScript import
 * running on to the next line ending in a quote). Before, the line was carried into the middle of a string argument of
 * a call below sdkgen's imports: a module that did not parse (cartesia-python's `_base_client.py`, every test failing
 * to import).
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../../generator/migrate/python/reapply/balanced-hunks';

const HEAD = `import httpx
import warnings


def warn_raw_bytes(body: object) -> None:
    if isinstance(body, bytes):
        warnings.warn(
            "Passing raw bytes as \`body\` is deprecated. "
            "Pass them as \`content\` instead.",
            DeprecationWarning,
        )
`;
const STAINLESS = `${HEAD}

try:
    import httpx_aiohttp
except ImportError:
    httpx_aiohttp = None
`;
const OWNERS = STAINLESS.replace(
  '    import httpx_aiohttp\n',
  '    import httpx_aiohttp  # type: ignore # missing stubs\n',
);
// sdkgen's module: no such block (it imports the package when asked for it).
const SDKGEN = HEAD;

describe("an owners' edit of an import inside a block sdkgen's module does not have", () => {
  it('is not carried among the module imports, nor into a statement', () => {
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, SDKGEN, { generated: () => false });
    expect(carried.text).toBe(SDKGEN);
    expect(carried.rejected).toHaveLength(1);
  });

  it('a top-level import the owners added still goes after sdkgen’s imports', () => {
    const owners = STAINLESS.replace('import warnings\n', 'import warnings\nimport json\n');
    const sdkgen = `${HEAD}\n\ndef later() -> None:\n    pass\n`;
    const carried = reapplyPythonEdits(STAINLESS, owners, sdkgen, { generated: () => false });
    expect(carried.text.split('\n').slice(0, 3)).toEqual(['import httpx', 'import warnings', 'import json']);
  });
});
