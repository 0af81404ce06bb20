/**
 * runTsc: `tsc -p <project>` in this test process's type-checking thread (./tsc-thread.mjs). A module of its own,
 * importing nothing of the generator: a test that only type-checks loads none of it.
 */
import { spawnSync } from 'node:child_process';
import { TSC, TSC_NODE_FLAGS } from './paths';
import { SyncThread } from './sync-thread';

/**
 * `tsc -p <project> --pretty false`: its output (empty when clean) and exit status. Run in this process's type-checking
 * thread (./tsc-thread.mjs), which keeps the compiler and TypeScript's parsed lib files from one check to the next: a
 * small SDK's check costs a fraction of a new tsc process's start-up, library parse and warm-up. Relative paths in the
 * output are relative to this process's working folder, as a spawned tsc's were. The test waits for the answer, as it
 * waited on spawnSync. With `only`, just those files of the program are checked and reported on (the files they
 * import are read for the types they use, not checked in full). With `noEmit`, as tsc's `--noEmit` flag.
 */
export function runTsc(
  project: string,
  options: { only?: string[]; noEmit?: boolean } = {},
): { status: number | null; output: string } {
  const result = checkInThread(project, options.only, options.noEmit) ?? spawnTsc(project, options.noEmit);
  return { status: result.status, output: result.output.trim() };
}

/** A tsc process of its own, for what the thread leaves to tsc (watch mode, incremental builds). */
function spawnTsc(project: string, noEmit = false): { status: number | null; output: string } {
  const flags = ['-p', project, '--pretty', 'false', ...(noEmit ? ['--noEmit'] : [])];
  const result = spawnSync(process.execPath, [...TSC_NODE_FLAGS, TSC, ...flags], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Type-checks several tsc projects, each under its own options, one after another in the type-checking thread (see
 * runTsc). Returns, by project file (as given), its output (empty when clean) and tsc's exit status.
 */
export function runTscBuild(projects: string[]): Map<string, { status: number | null; output: string }> {
  return new Map(projects.map((project) => [project, runTsc(project)]));
}

/** A check longer than this means the thread died (out of memory, say): it can no longer answer. */
const TSC_THREAD_TIMEOUT_MS = 10 * 60 * 1000;

interface TscAnswer {
  id: number;
  /** Null where the thread leaves the project to a tsc process. */
  result?: { status: number; output: string } | null;
  error?: string;
}

function checkInThread(
  project: string,
  only: string[] | undefined,
  noEmit: boolean | undefined,
): { status: number; output: string } | null {
  const thread = SyncThread.shared('tscThread', new URL('./tsc-thread.mjs', import.meta.url));
  const answer = thread.wait<TscAnswer>(thread.post({ project, only, noEmit }), TSC_THREAD_TIMEOUT_MS);
  if (!answer)
    throw new Error(`the type-checking thread did not answer within ${TSC_THREAD_TIMEOUT_MS / 60_000} minutes`);
  if (answer.error !== undefined) throw new Error(`the type-checking thread failed: ${answer.error}`);
  return answer.result ?? null;
}
