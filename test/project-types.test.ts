/**
 * sdkgen's own TypeScript (the generator, its tests, scripts and bench) type-checks under the repository's
 * tsconfig.json, as `npm run typecheck` checks it. A test rather than a step before Vitest: tsc then runs while
 * other test files wait on their child processes, instead of before all of them. Incremental
 * (test/helpers/tsc-cache.ts): the files unchanged since the last run keep their diagnostics, not checked again.
 */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT, TSC, TSC_NODE_FLAGS } from './helpers/paths';
import { incrementalTsc } from './helpers/tsc-cache';

it('tsc --noEmit over tsconfig.json reports nothing', async () => {
  // Incremental, from the record of the last run: the files nobody changed since are not checked again.
  const incremental = incrementalTsc('project-types');
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...TSC_NODE_FLAGS, TSC, '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false', ...incremental.args],
      {
        cwd: ROOT,
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
  incremental.keep();
  expect(output).toBe('');
  expect(code).toBe(0);
  // tsc over the whole project: minutes on a loaded 2-core machine.
}, 600_000);
