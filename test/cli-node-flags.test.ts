/**
 * The V8 tuning the tests give the Node processes that are not bin/sdkgen.js (CLI_NODE_FLAGS: the test workers, the
 * warm sdkgen process, Prism's) is the tuning bin/sdkgen.js gives itself: a change to one is a change to the others.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_NODE_FLAGS, ROOT } from './helpers/paths';

const text = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('CLI_NODE_FLAGS', () => {
  it("are bin/sdkgen.js's own tuned flags", () => {
    const tuned = /const tuned = \[([\s\S]*?)\n\];/.exec(text('bin/sdkgen.js'))?.[1] ?? '';
    const pairs = [...tuned.matchAll(/\['(--[\w-]+)', '(\d+)'\]/g)].map(([, flag, value]) => `${flag}=${value}`);
    expect(pairs.length).toBeGreaterThan(0);
    expect(CLI_NODE_FLAGS).toEqual(pairs);
  });

  it('are what the warm sdkgen process is started with (test/helpers/sdkgen-bridge.mjs cannot import them)', () => {
    const literal = /const execArgv = \[([^\]]*)\]/.exec(text('test/helpers/sdkgen-bridge.mjs'))?.[1] ?? '';
    expect([...literal.matchAll(/'([^']+)'/g)].map(([, flag]) => flag)).toEqual(CLI_NODE_FLAGS);
  });

  it('are given to the test workers and to Prism', () => {
    expect(text('vitest.config.ts')).toMatch(/execArgv: \[[^\]]*\.\.\.CLI_NODE_FLAGS\]/);
    expect(text('test/helpers/prism-process.ts')).toContain('execArgv: CLI_NODE_FLAGS');
  });
});
