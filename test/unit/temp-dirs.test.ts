/**
 * test/helpers/temp-dirs.ts, which test/setup/test-file.ts runs after each test file: the folders tempDir made for
 * the file are removed when it passed, and kept for a look when a test or a hook of it failed.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/sdk';
import { anyFailed, madeTempDir, removeTempDirsUnlessFailed, takeTempDirs } from '../helpers/temp-dirs';

const passed = { result: { state: 'pass' }, tasks: [{ result: { state: 'pass' } }, { result: { state: 'skip' } }] };
const failedTest = { result: { state: 'pass' }, tasks: [{ tasks: [{ result: { state: 'fail' } }] }] };
const failedHook = {
  result: { state: 'run', errors: [new Error('beforeAll')] },
  tasks: [{ result: { state: 'skip' } }],
};

describe("a test file's temporary folders", () => {
  it("tell a failure anywhere in the file, a hook's included, from a pass", () => {
    expect(anyFailed(passed)).toBe(false);
    expect(anyFailed(failedTest)).toBe(true);
    expect(anyFailed(failedHook)).toBe(true);
  });

  it('are removed once the file passed, each once', () => {
    takeTempDirs();
    const dirs = [tempDir('temp-dirs-passed'), tempDir('temp-dirs-passed')];
    expect(removeTempDirsUnlessFailed(passed)).toEqual(dirs);
    expect(dirs.filter((dir) => existsSync(dir))).toEqual([]);
    // Forgotten once handled: the next file's call has nothing of this one's.
    expect(takeTempDirs()).toEqual([]);
  });

  it('are kept when the file failed', () => {
    takeTempDirs();
    const dir = tempDir('temp-dirs-failed');
    expect(removeTempDirsUnlessFailed(failedHook)).toEqual([]);
    expect(existsSync(dir)).toBe(true);
    expect(takeTempDirs()).toEqual([]);
    // Handed back, for this file's own setup to remove once it passes.
    madeTempDir(dir);
  });
});
