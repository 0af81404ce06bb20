/**
 * Ctrl-C (or a kill) while sdkgen writes into an existing output directory, in a real process: the signal waits
 * until every staged file is renamed into place, then ends the run as it would have. No `*.sdkgen-*.tmp` file is
 * left beside its target, and the directory holds the new output and its manifest, whole.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { MANIFEST_PATH } from '../generator/write/manifest';
import { writeOutput } from '../generator/write/write';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';

const files = (value: number) =>
  Array.from({ length: 40 }, (_, i) => ({ path: `src/f${i}.ts`, contents: `export const v${i} = ${value};\n` }));

/**
 * Writes the next output into `out` in a child process whose last file, once read while the files before it are
 * staged (their temporaries beside them), sends the process SIGINT: mid-write. With `listens`, the child has a
 * SIGINT listener of its own from before the write, registered with `once` as --watch registers its own.
 */
async function writeInterrupted(root: string, out: string, listens: boolean) {
  const script = path.join(root, `interrupt-${listens}.ts`);
  writeFileSync(
    script,
    `import { readdirSync } from 'node:fs';
import { writeOutput } from ${JSON.stringify(path.join(ROOT, 'generator/write/write.ts'))};
const out = process.argv[2];
${listens ? "process.once('SIGINT', () => console.log('stopped by its own listener'));" : ''}
let sent = false;
const last = {
  path: 'src/last.ts',
  get contents() {
    if (!sent && readdirSync(out + '/src').some((name) => name.endsWith('.tmp'))) {
      sent = true;
      process.kill(process.pid, 'SIGINT');
    }
    return 'export const last = 2;\\n';
  },
};
const files = ${JSON.stringify(files(2))};
await writeOutput(out, [...files, last], { force: false });
console.log(sent ? 'written after the signal' : 'no signal sent');
`,
  );
  const bundled = path.join(root, `interrupt-${listens}.mjs`);
  await build({
    entryPoints: [script],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundled,
    logLevel: 'error',
  });
  return spawnSync(process.execPath, [bundled, out], { encoding: 'utf8' });
}

async function writeFirst(root: string): Promise<{ out: string; oldManifest: string }> {
  const out = path.join(root, 'sdk');
  await writeOutput(out, [...files(1), { path: 'src/last.ts', contents: 'export const last = 1;\n' }], {
    force: false,
  });
  return { out, oldManifest: readFileSync(path.join(out, MANIFEST_PATH), 'utf8') };
}

function expectWrittenWhole(out: string, oldManifest: string): void {
  expect(readdirSync(out, { recursive: true }).filter((name) => String(name).endsWith('.tmp'))).toEqual([]);
  for (const file of files(2)) expect(readFileSync(path.join(out, file.path), 'utf8')).toBe(file.contents);
  expect(readFileSync(path.join(out, 'src/last.ts'), 'utf8')).toBe('export const last = 2;\n');
  expect(readFileSync(path.join(out, MANIFEST_PATH), 'utf8')).not.toBe(oldManifest);
}

it('a signal during the write lands after it: every file renamed into place, no temporaries', async () => {
  const root = tempDir('write-interrupt');
  const { out, oldManifest } = await writeFirst(root);
  const child = await writeInterrupted(root, out, false);
  expect(child.stderr).toBe('');
  expect(child.stdout).toBe('written after the signal\n');
  expect(child.signal).toBe('SIGINT');
  expectWrittenWhole(out, oldManifest);
});

// As `generate --watch` stops on Ctrl-C: its listener answers the signal and the process exits normally.
it('a signal during the write goes to a listener of the process, which then decides, and is not raised again', async () => {
  const root = tempDir('write-interrupt-listened');
  const { out, oldManifest } = await writeFirst(root);
  const child = await writeInterrupted(root, out, true);
  expect(child.stderr).toBe('');
  expect(child.stdout).toBe('written after the signal\nstopped by its own listener\n');
  expect(child.signal).toBeNull();
  expect(child.status).toBe(0);
  expectWrittenWhole(out, oldManifest);
});

it('a folder where a new file goes is refused before anything is written: no file renamed, no temporary', async () => {
  const out = path.join(tempDir('write-folder-in-the-way'), 'sdk');
  await writeOutput(out, files(1), { force: false });
  const manifest = readFileSync(path.join(out, MANIFEST_PATH), 'utf8');
  // (With --force it is no conflict: it would be renamed over, and the rename fail halfway through the files.)
  mkdirSync(path.join(out, 'src/new.ts/inside'), { recursive: true });
  const next = [...files(2), { path: 'src/new.ts', contents: 'export const added = 1;\n' }];
  const error = await writeOutput(out, next, { force: true }).catch((e: unknown) => e);
  expect(String(error)).toContain('src/new.ts is a folder, where sdkgen writes src/new.ts');
  expect(readdirSync(path.join(out, 'src/new.ts'))).toEqual(['inside']);
  for (const file of files(1)) expect(readFileSync(path.join(out, file.path), 'utf8')).toBe(file.contents);
  expect(readFileSync(path.join(out, MANIFEST_PATH), 'utf8')).toBe(manifest);
  expect(readdirSync(out, { recursive: true }).filter((name) => String(name).endsWith('.tmp'))).toEqual([]);
});
