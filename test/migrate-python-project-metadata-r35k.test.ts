/**
 * `sdkgen migrate` of a Python SDK keeps the release's pyproject.toml `description` and `authors` (the owners' words
 * about their package, Stainless's from their config or edited since) in place of sdkgen's own, as it keeps the
 * released version (project-metadata.ts); the owners' edit of them is then no hunk left to carry.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { releasedProjectMetadata, withProjectMetadata } from '../generator/migrate/python/project/project-metadata';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

const STAINLESS_PYPROJECT = `[project]
name = "knockapi"
version = "1.2.0"
description = "The official Python library for the knock API"
dynamic = ["readme"]
license = "Apache-2.0"
authors = [
{ name = "Knock", email = "support@knock.app" },
]
dependencies = [
    "httpx>=0.23.0, <1",
]

[project.urls]
Homepage = "https://github.com/knocklabs/knock-python"
`;
const SDKGEN_PYPROJECT = `[project]
name = "knockapi"
version = "0.0.1"
description = "The official Python library for the Knock API"
readme = "README.md"
authors = [{ name = "Knock" }]
dependencies = [
  "httpx>=0.23.0, <1",
]
`;

function migratedPyproject(owners: Record<string, string>): { text: string; hunks: number } {
  const current = { 'pyproject.toml': STAINLESS_PYPROJECT, ...owners };
  const plan = planPythonMigration({
    current: checkoutOf(current),
    base: baseOf({ 'pyproject.toml': STAINLESS_PYPROJECT }),
    rendered: [{ path: 'pyproject.toml', contents: SDKGEN_PYPROJECT }],
    importName: 'knockapi',
  });
  const text = plan.writes.find((f) => f.path === 'pyproject.toml')?.contents ?? '';
  const hunks = [...plan.rejected, ...plan.notApplicable].filter((r) => r.path === 'pyproject.toml').length;
  return { text, hunks };
}

describe("the release's package metadata under sdkgen migrate", () => {
  it("takes the place of sdkgen's description and authors, the rest sdkgen's", () => {
    const { text, hunks } = migratedPyproject({});
    expect(text).toBe(`[project]
name = "knockapi"
version = "1.2.0"
description = "The official Python library for the knock API"
readme = "README.md"
authors = [
{ name = "Knock", email = "support@knock.app" },
]
dependencies = [
  "httpx>=0.23.0, <1",
]
`);
    expect(hunks).toBe(0);
  });

  it("keeps the owners' own words, edited since Stainless", () => {
    const edited = STAINLESS_PYPROJECT.replace('for the knock API', 'for Knock, the notifications API').replace(
      '{ name = "Knock", email = "support@knock.app" },',
      '{ name = "Knock Labs", email = "eng@knock.app" },\n{ name = "Jane", email = "jane@knock.app" },',
    );
    const { text, hunks } = migratedPyproject({ 'pyproject.toml': edited });
    expect(text).toContain('description = "The official Python library for Knock, the notifications API"\n');
    expect(text).toContain(
      'authors = [\n{ name = "Knock Labs", email = "eng@knock.app" },\n{ name = "Jane", email = "jane@knock.app" },\n]\n',
    );
    expect(text).not.toContain('{ name = "Knock" }');
    expect(hunks).toBe(0);
  });

  it("reads an entry's brackets outside its strings; a release without one keeps sdkgen's", () => {
    const release =
      '[project]\nname = "a"\nauthors = [{ name = "A [team]", email = "a@x.io" }]\n\n[tool.x]\nauthors = 1\n';
    const metadata = releasedProjectMetadata(release);
    expect([...(metadata?.keys() ?? [])]).toEqual(['authors']);
    const file = { path: 'pyproject.toml', contents: SDKGEN_PYPROJECT };
    expect(withProjectMetadata(file, metadata).contents).toBe(
      SDKGEN_PYPROJECT.replace('[{ name = "Knock" }]', '[{ name = "A [team]", email = "a@x.io" }]'),
    );
    expect(releasedProjectMetadata('[tool.x]\ndescription = "no"\n')).toBeNull();
  });
});
