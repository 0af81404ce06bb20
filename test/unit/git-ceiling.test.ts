/** A test's folder under test/.tmp is no part of this repository to git (test/setup/test-file.ts). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { TMP } from '../helpers/paths';

it('git finds no repository from a folder under test/.tmp', () => {
  const dir = path.join(TMP, `git-ceiling-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    expect(() => execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, stdio: 'pipe' })).toThrow(
      /not a git repository/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
