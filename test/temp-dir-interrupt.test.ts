/**
 * A run killed while it holds a temporary folder (the config `sdkgen migrate` derives, a spec from a git revision)
 * leaves nothing in the system's temporary folder: generator/temp-dir.ts removes what its maker has not at exit and
 * on SIGINT/SIGTERM, which then end the process as they would have. Each child gets a TMPDIR of its own, so the test
 * reads only what that child made.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';

const API_MD = `# Things

Methods:

- <code title="get /things">client.things.<a href="./src/acme/resources/things.py">list</a>() -> object</code>
`;

/** What the child makes before it says `ready` and waits: its statements, with `derived` and `git` at hand. */
const MAKES = {
  // The Python config migrate derives from the repository's api.md (generator/migrate/python/derived-config/derived-config.ts).
  derived: `derivedPythonConfigFile([{ path: 'api.md', text: ${JSON.stringify(API_MD)} }], 'acme');`,
  // A spec as it is at a git revision, for `sdkgen diff` (generator/diff/inputs.ts).
  git: `await resolveInput('git:HEAD:package.json', ${JSON.stringify(ROOT)});`,
};

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  left: string[];
  tmp: string;
}

/**
 * Runs a child that makes `what`, then (once it printed `ready`) sends it `signal`, or lets it end by itself
 * (`process.exit`) when `signal` is null; `before` is code the child runs first (a listener of its own).
 */
async function runChild(what: keyof typeof MAKES, signal: NodeJS.Signals | null, before = ''): Promise<Ended> {
  const root = tempDir('temp-dir-interrupt');
  const tmp = path.join(root, 'tmp');
  mkdirSync(tmp);
  const script = path.join(root, 'child.ts');
  writeFileSync(
    script,
    `import { readdirSync } from 'node:fs';
import path from 'node:path';
import { derivedPythonConfigFile } from ${JSON.stringify(path.join(ROOT, 'generator/migrate/python/derived-config/derived-config.ts'))};
import { resolveInput } from ${JSON.stringify(path.join(ROOT, 'generator/diff/inputs.ts'))};
${before}
${MAKES[what]}
console.log('ready ' + readdirSync(${JSON.stringify(tmp)}).length);
${signal === null ? 'process.exit(0);' : "setTimeout(() => console.log('outlived the signal'), 5000);"}
`,
  );
  const bundled = path.join(root, 'child.mjs');
  await build({
    entryPoints: [script],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundled,
    logLevel: 'error',
  });
  const child = spawn(process.execPath, [bundled], {
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    if (signal !== null && stdout.includes('ready')) child.kill(signal);
  });
  const [code, ended] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('exit', (c, s) => resolve([c, s])),
  );
  return { code, signal: ended, stdout, left: readdirSync(tmp), tmp };
}

describe('temporary folders when the process ends before their maker removes them', () => {
  it.each([
    ['derived', 'SIGTERM'],
    ['derived', 'SIGINT'],
    ['git', 'SIGTERM'],
  ] as const)('%s, killed with %s: removed, and the signal ends the process', async (what, signal) => {
    const ended = await runChild(what, signal);
    expect(ended.stdout).toBe('ready 1\n');
    expect(ended).toMatchObject({ code: null, signal, left: [] });
  });

  it('process.exit: removed', async () => {
    const ended = await runChild('derived', null);
    expect(ended).toMatchObject({ stdout: 'ready 1\n', code: 0, signal: null, left: [] });
  });

  it('with a fresh output being written too (its listener cleans up as well): both removed, the signal ends it', async () => {
    const before = `import { FreshOutput } from ${JSON.stringify(path.join(ROOT, 'generator/write/fresh-output.ts'))};
FreshOutput.open(path.join(process.env.TMPDIR!, '..', 'out'));`;
    const ended = await runChild('derived', 'SIGTERM', before);
    expect(ended).toMatchObject({ stdout: 'ready 1\n', code: null, signal: 'SIGTERM', left: [] });
    expect(readdirSync(path.dirname(ended.tmp)).sort()).toEqual(['child.mjs', 'child.ts', 'tmp']);
  });

  it("a listener of the process's own (--watch's) decides: the folder waits for the exit it calls", async () => {
    const before = `process.once('SIGTERM', () => {
  console.log('own listener ' + readdirSync(process.env.TMPDIR!).length);
  process.exit(3);
});`;
    const ended = await runChild('derived', 'SIGTERM', before);
    expect(ended).toMatchObject({ stdout: 'ready 1\nown listener 1\n', code: 3, signal: null, left: [] });
  });
});
