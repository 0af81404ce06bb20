/**
 * The licence a Stainless Python SDK's pyproject.toml records, read for the config `sdkgen migrate` writes from the
 * repository (`settings.license`). composio-base-py's pyproject says `license = "Apache-2.0"` while its spec's
 * `info.license` says "Proprietary"; without the repository's licence the migrated pyproject.toml took the spec's,
 * and hatchling refused to build it ("Unknown license: 'proprietary'"). The config migrate writes says it.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { pyprojectLicense } from '../generator/migrate/python/project/project-license';

const STAINLESS = `[project]
name = "composio-client"
version = "1.23.0"
description = "The official Python library for the composio API"
dynamic = ["readme"]
license = "Apache-2.0"
authors = [
{ name = "Composio", email = "tech@composio.dev" },
]

[tool.hatch.build]
include = ["src/*"]
`;

describe('the licence a pyproject.toml records', () => {
  it("reads [project]'s license string", () => {
    expect(pyprojectLicense(STAINLESS)).toBe('Apache-2.0');
  });

  it('reads the table form and ignores a license key of another table', () => {
    expect(pyprojectLicense('[project]\nname = "x"\nlicense = { text = "MIT" }\n')).toBe('MIT');
    expect(pyprojectLicense('[project]\nname = "x"\n\n[tool.other]\nlicense = "MIT"\n')).toBeNull();
    expect(pyprojectLicense('[project]\nname = "x"\nlicense = { file = "LICENSE" }\n')).toBeNull();
    expect(pyprojectLicense(null)).toBeNull();
  });

  it("is the config's settings.license when migrate writes the config from the repository", () => {
    const apiMd =
      '# Tools\n\nMethods:\n\n- <code title="get /api/v3/tools">client.tools.<a href="./src/composio_client/resources/tools.py">list</a>() -> <a href="./src/composio_client/types/tool_list_response.py">ToolListResponse</a></code>\n';
    const files = [
      { path: 'api.md', text: apiMd },
      { path: 'pyproject.toml', text: STAINLESS },
    ];
    const derived = derivePythonConfig(files as never, 'composio_client');
    expect(derived).not.toBeNull();
    const config = yaml.load(derived!.text) as { settings?: { license?: string } };
    expect(config.settings?.license).toBe('Apache-2.0');
    const without = derivePythonConfig([{ path: 'api.md', text: apiMd }] as never, 'composio_client');
    expect((yaml.load(without!.text) as { settings?: unknown }).settings).toBeUndefined();
  });
});
