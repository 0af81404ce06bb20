// Reading a process's or a thread's /proc stat line (Linux).

const TICK_MS = 10; // Linux's USER_HZ is 100

/** The name and user + system CPU time (ms, in clock ticks: 10 ms steps) of a /proc/<pid>[/task/<tid>]/stat line. */
export function statTime(stat) {
  // The name is between the first `(` and the last `)`: it may hold spaces and parentheses itself.
  const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  // utime and stime are fields 14 and 15: 12 and 13 of what follows the `(comm) `.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { name, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
}
