/**
 * The programmatic API (`import { generate, check, diff, loadIr } from 'sdkgen'`): the CLI's options, results as
 * data, typed errors naming the file and JSON pointer, configs found without `--config` (sdkgen.config.{ts,mjs,json,
 * yaml} and Stainless configs), `--config` winning, and a dry run that touches nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  check,
  defineConfig,
  diff,
  generate,
  loadIr,
  OutputConflictError,
  SdkgenError,
  SpecError,
  UsageError,
} from '../../generator/api/index';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import { PET_SCHEMA, splitPetSpec } from '../helpers/pet-spec';

const SPEC = splitPetSpec('Zoo API', 'pet.yaml');
const PET = PET_SCHEMA;

function project(files: Record<string, string> = {}): string {
  const dir = tempDir('api');
  const all = { 'spec/openapi.yaml': SPEC, 'spec/pet.yaml': PET, ...files };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Every file under `dir` with its hash and modification time: what "nothing touched" means. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else
        out[path.relative(dir, full)] =
          `${createHash('sha256').update(readFileSync(full)).digest('hex')} ${statSync(full).mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

describe('generate()', () => {
  it('returns what it did as data: files, counts, diagnostics, timings, sources', async () => {
    const cwd = project();
    const first = await generate({ spec: 'spec/openapi.yaml', cwd });
    expect(first.clientName).toBe('Zoo');
    expect(first.output).toBe(path.join(cwd, 'generated/zoo'));
    expect(first.configFile).toBeNull();
    expect(first.counts).toEqual({ resources: 1, methods: 1, types: 1 });
    expect(first.files.created).toContain('src/resources/pets.ts');
    expect(first.files.changed).toEqual([]);
    expect(first.files.written).toEqual(expect.arrayContaining(first.files.created));
    expect(first.timings.map((t) => t.stage)).toEqual(['load', 'normalize', 'ir', 'emit', 'format', 'write']);
    expect(first.sources.sort()).toEqual([path.join(cwd, 'spec/openapi.yaml'), path.join(cwd, 'spec/pet.yaml')]);

    const again = await generate({ spec: 'spec/openapi.yaml', cwd });
    expect(again.files.written).toEqual([]);
    expect(again.files.unchanged.length).toBe(first.files.written.length);
  });

  it('dry run: says what would be created, changed and deleted, and touches nothing', async () => {
    const cwd = project();
    const out = path.join(cwd, 'sdk');
    const fresh = await generate({ spec: 'spec/openapi.yaml', cwd, output: 'sdk', dryRun: true });
    expect(fresh.dryRun).toBe(true);
    expect(fresh.files.created).toContain('src/client.ts');
    expect(readdirSync(cwd).sort()).toEqual(['spec']);

    await generate({ spec: 'spec/openapi.yaml', cwd, output: 'sdk' });
    // A new property changes the types file; a renamed path drops one resource file and adds another.
    writeFileSync(
      path.join(cwd, 'spec/pet.yaml'),
      PET.replace('name: { type: string }', 'name: { type: string }, age: { type: integer }'),
    );
    writeFileSync(path.join(cwd, 'spec/openapi.yaml'), SPEC.replace('/pets/{petId}', '/animals/{petId}'));
    const before = snapshot(out);
    const plan = await generate({ spec: 'spec/openapi.yaml', cwd, output: 'sdk', dryRun: true });
    expect(snapshot(out)).toEqual(before);
    expect(plan.files.created).toContain('src/resources/animals.ts');
    expect(plan.files.deleted).toContain('src/resources/pets.ts');
    expect(plan.files.changed).toContain('src/client.ts');
    expect(plan.files.unchanged).toContain('src/core/error.ts');

    // What the dry run announced is what a real run does.
    const real = await generate({ spec: 'spec/openapi.yaml', cwd, output: 'sdk' });
    expect(real.files.created.sort()).toEqual(plan.files.created.sort());
    expect(real.files.changed.sort()).toEqual(plan.files.changed.sort());
    expect(real.files.deleted.sort()).toEqual(plan.files.deleted.sort());
  });

  it('dry run refuses, as a real run does, to overwrite files sdkgen did not write', async () => {
    const cwd = project({ 'sdk/package.json': '{"name":"mine"}\n' });
    const error = await generate({ spec: 'spec/openapi.yaml', cwd, output: 'sdk', dryRun: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutputConflictError);
    expect((error as OutputConflictError).conflicts).toEqual(['package.json']);
    expect((error as OutputConflictError).file).toBe(path.join(cwd, 'sdk'));
  });

  it('throws a SpecError carrying the file, pointer and code', async () => {
    const cwd = project({ 'spec/openapi.yaml': SPEC.replace("'pet.yaml'", "'pet.yaml#/nope'") });
    const error = await generate({ spec: 'spec/openapi.yaml', cwd }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toBeInstanceOf(SdkgenError);
    const e = error as SpecError;
    expect(e.file).toBe(path.join(cwd, 'spec/openapi.yaml'));
    expect(e.pointer).toBe('#/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref');
    expect(e.exitCode).toBe(1);
    expect(e.toJSON()).toMatchObject({ name: 'SpecError', file: e.file, pointer: e.pointer });
    expect(readdirSync(cwd)).toEqual(['spec']);
  });

  it('strict: a warning is a SpecError with every diagnostic attached, and nothing is written', async () => {
    const cwd = project({
      'spec/openapi.yaml': SPEC.replace(
        'operationId: getPet',
        'operationId: getPet\n      x-stainless-frobnicate: true',
      ),
    });
    const error = (await generate({ spec: 'spec/openapi.yaml', cwd, strict: true }).catch(
      (e: unknown) => e,
    )) as SpecError;
    expect(error).toBeInstanceOf(SpecError);
    expect(error.pointer).toBe('#/paths/~1pets~1{petId}/get/x-stainless-frobnicate');
    expect(error.diagnostics.map((d) => d.code)).toEqual(['unknown-stainless-hint']);
    expect(readdirSync(cwd)).toEqual(['spec']);
  });

  it('warns about a duplicate operationId once, naming both places', async () => {
    const dup =
      `${SPEC}  /dogs/{petId}:\n    get:\n      operationId: getPet\n` +
      '      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]\n' +
      "      responses: { '200': { description: ok } }\n";
    const cwd = project({ 'spec/openapi.yaml': dup });
    const result = await generate({ spec: 'spec/openapi.yaml', cwd, dryRun: true });
    const warnings = result.diagnostics.filter((d) => d.code === 'duplicate-operation-id');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].pointer).toBe('#/paths/~1dogs~1{petId}/get/operationId');
    expect(warnings[0].message).toContain('#/paths/~1pets~1{petId}/get/operationId');
  });
});

describe('config files', () => {
  const configs: Record<string, string> = {
    'sdkgen.config.yaml': 'client:\n  name: Menagerie\n',
    'sdkgen.config.json': '{ "client": { "name": "Menagerie" } }\n',
    'sdkgen.config.mjs': "export default { client: { name: 'Menagerie' } };\n",
    // A typed config: on Node 20 it is transpiled with the project's typescript; 22.18+ strips the types itself.
    'sdkgen.config.ts':
      "import { defineConfig, type UserConfig } from 'sdkgen';\n" +
      "const client: UserConfig['client'] = { name: 'Menagerie' };\nexport default defineConfig({ client });\n",
  };

  // Where Node cannot strip the types (Node 20), the .ts config loads the whole typescript package in this process
  // to transpile it (seconds of CPU, the other forms' hundredfold): that path runs with SDKGEN_SLOW_TESTS=full.
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
  const names = Object.keys(configs).filter((name) => SLOW_FULL || stripsTypes || !name.endsWith('.ts'));

  it.each(names)('%s in the working directory is found and used', async (name) => {
    const cwd = project({ [name]: configs[name] });
    const result = await generate({ spec: 'spec/openapi.yaml', cwd, dryRun: true });
    expect(result.configFile).toBe(path.join(cwd, name));
    expect(result.configFound).toBe(true);
    expect(result.clientName).toBe('Menagerie');
    // The transpiled copy of a .ts config is removed.
    expect(readdirSync(cwd).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('beside the spec when the working directory has none; the working directory first; --config wins; false for none', async () => {
    const cwd = project({ 'spec/sdkgen.config.yaml': 'client:\n  name: Beside\n' });
    expect((await generate({ spec: 'spec/openapi.yaml', cwd, dryRun: true })).clientName).toBe('Beside');
    writeFileSync(path.join(cwd, 'sdkgen.config.json'), '{ "client": { "name": "Here" } }');
    expect((await generate({ spec: 'spec/openapi.yaml', cwd, dryRun: true })).clientName).toBe('Here');
    writeFileSync(path.join(cwd, 'other.yaml'), 'client:\n  name: Given\n');
    const given = await generate({ spec: 'spec/openapi.yaml', cwd, dryRun: true, config: 'other.yaml' });
    expect([given.clientName, given.configFound]).toEqual(['Given', false]);
    expect((await generate({ spec: 'spec/openapi.yaml', cwd, dryRun: true, config: false })).clientName).toBe('Zoo');
  });

  it('a Stainless config beside the spec is found when there is no sdkgen config', async () => {
    const stainless =
      "organization:\n  name: Stripy\ntargets:\n  typescript:\n    package_name: '@stripy/sdk'\n" +
      'resources:\n  animals:\n    methods:\n      fetch: get /pets/{petId}\n';
    for (const file of ['stainless.yml', 'openapi.stainless.yml', '.stainless/stainless.yml']) {
      const cwd = project({ [`spec/${file}`]: stainless });
      const result = await generate({ spec: 'spec/openapi.yaml', cwd, dryRun: true });
      expect(result.configFile, file).toBe(path.join(cwd, 'spec', file));
      expect(result.packageName).toBe('@stripy/sdk');
      expect(result.files.created).toContain('src/resources/animals.ts');
    }
  });

  it('two sdkgen configs in one folder are a UsageError naming both', async () => {
    const cwd = project({ 'sdkgen.config.yaml': 'client: {}\n', 'sdkgen.config.mjs': 'export default {};\n' });
    const error = await generate({ spec: 'spec/openapi.yaml', cwd }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/sdkgen\.config\.mjs, sdkgen\.config\.yaml/);
    expect((error as UsageError).exitCode).toBe(2);
  });

  it('a bad config is a UsageError naming the config file', async () => {
    const cwd = project({ 'sdkgen.config.mjs': "export default { client: { name: 'not pascal' } };\n" });
    const error = (await generate({ spec: 'spec/openapi.yaml', cwd }).catch((e: unknown) => e)) as UsageError;
    expect(error).toBeInstanceOf(UsageError);
    expect(error.file).toBe(path.join(cwd, 'sdkgen.config.mjs'));
    expect(error.message).toContain('client.name must be a PascalCase identifier');
  });

  it('defineConfig returns its argument (it only adds types)', () => {
    const config = { client: { name: 'X' }, methods: { getPet: 'pets.fetch' } };
    expect(defineConfig(config)).toBe(config);
  });

  it('the config found is recorded, so check() replays the same generation', async () => {
    const cwd = project({ 'sdkgen.config.yaml': 'client:\n  name: Menagerie\n' });
    const result = await generate({ spec: 'spec/openapi.yaml', cwd });
    const manifest = JSON.parse(readFileSync(path.join(result.output, '.sdkgen/manifest.json'), 'utf8'));
    expect(manifest.inputs.config).toBe('../../sdkgen.config.yaml');
    const checked = await check({ cwd });
    expect(checked.upToDate).toBe(true);
    expect(checked.directories.map((d) => path.relative(cwd, d.dir))).toEqual(['generated/menagerie']);
    writeFileSync(path.join(result.output, 'src/client.ts'), '// edited\n');
    // A hand edit is kept on regeneration (customized); the same text as an older generation wrote it is stale.
    const customized = await check({ cwd });
    expect(customized.upToDate).toBe(true);
    expect(customized.directories[0].customized).toEqual(['src/client.ts']);
    manifest.files['src/client.ts'] = createHash('sha256').update('// edited\n').digest('hex');
    writeFileSync(path.join(result.output, '.sdkgen/manifest.json'), JSON.stringify(manifest));
    const stale = await check({ cwd });
    expect(stale.upToDate).toBe(false);
    expect(stale.directories[0].files).toContainEqual(
      expect.objectContaining({ path: 'src/client.ts', status: 'changed' }),
    );
  });
});

describe('loadIr() and diff()', () => {
  it('loadIr returns the IR as plain data', async () => {
    const cwd = project();
    const { api, diagnostics } = await loadIr({ spec: 'spec/openapi.yaml', cwd });
    expect(api.clientName).toBe('Zoo');
    expect(api.resources.map((r) => r.property)).toEqual(['pets']);
    expect(JSON.parse(JSON.stringify(api))).toEqual(api);
    expect(diagnostics).toEqual([]);
  });

  it('diff classifies a removed method as breaking', async () => {
    const cwd = project({
      'new.yaml': SPEC.replace("'pet.yaml'", "'spec/pet.yaml'").replace('/pets/{petId}', '/animals/{petId}'),
    });
    const result = await diff({ old: path.join(cwd, 'spec/openapi.yaml'), new: path.join(cwd, 'new.yaml'), cwd });
    expect(result.summary.breaking).toBeGreaterThan(0);
  });
});
