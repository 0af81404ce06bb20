// build-lock.mjs — one trial at a time makes a given sdkgen copy (<runs>/.sdkgen/<commit or worktree digest>/).
//
// Two trials started together on the same sdkgen both found the copy unbuilt, and each removed the folder and built
// it again while the other was building or already migrating with it. The copy is now made under a lock: a file
// `<copy>.lock` created exclusively (O_EXCL), holding the maker's pid. The others wait for it, then look again: the
// copy is built by then, and they use it. A lock whose process is gone (a trial killed mid-build) is taken over.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Runs `make` holding the lock of `dir` unless `isMade()` (checked again once the lock is held: another trial may have
 * made it meanwhile). Waits up to `timeoutMs` for another maker (default 30 min: a build on a loaded machine).
 */
export async function makeOnce(dir, isMade, make, { timeoutMs = 30 * 60_000, pollMs = 500 } = {}) {
  if (isMade()) return false;
  const lock = `${dir}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (takeLock(lock)) break;
    if (Date.now() > deadline)
      throw new Error(
        `waited ${Math.round(timeoutMs / 1000)} s for ${lock} (held by pid ${holder(lock)}): remove it if no trial runs`,
      );
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  try {
    if (isMade()) return false;
    await make();
    return true;
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/** Creates the lock with this process's pid; false while a live process holds it (a dead holder's lock is removed). */
function takeLock(lock) {
  try {
    fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
  const pid = holder(lock);
  // (A lock just created holds no pid yet: its maker is alive. Two waiters finding the same dead holder may both
  // remove its lock; only one of them then creates the next, `wx` deciding.)
  if (pid !== null && !alive(pid)) fs.rmSync(lock, { force: true });
  return false;
}

function holder(lock) {
  try {
    const pid = Number.parseInt(fs.readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, another user's.
    return error.code === 'EPERM';
  }
}
