/**
 * Script text for the worker threads that read and hash many files (previous-output.ts, output-worker.ts): a CommonJS
 * snippet each worker's source includes. It defines
 * - `sha256(data)`: hex digest of a string (as UTF-8) or bytes, as manifest.ts hashes (one-shot where Node has it);
 * - `readToEnd(fd)`: reads the open file to its end into `readBuffer`, the same buffer for every file (grown when a
 *   file needs more), and returns how many bytes it holds;
 * - `stampOf(stat)`: a status's stamp, as file-stamp.ts's fileStamp makes it.
 *
 * A file takes four calls: open, a read, a read that finds nothing more, close. readFileSync asks for the file's
 * status first and allocates a buffer for each file: GitHub's 4,517 files take a worker 78 ms of CPU so, 57 this way.
 * It requires node:fs and node:crypto itself.
 */
export const WORKER_READ_SOURCE = `
const { fstatSync: readStat, readSync: readInto } = require('node:fs');
const { createHash: readCreateHash, hash: readHash } = require('node:crypto');
const sha256 = readHash
  ? (data) => readHash('sha256', data)
  : (data) => readCreateHash('sha256').update(data).digest('hex');
const stampOf = (stat) => stat.ino + ':' + stat.size + ':' + stat.mtimeMs + ':' + stat.ctimeMs;
let readBuffer = Buffer.allocUnsafeSlow(1 << 20);
function readToEnd(fd) {
  let size = 0;
  for (;;) {
    if (size === readBuffer.length) {
      // Sized once from the file's status, a byte more to find its end (it may be growing).
      const grown = Buffer.allocUnsafeSlow(Math.max(readStat(fd).size + 1, 2 * readBuffer.length));
      readBuffer.copy(grown, 0, 0, size);
      readBuffer = grown;
    }
    const read = readInto(fd, readBuffer, size, readBuffer.length - size, null);
    if (read === 0) return size;
    size += read;
  }
}
`;
