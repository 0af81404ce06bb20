/**
 * Regenerating over an existing output reuses what did not change (write/previous-output.ts): a file whose render
 * (the text before formatting) and format key are the last run's is the file on disk, neither formatted again nor
 * written. Each case changes one input, regenerates over the old output and checks that
 * - exactly the files whose render changed are formatted again (the others are reused), and
 * - the output is byte for byte a cold generation's with the new inputs (the manifest's run-specific `inputs` aside);
 * and a file the user edited is never reused: it is kept or merged as before.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { generate, type GenerateOptions } from '../generator/api/generate';
import { checkOutput } from '../generator/diff/check';
import { generate as runPipeline } from '../generator/generate';
import { formatKey, formatKeyParts, INSTALLED, type FormatKeySources } from '../generator/format/format-key';
import type { Manifest } from '../generator/write/manifest';
import { stampOfFile } from '../generator/file-stamp';
import { HASH_CACHE, HASH_CACHE_PATH } from '../generator/write/hash-cache';
import { PreviousOutput } from '../generator/write/previous-output';
import { git } from './helpers/git-repo';
import { runSdkgen } from './helpers/sdkgen-cli';
import { ROOT, TMP } from './helpers/paths';

const SPEC = path.join(ROOT, 'test/fixtures/pagination.yaml');
const dir = path.join(TMP, `regeneration-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
const fresh = (name: string) => {
  const out = path.join(dir, `${name}-${++runs}`);
  rmSync(out, { recursive: true, force: true });
  return out;
};

async function run(output: string, options: Partial<GenerateOptions> = {}) {
  return generate({ spec: SPEC, config: false, output, ...options });
}

function manifestOf(output: string): Manifest {
  return JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')) as Manifest;
}

/** Every file under `root` (but .git), with the manifest's run-specific `inputs` left out. */
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative))) {
      const file = relative ? `${relative}/${entry}` : entry;
      if (file === '.git' || file === 'node_modules') continue;
      if (statSync(path.join(root, file)).isDirectory()) walk(file);
      else out[file] = readFileSync(path.join(root, file), 'utf8');
    }
  };
  walk('');
  const { inputs: _inputs, ...manifest } = JSON.parse(out['.sdkgen/manifest.json']) as Manifest;
  out['.sdkgen/manifest.json'] = JSON.stringify(manifest);
  return out;
}

/**
 * Generates with `before`, regenerates over it with `after`, and generates `after` cold: the regenerated output is
 * the cold one, and the files reused are exactly those whose render fingerprint (and format key) is unchanged.
 */
async function regenerate(before: Partial<GenerateOptions>, after: Partial<GenerateOptions>) {
  const output = fresh('warm');
  await run(output, before);
  const old = manifestOf(output);
  const result = await run(output, after);
  const cold = fresh('cold');
  await run(cold, after);
  expect(tree(output)).toEqual(tree(cold));
  const now = manifestOf(cold);
  const unchanged = Object.keys(now.rendered ?? {}).filter(
    (file) => old.format === now.format && old.rendered?.[file] === now.rendered?.[file],
  );
  // Files the format stage does not touch (the mock spec) are reused when their bytes are last run's.
  const asRead = Object.keys(now.files).filter((f) => !now.rendered?.[f] && old.files[f] === now.files[f]);
  expect([...(result.files.reused ?? [])].sort()).toEqual([...unchanged, ...asRead].sort());
  return { result, output, old, now, unchanged };
}

