// Preloaded into every sdkgen run of the bench on Linux (`node --import`): as the process exits, one line on stderr with
// its CPU time by thread, so the report can say which threads a run's CPU went to. A large spec's wall time is the
// main thread's time on a core plus its time waiting for one, which the other threads cause when they want more
// cores than there are.
//
// - main: the thread that runs sdkgen (and its garbage collection pauses);
// - mainWaited: the time the main thread was ready to run but waited for a core (its schedstat's second field);
// - formatter: oxfmt's threads (its Rust runtime names them `tokio-rt-worker`);
// - helpers: every other thread still there (V8's compiler and concurrent GC, libuv's pool);
// - workers: threads that ended before the exit (the output worker, Prettier's workers): the process's total less
//   the threads still there.
import { readdirSync, readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { statTime } from './proc-stat.mjs';

/**
 * A thread's name and CPU time (ms): from its schedstat (nanoseconds on the CPU) where the kernel keeps one, else
 * from its stat. Summed over a dozen threads, stat's whole ticks would leave up to a tenth of a second unaccounted.
 */
function readThread(tid) {
  const dir = `/proc/self/task/${tid}`;
  const thread = statTime(readFileSync(`${dir}/stat`, 'utf8'));
  try {
    const [onCpu, waited] = readFileSync(`${dir}/schedstat`, 'utf8').split(' ').map(Number);
    return { name: thread.name, ms: onCpu / 1e6, waitedMs: waited / 1e6 };
  } catch {
    return { ...thread, waitedMs: 0 };
  }
}

// Worker threads inherit the preload: only the main thread reports, once, for the whole process.
process.on('exit', () => {
  if (!isMainThread) return;
  try {
    const usage = process.cpuUsage();
    const totalMs = (usage.user + usage.system) / 1000;
    const byGroup = { main: 0, formatter: 0, helpers: 0 };
    let mainWaited = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      const { name, ms, waitedMs } = readThread(tid);
      const group = tid === String(process.pid) ? 'main' : name === 'tokio-rt-worker' ? 'formatter' : 'helpers';
      byGroup[group] += ms;
      if (group === 'main') mainWaited = waitedMs;
    }
    const workers = Math.max(0, totalMs - byGroup.main - byGroup.formatter - byGroup.helpers);
    const rounded = Object.fromEntries(
      Object.entries({ ...byGroup, workers, mainWaited }).map(([k, v]) => [k, Math.round(v)]),
    );
    process.stderr.write(`sdkgen-bench-threads ${JSON.stringify(rounded)}\n`);
  } catch {
    // not Linux, or /proc unreadable: no line
  }
});
