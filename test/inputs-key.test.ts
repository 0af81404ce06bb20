/**
 * The inputs key (write/inputs-key.ts): `check` with nothing changed answers from the manifest's key and the files'
 * hashes, without generating (`inputsUnchanged`). Each case changes one input (or one generated file) and checks that
 * check then generates (the key missed nothing) and gives the answer it gives without the key.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { generate, generateUnlessUpToDate } from '../generator/api/generate';
import { checkOutput, type CheckTarget } from '../generator/diff/check';
import { targetFromManifest } from '../generator/write/recorded-target';
import { stampOfFile } from '../generator/file-stamp';
import { migratedInputsDigest } from '../generator/migrate/inputs/digest';
import { CODE_IDENTITY, inputsDigest, stampLayers } from '../generator/write/inputs-key';
import type { Manifest } from '../generator/write/manifest';
import { ROOT, TMP } from './helpers/paths';
import { runSdkgen } from './helpers/sdkgen-cli';

const root = path.join(TMP, `inputs-key-${process.pid}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SPEC = `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
servers: [{ url: 'https://pets.example.com' }]
paths:
  /pets/{id}:
    get:
      operationId: getPet
      summary: Get a pet
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: The pet
          content: { application/json: { schema: { $ref: 'schemas/pet.yaml' } } }
`;
const PET = `type: object
description: A pet.
properties:
  name: { type: string, description: The pet's name. }
required: [name]
`;

let cases = 0;

/** A Stainless config for SPEC, which the sdkgen config names with `stainless:` when a project asks. */
const STAINLESS = `organization:
  name: pets
resources:
  pets:
    methods:
      retrieve: get /pets/{id}
`;

/** A project (split spec, YAML config, a template override) generated into `sdk/`. */
async function project(
  options: {
    funcs?: boolean;
    onStage?: (stage: string) => void;
    onNotice?: (notice: string) => void;
    stainless?: boolean;
  } = {},
) {
  const { stainless, ...generateOptions } = options;
  const dir = path.join(root, `case-${++cases}`);
  mkdirSync(path.join(dir, 'schemas'), { recursive: true });
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'schemas/pet.yaml'), PET);
  writeFileSync(
    path.join(dir, 'sdkgen.config.yaml'),
    `templates: overrides\n${stainless ? 'stainless: stainless.yml\n' : ''}`,
  );
  if (stainless) writeFileSync(path.join(dir, 'stainless.yml'), STAINLESS);
  mkdirSync(path.join(dir, 'overrides'));
  cpSync(path.join(ROOT, 'templates/base/README.md.hbs'), path.join(dir, 'overrides/README.md.hbs'));
  const output = path.join(dir, 'sdk');
  await generate({
    spec: path.join(dir, 'openapi.yml'),
    config: path.join(dir, 'sdkgen.config.yaml'),
    output,
    ...generateOptions,
  });
  return { dir, output, file: (name: string) => path.join(dir, name) };
}

async function check(output: string, change: Partial<CheckTarget> = {}) {
  return checkOutput({ ...(await targetFromManifest(output)), ...change });
}

const append = (file: string, text: string) => writeFileSync(file, readFileSync(file, 'utf8') + text);