describe('regeneration reuses what did not change', () => {
  it('records each formatted file’s render fingerprint and the format key in the manifest', async () => {
    const output = fresh('manifest');
    const result = await run(output);
    const manifest = manifestOf(output);
    expect(manifest.format).toMatch(/^oxfmt@\d+\.\d+\.\d+:[0-9a-f]{32}$/);
    expect(Object.keys(manifest.rendered ?? {})).toContain('src/client.ts');
    expect(Object.keys(manifest.rendered ?? {})).toContain('src/core/streaming.ts');
    // The mock spec is written as read, not formatted: nothing to reuse.
    expect(Object.keys(manifest.rendered ?? {}).some((f) => f.startsWith('mock/'))).toBe(false);
    expect(result.files.reused).toEqual([]);
  });

  it('with nothing changed, reuses every formatted file and writes none', async () => {
    const { result, now, unchanged } = await regenerate({}, {});
    expect(unchanged.length).toBe(Object.keys(now.rendered ?? {}).length);
    expect(result.files.written).toEqual([]);
    const check = await checkOutput({
      dir: result.output,
      spec: SPEC,
      config: null,
      templates: null,
      target: null,
    });
    expect(check.files).toEqual([]);
    expect(check.reused).toBe(Object.keys(now.files).length);
  });

  it('a changed template formats again exactly the files it renders', async () => {
    const templates = path.join(dir, 'templates');
    mkdirSync(path.join(templates, 'src/resources'), { recursive: true });
    const base = readFileSync(path.join(ROOT, 'templates/base/src/resources/resource.ts.hbs'), 'utf8');
    writeFileSync(path.join(templates, 'src/resources/resource.ts.hbs'), `// edited resource template\n${base}`);
    const { result, unchanged, now } = await regenerate({}, { templates });
    const formatted = Object.keys(now.rendered ?? {}).filter((f) => !unchanged.includes(f));
    expect(formatted.length).toBeGreaterThan(0);
    expect(unchanged.length).toBeGreaterThan(formatted.length);
    expect(result.files.changed).toEqual(
      expect.arrayContaining(formatted.filter((f) => f.startsWith('src/resources/'))),
    );
    expect(result.files.reused).toContain('src/client.ts');
  });

  it('a changed runtime file (verbatim, in a template layer) formats again that file alone', async () => {
    const templates = path.join(dir, 'runtime-templates');
    mkdirSync(path.join(templates, 'src/internal'), { recursive: true });
    const base = readFileSync(path.join(ROOT, 'templates/base/src/internal/retry.ts'), 'utf8');
    writeFileSync(path.join(templates, 'src/internal/retry.ts'), `${base}\nexport const edited = 1;\n`);
    const { unchanged, now } = await regenerate({}, { templates });
    expect(Object.keys(now.rendered ?? {}).filter((f) => !unchanged.includes(f))).toEqual(['src/internal/retry.ts']);
  });

  it('a generator option formats again exactly the files whose render it changes', async () => {
    const { unchanged, now, old } = await regenerate({}, { referenceDocs: false });
    // The docs are gone (deleted), the README no longer links to them (formatted again), the rest is reused.
    expect(Object.keys(old.rendered ?? {}).some((f) => f.startsWith('docs/'))).toBe(true);
    expect(Object.keys(now.rendered ?? {}).some((f) => f.startsWith('docs/'))).toBe(false);
    expect(unchanged).not.toContain('README.md');
    expect(unchanged).toContain('src/client.ts');
  });

  it('another formatter formats everything again', async () => {
    const { unchanged, now, old } = await regenerate({}, { formatter: 'none' });
    expect(now.format).toMatch(/^none:/);
    expect(old.format).toMatch(/^oxfmt@/);
    expect(unchanged).toEqual([]);
  });

  it('a manifest recorded under another format key reuses nothing', async () => {
    const output = fresh('other-key');
    await run(output);
    const manifest = manifestOf(output);
    // As if formatted by another sdkgen, formatter version or options: the key differs, whatever its parts.
    manifest.format = `${manifest.format!.slice(0, -1)}${manifest.format!.endsWith('0') ? '1' : '0'}`;
    writeFileSync(path.join(output, '.sdkgen/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const result = await run(output);
    // (The mock spec is not formatted: the key is nothing to it.)
    expect(result.files.reused).toEqual(['mock/pagination.yaml']);
    const cold = fresh('other-key-cold');
    await run(cold);
    expect(tree(output)).toEqual(tree(cold));
  });

  it('the format key changes with each thing that changes what formatting makes of a render', () => {
    const key = (sources: Partial<FormatKeySources>, formatter: 'oxfmt' | 'prettier' | 'none' = 'oxfmt') =>
      formatKey(formatKeyParts(formatter, true, { ...INSTALLED, ...sources }));
    const same = key({});
    expect(key({})).toBe(same);
    expect(key({}, 'prettier')).not.toBe(same);
    expect(key({}, 'none')).not.toBe(same);
    expect(key({ sdkgenVersion: () => '99.0.0' })).not.toBe(same);
    expect(key({ packageVersion: (name) => (name === 'oxfmt' ? '0.0.1' : INSTALLED.packageVersion(name)) })).not.toBe(
      same,
    );
    expect(key({ options: { ...(INSTALLED.options as object), printWidth: 80 } })).not.toBe(same);
    expect(key({ formatCode: () => 'another format stage' })).not.toBe(same);
    expect(formatKey(formatKeyParts('oxfmt', false))).not.toBe(same);
    // Prettier's version is the installed one's, not oxfmt's.
    expect(formatKeyParts('prettier', true).formatterVersion).toBe(
      (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/prettier/package.json'), 'utf8')) as { version: string })
        .version,
    );
  });

  it('a file the user edited is never reused: kept when its render is unchanged, merged when it changed', async () => {
    const output = fresh('edited');
    await run(output);
    git(output, 'init', '-q');
    git(output, 'add', '-A');
    git(output, 'commit', '-qm', 'generated');
    const client = path.join(output, 'src/client.ts');
    const edited = `${readFileSync(client, 'utf8')}\n// my own line\n`;
    writeFileSync(client, edited);
    const resources = readdirSync(path.join(output, 'src/resources')).filter((f) => f.endsWith('.ts'));
    const resource = path.join(output, 'src/resources', resources.find((f) => f !== 'index.ts')!);
    const resourceEdited = `// my own header\n${readFileSync(resource, 'utf8')}`;
    writeFileSync(resource, resourceEdited);

    const same = await run(output);
    expect(same.files.reused).not.toContain('src/client.ts');
    expect(same.files.kept).toEqual(expect.arrayContaining(['src/client.ts']));
    expect(readFileSync(client, 'utf8')).toBe(edited);

    const templates = path.join(dir, 'edited-templates');
    mkdirSync(path.join(templates, 'src/resources'), { recursive: true });
    const base = readFileSync(path.join(ROOT, 'templates/base/src/resources/resource.ts.hbs'), 'utf8');
    writeFileSync(path.join(templates, 'src/resources/resource.ts.hbs'), `${base}\n// a new last line\n`);
    const changed = await run(output, { templates });
    const relative = path.relative(output, resource).split(path.sep).join('/');
    expect(changed.files.merged).toContain(relative);
    const merged = readFileSync(resource, 'utf8');
    expect(merged.startsWith('// my own header\n')).toBe(true);
    expect(merged.trimEnd().endsWith('// a new last line')).toBe(true);
  });

  it('a generated file deleted from disk is written again, not reused', async () => {
    const output = fresh('deleted');
    await run(output);
    rmSync(path.join(output, 'src/client.ts'));
    const result = await run(output);
    expect(result.files.reused).not.toContain('src/client.ts');
    expect(result.files.created).toEqual(['src/client.ts']);
    const cold = fresh('deleted-cold');
    await run(cold);
    expect(tree(output)).toEqual(tree(cold));
  });

  it('a large output’s files are hashed in a worker thread, with the same answers', async () => {
    const output = fresh('worker');
    const generated = await runPipeline({ spec: SPEC });
    const fingerprints = new Map(generated.files.map((f) => [f.path, f.rendered]));
    await run(output);
    const manifest = manifestOf(output);
    writeFileSync(path.join(output, 'src/client.ts'), '// edited\n');
    rmSync(path.join(output, 'README.md'));
    const mock = generated.files.find((f) => f.path === 'mock/pagination.yaml')!;
    writeFileSync(path.join(output, mock.path), `${mock.contents}\n`);
    for (const workerMinFiles of [0, Number.MAX_SAFE_INTEGER]) {
      const previous = PreviousOutput.open(output, workerMinFiles)!;
      await previous.ready();
      const taken = (file: string) => previous.take(file, fingerprints.get(file)!, manifest.format!);
      expect(taken('src/client.ts')).toBe(null);
      expect(taken('README.md')).toBe(null);
      const index = taken('src/index.ts')!;
      expect(index.contents).toBe(readFileSync(path.join(output, 'src/index.ts'), 'utf8'));
      expect(index.reused?.sha256).toBe(manifest.files['src/index.ts']);
      expect(previous.take('src/index.ts', '0'.repeat(32), manifest.format!)).toBe(null);
      expect(previous.take('src/index.ts', fingerprints.get('src/index.ts')!, 'another key')).toBe(null);
      // Not formatted: reused when its bytes are last run's and still on disk, whatever the key.
      expect(previous.takeUnformatted({ ...mock }).reused).toBeUndefined();
      expect(previous.takeUnformatted({ path: 'package.json', contents: '{}' }).reused).toBeUndefined();
      const packageJson = readFileSync(path.join(output, 'package.json'), 'utf8');
      expect(previous.takeUnformatted({ path: 'package.json', contents: packageJson }).reused).toEqual({
        sha256: manifest.files['package.json'],
      });
      // Of the same size as the file on disk, other bytes: still not it.
      const sameSize = `[${packageJson.slice(1)}`;
      expect(sameSize.length).toBe(packageJson.length);
      expect(previous.takeUnformatted({ path: 'package.json', contents: sameSize }).reused).toBeUndefined();
      // Multi-byte characters: more bytes than the text has UTF-16 units, and still it.
      const error = readFileSync(path.join(output, 'src/core/error.ts'), 'utf8');
      expect(Buffer.byteLength(error)).toBeGreaterThan(error.length);
      expect(previous.takeUnformatted({ path: 'src/core/error.ts', contents: error }).reused).toEqual({
        sha256: manifest.files['src/core/error.ts'],
      });
      // In parts (a large spec's mock), as one text.
      const [head, tail] = [packageJson.slice(0, 10), packageJson.slice(10)];
      const inParts = { path: 'package.json', contents: packageJson, contentsParts: [head, tail] };
      expect(previous.takeUnformatted(inParts).reused).toEqual({ sha256: manifest.files['package.json'] });
      // A file missing: the edited files are not all there is to say.
      expect(await previous.editedFiles()).toBe(null);
      await previous.close();
    }
    writeFileSync(path.join(output, 'README.md'), '# edited\n');
    for (const workerMinFiles of [0, Number.MAX_SAFE_INTEGER]) {
      const previous = PreviousOutput.open(output, workerMinFiles)!;
      expect(await previous.editedFiles()).toEqual(['README.md', mock.path, 'src/client.ts']);
      await previous.close();
    }
  });

  it('every edit is found, in a worker thread or not: of the same size, past the first megabyte, a byte more', async () => {
    const output = fresh('edits');
    await run(output);
    // Files larger than the worker's first buffer, listed as if sdkgen had written them.
    const large = {
      'big/exact.txt': 'e'.repeat(1 << 20),
      'big/large.txt': `${'x'.repeat(2_500_000)}ü`,
      'big/grown.txt': 'g'.repeat(3_000_000),
      'big/dir.txt': 'd',
    };
    const manifest = manifestOf(output);
    mkdirSync(path.join(output, 'big'));
    for (const [file, text] of Object.entries(large)) {
      writeFileSync(path.join(output, file), text);
      manifest.files[file] = createHash('sha256').update(text).digest('hex');
    }
    writeFileSync(path.join(output, '.sdkgen/manifest.json'), JSON.stringify(manifest));
    const answers = async () => {
      const found: Array<string[] | null> = [];
      for (const workerMinFiles of [0, Number.MAX_SAFE_INTEGER]) {
        const previous = PreviousOutput.open(output, workerMinFiles)!;
        found.push((await previous.editedFiles())?.sort() ?? null);
        // Its contents as sdkgen wrote them: reused only while the file on disk still holds them.
        const text = large['big/large.txt'];
        found.push(previous.takeUnformatted({ path: 'big/large.txt', contents: text }).reused ? [] : null);
        await previous.close();
      }
      return found;
    };
    expect(await answers()).toEqual([[], [], [], []]);

    const client = path.join(output, 'src/client.ts');
    const text = readFileSync(client, 'utf8');
    writeFileSync(client, text.replace('import', 'IMPORT'));
    const sameSize = `${large['big/large.txt'].slice(0, -1)}ö`;
    writeFileSync(path.join(output, 'big/large.txt'), sameSize);
    writeFileSync(path.join(output, 'big/exact.txt'), `${large['big/exact.txt']}e`);
    writeFileSync(path.join(output, 'big/grown.txt'), `${large['big/grown.txt']}\n`);
    const edited = ['big/exact.txt', 'big/grown.txt', 'big/large.txt', 'src/client.ts'];
    expect(await answers()).toEqual([edited, null, edited, null]);

    // Not a file any more: the edited files are not all there is to say.
    rmSync(path.join(output, 'big/dir.txt'));
    mkdirSync(path.join(output, 'big/dir.txt'));
    expect(await answers()).toEqual([null, null, null, null]);
  });

  it('without an output directory given, the default one (named after the client) is reused', async () => {
    const cwd = fresh('default-output');
    mkdirSync(cwd, { recursive: true });
    const first = await generate({ spec: SPEC, config: false, cwd });
    const again = await generate({ spec: SPEC, config: false, cwd });
    expect(again.output).toBe(first.output);
    expect(again.files.reused?.length).toBe(Object.keys(manifestOf(first.output).files).length);
    expect(again.files.written).toEqual([]);
  });

  it('a copy of the output elsewhere reuses as well (the manifest holds paths relative to it)', async () => {
    const output = fresh('copied');
    await run(output);
    const copy = fresh('copy');
    cpSync(output, copy, { recursive: true });
    const result = await run(copy);
    expect(result.files.reused?.length).toBe(Object.keys(manifestOf(copy).files).length);
  });
});

describe('what a generation found of each file, recorded by its status (write/hash-cache.ts)', () => {
  const recentMs = HASH_CACHE.recentMs;
  afterEach(() => {
    HASH_CACHE.recentMs = recentMs;
  });
  const cacheOf = (output: string) => path.join(output, HASH_CACHE_PATH);
  const cachedFiles = (output: string) =>
    (JSON.parse(readFileSync(cacheOf(output), 'utf8')) as { files: Record<string, string> }).files;
  /** The edited files, as a generation (`recording`: its worker records what it found) or check finds them. */
  async function editedNow(output: string, recording: boolean) {
    const previous = PreviousOutput.open(output, 0, recording, recording)!;
    const edited = await previous.editedFiles();
    // (The worker records them before it hashes texts: once it answers, the record is written.)
    await previous.textHasher()?.([], []);
    await previous.close();
    return edited;
  }
  /** Past the file system clock's tick in which the last status was taken (a change then could keep its stamp). */
  const nextTick = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('is trusted while a file’s status is the one recorded; a file changed since is read again', async () => {
    HASH_CACHE.recentMs = 0;
    const output = fresh('hash-cache');
    await run(output);
    expect(await editedNow(output, true)).toEqual([]);
    const listed = Object.keys(manifestOf(output).files).sort();
    expect(Object.keys(cachedFiles(output)).sort()).toEqual(listed);
    // Git ignores it (sdkgen's .gitignore lists node_modules).
    expect(readFileSync(path.join(output, '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
    await nextTick();
    // Trusted: a record that says other bytes, under the file's status, is taken for its answer.
    const files = cachedFiles(output);
    expect(files['src/index.ts'].split(' ')[0]).toBe(stampOfFile(path.join(output, 'src/index.ts')));
    files['src/index.ts'] = `${files['src/index.ts'].split(' ')[0]} ${'f'.repeat(64)}`;
    writeFileSync(cacheOf(output), JSON.stringify({ dir: output, files }));
    expect(await editedNow(output, false)).toEqual(['src/index.ts']);
    // A change of the same size, its write time set back: its change time is another, so it is read again.
    const client = path.join(output, 'src/client.ts');
    const { atime, mtime } = statSync(client);
    writeFileSync(client, readFileSync(client, 'utf8').replace('import', 'IMPORT'));
    utimesSync(client, atime, mtime);
    expect(await editedNow(output, false)).toEqual(['src/client.ts', 'src/index.ts']);
    // A record of another folder (a copy of the output) is none.
    const copy = fresh('hash-cache-copy');
    cpSync(output, copy, { recursive: true });
    expect(await editedNow(copy, false)).toEqual(['src/client.ts']);
  });

  it('is written by a generation only, where git ignores it, of files not changed just before', async () => {
    // "Just now" made an hour wide: on a loaded machine the run may take longer than the default 2 s window.
    HASH_CACHE.recentMs = 60 * 60_000;
    const output = fresh('hash-cache-written');
    await run(output);
    // Every file was written just now: none is recorded.
    await editedNow(output, true);
    expect(existsSync(cacheOf(output))).toBe(false);
    HASH_CACHE.recentMs = 0;
    // check records nothing.
    await editedNow(output, false);
    expect(existsSync(cacheOf(output))).toBe(false);
    // Nor a generation where git would not ignore it.
    writeFileSync(path.join(output, '.gitignore'), 'dist/\n');
    await editedNow(output, true);
    expect(existsSync(cacheOf(output))).toBe(false);
    mkdirSync(path.join(output, 'node_modules'));
    await editedNow(output, true);
    expect(existsSync(cacheOf(output))).toBe(true);
  });
});

describe('docs/guides/regeneration.md', () => {
  const page = readFileSync(path.join(ROOT, 'docs/guides/regeneration.md'), 'utf8');
  const blocks = (lang: string) =>
    [...page.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
  // Counts and times vary with the spec and the machine: the words around them are what is checked.
  const shape = (text: string) => text.replace(/\d[\d,.]*s?/g, '#').trimEnd();

  it('its session is what the CLI prints, run on a small spec', () => {
    const cwd = fresh('docs');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(path.join(cwd, 'openapi.yml'), readFileSync(SPEC, 'utf8'));
    const [session] = blocks('sh');
    const lines = session.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('$ ')).length).toBe(4);
    for (let i = 0; i < lines.length; ) {
      const command = lines[i++].slice(2).split(' ');
      expect(command[0]).toBe('sdkgen');
      const shown: string[] = [];
      while (i < lines.length && !lines[i].startsWith('$ ')) shown.push(lines[i++]);
      const run = runSdkgen(command.slice(1), { cwd });
      expect(run.code, run.stderr).toBe(0);
      expect(shape(run.stdout)).toBe(shape(shown.join('\n')));
    }
  });

  it('its manifest has the fields, and the shapes, of a real one', () => {
    const [shown] = blocks('json').map((text) => JSON.parse(text) as Manifest);
    const output = fresh('docs-manifest');
    return run(output).then(() => {
      const real = manifestOf(output);
      expect(Object.keys(shown)).toEqual(Object.keys(real));
      expect(shown.format).toMatch(/^oxfmt@\d+\.\d+\.\d+:[0-9a-f]{32}$/);
      expect(shown.inputsKey).toMatch(/^[0-9a-f]{32}$/);
      expect(real.inputsKey).toMatch(/^[0-9a-f]{32}$/);
      expect(shown.sources?.length).toBe(real.sources?.length);
      expect(shown.files['src/client.ts']).toMatch(/^[0-9a-f]{64}$/);
      expect(shown.rendered?.['src/client.ts']).toMatch(/^[0-9a-f]{32}$/);
      expect(real.rendered?.['src/client.ts']).toMatch(/^[0-9a-f]{32}$/);
    });
  });
});
