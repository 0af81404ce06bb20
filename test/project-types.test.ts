/**
 * sdkgen's own TypeScript (the generator, its tests, scripts and bench) type-checks under the repository's
 * tsconfig.json, as `npm run typecheck` checks it. A test rather than a step before Vitest: tsc then runs while
 * other test files wait on their child processes, instead of before all of them.
 */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT, TSC, TSC_NODE_FLAGS } from './helpers/paths';

it('tsc --noEmit over tsconfig.json reports nothing', async () => {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...TSC_NODE_FLAGS, TSC, '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'],
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
  expect(output).toBe('');
  expect(code).toBe(0);
});