/** The inputs key `output`'s manifest records. */
const keyOf = (output: string) =>
  (JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')) as Manifest).inputsKey;

describe('check by the inputs key', () => {
  const identity = CODE_IDENTITY.get;
  afterEach(() => {
    CODE_IDENTITY.get = identity;
  });

  it('with nothing changed, answers without generating: every file verified', async () => {
    const { output } = await project();
    const manifest = JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputsKey).toMatch(/^[0-9a-f]{32}$/);
    expect(manifest.sources).toEqual(['../sdkgen.config.yaml', '../openapi.yml', '../schemas/pet.yaml']);
    const result = await check(output);
    expect(result.inputsUnchanged).toBe(true);
    expect(result.files).toEqual([]);
    expect(result.generated).toBe(Object.keys(manifest.files).length);
  });

  it('the CLI (built: its code identity computed by scripts/build.mjs) says so of an output generated from the sources', async () => {
    const { dir } = await project();
    const run = runSdkgen(['check', 'sdk'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^✓ sdk is up to date with openapi\.yml \(inputs unchanged: \d+ files verified\)\n$/);
  });

  it('a changed spec generates, and finds the output stale', async () => {
    const { output, file } = await project();
    writeFileSync(file('openapi.yml'), SPEC.replace('Get a pet', 'Fetch a pet'));
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.map((f) => f.path)).toContain('src/resources/pets.ts');
  });

  it("a spec file written while the run generated from it records no key: the output is not taken for the new bytes'", async () => {
    const spec = path.join(root, `case-${cases + 1}`, 'schemas/pet.yaml');
    const notices: string[] = [];
    // After the spec was read (the IR is built from it), before the inputs are hashed for the manifest.
    const { output } = await project({
      onStage: (stage) =>
        stage === 'ir' && writeFileSync(spec, PET.replace("The pet's name.", 'What the pet is called.')),
      onNotice: (notice) => notices.push(notice),
    });
    const manifest = JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputsKey).toBeUndefined();
    // (Said once, of that file alone.)
    expect(notices.filter((n) => /changed while sdkgen was running/.test(n))).toEqual([
      `${path.relative(process.cwd(), spec)} changed while sdkgen was running: the SDK is of what it held before; generate again`,
    ]);
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.map((f) => f.path)).toContain('src/resources/pets.ts');
  });

  it('a config written while the run generated from it records no key either', async () => {
    const config = path.join(root, `case-${cases + 1}`, 'sdkgen.config.yaml');
    const { output } = await project({ onStage: (stage) => stage === 'ir' && append(config, 'funcs: false\n') });
    const manifest = JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputsKey).toBeUndefined();
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.some((f) => f.path.startsWith('src/funcs/') && f.status === 'removed')).toBe(true);
  });

  it('a Stainless config written while the run generated from it records no key', async () => {
    const stainless = path.join(root, `case-${cases + 1}`, 'stainless.yml');
    const { output } = await project({
      stainless: true,
      onStage: (stage) => stage === 'ir' && writeFileSync(stainless, STAINLESS.replace('retrieve:', 'fetch:')),
    });
    expect(keyOf(output)).toBeUndefined();
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.map((f) => f.path)).toContain('src/resources/pets.ts');
  });

  it('a template written after the run rendered with it records no key', async () => {
    const template = path.join(root, `case-${cases + 1}`, 'overrides/README.md.hbs');
    const { output } = await project({
      onStage: (stage) => stage === 'emit' && append(template, '\nMaintained by the pets team.\n'),
    });
    expect(keyOf(output)).toBeUndefined();
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.map((f) => f.path)).toEqual(['README.md', '.sdkgen/manifest.json']);
  });

  it('a template added to a layer after the run listed it records no key', async () => {
    const added = path.join(root, `case-${cases + 1}`, 'overrides/NOTES.md.hbs');
    const { output } = await project({
      onStage: (stage) => stage === 'emit' && writeFileSync(added, 'Notes on {{packageName}}.\n'),
    });
    expect(keyOf(output)).toBeUndefined();
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.map((f) => [f.path, f.status])).toContainEqual(['NOTES.md', 'added']);
  });

  it('a template written before the run read it and back after records no key: the digest taken before is not reused', async () => {
    const { output, file } = await project();
    const template = file('overrides/README.md.hbs');
    const text = readFileSync(template, 'utf8');
    // (So that generate generates, with the digest of the inputs it took before reading them.)
    append(file('openapi.yml'), '# reviewed\n');
    const generated = await generateUnlessUpToDate({
      spec: file('openapi.yml'),
      config: file('sdkgen.config.yaml'),
      output,
      onStage: (stage) => {
        if (stage === 'ir') append(template, '\nMaintained by the pets team.\n');
        if (stage === 'emit') writeFileSync(template, text);
      },
    });
    expect('files' in generated && generated.files.written).toEqual(['README.md']);
    expect(keyOf(output)).toBeUndefined();
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.map((f) => f.path)).toEqual(['README.md', '.sdkgen/manifest.json']);
  });

  it("a changed $ref'd file of a split spec generates, and finds the output stale", async () => {
    const { output, file } = await project();
    writeFileSync(file('schemas/pet.yaml'), PET.replace("The pet's name.", 'What the pet is called.'));
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.length).toBeGreaterThan(0);
  });

  it('a spec changed where it does not change the output generates, and finds it up to date', async () => {
    const { output, file } = await project();
    append(file('openapi.yml'), '# a comment\n');
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files).toEqual([]);
  });

  it('a changed config generates, and finds the output stale', async () => {
    const { output, file } = await project();
    append(file('sdkgen.config.yaml'), 'funcs: false\n');
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.some((f) => f.path.startsWith('src/funcs/') && f.status === 'removed')).toBe(true);
  });

  it('a changed template override generates, and finds the output stale', async () => {
    const { output, file } = await project();
    append(file('overrides/README.md.hbs'), '\nMaintained by the pets team.\n');
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.map((f) => f.path)).toEqual(['README.md', '.sdkgen/manifest.json']);
  });

  it('another option generates, and finds the output stale', async () => {
    const { output } = await project();
    const result = await check(output, { funcs: false });
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.some((f) => f.path.startsWith('src/funcs/') && f.status === 'removed')).toBe(true);
  });

  it('another build of sdkgen generates, and finds the output up to date when its output is the same', async () => {
    const { output } = await project();
    CODE_IDENTITY.get = () => 'another build';
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files).toEqual([]);
  });

  it('a generated file edited by hand is reported as customized from the key alone, as generating reports it', async () => {
    const { output } = await project();
    append(path.join(output, 'src/resources/pets.ts'), '// mine\n');
    const result = await check(output);
    expect(result.inputsUnchanged).toBe(true);
    expect(result.files).toEqual([]);
    expect(result.customized).toEqual(['src/resources/pets.ts']);
    // What generating says of it (another build of sdkgen: the key misses).
    CODE_IDENTITY.get = () => 'another build';
    const generated = await check(output);
    expect(generated.inputsUnchanged).toBeUndefined();
    expect([generated.files, generated.customized]).toEqual([result.files, result.customized]);
  });

  it('a manifest edited by hand (reformatted, or a hash changed with its key kept) generates', async () => {
    const { output } = await project();
    const file = path.join(output, '.sdkgen/manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    writeFileSync(file, `${JSON.stringify(manifest, null, 4)}\n`);
    expect((await check(output)).inputsUnchanged).toBeUndefined();
    manifest.files['src/resources/pets.ts'] = '0'.repeat(64);
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    expect((await check(output)).inputsUnchanged).toBeUndefined();
  });

  it('a stale manifest is shown as generating then writes it, its key included', async () => {
    const { output, file } = await project();
    writeFileSync(file('openapi.yml'), SPEC.replace('Get a pet', 'Fetch a pet'));
    // Without a key, the quick answer hashes nothing: the digest is taken to show the manifest.
    const committed = path.join(output, '.sdkgen/manifest.json');
    writeFileSync(committed, readFileSync(committed, 'utf8').replace(/\n {2}"inputsKey": "[0-9a-f]+",/, ''));
    expect(keyOf(output)).toBeUndefined();
    const shown = (await check(output)).files.find((f) => f.path === '.sdkgen/manifest.json');
    expect(shown?.status).toBe('changed');
    await generate({ spec: file('openapi.yml'), config: file('sdkgen.config.yaml'), output });
    const written = readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8');
    expect(written).toMatch(/"inputsKey": "[0-9a-f]{32}"/);
    expect(shown?.expected).toBe(written);
  });

  it('a generated file deleted generates, and finds it missing', async () => {
    const { output } = await project();
    rmSync(path.join(output, 'src/resources/pets.ts'));
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files.map((f) => [f.path, f.status])).toEqual([['src/resources/pets.ts', 'added']]);
  });
});

