#!/usr/bin/env node
import module from 'node:module';

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
