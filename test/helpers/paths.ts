import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder beside the checkout (corpus, specs, Stainless projects), as in CI (.ci/run). */
export const SHARED = path.resolve(ROOT, '../shared');

/**
 * `parts` under the shared folder `sharedDir`, which must exist: a test reading its cases from there would otherwise
 * find none and pass having checked nothing. The error names the path and how to lay the folder out.
 */
export function sharedIn(sharedDir: string, ...parts: string[]): string {
  const full = path.join(sharedDir, ...parts);
  if (existsSync(full)) return full;
  const why = existsSync(sharedDir)
    ? `${sharedDir} has no ${path.join(...parts)}: it is older than the tests`
    : `no shared folder at ${sharedDir}: the tests read the corpus, specs and Stainless projects from a folder ` +
      `named shared beside the checkout (CI's checkout has it)`;
  throw new Error(`${why}. Fix: ln -s /work/shared ${sharedDir} (or the shared folder wherever it is).`);
}

/** `parts` under ../shared (`sharedIn`): every test that needs the shared material resolves it here. */
export function sharedPath(...parts: string[]): string {
  return sharedIn(SHARED, ...parts);
}
export const TSC = path.join(ROOT, 'node_modules/.bin/tsc');
/**
 * Node's flags for the tsc processes the tests start (`node ...TSC_NODE_FLAGS TSC …`): four times V8's interrupt budget
 * before a function is optimized. A check lasts seconds, and TurboFan compiling every warm function of the compiler
 * takes CPU, on background threads, that the other test files want: measured on a 2-core machine, a small SDK's
 * check took a fifth less CPU and a tenth less wall time, fixture-sdks' one program a tenth less CPU and the same
 * wall time. (bin/sdkgen.js gives itself eight times the budget; for tsc that made large programs slower.)
 */
export const TSC_NODE_FLAGS = ['--interrupt-budget=270336'];
/**
 * The V8 tuning bin/sdkgen.js gives itself (eight times V8's interrupt budget before a function is optimized, less
 * inlined into each optimized one), for the Node processes the tests run that are not the CLI's entry point: the test
 * workers (vitest.config.ts), Prism's (./prism-process.ts), the MCP servers of test/mcp.test.ts. ./sdkgen-bridge.mjs
 * gives the warm CLI the same.
 */
export const CLI_NODE_FLAGS = ['--interrupt-budget=540672', '--max-inlined-bytecode-size-cumulative=120'];
export const TMP = path.join(ROOT, 'test/.tmp');
