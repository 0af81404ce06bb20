#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps compiled code between runs (as tsc does): on small specs start-up is mostly module loading.
module.enableCompileCache?.();
await import('../dist/main.js');
