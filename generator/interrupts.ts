/**
 * SIGINT and SIGTERM, and the listeners that only clean up after them (the output being written, temporary folders):
 * each of those does its part and, unless a listener that decides is there too (--watch's), raises the signal again
 * to end the run as it would have. They must not count one another as deciding, or none would raise it.
 */

/** The signals that end a run: SIGINT (Ctrl-C) and SIGTERM (a kill). */
export const INTERRUPTS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

const cleaners = new WeakSet<(...args: never[]) => unknown>();

/** Marks `listener` as one that only cleans up: othersDecide does not count it. Returns it. */
export function cleanerOnly<T extends (...args: never[]) => unknown>(listener: T): T {
  cleaners.add(listener);
  return listener;
}

/** Whether a listener other than the cleaners answers `signal`: it then decides whether the run ends. */
export function othersDecide(signal: NodeJS.Signals): boolean {
  return process.listeners(signal).some((listener) => !cleaners.has(listener as (...args: never[]) => unknown));
}
