/**
 * A development dependency the owners added to Stainless's uv `[dependency-groups]` `dev` list (stagehand's
 * `dotenv`), where sdkgen's `pyproject.toml` declares its development dependencies as the `dev` extra: it goes there.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';

const STAINLESS = `[project]
name = "acme"
dependencies = [
  "httpx>=0.23.0, <1",
]

[dependency-groups]
# version pins are in uv.lock
dev = [
    "pyright==1.1.399",
    "pytest-xdist>=3.6.1",
]

[build-system]
requires = ["hatchling==1.26.3"]
`;
const OWNERS = STAINLESS.replace('    "pytest-xdist>=3.6.1",\n', '    "pytest-xdist>=3.6.1",\n    "dotenv>=0.9.9",\n');
const SDKGEN = `[project]
name = "acme"
dependencies = [
  "httpx>=0.23.0, <1",
]

[project.optional-dependencies]
dev = [
  "pyright==1.1.399",
  "pytest",
]

[build-system]
requires = ["hatchling==1.26.3"]
`;

describe('Python move: a development dependency the owners added', () => {
  it("goes into sdkgen's development list where sdkgen has not Stainless's", () => {
    const plan = planPythonMigration({
      current: [{ path: 'pyproject.toml', blob: 'edited', text: OWNERS }],
      base: { blobs: new Map([['pyproject.toml', 'pristine']]), texts: new Map([['pyproject.toml', STAINLESS]]) },
      rendered: [{ path: 'pyproject.toml', contents: SDKGEN }],
      importName: 'acme',
    });
    expect(plan.rejected).toEqual([]);
    expect(plan.writes.find((f) => f.path === 'pyproject.toml')!.contents).toContain(
      'dev = [\n  "pyright==1.1.399",\n  "pytest",\n  "dotenv>=0.9.9",\n]\n',
    );
  });
});
