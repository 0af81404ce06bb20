/**
 * The Python trials' check 3 (bench/migrate-trials/lib/python-trial.mjs: pyprojectCheck) on texts modelled on
 * openai-python's and anthropic-python's pyproject.toml: a dependency is read against its own list's counterpart (the
 * dev pin `botocore==1.42.97` against sdkgen's `dev` extra, not the `bedrock` extra's `botocore>=1.40.0,<2`), a package
 * listed twice is held to its higher bound, the release's extras and runtime bounds are kept whoever wrote them, and the
 * owners' tool settings (python-settings.mjs) are in the migrated file.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { pyprojectCheck } from '../bench/migrate-trials/lib/python-trial.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { toolSettingProblems } from '../bench/migrate-trials/lib/python-settings.mjs';

const BASE = `[project]
name = "openai"
version = "2.52.1"
dependencies = [
  "httpx>=0.23.0, <1",
  "typing-extensions>=4.14, <5",
]

[project.optional-dependencies]
aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]
realtime = ["websockets >= 13, < 16"]

[tool.rye]
managed = true
dev-dependencies = [
    "pyright==1.1.399",
    "respx",
]

[tool.mypy]
pretty = true
exclude = ["src/openai/_files.py", "_dev/.*.py", "tests/.*"]

# https://github.com/python/mypy/issues/12162
[[tool.mypy.overrides]]
module = "black.files.*"
ignore_errors = true
`;

const REF = BASE.replace('2.52.1', '2.53.0')
  .replace(
    '  "typing-extensions>=4.14, <5",\n',
    '    "typing-extensions>=4.13, <5",\n  "typing-extensions>=4.14, <5",\n',
  )
  .replace('realtime = [', 'bedrock = [\n  "botocore>=1.40.0,<2",\n]\nfast = []\nrealtime = [')
  .replace('    "respx",\n', '    "respx",\n    "botocore==1.42.97",\n')
  .replace(
    'exclude = ["src/openai/_files.py", "_dev/.*.py", "tests/.*"]',
    "exclude = [\n  'src/openai/_files.py',\n  '_dev/.*.py',\n  'tests/.*',\n  'examples/realtime/audio_util.py',\n]",
  )
  .replace(
    'ignore_errors = true\n',
    'ignore_errors = true\n\n[[tool.mypy.overrides]]\nmodule = "openai.lib.azure"\nwarn_return_any = false\n',
  );

/** What sdkgen writes with everything the owners had: its own layout, a `dev` extra for Rye's list. */
const MIGRATED = `[project]
name = "openai"
version = "2.53.0"
dependencies = [
  "httpx>=0.23.0, <1",
  "typing-extensions>=4.14, <5",
]

[project.optional-dependencies]
aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]
dev = ["pyright==1.1.399", "respx", "botocore==1.42.97"]
bedrock = [
  "botocore>=1.40.0,<2",
]
fast = []
realtime = ["websockets >= 13, < 16"]

[tool.mypy]
pretty = true
exclude = ["src/openai/_files.py", "_dev/.*.py", "tests/.*", "examples/realtime/audio_util.py", ".sdkgen"]

[[tool.mypy.overrides]]
module = "openai.lib.azure"
warn_return_any = false
`;

describe('check 3 of the Python trials', () => {
  it('passes a migrated file with every dependency, extra and setting of the owners', () => {
    const out = pyprojectCheck(REF, BASE, MIGRATED);
    expect(out.details.problems).toEqual([]);
    expect(out.status).toBe('pass');
    expect(out.details.items).toEqual(
      expect.arrayContaining([
        'tool.rye.dev-dependencies botocore',
        'project.optional-dependencies.bedrock botocore',
        'extra fast',
        'extra realtime',
        '[tool.mypy] exclude',
        '[[tool.mypy.overrides]] "openai.lib.azure"',
      ]),
    );
  });

  it('reads the pin against its own list: a lower bound in another extra of the package is no lowering', () => {
    const out = pyprojectCheck(REF, BASE, MIGRATED.replace('"respx", "botocore==1.42.97"', '"respx"'));
    expect(out.details.problems).toEqual(['tool.rye.dev-dependencies botocore (botocore==1.42.97) dropped']);
  });

  it('fails a dropped extra (an empty one too), a release bound lowered, and a lost setting', () => {
    const out = pyprojectCheck(
      REF,
      BASE,
      MIGRATED.replace('fast = []\nrealtime = ["websockets >= 13, < 16"]\n', '')
        .replace('"typing-extensions>=4.14, <5"', '"typing-extensions>=4.13, <5"')
        .replace(', "examples/realtime/audio_util.py", ".sdkgen"', ', ".sdkgen"')
        .replace('module = "openai.lib.azure"', 'module = "openai.lib.other"'),
    );
    expect(out.status).toBe('fail');
    expect(out.details.problems).toEqual([
      "project.dependencies typing-extensions: the release's typing-extensions>=4.14, <5 lowered to typing-extensions>=4.13, <5",
      'extra fast dropped',
      'extra realtime dropped',
      '[tool.mypy] exclude = ["src/openai/_files.py","_dev/.*.py","tests/.*","examples/realtime/audio_util.py"]: ["src/openai/_files.py","_dev/.*.py","tests/.*",".sdkgen"]',
      '[[tool.mypy.overrides]] "openai.lib.azure" item missing',
    ]);
  });

  it('leaves a table of Stainless’s the migrated file does not have to check 4', () => {
    const ref = `${BASE}\n[tool.rye.scripts]\nlint = "ruff"\n`.replace(
      '[tool.mypy]',
      '[tool.black]\nline = 1\n\n[tool.mypy]',
    );
    const base = `${BASE}\n[tool.black]\nline = 2\n`;
    expect(toolSettingProblems(ref, base, MIGRATED).items).toEqual([]);
  });
});
