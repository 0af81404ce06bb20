/**
 * Keys and tables of pyproject.toml the owners added whole (migrate/python/project/toml-values.ts): a key sdkgen's table sets
 * too takes their items, each requirement at their bounds (agentex's `dev = ["ruff>=0.3.4"]` extra, where sdkgen's
 * `dev` lists `ruff`); a metadata table neither Stainless's file nor sdkgen's has (`[project.scripts]`) is added after
 * `[project]`; a tool's table they added stays for a person.
 */
import { describe, expect, it } from 'vitest';
import { intoTomlValues } from '../generator/migrate/python/project/toml-values';

const BASE =
  '[project]\nname = "acme"\n\n[project.optional-dependencies]\naiohttp = ["aiohttp"]\n\n[tool.rye]\nmanaged = true\n';
const SDKGEN =
  '[project]\nname = "acme"\n\n[project.optional-dependencies]\naiohttp = ["aiohttp"]\ndev = [\n  "pyright==1.1.399",\n  "ruff",\n]\n\n[build-system]\nrequires = ["hatchling"]\n';

const carry = (hunk: string) => intoTomlValues(BASE, { text: SDKGEN, applied: 0, rejected: [hunk] });

describe('pyproject.toml: what the owners added whole', () => {
  it("puts their items on sdkgen's key of the same name, their bounds kept", () => {
    const result = carry('@@ -5,0 +6,4 @@\n aiohttp = ["aiohttp"]\n+dev = [\n+    "ruff>=0.3.4",\n+    "black",\n+]\n');
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(SDKGEN.replace('  "ruff",\n', '  "ruff>=0.3.4",\n  "black",\n'));
  });

  it('adds a metadata table they added after [project]; a tool table stays for a person', () => {
    const scripts = carry('@@ -6,0 +7,3 @@\n \n+[project.scripts]\n+acme = "acme.cli:main"\n+\n');
    expect(scripts.rejected).toEqual([]);
    expect(scripts.text).toBe(
      SDKGEN.replace(
        '\n[project.optional-dependencies]',
        '\n[project.scripts]\nacme = "acme.cli:main"\n\n[project.optional-dependencies]',
      ),
    );
    const tool = '@@ -6,0 +7,3 @@\n \n+[tool.black]\n+line-length = 100\n+\n';
    expect(carry(tool).rejected).toEqual([tool]);
  });
});
