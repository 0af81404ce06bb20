#!/usr/bin/env node
// CommonJS (bin/package.json), as is everything it loads before the CLI runs: an ES module entry would start Node's
// ES module loader, and give each of Node's modules it imports a facade copying every export (node:fs's loads its
// streams), a few milliseconds at every start that `--version`, or `check` of an SDK whose inputs did not change, need
// not pay. The CLI's own import()s (oxfmt, the precompiled templates, a config module) start the loader when made.
'use strict';
const { readFileSync } = require('node:fs');
const nodeModule = require('node:module');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');
const { readCodeCache, writeCodeCache } = require('./code-cache.js');

// A run lasts seconds: V8 optimizing every warm function with TurboFan costs more CPU (on background threads,
// beside the formatter's) than the optimized code saves. Eight times V8's default budget before a function is
// optimized leaves the hot ones optimized: GitHub's SDK takes a quarter less CPU and an eighth less wall time, and
// four copies of its spec take no longer. Inlining less into each optimized function (an eighth of V8's default
// total) takes GitHub's SDK about 5% less CPU again, and small specs no more. `--watch` keeps V8's defaults, as does
// choosing either flag yourself: `node --interrupt-budget=… bin/sdkgen.js …`, or NODE_OPTIONS.
const tuned = [
  ['--interrupt-budget', '540672'],
  ['--max-inlined-bytecode-size-cumulative', '120'],
];
const watching = process.argv.slice(2).some((arg) => arg === '--watch' || arg === '-w');
const chosenByUser = (flag) =>
  process.execArgv.some((arg) => arg.startsWith(flag)) || (process.env.NODE_OPTIONS ?? '').includes(flag);
if (!watching && !tuned.some(([flag]) => chosenByUser(flag))) {
  for (const [flag, value] of tuned) v8.setFlagsFromString(`${flag}=${value}`);
}

// oxfmt's allocator (mimalloc) hands memory it freed back to the system 10 ms later by default, and oxfmt, formatting
// one batch after another, asks for it again at once: each page comes back through a page fault, a cost paid in the
// kernel on every batch. Kept 100 ms, the pages are reused instead: GitHub's SDK takes about 5% less CPU and wall
// time, for 30 to 45 MB more at the peak. Read by mimalloc when oxfmt's native build loads (after this line); a
// value of the user's own is kept.
process.env.MIMALLOC_PURGE_DELAY ??= '100';

/**
 * The CLI as dist/cli.cjs, compiled from the V8 code cache that scripts/build.mjs made of it after a sample
 * generation: V8 then neither parses nor compiles again the functions that run used (a tenth of a small spec's run).
 * Null where that cache does not apply: made by another V8 (another Node) or for another build of the script, or
 * SDKGEN_DEBUG asking for source-mapped stack traces; dist/main.js is imported then.
 *
 * SDKGEN_CODE_CACHE: `off` never uses it; `check` says on stderr whether it was used and V8 took it; `write` (the
 * build's sample run) compiles without it and writes it once the run has succeeded.
 */
function compiledCli() {
  const mode = process.env.SDKGEN_CODE_CACHE;
  const unused = (why) => {
    if (mode === 'check') process.stderr.write(`sdkgen: code cache not used: ${why}\n`);
    return null;
  };
  if (mode === 'off') return unused('SDKGEN_CODE_CACHE=off');
  if (process.env.SDKGEN_DEBUG) return unused('SDKGEN_DEBUG is set');
  const file = path.join(__dirname, '../dist/cli.cjs');
  let source;
  try {
    source = readFileSync(file);
  } catch (error) {
    return unused(`cannot read dist/cli.cjs (${error.code})`);
  }
  let cachedData;
  if (mode !== 'write') {
    const cache = readCodeCache(`${file}.cache`, source);
    if (cache.unused) return unused(cache.unused);
    cachedData = cache.data;
  }
  // CommonJS's wrapper, and the importer the script calls for import() (generator/import-module.ts).
  const wrapped = `(function (exports, require, module, __filename, __dirname, __sdkgenImport) {${source.toString()}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (mode === 'check') {
    // V8 compiles the script itself when it rejects the cache (made with other V8 flags, say).
    process.stderr.write(`sdkgen: code cache ${script.cachedDataRejected ? 'rejected by V8' : 'used'}\n`);
  }
  const cjs = { exports: {} };
  const run = script.runInThisContext();
  run(cjs.exports, nodeModule.createRequire(file), cjs, file, path.dirname(file), (specifier) => import(specifier));
  return {
    main: cjs.exports.main,
    ran() {
      if (mode === 'write') writeCodeCache(`${file}.cache`, source, script.createCachedData());
    },
  };
}

const compiled = compiledCli();
// Node 22.1+ keeps compiled ES modules between runs itself (as tsc does).
if (!compiled) nodeModule.enableCompileCache?.();
if (process.env.SDKGEN_DEBUG) process.setSourceMapsEnabled(true);
Promise.resolve(compiled ?? import('../dist/main.js'))
  .then(({ main }) => main(process.argv.slice(2)))
  .then(
    (code) => {
      if (code === 0) compiled?.ran();
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`sdkgen: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
