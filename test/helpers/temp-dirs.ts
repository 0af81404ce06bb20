/**
 * The folders tempDir (./sdk.ts) made for the test file that is running, removed once the file is done unless it
 * failed (test/setup/test-file.ts). A module of its own, importing nothing of the generator, for the setup file to
 * load in every test file cheaply.
 */
import { rmSync } from 'node:fs';

const made: string[] = [];

export function madeTempDir(dir: string): void {
  made.push(dir);
}

/** The folders made since the last call, which are then forgotten (a worker runs one test file after another). */
export function takeTempDirs(): string[] {
  return made.splice(0);
}

/** A test file, suite or test as Vitest hands it to a hook: its result and the tasks under it. */
export interface TaskLike {
  result?: { state?: string; errors?: unknown[] };
  tasks?: TaskLike[];
}

/** Whether the task, or any task under it, failed or has errors (a failed hook marks its suite). */
export function anyFailed(task: TaskLike): boolean {
  if (task.result?.state === 'fail' || (task.result?.errors?.length ?? 0) > 0) return true;
  return (task.tasks ?? []).some(anyFailed);
}

/**
 * Removes the folders made since the last call, unless `file` (the test file that made them) failed: then they stay
 * in test/.tmp for a look, until a later run sweeps them. Returns the folders removed.
 */
export function removeTempDirsUnlessFailed(file: TaskLike): string[] {
  const dirs = takeTempDirs();
  if (anyFailed(file)) return [];
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  return dirs;
}
