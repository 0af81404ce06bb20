/**
 * generate() and check() on an API large enough for the output worker (write/output-worker.ts): a new directory
 * written while the files are rendered, and an existing one compared with them, end exactly as writing everything at
 * the end (write.ts's writeOutput, which a small API still uses); a run that fails leaves nothing behind; check finds
 * exactly the files that differ. A new directory's worker formats the files it is handed rendered
 * (dist/oxfmt-thread.cjs) as this thread would.
 */
import { createHash } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { check, generate, SpecError } from '../../generator/api/index';
import type { RenderedFile } from '../../generator/emit/render';
import { FormatError, formatFiles, startFormatting, type FormatInput } from '../../generator/format/format';
import { generate as runPipeline } from '../../generator/generate';
import { HASH_CACHE, HASH_CACHE_PATH } from '../../generator/write/hash-cache';
import { inputsDigest } from '../../generator/write/inputs-key';
import { manifestInputs, readManifestSync } from '../../generator/write/manifest';
import { PreviousOutput } from '../../generator/write/previous-output';
import { fileStamp } from '../../generator/file-stamp';
import { FreshOutput } from '../../generator/write/fresh-output';
import { OUTPUT_WORKER_MIN_METHODS, OutputWorker } from '../../generator/write/output-worker';
import { writeOutput } from '../../generator/write/write';
import { buildSdkgen } from '../helpers/build';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';

const METHODS = 260;
// (A smaller API is written at the end: what these tests compare with.)
expect(METHODS).toBeGreaterThanOrEqual(OUTPUT_WORKER_MIN_METHODS);

/** An API of `METHODS` operations in as many resources; `padding` characters of notes make its mock spec large. */
function manyOperations(description = 'An item.', extra = '', padding = 0): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < METHODS; i++) {
    paths[`/items${i}/{id}`] = {
      get: {
        operationId: `getItem${i}`,
        description: i === 7 ? description : `Returns item ${i}.`,
        ...(i === 0 && extra ? { [extra]: true } : {}),
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
          },
        },
      },
    };
  }
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'Many API', version: '1.0.0' },
    paths,
    components: { schemas: { Item: { type: 'object', properties: { id: { type: 'string' } } } } },
    ...(padding > 0 ? { 'x-notes': Array.from({ length: padding / 100 }, (_, i) => `${i} ☃ ${'é'.repeat(90)}`) } : {}),
  });
}

/** Every file under `dir` with its hash and whether it is executable. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    // (node_modules is not output: a generation may keep its hash cache there, write/hash-cache.ts.)
    if (path.relative(dir, full).split(path.sep)[0] === 'node_modules') continue;
    const executable = (statSync(full).mode & 0o111) !== 0;
    out[path.relative(dir, full)] =
      `${createHash('sha256').update(readFileSync(full)).digest('hex')}${executable ? ' x' : ''}`;
  }
  return out;
}

/** What writing everything at the end makes of `spec` in `output`. */
async function writtenAtTheEnd(spec: string, output: string) {
  const { files, formatKey, sources, templateDirs } = await runPipeline({ spec, referenceDocs: true });
  const inputs = manifestInputs(output, { spec, config: null });
  const digest = inputsDigest(output, { inputs, formatKey, sources, templateDirs });
  return writeOutput(output, files, { force: false, inputs, formatKey, inputsDigest: digest });
}

