/**
 * The trial harness's Python checks (bench/migrate-trials/lib/python-trial.mjs) judge the migrated repository by
 * themselves: the dependencies pyproject.toml declares in each of its forms, and a class member the owners put in a
 * place, found there in sdkgen's own lines of it, counted as carried (and one found elsewhere not).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { pyprojectDependencies, withMembersInPlace } from '../bench/migrate-trials/lib/python-trial.mjs';
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
      reason: "1/1 owners' hunks not carried (1 lost, 0 partly)",
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
    const owners = { hunks: [] };
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
});
