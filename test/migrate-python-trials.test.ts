/**
 * The trial harness's Python checks (bench/migrate-trials/lib/python-trial.mjs) judge the migrated repository by
 * themselves: the dependencies pyproject.toml declares in each of its forms, and a class member the owners put in a
 * place, found there in sdkgen's own lines of it, counted as carried (and one found elsewhere not).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { pyprojectDependencies, withMembersInPlace } from '../bench/migrate-trials/lib/python-trial.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { installMissing } from '../bench/migrate-trials/lib/python-trial.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { withSameMeaning } from '../bench/migrate-trials/lib/python-forms.mjs';
import { tempDir } from './helpers/sdk';

const PYPROJECT = `[project]
name = "acme"
dependencies = [
  "httpx>=0.23.0, <1",
  "Typing_Extensions>=4.10",  # a comment
]

[project.optional-dependencies]
aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]

[dependency-groups]
dev = [
    "pyright==1.1.399",
]

[tool.rye]
dev-dependencies = ["respx"]

[tool.pyright]
exclude = ["tests"]
`;

const member = (name: string, type: string) =>
  `    @cached_property\n    def ${name}(self) -> ${type}:\n        return ${type}(self._client.${name})\n`;
const wrapper = (members: string[]) => `class AcmeWithRawResponse:\n${members.join('\n')}`;

describe("the trial harness's Python checks", () => {
  it("reads each form of pyproject.toml's dependencies, by normalised name", () => {
    expect(Object.fromEntries(pyprojectDependencies(PYPROJECT))).toEqual({
      'project.dependencies httpx': 'httpx>=0.23.0, <1',
      'project.dependencies typing-extensions': 'Typing_Extensions>=4.10',
      'project.optional-dependencies.aiohttp aiohttp': 'aiohttp',
      'project.optional-dependencies.aiohttp httpx-aiohttp': 'httpx_aiohttp>=0.1.9',
      'dependency-groups.dev pyright': 'pyright==1.1.399',
      'tool.rye.dev-dependencies respx': 'respx',
    });
  });

  it("reads a dependency whose environment marker quotes its version the other way (retell's `cached-property`)", () => {
    const text = `[project]\nname = "acme"\ndependencies = [\n    "cached-property; python_version < '3.8'",\n    'anyio>=3.5.0, <5',\n]\n`;
    expect(Object.fromEntries(pyprojectDependencies(text))).toEqual({
      'project.dependencies cached-property': "cached-property; python_version < '3.8'",
      'project.dependencies anyio': 'anyio>=3.5.0, <5',
    });
  });

  // (The harness's venv, as it finds it: this checkout's, else the main checkout's.)
  const venvPython =
    [path.resolve('test/.tmp/python-venv/bin/python'), '/work/main/test/.tmp/python-venv/bin/python'].find((p) =>
      existsSync(p),
    ) ?? '';
  it.skipIf(!existsSync(venvPython))(
    'installs no dependency whose environment marker this Python does not meet',
    () => {
      const repo = tempDir('python-trials-markers');
      writeFileSync(
        path.join(repo, 'pyproject.toml'),
        `[project]\nname = "acme"\ndependencies = [\n    "no-such-package-here; python_version < '3.0'",\n    "pytest",\n]\n`,
      );
      const deps = installMissing(repo, venvPython, path.join(repo, 'pydeps'));
      expect(deps.failed).toEqual([]);
      expect(deps.log).toBe('nothing missing\n');
    },
  );

  it("counts a member in sdkgen's form at the owners' place as carried, and not one elsewhere", () => {
    const repo = tempDir('python-trials');
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    mkdirSync(path.join(repo, 'src/acme'), { recursive: true });
    const file = 'src/acme/_client.py';
    // At the ref: the owners' order (stores first), in Stainless's form.
    writeFileSync(path.join(repo, file), wrapper([member('stores', 'stores.Stores'), member('pets', 'pets.Pets')]));
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'ref');
    const ref = git('rev-parse', 'HEAD').stdout.trim();
    const added = member('stores', 'stores.Stores')
      .split('\n')
      .map((text) => ({ text }));
    const owners = { hunks: [{ file, header: '@@ -1,0 +2,4 @@ class AcmeWithRawResponse:', added, removed: [] }] };
    const lost = { file, header: owners.hunks[0].header, why: '1/3 added lines missing', loose: false };
    const c4 = {
      status: 'fail',
      reason: `1/1 owners' hunks not carried (1 lost, 0 partly; 0 of them present in another form): ${file}(1)`,
      details: { lost: [lost], partial: [] },
    };
    // sdkgen's form, at the owners' place.
    writeFileSync(path.join(repo, file), wrapper([member('stores', 'Stores'), member('pets', 'Pets')]));
    expect(withMembersInPlace(c4, repo, ref, owners, '').status).toBe('pass');
    // sdkgen's form, at Stainless's place.
    writeFileSync(path.join(repo, file), wrapper([member('pets', 'Pets'), member('stores', 'Stores')]));
    expect(withMembersInPlace(c4, repo, ref, owners, '').status).toBe('fail');
  });

  it("counts a comment on code the migrated file lacks as carried only when migrate's report lists the file so", () => {
    const repo = tempDir('python-trials');
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    mkdirSync(path.join(repo, 'src/acme'), { recursive: true });
    const file = 'src/acme/_base_client.py';
    const init = (cls: string, comment = '') =>
      `class ${cls}:\n    def __init__(self) -> None:\n        super().__init__()${comment}\n`;
    const ignore = '  # pyright: ignore[reportUnknownMemberType]';
    writeFileSync(path.join(repo, file), init('_AioClient', ignore));
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'ref');
    const ref = git('rev-parse', 'HEAD').stdout.trim();
    const hunk = {
      file,
      header: '@@ -3 +3 @@ class _AioClient:',
      added: [{ line: 3, text: `        super().__init__()${ignore}` }],
      removed: ['        super().__init__()'],
    };
    const lost = { file, header: hunk.header, why: '1/1 added lines missing', loose: false };
    const c4 = {
      status: 'fail',
      reason: `1/1 owners' hunks not carried (1 lost, 0 partly; 0 of them present in another form): ${file}(1)`,
      details: { lost: [lost], partial: [] },
    };
    const report = `Stainless's removed or replaced files you edited only in their comments (a licence header, say) or layout: nothing (1):\n  ${file}\n`;
    // The same call in another class of sdkgen's: nothing there for the comment.
    writeFileSync(path.join(repo, file), init('DefaultAsyncClient'));
    expect(withMembersInPlace(c4, repo, ref, { hunks: [hunk] }, report).status).toBe('pass');
    expect(withMembersInPlace(c4, repo, ref, { hunks: [hunk] }, '').status).toBe('fail');
    // The same class has the call without the comment: lost.
    writeFileSync(path.join(repo, file), init('_AioClient'));
    const checked = withMembersInPlace(c4, repo, ref, { hunks: [hunk] }, report);
    expect(checked.status).toBe('fail');
    expect(checked.reason).toContain(`present in another form): ${file}(1)`);
  });

  it('fails the hunks check when a file the owners deleted is back after the move', () => {
    const carried = { status: 'pass', reason: "2 owners' hunks present", details: { lost: [], partial: [] } };
    const owners = { hunks: [{}, {}] };
    expect(withMembersInPlace(carried, tempDir('python-trials'), 'HEAD', owners, '').status).toBe('pass');
    const back = {
      ...carried,
      reason: "2 owners' hunks present (note: files the owners deleted are back: CONTRIBUTING.md)",
      details: { ...carried.details, deletedBack: ['CONTRIBUTING.md'] },
    };
    const checked = withMembersInPlace(back, tempDir('python-trials'), 'HEAD', owners, '');
    expect(checked.status).toBe('fail');
    expect(checked.reason).toBe("2 owners' hunks present; 1 file(s) the owners deleted are back: CONTRIBUTING.md");
  });

  it('counts import names, __all__ names, TOML list items and moved Stainless lines in another form, nothing else', () => {
    const repo = tempDir('python-trials');
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    const commit = (files: Record<string, string>) => {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
        writeFileSync(path.join(repo, file), text);
      }
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
      return git('rev-parse', 'HEAD').stdout.trim();
    };
    git('init', '-q');
    const [module, toml, readme] = ['src/acme/jobs.py', 'pyproject.toml', 'README.md'];
    const base = commit({
      [module]: 'from typing import Dict, Optional\n\n__all__ = ["Job", "JobModel"]\n',
      [toml]:
        '[tool.pyright]\nexclude = ["_dev"]\n\n[tool.mypy]\nexclude = ["tests/.*"]\n\n[tool.uv]\nconflicts = [["a"]]\n',
      [readme]: '# Acme\n\n## Requirements\n\nPython 3.9 or higher.\n',
    });
    const hunks = [
      {
        file: module,
        line: 'from typing import TYPE_CHECKING, Dict, Optional, cast',
        removed: ['from typing import Dict, Optional'],
      },
      { file: module, line: '__all__ = ["Job"]', removed: ['__all__ = ["Job", "JobModel"]'] },
      { file: toml, line: "exclude = ['tests/.*', 'examples/.*']", removed: ['exclude = ["tests/.*"]'] },
      { file: readme, line: 'Python 3.9 or higher.', removed: [] },
      { file: toml, line: 'conflicts = []', removed: ['conflicts = [["a"]]'] },
    ].map((h, i) => ({ file: h.file, header: `@@ -${i} +${i} @@`, added: [{ text: h.line }], removed: h.removed }));
    const ref = commit({
      [module]: 'from typing import TYPE_CHECKING, Dict, Optional, cast\n\n__all__ = ["Job"]\n',
      [toml]:
        "[tool.pyright]\nexclude = [\"_dev\"]\n\n[tool.mypy]\nexclude = ['tests/.*', 'examples/.*']\n\n[tool.uv]\nconflicts = []\n",
      [readme]: '# Acme\n\n## Requirements\n\nPython 3.9 or higher.\n\n## Usage\n',
    });
    const owners = { base, hunks };
    const lost = hunks.map((h) => ({ file: h.file, header: h.header, why: '1/1 added lines missing', loose: false }));
    const c4 = {
      status: 'fail',
      reason: `5/5 owners' hunks not carried (5 lost, 0 partly; 0 of them present in another form): ${module}(2), ${toml}(2), ${readme}(1)`,
      details: { lost, partial: [] },
    };
    // sdkgen's forms: names of its own beside the owners', a name in a statement of its own, items quoted otherwise.
    const migrated = {
      [module]:
        'from typing import Dict, Union, Optional\nfrom typing import TYPE_CHECKING\nfrom typing import cast\n\n__all__ = [\n    "Job",\n    "JobObject",\n]\n',
      [toml]:
        '[tool.pyright]\nexclude = ["_dev"]\n\n[tool.mypy]\nexclude = ["tests/.*", "examples/.*", "_dev/.*.py"]\n',
      [readme]: '# Acme\n\n## Requirements\n\nPython 3.9 or newer.\n\n## Usage\n',
    };
    for (const [file, text] of Object.entries(migrated)) writeFileSync(path.join(repo, file), text);
    const checked = withSameMeaning(c4, repo, ref, owners);
    expect(checked.status, checked.reason).toBe('pass');
    expect(checked.reason).toContain('import names');
    // A name not imported that the module reads, a name left in __all__, an item in another table only, a key emptied
    // still set: lost still.
    writeFileSync(
      path.join(repo, module),
      migrated[module]
        .replace('from typing import cast\n', '')
        .replace('    "Job",\n', '    "Job",\n    "JobModel",\n') + 'ONE = cast(int, 1)\n',
    );
    writeFileSync(
      path.join(repo, toml),
      '[tool.pyright]\nexclude = ["examples/.*"]\n\n[tool.mypy]\nexclude = ["tests/.*"]\n\n[tool.uv]\nconflicts = [["a"]]\n',
    );
    const lostAgain = withSameMeaning(c4, repo, ref, owners);
    expect(lostAgain.status).toBe('fail');
    expect(lostAgain.details.lost.map((m: { file: string }) => m.file)).toEqual([module, module, toml, toml]);
    // A name the module does not read need not be imported (the owners' tests carried without Stainless's that read it).
    writeFileSync(path.join(repo, module), migrated[module].replace('from typing import cast\n', ''));
    const unread = withSameMeaning(c4, repo, ref, owners);
    expect(unread.details.lost.map((m: { file: string }) => m.file)).toEqual([toml, toml]);
  });

  it("claims a hunk partly there by chance for sdkgen's runtime only while migrate's report lists one more of its file", () => {
    const file = 'src/acme/_models.py';
    const miss = { file, header: '@@ -860 +860,6 @@', why: '5/6 added lines missing', loose: false };
    const c4 = {
      status: 'fail',
      reason: `1/2 owners' hunks not carried (0 lost, 1 partly; 0 of them present in another form): ${file}(1)`,
      details: { lost: [], partial: [miss], done: [{ file, header: '@@ -863,3 +868 @@' }] },
    };
    const item = {
      path: file,
      does: 'keeps omit headers',
      test: 'test/python/runtime/test_client.py › x',
      testFound: true,
    };
    const owners = { base: 'HEAD', hunks: [{ file, header: miss.header, added: [], removed: [] }, {}] };
    expect(withSameMeaning(c4, tempDir('python-trials'), 'HEAD', owners, [item, item]).status).toBe('pass');
    // The report's one item went to the hunk wholly missing already; one whose test is not there claims nothing.
    expect(withSameMeaning(c4, tempDir('python-trials'), 'HEAD', owners, [item]).status).toBe('fail');
    const untested = { ...item, testFound: false };
    expect(withSameMeaning(c4, tempDir('python-trials'), 'HEAD', owners, [item, untested]).status).toBe('fail');
  });
});
