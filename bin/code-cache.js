// dist/cli.cjs.cache: a first line stamping the V8 version and the SHA-256 of the script the cache was made for, then
// V8's cached data. Read by bin/sdkgen.js, written by it in the build's sample run, checked by scripts/build.mjs.
// (CommonJS: see bin/sdkgen.js.)
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');

/** `{ data }` when `file` holds the code cache this V8 made for `source`, else `{ unused }` saying why not. */
function readCodeCache(file, source) {
  try {
    const cache = readFileSync(file);
    const newline = cache.indexOf(10);
    const stamp = JSON.parse(cache.subarray(0, newline).toString('utf8'));
    if (stamp.v8 !== process.versions.v8) return { unused: `made by V8 ${stamp.v8}, this is ${process.versions.v8}` };
    if (stamp.sha256 !== sha256(source)) return { unused: 'made for another build of dist/cli.cjs' };
    return { data: cache.subarray(newline + 1) };
  } catch (error) {
    // Not built, built without its cache, or not a cache.
    return { unused: error.code ? `cannot read it (${error.code})` : 'not a code cache' };
  }
}

/** Writes the code cache `data` that this V8 made for `source` to `file` (through a temporary file and a rename). */
function writeCodeCache(file, source, data) {
  const stamp = JSON.stringify({ v8: process.versions.v8, sha256: sha256(source) });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, Buffer.concat([Buffer.from(`${stamp}\n`), data]));
  renameSync(temp, file);
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

module.exports = { readCodeCache, writeCodeCache };