/** Every file under `dir` with its modification time: a run that writes nothing leaves them all as they were. */
function stamps(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[path.relative(dir, path.join(entry.parentPath, entry.name))] = statSync(
        path.join(entry.parentPath, entry.name),
      ).mtimeMs;
  }
  return out;
}

/** `sdkgen generate openapi.yml -o sdk` in the project, with `args` after. */
function generateCli(dir: string, args: string[] = []) {
  const run = runSdkgen(['generate', 'openapi.yml', '-o', 'sdk', ...args], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

const UP_TO_DATE =
  /^SDK in sdk is up to date with openapi\.yml: 0 files written, (\d+) unchanged, 0 deleted in [\d.]+s \(inputs unchanged: \1 files verified\)\n$/;

describe('generate by the inputs key', () => {
  it('with nothing changed, says so without generating and writes nothing', async () => {
    const { dir, output } = await project();
    const before = stamps(output);
    const stdout = generateCli(dir, ['--config', 'sdkgen.config.yaml']);
    expect(stdout).toMatch(UP_TO_DATE);
    expect(Number(UP_TO_DATE.exec(stdout)![1])).toBe(
      Object.keys(JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')).files).length,
    );
    expect(stamps(output)).toEqual(before);
    // The config found (the same file) is the config given.
    expect(generateCli(dir)).toMatch(UP_TO_DATE);
  });

  it('without a spec, the inputs the manifest records are the ones keyed', async () => {
    const { dir } = await project();
    const run = runSdkgen(['generate', '-o', 'sdk'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^SDK in sdk is up to date with openapi\.yml: .*\(inputs unchanged: \d+ files verified\)\n$/,
    );
  });

  it('an edited template of a template layer generates, and writes what it renders', async () => {
    const { dir, output, file } = await project();
    append(file('overrides/README.md.hbs'), '\nMaintained by the pets team.\n');
    expect(generateCli(dir)).toMatch(/^Generated Pets SDK in sdk: .*; 1 files written, /);
    expect(readFileSync(path.join(output, 'README.md'), 'utf8')).toContain('Maintained by the pets team.');
  });

  it('a changed config option generates', async () => {
    const { dir, output, file } = await project();
    append(file('sdkgen.config.yaml'), 'funcs: false\n');
    expect(generateCli(dir)).toMatch(/^Generated Pets SDK in sdk: .* [1-9]\d* deleted in /);
    expect(readdirSync(path.join(output, 'src'))).not.toContain('funcs');
  });

  it('another option on the command line generates', async () => {
    const { dir, output } = await project();
    expect(generateCli(dir, ['--no-funcs'])).toMatch(/^Generated Pets SDK in sdk: /);
    expect(readdirSync(path.join(output, 'src'))).not.toContain('funcs');
  });

  it('a generated file edited by hand is kept from the key alone, as generating keeps it; --force generates', async () => {
    const { dir, output } = await project();
    append(path.join(output, 'src/resources/pets.ts'), '// mine\n');
    const before = stamps(output);
    const stdout = generateCli(dir);
    expect(stdout).toMatch(
      /^SDK in sdk is up to date with openapi\.yml: 0 files written, \d+ unchanged, .*\(inputs unchanged: \d+ files verified\)\n {2}kept {5}src\/resources\/pets\.ts \(your edits; sdkgen's output of it did not change\)\n$/,
    );
    expect(stamps(output)).toEqual(before);
    // --force discards the edit: it generates, and writes the file as sdkgen makes it.
    expect(generateCli(dir, ['--force'])).toMatch(/^Generated Pets SDK in sdk: .*; 1 files written, /);
    expect(readFileSync(path.join(output, 'src/resources/pets.ts'), 'utf8')).not.toContain('// mine');
  });

  it('a generated file deleted generates, and writes it again', async () => {
    const { dir, output } = await project();
    rmSync(path.join(output, 'src/resources/pets.ts'));
    expect(generateCli(dir)).toMatch(/^Generated Pets SDK in sdk: .*; 1 files written, /);
    expect(readFileSync(path.join(output, 'src/resources/pets.ts'), 'utf8')).toContain('Get a pet');
  });

  it("a changed $ref'd file of a split spec generates, and writes the change", async () => {
    const { dir, output, file } = await project();
    writeFileSync(file('schemas/pet.yaml'), PET.replace("The pet's name.", 'What the pet is called.'));
    expect(generateCli(dir)).toMatch(/^Generated Pets SDK in sdk: /);
    expect(readFileSync(path.join(output, 'src/resources/pets.ts'), 'utf8')).toContain('What the pet is called.');
    // Generated again: the next run is up to date with the new inputs.
    expect(generateCli(dir)).toMatch(UP_TO_DATE);
  });
});

describe("the run's warnings", () => {
  it('are counted in the manifest: an answer from the key says how many, and check counts them the same', async () => {
    const { dir, output, file } = await project();
    // A parameter without a valid `in`: ignored, with a warning.
    writeFileSync(
      file('openapi.yml'),
      SPEC.replace(
        'parameters: [{ name: id, in: path, required: true, schema: { type: string } }]',
        'parameters: [{ name: id, in: path, required: true, schema: { type: string } }, { name: q, in: body }]',
      ),
    );
    expect(generateCli(dir)).toMatch(/^Generated Pets SDK in sdk: .* \(1 warnings\)\n$/);
    const manifest = JSON.parse(readFileSync(path.join(output, '.sdkgen/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.warnings).toBe(1);
    expect(generateCli(dir)).toMatch(
      /\(inputs unchanged: \d+ files verified\) \(1 warnings: --verbose lists them\)\n$/,
    );
    // --verbose generates, and lists it.
    const verbose = runSdkgen(['generate', 'openapi.yml', '-o', 'sdk', '--verbose'], { cwd: dir });
    expect(verbose.stderr).toContain('parameter without a valid `name` and `in` is ignored');
    // The long way (the spec's bytes changed, not what it says), check finds the manifest as generate wrote it.
    append(file('openapi.yml'), '# the same API\n');
    const result = await check(output);
    expect(result.inputsUnchanged).toBeUndefined();
    expect(result.files).toEqual([]);
    expect(generateCli(dir)).toMatch(/ \(1 warnings\)\n$/);
    expect((await check(output)).inputsUnchanged).toBe(true);
  });
});

describe('the inputs digest', () => {
  it('is the sha256 of every byte of each source, once and in order, whatever its size', () => {
    const dir = path.join(root, 'digest');
    mkdirSync(dir, { recursive: true });
    // Larger than the piece inputs-key.ts reads at a time, and not a multiple of it; each byte differs from its
    // neighbours, so a piece hashed twice, skipped or cut short changes the digest.
    const large = Buffer.alloc(3 * 262_144 + 7);
    for (let i = 0; i < large.length; i++) large[i] = (i * 7 + (i >> 8)) & 0xff;
    const small = Buffer.from('{"openapi":"3.0.3"}\n');
    writeFileSync(path.join(dir, 'large.json'), large);
    writeFileSync(path.join(dir, 'small.json'), small);
    const parts = {
      inputs: { spec: 'large.json' },
      formatKey: 'none',
      sources: ['large.json', 'small.json'],
      templateDirs: [],
    };
    const expected = createHash('sha256')
      .update(`code\0${CODE_IDENTITY.get()}\0format\0none\0inputs\0{"spec":"large.json"}\0`)
      .update('source\0large.json\0')
      .update(large)
      .update('source\0small.json\0')
      .update(small)
      .digest('hex');
    const digest = inputsDigest(dir, parts);
    expect(digest).toMatchObject({ digest: expected, sources: ['large.json', 'small.json'] });
    // With the stamp of each file once hashed.
    expect(digest!.stamps).toEqual(
      new Map(['large.json', 'small.json'].map((file) => [path.join(dir, file), stampOfFile(path.join(dir, file))])),
    );
    // A source that cannot be read: no digest.
    expect(inputsDigest(dir, { ...parts, sources: ['large.json', 'missing.json'] })).toBeNull();
  });

  it('after the run read the files, is null when one was written, added to a layer or removed since, or not stamped', () => {
    const dir = path.join(root, 'digest-after');
    mkdirSync(path.join(dir, 'layer/partials'), { recursive: true });
    writeFileSync(path.join(dir, 'openapi.json'), '{"openapi":"3.0.3"}\n');
    writeFileSync(path.join(dir, 'layer/README.md.hbs'), '# {{title}}\n');
    writeFileSync(path.join(dir, 'layer/partials/x.hbs'), 'x\n');
    const parts = { inputs: {}, formatKey: 'none', sources: ['openapi.json'], templateDirs: [path.join(dir, 'layer')] };
    const taken = () =>
      new Map([
        [path.join(dir, 'openapi.json'), stampOfFile(path.join(dir, 'openapi.json'))!],
        ...stampLayers(parts.templateDirs),
      ]);
    const before = inputsDigest(dir, parts)!;
    expect(inputsDigest(dir, parts, taken())).toEqual(before);
    // A file the run did not stamp.
    expect(inputsDigest(dir, parts, stampLayers(parts.templateDirs))).toBeNull();
    // A layer's file written, one added, one removed.
    let stamps = taken();
    writeFileSync(path.join(dir, 'layer/README.md.hbs'), '# {{title}}!\n');
    expect(inputsDigest(dir, parts, stamps)).toBeNull();
    stamps = taken();
    writeFileSync(path.join(dir, 'layer/partials/y.hbs'), 'y\n');
    expect(inputsDigest(dir, parts, stamps)).toBeNull();
    stamps = taken();
    rmSync(path.join(dir, 'layer/partials/x.hbs'));
    expect(inputsDigest(dir, parts, stamps)).toBeNull();
    expect(inputsDigest(dir, parts, taken())).not.toBeNull();
  });
});

describe("migrate's inputs digest", () => {
  /** A spec outside the repository, read by a run (its stamps taken before), and copied into it. */
  function migrated(name: string) {
    const dir = path.join(root, name);
    mkdirSync(path.join(dir, 'repo'), { recursive: true });
    const spec = path.join(dir, 'openapi.yml');
    writeFileSync(spec, SPEC);
    const run = {
      sources: [spec],
      specFiles: [spec],
      readStamps: new Map([[spec, stampOfFile(spec)!]]),
      formatKey: 'none',
      templateDirs: [],
    };
    const copy = path.join(dir, 'repo/openapi.yml');
    const inputs = { spec: 'openapi.yml', config: null };
    return { dir, spec, run, copy, inputs, placed: { spec: copy, config: null } };
  }

  it('keys the copy of the spec when it holds the bytes the run read', () => {
    const { dir, run, copy, inputs, placed } = migrated('migrated');
    writeFileSync(copy, SPEC);
    const digest = migratedInputsDigest(path.join(dir, 'repo'), run, placed, inputs);
    expect(digest?.digest).toBe(
      inputsDigest(path.join(dir, 'repo'), { inputs, formatKey: 'none', sources: [copy], templateDirs: [] })?.digest,
    );
  });

  it('keys no copy of a spec written since the run read it, though the copy holds its bytes now', () => {
    const { dir, spec, run, copy, inputs, placed } = migrated('migrated-written');
    const now = SPEC.replace('Get a pet', 'Fetch a pet');
    writeFileSync(spec, now);
    writeFileSync(copy, now);
    expect(migratedInputsDigest(path.join(dir, 'repo'), run, placed, inputs)).toBeNull();
  });

  it('keys no spec kept where it is that was written since the run read it', () => {
    const { dir, spec, run, inputs } = migrated('migrated-in-place');
    writeFileSync(spec, SPEC.replace('Get a pet', 'Fetch a pet'));
    expect(migratedInputsDigest(dir, run, { spec, config: null }, inputs)).toBeNull();
  });
});

describe('the key of a repository checked out elsewhere', () => {
  it("is the same wherever the repository and sdkgen are, but changes with the user's template folder", () => {
    // Two checkouts of one repository at different depths: sdkgen's own layers are keyed by their place in sdkgen,
    // a user's folder by its place in the repository (a CI runner's checkout must not see its inputs as changed).
    const keyOf = (checkout: string, user = 'templates') => {
      mkdirSync(path.join(checkout, 'sdk'), { recursive: true });
      mkdirSync(path.join(checkout, user), { recursive: true });
      writeFileSync(path.join(checkout, 'openapi.yml'), SPEC);
      writeFileSync(path.join(checkout, user, 'README.md.hbs'), '# {{title}}\n');
      return inputsDigest(path.join(checkout, 'sdk'), {
        inputs: { target: null },
        formatKey: 'none',
        sources: [path.join(checkout, 'openapi.yml')],
        templateDirs: [path.join(checkout, user), path.join(ROOT, 'templates/base')],
      })?.digest;
    };
    const near = keyOf(path.join(root, 'elsewhere/a'));
    expect(near).toMatch(/^[0-9a-f]{64}$/);
    expect(keyOf(path.join(root, 'elsewhere/b/c/d/e'))).toBe(near);
    expect(keyOf(path.join(root, 'elsewhere/f'), 'overrides')).not.toBe(near);
  });
});
