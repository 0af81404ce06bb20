// python-exec.mjs — the Python the trial's checks read code with, run directly.
//
// `python3` on this machine is pyenv's shim, a chain of shell scripts that takes seconds under load before Python
// starts; the checks of a large repository ask Python hundreds of times (a hunk each, a file each), which made
// openai-python's checks outlast every session. The interpreter the name stands for is found once and run directly
// (the same interpreter: found from the trial's own directory, as each call was), and each answer is kept for the
// same question asked again (check 4 is measured again on the pipeline's trees, mostly the same files).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

// Keyed by the name asked for: test files sharing one module instance may each name another interpreter.
const executables = new Map();
const answers = new Map();

/** The interpreter `$SDKGEN_PYTHON` (else `python3`) runs, as a path. */
export function pythonExecutable() {
  const named = process.env.SDKGEN_PYTHON ?? 'python3';
  if (executables.has(named)) return executables.get(named);
  const r = spawnSync(named, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const found = r.status === 0 ? r.stdout.trim() : '';
  executables.set(named, found !== '' ? found : named);
  return executables.get(named);
}

/**
 * `python -c script` with `input` on stdin: its stdout, the same answer for the same script and input asked again.
 * Throws (with `what` it could not read) where Python fails.
 */
export function runPython(script, input, what, maxBuffer = 1 << 28) {
  const python = pythonExecutable();
  const key = createHash('sha256').update(python).update('\0').update(script).update('\0').update(input).digest('hex');
  if (answers.has(key)) return answers.get(key);
  const run = spawnSync(python, ['-c', script], { input, encoding: 'utf8', maxBuffer });
  if (run.error || run.status !== 0)
    throw new Error(`${python} could not read ${what}: ${run.error?.message ?? run.stderr.trim()}`);
  answers.set(key, run.stdout);
  return run.stdout;
}
