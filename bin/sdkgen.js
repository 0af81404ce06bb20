#!/usr/bin/env node
import module from 'node:module';
import v8 from 'node:v8';

// A run lasts seconds: V8 optimizing every warm function with TurboFan costs more CPU (on background threads,
// beside the formatter's) than the optimized code saves. Eight times V8's default budget before a function is
// optimized leaves the hot ones optimized: GitHub's SDK takes a quarter less CPU and an eighth less wall time, and
// four copies of its spec take no longer. `--watch` keeps V8's default, as does choosing the flag yourself:
// `node --interrupt-budget=… bin/sdkgen.js …`, or NODE_OPTIONS.
const chosen = /--interrupt-budget\b/;
const watching = process.argv.slice(2).some((arg) => arg === '--watch' || arg === '-w');
if (!watching && !process.execArgv.some((flag) => chosen.test(flag)) && !chosen.test(process.env.NODE_OPTIONS ?? '')) {
  v8.setFlagsFromString('--interrupt-budget=540672');
}

// Node 22.1+ keeps compiled code between runs (as tsc does): on small specs start-up is mostly module loading.
module.enableCompileCache?.();
if (process.env.SDKGEN_DEBUG) process.setSourceMapsEnabled(true);
const { main } = await import('../dist/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sdkgen: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
