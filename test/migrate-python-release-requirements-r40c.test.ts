/**
 * What the release's pyproject.toml promises at install time is kept by the move, whoever wrote it
 * (migrate/python/project/release-requirements.ts): openai-python's `realtime` extra (Stainless's, which sdkgen's file has not:
 * the move dropped it, and `pip install openai[realtime]` with it) and turbopuffer-python's `typing-extensions`, which
 * the release lists twice (the owners' `>=4.13` beside Stainless's `>=4.14`: pip holds it to both), which the move had kept at 4.13 alone.
 */
import { describe, expect, it } from 'vitest';
import { withReleaseRequirements } from '../generator/migrate/python/project/release-requirements';
import { planPythonMigration } from '../generator/migrate/python/plan';

const RELEASE = `[project]
name = "turbopuffer"
version = "1.20.0"
dependencies = [
  "httpx>=0.23.0, <1",
    "aiohttp>=3.10.11, <4",
    "typing-extensions>=4.13, <5",
  "typing-extensions>=4.14, <5",
  "anyio>=3.5.0, <5",
]

[project.optional-dependencies]
aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]
fast = []
realtime = ["websockets >= 13, < 16"]

[tool.ruff]
line-length = 120
`;

/** sdkgen's file with the owners' lines carried: their `>=4.13` line alone, no `fast` or `realtime` extra. */
const MIGRATED = `[project]
name = "turbopuffer"
version = "1.20.0"
dependencies = [
  "httpx>=0.23.0, <1",
  "pydantic>=2.0, <3",
    "aiohttp>=3.10.11, <4",
    "typing-extensions>=4.13, <5",
  "anyio>=3.5.0, <5",
]

[project.optional-dependencies]
# The async client can send its requests through aiohttp (\`http_client=DefaultAioHttpClient()\`).
aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]
dev = [
  "pyright==1.1.399",
]

[tool.ruff]
line-length = 120
`;

describe('the release’s install-time requirements', () => {
  it('keeps each extra it declares and never lowers a bound (a package listed twice: the higher)', () => {
    const out = withReleaseRequirements(RELEASE, MIGRATED);
    expect(out.text).toContain(
      'dev = [\n  "pyright==1.1.399",\n]\nfast = []\nrealtime = ["websockets >= 13, < 16"]\n\n[tool.ruff]',
    );
    expect(out.text).toContain('    "typing-extensions>=4.14, <5",\n');
    expect(out.text).not.toContain('4.13');
    expect(out.kept).toEqual(['extra fast', 'extra realtime', 'dependencies: typing-extensions>=4.14, <5']);
  });

  it('leaves a bound the migrated file sets higher, and changes nothing when all is there', () => {
    const higher = MIGRATED.replace('"typing-extensions>=4.13, <5"', '"typing-extensions>=4.15, <5"');
    expect(withReleaseRequirements(RELEASE, higher).text).toContain('"typing-extensions>=4.15, <5"');
    const once = withReleaseRequirements(RELEASE, MIGRATED).text;
    expect(withReleaseRequirements(RELEASE, once)).toEqual({ text: once, kept: [] });
    // (pydantic: sdkgen's own, the release's none: nothing to keep.)
    expect(once).toContain('"pydantic>=2.0, <3"');
  });

  it('reaches the plan when the owners never edited pyproject.toml', () => {
    const stainless = RELEASE.replace('    "aiohttp>=3.10.11, <4",\n    "typing-extensions>=4.13, <5",\n', '');
    const plan = planPythonMigration({
      current: [{ path: 'pyproject.toml', blob: 'stainless', text: stainless }],
      base: { blobs: new Map([['pyproject.toml', 'stainless']]), texts: new Map([['pyproject.toml', stainless]]) },
      rendered: [
        {
          path: 'pyproject.toml',
          // (sdkgen's own `typing-extensions>=4.13`, lower than Stainless's the release was installed with.)
          contents: MIGRATED.replace('    "aiohttp>=3.10.11, <4",\n', ''),
        },
      ],
      importName: 'turbopuffer',
    });
    const text = plan.writes.find((f) => f.path === 'pyproject.toml')!.contents;
    expect(text).toContain('realtime = ["websockets >= 13, < 16"]');
    expect(text).toContain('"typing-extensions>=4.14, <5"');
    expect(plan.releaseRequirements).toEqual([
      'extra fast',
      'extra realtime',
      'dependencies: typing-extensions>=4.14, <5',
    ]);
  });
});
