/**
 * The Python run hands each file to the writer once it is final (emit/python/emit.ts `onFile`), while the next ones are
 * printed and formatted, not all of them once the last is done; and Ruff formats the first files of a new generation
 * on this thread (format/ruff-pool.ts): a thread costs more than the file or two most SDKs leave Ruff.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RenderedFile } from '../../generator/emit/render';
import { emitPython } from '../../generator/emit/python/emit';
import { formatPython } from '../../generator/format/ruff';
import { RuffPool } from '../../generator/format/ruff-pool';
import { generate, packageRoot } from '../../generator/generate';
import { tempDir } from '../helpers/sdk';

/** A path param whose name no layout fits in 120 columns: its resource module goes to the formatter. */
const LONG = `thing_${'x'.repeat(110)}_id`;
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Things', version: '1.0.0' },
  paths: {
    [`/things/{${LONG}}`]: {
      get: {
        operationId: 'getThing',
        parameters: [{ name: LONG, in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

describe('files handed over as each is final', async () => {
  const dir = tempDir('sdkgen-py-streamed');
  const spec = path.join(dir, 'openapi.json');
  writeFileSync(spec, JSON.stringify(SPEC));
  const { api } = await generate({ spec, config: null, target: 'python', pythonPackage: 'things', format: false });

  it('tells onFile of every file, each once and as returned, while a file is still being formatted', async () => {
    let held: string | null = null;
    let toldWhileHeld = -1;
    const told: RenderedFile[] = [];
    const files = await emitPython(api, {
      packageRoot: packageRoot(),
      importName: 'things',
      // The first file sent to the formatter is held until everything else is printed (the next turn of the loop).
      format: async (file) => {
        if (held === null) {
          held = file.path;
          await new Promise((resolve) => setImmediate(resolve));
          toldWhileHeld = told.length;
        }
        return { ...file, contents: formatPython(file.contents, file.path) };
      },
      onFile: (file) => told.push(file),
    });
    expect(held).not.toBeNull();
    expect(told.map((f) => f.path).sort()).toEqual(files.map((f) => f.path).sort());
    // The very objects returned (with their unit tags), each told once.
    for (const file of files) expect(told.filter((f) => f === file)).toHaveLength(1);
    // Every file but the one held was told before it was formatted.
    expect(toldWhileHeld).toBe(files.length - 1);
  });

  it('still rejects when a file cannot be formatted', async () => {
    await expect(
      emitPython(api, {
        packageRoot: packageRoot(),
        importName: 'things',
        format: (file) => Promise.reject(new Error(`cannot format ${file.path}`)),
        onFile: () => {},
      }),
    ).rejects.toThrow(/cannot format/);
  });
});

describe('Ruff in a new generation', () => {
  const pool = RuffPool.start();
  afterAll(() => pool?.close());

  it.skipIf(pool === null)('formats the first megabyte on this thread, then starts a thread', async () => {
    expect(await pool!.format('x = {"a":1}\n', 'a.py')).toBe('x = {"a": 1}\n');
    expect(pool!.threadsStarted).toBe(0);
    // What Increase's or GitHub's SDK leave Ruff (0.3–0.6 MB): a thread would load Ruff a second time for it.
    const medium = 'x = [1,2]\n'.repeat(40_000);
    expect(await pool!.format(medium, 'medium.py')).toBe(formatPython(medium, 'medium.py'));
    expect(pool!.threadsStarted).toBe(0);
    const large = 'x = [1,2]\n'.repeat(80_000);
    expect(await pool!.format(large, 'large.py')).toBe(formatPython(large, 'large.py'));
    expect(pool!.threadsStarted).toBe(1);
  });
});
