/**
 * The bench preloads bench/lib/thread-cpu.mjs into every sdkgen run on Linux: at exit it prints the run's CPU time by
 * group of threads. A thread's name may hold spaces and parentheses (proc-stat.mjs reads its stat line from the last
 * `)`), and a worker thread that ended before the exit is counted under `workers`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const PRELOAD = pathToFileURL(path.join(ROOT, 'bench/lib/thread-cpu.mjs')).href;
const { statTime } = (await import(pathToFileURL(path.join(ROOT, 'bench/lib/proc-stat.mjs')).href)) as {
  statTime(stat: string): { name: string; ms: number };
};

describe('bench: CPU time by thread', () => {
  it("reads a thread's name and user + system ticks from its stat line", () => {
    // Fields 14 and 15 (utime 31, stime 7 ticks of 10 ms) after a name with a space and a `)` in it.
    const stat = '4242 (a (b) c) S 1 4242 4242 0 -1 4194560 100 0 0 0 31 7 0 0 20 0 1 0 99 1000 10';
    expect(statTime(stat)).toEqual({ name: 'a (b) c', ms: 380 });
  });

  it.runIf(process.platform === 'linux')('counts the main thread, and a worker that ended, in their groups', () => {
    // The main thread spins for 200 ms of CPU time, then a worker does, and ends before the process does. (Spinning
    // on CPU time rather than wall time: a busy machine gives a spinning thread less of the second.)
    const program = `
      const { Worker } = require('node:worker_threads');
      const spin = 'const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }; const end = cpu() + 200; while (cpu() < end);';
      eval(spin);
      new Worker(spin, { eval: true });
    `;
    const { stderr } = spawnSync(process.execPath, ['--import', PRELOAD, '-e', program], { encoding: 'utf8' });
    const line = /^sdkgen-bench-threads (\{.*\})$/m.exec(stderr);
    expect(line, stderr).not.toBeNull();
    const groups = JSON.parse(line![1]) as Record<string, number>;
    expect(Object.keys(groups)).toEqual(['main', 'formatter', 'helpers', 'workers', 'mainWaited']);
    expect(groups.main).toBeGreaterThanOrEqual(100);
    expect(groups.workers).toBeGreaterThanOrEqual(100);
    expect(groups.formatter).toBe(0);
  });

  const taskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  it.runIf(process.platform === 'linux' && taskset)(
    "counts the main thread's wait for a core while a worker has it (both on one CPU)",
    () => {
      // Both spin on the process's CPU time: the worker until 600 ms more are used, the main thread (started once the
      // worker runs) until 300 ms more. On one CPU they take turns meanwhile: the main thread waits ~150 ms.
      const program = `
        const { Worker } = require('node:worker_threads');
        const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
        const worker = new Worker("const t = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }; const end = t() + 600; while (t() < end);", { eval: true });
        worker.once('online', () => { const end = cpu() + 300; while (cpu() < end); });
      `;
      const { stderr } = spawnSync('taskset', ['-c', '0', process.execPath, '--import', PRELOAD, '-e', program], {
        encoding: 'utf8',
      });
      const line = /^sdkgen-bench-threads (\{.*\})$/m.exec(stderr);
      expect(line, stderr).not.toBeNull();
      const groups = JSON.parse(line![1]) as Record<string, number>;
      expect(groups.mainWaited).toBeGreaterThanOrEqual(50);
    },
  );
});
