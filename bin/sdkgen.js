#!/usr/bin/env node
import module from 'node:module';
import v8 from 'node:v8';

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
