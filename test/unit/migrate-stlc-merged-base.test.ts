/**
 * stlc's integration of the owners' code onto its sealed output, merged into main from a pull request (imagekit's
 * `stainless/release` branch) rather than committed on it: the base is the sealed output its
 * `Stainless-Generated-From:` trailer names, not the older `generated` commit most like the checkout.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStainlessBase } from '../../generator/migrate/repository/stainless-repo';
import { writeFiles as write } from '../helpers/files';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Stainless Bot', GIT_AUTHOR_EMAIL: 'bot@stainless.com' },
  });
}

describe("stlc's integration merged from a pull request", () => {
  it('makes the output its trailer names the base', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'sdkgen-stlc-merged-'));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Stainless Bot');
    git(repo, 'config', 'user.email', 'bot@stainless.com');
    // Most of its files are as the checkout has them: the older generation is the closest by likeness.
    const unchanged = Object.fromEntries(['README.md', 'LICENSE', 'api.md', 'src/index.ts'].map((f) => [f, `${f}\n`]));
    write(repo, { ...unchanged, '.stats.yml': 'configured_endpoints: 1\n', 'src/client.ts': 'export const a = 1;\n' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'codegen', '--author', 'stainless-app[bot] <bot@stainless.com>');
    git(repo, 'branch', 'generated');
    // stlc seals its newer output apart from main.
    git(repo, 'checkout', '-q', '-b', 'seal');
    write(repo, {
      '.stats.yml': 'configured_endpoints: 2\n',
      'src/client.ts': 'export const a = 1;\nexport const b = 2;\n',
    });
    git(repo, 'commit', '-qam', 'seal');
    const sealed = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'update-ref', 'refs/stainless/custom-code/typescript/1/base', sealed);
    // A person's pull request carries it with the owners' code, naming it in a trailer; main merges it.
    git(repo, 'checkout', '-q', '-b', 'stainless/release', 'main');
    git(repo, 'checkout', '-q', sealed, '--', '.stats.yml', 'src/client.ts');
    write(repo, { 'src/lib/helper.ts': 'export const helper = true;\n' });
    git(repo, 'add', '-A');
    git(
      repo,
      'commit',
      '-qm',
      `feat(api): new endpoint\n\nStainless-Generated-From: ${sealed}`,
      '--author',
      'A Person <p@example.com>',
    );
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1 from stainless/release', 'stainless/release');
    git(repo, 'branch', '-q', '-D', 'seal', 'stainless/release');

    const base = findStainlessBase(repo, null);
    rmSync(repo, { recursive: true, force: true });
    expect(base?.commit).toBe(sealed);
    expect(base?.stale).toBeUndefined();
  });
});
