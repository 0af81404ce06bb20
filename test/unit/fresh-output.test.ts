/**
 * The output worker (write/output-worker.ts), which takes the files while they are still being rendered: a new output
 * directory written by it (write/fresh-output.ts) has the same files, modes and manifest as writing them all at the
 * end, and nothing is left behind when it fails or is abandoned; an existing one is compared with the new files.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FreshOutput } from '../../generator/write/fresh-output';
import { sha256 } from '../../generator/sha256';
import { manifestText, MANIFEST_PATH } from '../../generator/write/manifest';
import { OutputWorker } from '../../generator/write/output-worker';
import { writeOutput } from '../../generator/write/write';
import { tempDir } from '../helpers/sdk';

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('FreshOutput', () => {
  it('writes the final files, modes and manifest, whatever was handed over before', async () => {
    const root = tempDir('fresh');
    const out = path.join(root, 'sdk');
    const listening = process.listenerCount('SIGINT');
    const writer = FreshOutput.open(out)!;
    expect(writer).not.toBeNull();
    writer.add({ path: 'src/index.ts', contents: 'export {};\n' });
    writer.add({ path: 'src/old.ts', contents: 'dropped\n' });
    writer.add({ path: 'README.md', contents: 'first draft\n' });
    writer.add({ path: 'src/lib/custom.ts', contents: 'never written\n' });
    expect(readdirSync(root).filter((n) => n.startsWith('.sdk.sdkgen-'))).toHaveLength(1);
    expect(readdirSync(root)).not.toContain('sdk');

    const files = [
      { path: 'README.md', contents: '# Final — with non-ASCII\n' },
      { path: 'scripts/test', contents: '#!/usr/bin/env bash\n' },
      { path: 'src/index.ts', contents: 'export {};\n' },
      { path: 'src/lib/custom.ts', contents: 'never written\n' },
    ];
    const result = await writer.finish(files, null);

    expect(result.written).toEqual(['README.md', 'scripts/test', 'src/index.ts']);
    expect(process.listenerCount('SIGINT')).toBe(listening);
    expect(readdirSync(root)).toEqual(['sdk']);
    expect(listFiles(out)).toEqual([MANIFEST_PATH, 'README.md', 'scripts/test', 'src/index.ts']);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('# Final — with non-ASCII\n');
    expect(statSync(path.join(out, 'scripts/test')).mode & 0o111).not.toBe(0);
    expect(statSync(path.join(out, 'src/index.ts')).mode & 0o111).toBe(0);
    const written = files.filter((f) => !f.path.startsWith('src/lib/'));
    expect(readFileSync(path.join(out, MANIFEST_PATH), 'utf8')).toBe(manifestText(written, null));
    expect(JSON.parse(readFileSync(path.join(out, MANIFEST_PATH), 'utf8')).files['README.md']).toBe(
      sha256('# Final — with non-ASCII\n'),
    );
  });

  it('leaves an existing directory to writeOutput', () => {
    const root = tempDir('fresh');
    mkdirSync(path.join(root, 'sdk'));
    expect(FreshOutput.open(path.join(root, 'sdk'))).toBeNull();
  });

  it('abandoned, removes what it wrote and the folders it created', async () => {
    const root = tempDir('fresh');
    const writer = FreshOutput.open(path.join(root, 'a/b/sdk'))!;
    writer.add({ path: 'src/index.ts', contents: 'export {};\n' });
    expect(readdirSync(root)).toEqual(['a']);
    await writer.abort();
    expect(readdirSync(root)).toEqual([]);
  });

  it('interrupted (Ctrl-C) while writing: the temporary folder goes before the signal does its work', async () => {
    const root = tempDir('fresh');
    const writer = FreshOutput.open(path.join(root, 'a/sdk'))!;
    writer.add({ path: 'src/index.ts', contents: 'export {};\n' });
    expect(readdirSync(root)).toEqual(['a']);
    // Someone else listening (as --watch does) decides what the signal does: here, nothing.
    let heard = 0;
    const listener = () => heard++;
    process.once('SIGINT', listener);
    try {
      process.emit('SIGINT', 'SIGINT');
    } finally {
      process.off('SIGINT', listener);
    }
    expect(heard).toBe(1);
    expect(readdirSync(root)).toEqual([]);
    expect(process.listeners('SIGINT')).not.toContain(listener);
    await writer.abort(); // (nothing left to do)
  });

  it('a write that fails: the error as the file system gave it, and nothing left', async () => {
    const root = tempDir('fresh');
    writeFileSync(path.join(root, 'keep.txt'), 'mine\n');
    const writer = FreshOutput.open(path.join(root, 'sdk'))!;
    // `src` is a file, so `src/index.ts` cannot be created.
    writer.add({ path: 'src', contents: 'a file\n' });
    writer.add({ path: 'src/index.ts', contents: 'export {};\n' });
    const error = (await writer
      .finish(
        [
          { path: 'src', contents: 'a file\n' },
          { path: 'src/index.ts', contents: 'export {};\n' },
        ],
        null,
      )
      .catch((e: unknown) => e)) as NodeJS.ErrnoException;
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toMatch(/^(ENOTDIR|EEXIST)$/);
    expect(readdirSync(root)).toEqual(['keep.txt']);
  });
});

describe('writeOutput into a new directory, without the worker', () => {
  it('a write that fails leaves nothing: no temporary folder, no parent folder it created', async () => {
    const root = tempDir('fresh');
    writeFileSync(path.join(root, 'keep.txt'), 'mine\n');
    const files = [
      { path: 'src', contents: 'a file\n' },
      { path: 'src/index.ts', contents: 'export {};\n' },
    ];
    const error = (await writeOutput(path.join(root, 'a/b/sdk'), files, { force: false }).catch(
      (e: unknown) => e,
    )) as NodeJS.ErrnoException;
    expect(error.code).toMatch(/^(ENOTDIR|EEXIST)$/);
    expect(readdirSync(root)).toEqual(['keep.txt']);
  });
});

describe('OutputWorker comparing an existing directory', () => {
  it('names the files that hold exactly the new contents, and hashes every new file', async () => {
    const dir = tempDir('compare');
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src/same.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(dir, 'src/edited.ts'), 'export const b = 2; // mine\n');
    writeFileSync(path.join(dir, 'src/later.ts'), 'old\n');
    mkdirSync(path.join(dir, 'src/folder.ts'));
    const files = [
      { path: 'src/same.ts', contents: 'export const a = 1;\n' },
      { path: 'src/edited.ts', contents: 'export const b = 2;\n' },
      { path: 'src/new.ts', contents: 'export const c = 3;\n' },
      { path: 'src/folder.ts', contents: 'export {};\n' },
      { path: 'src/later.ts', contents: 'new\n' },
    ];
    const worker = new OutputWorker('compare', dir);
    for (const file of files.slice(0, 4)) worker.add(file);
    worker.add({ path: 'src/later.ts', contents: 'old\n' }); // same as on disk, but not what the output ends with
    worker.add({ path: 'src/dropped.ts', contents: 'x\n' });
    const result = await worker.finish(files);
    expect([...result.unchanged]).toEqual(['src/same.ts']);
    expect(Object.fromEntries(result.hashes)).toEqual(
      Object.fromEntries(files.map((f) => [f.path, sha256(f.contents)])),
    );
    expect(readFileSync(path.join(dir, 'src/edited.ts'), 'utf8')).toBe('export const b = 2; // mine\n');
  });
});
