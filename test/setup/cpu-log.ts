/**
 * With SDKGEN_TEST_CPU_LOG=<file>, every test file appends a line to <file> (tab-separated): its path, the worker's
 * pid, the CPU seconds of the worker itself (its threads included) from this setup file's run to the file's end, those
 * of its child processes meanwhile (the exited ones Node waited for, and the growth of those still running: esbuild's
 * service, the warm sdkgen process), the start and end times, and the worker's CPU seconds since it started. For
 * finding what `npm test`'s time goes to; nothing is measured otherwise.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll } from 'vitest';

const log = process.env.SDKGEN_TEST_CPU_LOG;

/** utime + stime, cutime + cstime (clock ticks) and the parent's pid of `pid`, from /proc/<pid>/stat. */
function stat(pid: number | 'self'): { self: number; children: number; parent: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').map(Number);
    return { self: fields[11]! + fields[12]!, children: fields[13]! + fields[14]!, parent: fields[1]! };
  } catch {
    return null;
  }
}

/** CPU ticks of each running descendant of this process (its own and its waited-for children's). */
function descendants(): Map<number, number> {
  const byParent = new Map<number, { pid: number; ticks: number }[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const entry = stat(Number(name));
    if (!entry) continue;
    const list = byParent.get(entry.parent) ?? [];
    list.push({ pid: Number(name), ticks: entry.self + entry.children });
    byParent.set(entry.parent, list);
  }
  const found = new Map<number, number>();
  const queue = [process.pid];
  while (queue.length > 0) {
    for (const child of byParent.get(queue.pop()!) ?? []) {
      found.set(child.pid, child.ticks);
      queue.push(child.pid);
    }
  }
  return found;
}

if (log) {
  const start = stat('self')!;
  const running = descendants();
  const startedAt = Date.now();
  afterAll((file) => {
    const end = stat('self')!;
    let grown = 0;
    for (const [pid, ticks] of descendants()) grown += ticks - (running.get(pid) ?? 0);
    const name = (file as { filepath?: string }).filepath ?? '?';
    const seconds = (ticks: number) => (ticks / 100).toFixed(2);
    const line = [name, process.pid, seconds(end.self - start.self), seconds(end.children - start.children + grown)];
    appendFileSync(log, [...line, startedAt, Date.now(), seconds(end.self)].join('\t') + '\n');
  });
}
