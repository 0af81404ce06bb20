/**
 * CPU seconds of a test file (test/setup/test-file.ts, with SDKGEN_TEST_CPU_LOG=<file>): a line per file is appended
 * to <file> (tab-separated): its path, the worker's pid, the CPU seconds of the worker itself (its threads included)
 * from the setup file's run to the file's end, those of its child processes meanwhile (the exited ones Node waited
 * for, and the growth of those still running: esbuild's service, the warm sdkgen process), the start and end times,
 * the worker's CPU seconds since it started, then the system (kernel) share of the first two figures. For finding
 * what `npm test`'s time goes to; nothing is measured otherwise.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';

interface Ticks {
  /** utime + stime, and stime alone. */
  self: number;
  selfSystem: number;
  /** cutime + cstime, and cstime alone. */
  children: number;
  childrenSystem: number;
  parent: number;
}

/** The CPU clock ticks of `pid` and of its waited-for children, and its parent's pid, from /proc/<pid>/stat. */
function stat(pid: number | 'self'): Ticks | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').map(Number);
    return {
      self: fields[11]! + fields[12]!,
      selfSystem: fields[12]!,
      children: fields[13]! + fields[14]!,
      childrenSystem: fields[14]!,
      parent: fields[1]!,
    };
  } catch {
    return null;
  }
}

/** CPU ticks of each running descendant of this process (its own and its waited-for children's), all and system. */
function descendants(): Map<number, { ticks: number; system: number }> {
  const byParent = new Map<number, { pid: number; ticks: number; system: number }[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const entry = stat(Number(name));
    if (!entry) continue;
    const list = byParent.get(entry.parent) ?? [];
    list.push({
      pid: Number(name),
      ticks: entry.self + entry.children,
      system: entry.selfSystem + entry.childrenSystem,
    });
    byParent.set(entry.parent, list);
  }
  const found = new Map<number, { ticks: number; system: number }>();
  const queue = [process.pid];
  while (queue.length > 0) {
    for (const child of byParent.get(queue.pop()!) ?? []) {
      found.set(child.pid, child);
      queue.push(child.pid);
    }
  }
  return found;
}

/** Starts measuring now; the function returned appends the line of `filepath` to `log`. */
export function measureCpu(log: string): (filepath: string) => void {
  const start = stat('self')!;
  const running = descendants();
  const startedAt = Date.now();
  return (filepath) => {
    const end = stat('self')!;
    let grown = 0;
    let grownSystem = 0;
    for (const [pid, { ticks, system }] of descendants()) {
      grown += ticks - (running.get(pid)?.ticks ?? 0);
      grownSystem += system - (running.get(pid)?.system ?? 0);
    }
    const seconds = (ticks: number) => (ticks / 100).toFixed(2);
    const line = [
      filepath,
      process.pid,
      seconds(end.self - start.self),
      seconds(end.children - start.children + grown),
    ];
    const system = [
      seconds(end.selfSystem - start.selfSystem),
      seconds(end.childrenSystem - start.childrenSystem + grownSystem),
    ];
    appendFileSync(log, [...line, startedAt, Date.now(), seconds(end.self), ...system].join('\t') + '\n');
  };
}