// (The tests that generate the 260-method API several times are given 10 minutes: on a loaded machine one took past
// the default 2.) Each generation of it costs a CPU-second or two: three tests are SDKGEN_SLOW_TESTS=full's (`npm run
// test:slow`, CI's), `slowIt`: the first below (its note says what `npm test` keeps), the hash cache's (in `npm test`,
// regeneration.test.ts checks the cache a generation writes and check reads, on a smaller API) and the large spec's
// mock as a copy of its file (in `npm test`, the large spec's mock printed in parts is this file's).
const slowIt = it.skipIf(!SLOW_FULL);
describe('generate() with the output worker', () => {
  // Five generations of the 260-method API: SDKGEN_SLOW_TESTS=full's. In `npm test`, the large spec's test below
  // compares a new directory with writing at the end, and the regeneration and check tests after it the other two.
  slowIt(
    'a new directory, then a check and a regeneration over an edited file (one worker thread each): as writing at the end makes them',
    async () => {
      // Outside any git work tree: a conflict is staged in the one around the output (here, it would be ours).
      const cwd = mkdtempSync(path.join(tmpdir(), 'sdkgen-output-worker-'));
      onTestFinished(() => rmSync(cwd, { recursive: true, force: true }));
      const spec = path.join(cwd, 'openapi.json');
      writeFileSync(spec, manyOperations());
      const viaWorker = await generate({ spec, cwd, output: 'a/sdk', config: false });
      await writtenAtTheEnd(spec, path.join(cwd, 'b/sdk'));
      expect(viaWorker.counts.methods).toBe(METHODS);
      expect(Object.keys(tree(path.join(cwd, 'a/sdk'))).length).toBeGreaterThan(METHODS);
      expect(tree(path.join(cwd, 'a/sdk'))).toEqual(tree(path.join(cwd, 'b/sdk')));
      expect(viaWorker.files.created).toEqual(viaWorker.files.written);
      expect(readdirSync(path.join(cwd, 'a'))).toEqual(['sdk']);

      // The user edits a generated file; the spec changes another.
      const edited = 'src/resources/items7.ts';
      for (const side of ['a', 'b']) {
        const file = path.join(cwd, side, 'sdk', edited);
        writeFileSync(file, `// mine\n${readFileSync(file, 'utf8')}`);
      }
      writeFileSync(spec, manyOperations('An item, described again.'));
      // The check and the regeneration each run one worker thread, for the previous output and the comparison: each
      // thread started, as Node announces it.
      let started = 0;
      const count = () => void started++;
      diagnostics.subscribe('worker_threads', count);
      onTestFinished(() => void diagnostics.unsubscribe('worker_threads', count));
      const checked = await check({ spec, cwd, output: 'a/sdk', config: false });
      expect(started).toBe(1);
      expect(checked.upToDate).toBe(false);
      started = 0;
      const again = await generate({ spec, cwd, output: 'a/sdk', config: false });
      expect(started).toBe(1);
      diagnostics.unsubscribe('worker_threads', count);
      const reference = await writtenAtTheEnd(spec, path.join(cwd, 'b/sdk'));
      expect(tree(path.join(cwd, 'a/sdk'))).toEqual(tree(path.join(cwd, 'b/sdk')));
      expect(readFileSync(path.join(cwd, 'a/sdk', edited), 'utf8')).toContain('// mine');
      expect([...(again.files.merged ?? []), ...(again.files.conflicts ?? [])]).toEqual([edited]);
      expect(again.files.merged).toEqual(reference.merged);
      expect(again.files.conflicts).toEqual(reference.conflicts);
      expect(again.files.written).toEqual(reference.written);
      expect(again.files.unchanged).toEqual(reference.unchanged.filter((f) => f !== '.sdkgen/manifest.json'));
      expect(again.files.unchanged.length).toBeGreaterThan(METHODS);
    },
    600_000,
  );

  slowIt(
    'the hash cache is written by a generation that writes, not by a dry run or check',
    async () => {
      const recentMs = HASH_CACHE.recentMs;
      onTestFinished(() => void (HASH_CACHE.recentMs = recentMs));
      // (Files written just now are recorded too.)
      HASH_CACHE.recentMs = 0;
      const cwd = tempDir('output-worker-hash-cache');
      const spec = path.join(cwd, 'openapi.json');
      writeFileSync(spec, manyOperations());
      await generate({ spec, cwd, output: 'sdk', config: false });
      const cache = path.join(cwd, 'sdk', HASH_CACHE_PATH);
      writeFileSync(spec, manyOperations('An item, described again.'));
      await generate({ spec, cwd, output: 'sdk', config: false, dryRun: true });
      expect(existsSync(cache)).toBe(false);
      expect((await check({ spec, cwd, output: 'sdk', config: false })).upToDate).toBe(false);
      expect(existsSync(cache)).toBe(false);
      await generate({ spec, cwd, output: 'sdk', config: false });
      expect(existsSync(cache)).toBe(true);
    },
    600_000,
  );

  slowIt(
    'a large spec whose mock is a copy of its file: the worker writes what writing at the end writes',
    async () => {
      const cwd = tempDir('output-worker');
      const spec = path.join(cwd, 'openapi.json');
      // (Indented: a copy, not the document printed again.)
      writeFileSync(spec, JSON.stringify(JSON.parse(manyOperations(undefined, undefined, 2_100_000)), null, 1));
      await generate({ spec, cwd, output: 'a/sdk', config: false });
      await writtenAtTheEnd(spec, path.join(cwd, 'b/sdk'));
      // (Compared as bytes with Buffer.equals: toEqual walks a Buffer element by element, half a minute for megabytes.)
      const mock = readFileSync(path.join(cwd, 'a/sdk/mock/openapi.json'));
      expect(mock.length).toBe(statSync(spec).size);
      expect(mock.equals(readFileSync(spec))).toBe(true);
      expect(tree(path.join(cwd, 'a/sdk'))).toEqual(tree(path.join(cwd, 'b/sdk')));
    },
  );

  it('a large spec whose mock is printed in parts: the worker writes what writing at the end writes', async () => {
    const cwd = tempDir('output-worker');
    const spec = path.join(cwd, 'openapi.json');
    // (A byte order mark: the mock is not a copy of the file.)
    writeFileSync(spec, `\ufeff${manyOperations(undefined, undefined, 2_100_000)}`);
    await generate({ spec, cwd, output: 'a/sdk', config: false });
    await writtenAtTheEnd(spec, path.join(cwd, 'b/sdk'));
    const mock = readFileSync(path.join(cwd, 'a/sdk/mock/openapi.json'), 'utf8');
    // (Compared by length first: a failure would print megabytes.)
    const printed = `${JSON.stringify(JSON.parse(readFileSync(spec, 'utf8').slice(1)))}\n`;
    expect(mock.length).toBe(printed.length);
    expect(mock === printed).toBe(true);
    expect(tree(path.join(cwd, 'a/sdk'))).toEqual(tree(path.join(cwd, 'b/sdk')));
  });

  it('regeneration: a file the worker found unchanged is neither read nor joined again', async () => {
    const out = path.join(tempDir('output-worker-precheck'), 'sdk');
    const small = { path: 'src/a.ts', contents: 'export const a = 1;\n' };
    const mock = { path: 'mock/openapi.json', contents: '{"openapi":"3.1.0"}\n' };
    await writeOutput(out, [small, mock], { force: false });
    // The mock as the worker got it, in parts: joining them (its `contents`) would copy a spec-sized string.
    const inParts = {
      path: mock.path,
      contentsParts: ['{"openapi":"3.1.0"}', '\n'],
      get contents(): string {
        throw new Error('the parts were joined');
      },
    };
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const again = await writeOutput(out, [small, inParts], {
      force: false,
      precheck: {
        unchanged: new Set([small.path, mock.path]),
        hashes: new Map([
          [small.path, sha(small.contents)],
          [mock.path, sha(mock.contents)],
        ]),
      },
    });
    expect(again.unchanged).toEqual([small.path, mock.path, '.sdkgen/manifest.json']);
    expect(again.written).toEqual([]);
  });

  it('regeneration: a file in parts the worker found changed is written part by part, never joined', async () => {
    const out = path.join(tempDir('output-worker-parts'), 'sdk');
    const mock = { path: 'mock/openapi.json', contents: '{"openapi":"3.1.0"}\n' };
    await writeOutput(out, [mock], { force: false });
    const parts = ['{"openapi":"3.1.0",', '"info":{"title":"☃ é"}', '}', '\n'];
    const inParts = {
      path: mock.path,
      contentsParts: parts,
      get contents(): string {
        throw new Error('the parts were joined');
      },
    };
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const again = await writeOutput(out, [inParts], {
      force: false,
      precheck: {
        unchanged: new Set(),
        hashes: new Map([[mock.path, sha(parts.join(''))]]),
        onDisk: new Map([[mock.path, sha(mock.contents)]]),
      },
    });
    expect(again.written).toEqual([mock.path]);
    expect(readFileSync(path.join(out, mock.path), 'utf8')).toBe(parts.join(''));
  });

  it('strict mode refusing the output: nothing is left, not even the folders above it', async () => {
    const cwd = tempDir('output-worker');
    writeFileSync(path.join(cwd, 'openapi.json'), manyOperations(undefined, 'x-stainless-frobnicate'));
    mkdirSync(path.join(cwd, 'kept'));
    const error = await generate({
      spec: 'openapi.json',
      cwd,
      output: 'deep/er/sdk',
      strict: true,
      config: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(readdirSync(cwd).sort()).toEqual(['kept', 'openapi.json']);
  });

  it('check: up to date, a customized file, then exactly the files a spec change rewrites', async () => {
    const cwd = tempDir('output-worker');
    const spec = path.join(cwd, 'openapi.json');
    writeFileSync(spec, manyOperations());
    await generate({ spec, cwd, output: 'a/sdk', config: false });
    const fresh = await check({ cwd, output: 'a/sdk' });
    expect(fresh.upToDate).toBe(true);
    expect(fresh.directories[0].customized).toEqual([]);

    const edited = 'src/resources/items3.ts';
    const file = path.join(cwd, 'a/sdk', edited);
    writeFileSync(file, `// mine\n${readFileSync(file, 'utf8')}`);
    const customized = await check({ cwd, output: 'a/sdk' });
    expect(customized.upToDate).toBe(true);
    expect(customized.directories[0].customized).toEqual([edited]);

    writeFileSync(spec, manyOperations('An item, described again.'));
    await generate({ spec, cwd, output: 'b/sdk', config: false });
    const before = tree(path.join(cwd, 'a/sdk'));
    const after = tree(path.join(cwd, 'b/sdk'));
    const rewritten = Object.keys(after).filter((f) => f !== edited && before[f] !== after[f]);
    expect(rewritten).toContain('src/resources/items7.ts');
    const stale = await check({ cwd, output: 'a/sdk' });
    expect(stale.upToDate).toBe(false);
    const differences = stale.directories[0].files;
    expect(differences.map((d) => `${d.status} ${d.path}`).sort()).toEqual(rewritten.map((f) => `changed ${f}`).sort());
    expect(differences.find((d) => d.path === 'src/resources/items7.ts')?.expected).toBe(
      readFileSync(path.join(cwd, 'b/sdk/src/resources/items7.ts'), 'utf8'),
    );
    expect(stale.directories[0].customized).toEqual([edited]);
  }, 600_000);
});

describe('OutputWorker threads', () => {
  it('one thread or several write the same files and hashes; a later copy of a path wins, a dropped one goes', async () => {
    // (150 folders: enough for a third thread to start, at the 128th.)
    const files = Array.from({ length: 300 }, (_, i) => ({
      path: `src/resources/group${i % 150}/file${i}.ts`,
      contents: `export const value${i} = '${'é'.repeat(i % 90)}';\n`,
    }));
    const results = [];
    for (const threads of [1, 3]) {
      const root = path.join(tempDir(`output-worker-threads-${threads}`), 'out');
      mkdirSync(root);
      const worker = new OutputWorker('write', root, threads);
      for (const file of files) worker.add(file);
      worker.add({ path: 'src/dropped.ts', contents: 'gone\n' });
      expect(worker.threadsStarted).toBe(threads);
      const final = files.map((file, i) => (i === 5 ? { ...file, contents: 'export const replaced = 1;\n' } : file));
      const { hashes } = await worker.finish(final);
      results.push({ tree: tree(root), hashes: Object.fromEntries([...hashes].sort()) });
    }
    expect(Object.keys(results[0].tree)).toHaveLength(files.length);
    expect(results[0].tree['src/resources/group5/file5.ts']).toBe(
      createHash('sha256').update('export const replaced = 1;\n').digest('hex'),
    );
    expect(results[0].hashes['src/resources/group5/file5.ts']).toBe(results[0].tree['src/resources/group5/file5.ts']);
    expect(results[1]).toEqual(results[0]);
  });

  it('compare finds each file on disk as it is: the same, edited to the same size, past a megabyte, absent', async () => {
    const root = path.join(tempDir('output-worker-compare'), 'out');
    const big = `${'b'.repeat(2_500_000)}é`;
    const sameSize = `${big.slice(0, -1)}è`;
    expect(Buffer.byteLength(sameSize)).toBe(Buffer.byteLength(big));
    const onDisk: Record<string, string | null> = {
      'src/same.ts': 'export const a = 1;\n',
      'src/edited.ts': 'export const b = 3;\n',
      'big/same.txt': big,
      'big/edited.txt': sameSize,
      'big/longer.txt': `${big}\n`,
      'big/shorter.txt': big.slice(0, 1_500_000),
      'src/absent.ts': null,
    };
    const files = [
      { path: 'big/longer.txt', contents: big },
      { path: 'src/same.ts', contents: 'export const a = 1;\n' },
      { path: 'big/edited.txt', contents: big },
      { path: 'src/edited.ts', contents: 'export const b = 2;\n' },
      { path: 'big/same.txt', contents: big },
      { path: 'big/shorter.txt', contents: big },
      { path: 'src/absent.ts', contents: 'export const c = 1;\n' },
      { path: 'src/folder.ts', contents: 'export const d = 1;\n' },
    ];
    for (const [file, text] of Object.entries(onDisk)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      if (text !== null) writeFileSync(path.join(root, file), text);
    }
    mkdirSync(path.join(root, 'src/folder.ts'));
    const worker = new OutputWorker('compare', root, 1);
    for (const file of files) worker.add(file);
    const result = await worker.finish(files);
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect([...result.unchanged].sort()).toEqual(['big/same.txt', 'src/same.ts']);
    expect(Object.fromEntries([...result.onDisk].sort())).toEqual({
      'big/edited.txt': sha(sameSize),
      'big/longer.txt': sha(`${big}\n`),
      'big/shorter.txt': sha(big.slice(0, 1_500_000)),
      'src/absent.ts': null,
      'src/edited.ts': sha('export const b = 3;\n'),
      'src/folder.ts': null,
    });
    expect(Object.fromEntries(result.hashes)).toEqual(Object.fromEntries(files.map((f) => [f.path, sha(f.contents)])));
  });

  it("compare on the previous output's thread: a file found as sdkgen wrote it keeps that hash while it keeps its stamp", async () => {
    const cwd = tempDir('output-worker-known');
    const spec = path.join(cwd, 'openapi.json');
    writeFileSync(spec, manyOperations());
    await generate({ spec, cwd, output: 'sdk', config: false });
    const dir = path.join(cwd, 'sdk');
    const written = readManifestSync(dir)!.files;
    const [kept, edited] = ['src/resources/items1.ts', 'src/resources/items2.ts'];
    const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
    const previous = PreviousOutput.open(dir, 0, true)!;
    try {
      await previous.ready();
      // Written once the previous output's worker found it as sdkgen wrote it: hashed again, not taken as found.
      writeFileSync(path.join(dir, edited), 'export {};\n');
      const worker = new OutputWorker('compare', dir, undefined, previous.sharedThread(dir));
      const files: RenderedFile[] = [
        { path: kept, contents: `${readFileSync(path.join(dir, kept), 'utf8')}// more\n` },
        { path: edited, contents: 'export const x = 1;\n' },
        // A copy of the spec, as the mock of a large JSON spec is.
        {
          path: 'mock/openapi.json',
          copyOf: { file: spec, stamp: fileStamp(statSync(spec)), size: statSync(spec).size },
          get contents(): string {
            throw new Error('the copy was read here');
          },
        },
      ];
      for (const file of files) worker.add(file);
      expect(worker.threadsStarted).toBe(0);
      const result = await worker.finish(files);
      expect(result.onDisk.get(kept)).toBe(written[kept]);
      expect(result.onDisk.get(edited)).toBe(sha('export {};\n'));
      expect(result.unchanged.has('mock/openapi.json')).toBe(true);
      expect(result.hashes.get('mock/openapi.json')).toBe(sha(readFileSync(spec)));
    } finally {
      await previous.close();
    }
  });

  it('a few folders of files start one thread, however many it may start (a regeneration hands over a few)', async () => {
    const root = path.join(tempDir('output-worker-few'), 'out');
    mkdirSync(root);
    const worker = new OutputWorker('write', root, 3);
    const files = Array.from({ length: 40 }, (_, i) => ({
      path: `src/group${i % 20}/file${i}.ts`,
      contents: `export const v${i} = ${i};\n`,
    }));
    for (const file of files) worker.add(file);
    expect(worker.threadsStarted).toBe(1);
    const { hashes } = await worker.finish(files);
    expect(hashes.size).toBe(files.length);
    expect(Object.keys(tree(root))).toHaveLength(files.length);
  });
});

describe('FreshOutput formatting the files itself (dist/oxfmt-thread.cjs in the output worker)', () => {
  beforeAll(() => buildSdkgen());

  /** A long JSDoc line (wrapped after formatting), Markdown, JSON, and TypeScript that goes alone (a directive). */
  const rendered: FormatInput[] = [
    {
      path: 'src/a.ts',
      contents: `/** ${'word '.repeat(40)}*/\nexport const a = {b:1,\n c: [1,2]};\n`,
      wrapComments: true,
    },
    { path: 'src/b.ts', contents: 'export   function b( ) { return "b" }\n', wrapComments: { textWidth: 20 } },
    { path: 'src/c.ts', contents: "'use client'\nexport const c=1\n" },
    { path: 'README.md', contents: '# Title\n\n* one\n* two — é\n' },
    { path: 'package.json', contents: '{"name":"x","version":"1.0.0"}' },
  ];

  /** Hands `rendered` to `writer` as format.ts's session does, and gives what the session returns for each. */
  async function handOver(writer: FreshOutput): Promise<RenderedFile[]> {
    const session = await startFormatting({ writer: () => writer });
    for (const file of rendered) session.add(file);
    return session.finish();
  }

  it('writes what formatting in this thread makes, and reads it back only when asked', async () => {
    const out = path.join(tempDir('fresh'), 'sdk');
    const writer = FreshOutput.open(out)!;
    const files = await handOver(writer);
    // (Read before the worker is done, a file's text is not there yet.)
    expect(() => files[0].contents).toThrow(/formatted by the output worker/);
    await writer.finish(files, null);
    const here = await formatFiles(rendered);
    for (const file of here) expect(readFileSync(path.join(out, file.path), 'utf8')).toBe(file.contents);
    expect(files.map((f) => f.contents)).toEqual(here.map((f) => f.contents));
    expect(here[0].contents).toContain('\n * word');
  });

  it('abandoned once the files are formatted: each one read back, nothing left', async () => {
    const root = tempDir('fresh');
    const writer = FreshOutput.open(path.join(root, 'sdk'))!;
    const handed = await handOver(writer);
    expect(() => handed[0].contents).toThrow(/formatted by the output worker/);
    const files = await writer.abandon(handed);
    expect(files.map((f) => f.contents)).toEqual((await formatFiles(rendered)).map((f) => f.contents));
    expect(readdirSync(root)).toEqual([]);
  });

  it('a file oxfmt cannot parse: a FormatError naming it, and nothing left', async () => {
    const root = tempDir('fresh');
    const writer = FreshOutput.open(path.join(root, 'sdk'))!;
    const session = await startFormatting({ writer: () => writer });
    session.add({ path: 'src/ok.ts', contents: 'export const ok = 1;\n' });
    session.add({ path: 'src/broken.ts', contents: 'export const = ;\n' });
    const error = await writer.finish(await session.finish(), null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as Error).message).toMatch(/^cannot format src\/broken\.ts/);
    expect(readdirSync(root)).toEqual([]);
  });
});
