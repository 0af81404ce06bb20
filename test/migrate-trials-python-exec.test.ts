/**
 * The trial's checks ask Python about code hundreds of times on a large repository (a hunk each, a file each); through
 * pyenv's shim every question cost seconds before Python started, and openai-python's checks outlasted every session.
 * The interpreter the name stands for is found once and run directly, and a question asked again is answered from
 * the first answer.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { linesAtAnotherDepth } from '../bench/migrate-trials/lib/python-depth.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'python-exec-'));
const namedBefore = process.env.SDKGEN_PYTHON;
afterAll(() => {
  // The worker's other test files ask their own Python.
  if (namedBefore === undefined) delete process.env.SDKGEN_PYTHON;
  else process.env.SDKGEN_PYTHON = namedBefore;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the trial's Python", () => {
  it('runs the named interpreter once to find it, then the interpreter itself, once a question', () => {
    const real = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
    const calls = path.join(dir, 'calls');
    const shim = path.join(dir, 'python-shim');
    // A stand-in for pyenv's shim: counts each time it is run, then runs the interpreter.
    fs.writeFileSync(shim, `#!/bin/sh\necho run >> '${calls}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    process.env.SDKGEN_PYTHON = shim;
    // (Each name is found once: this shim has not been asked for before, whatever the worker ran first.)
    // (The owners' `y = 1`, in the `if` at the ref, after it in the migrated module: at another depth.)
    const ref = 'a = 0\nif x:\n    y = 1\nz = 2\n';
    const moved = 'a = 0\nif x:\n    pass\ny = 1\nz = 2\n';
    expect([...linesAtAnotherDepth(ref, moved, [3])]).toEqual([3]);
    expect([...linesAtAnotherDepth(ref, moved, [3])]).toEqual([3]);
    expect([...linesAtAnotherDepth(ref, ref, [3])]).toEqual([]);
    expect(fs.readFileSync(calls, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
