/**
 * `sdkgen generate --watch`, driven as a user drives it: edit the spec, then a file it `$ref`s, then the config and
 * the template overlay,
 * and see the output follow; break the spec and see the error while the last good output stays. Each step waits
 * for its effect with a generous deadline (the machine may be loaded), never for a fixed time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths';
import { buildSdkgen } from './helpers/build';
import { tempDir } from './helpers/sdk';
import { PET_SCHEMA, splitPetSpec } from './helpers/pet-spec';

const SPEC = splitPetSpec('Watched API', 'schemas/pet.yaml');
const PET = PET_SCHEMA;

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

async function until(what: string, condition: () => boolean, log: () => string, deadlineMs = 90_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; output so far:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('sdkgen generate --watch', () => {
  let child: ChildProcess | null = null;
  let stderr = '';
  let stdout = '';
  let dir: string;

  beforeAll(() => {
    buildSdkgen();
    dir = tempDir('watch');
    mkdirSync(path.join(dir, 'schemas'));
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(dir, 'schemas/pet.yaml'), PET);
    mkdirSync(path.join(dir, 'overlay'));
  });
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('regenerates on changes to the spec, a $ref’d file, the config and the overlay; keeps the last good output on an error', async () => {
    child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin/sdkgen.js'), 'generate', 'openapi.yaml', '-o', 'out', '--templates', 'overlay', '--watch'],
      { cwd: dir },
    );
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const log = () => `stdout:\n${stdout}\nstderr:\n${stderr}`;
    const runs = () => (stdout.match(/^Generated /gm) ?? []).length;
    const client = path.join(dir, 'out/src/client.ts');
    const petTypes = path.join(dir, 'out/src/resources/pets.ts');

    await until(
      'the first generation and the watch to start',
      () => runs() === 1 && /watching the spec/.test(stderr),
      log,
    );
    expect(read(petTypes)).toContain('retrieve(petId: string');
    expect(read(petTypes)).not.toContain('age');

    // The spec: a new operation.
    writeFileSync(
      path.join(dir, 'openapi.yaml'),
      `${SPEC}  /owners:\n    get:\n      operationId: listOwners\n` +
        "      responses: { '200': { description: ok, content: { application/json: { schema: { type: array, items: { type: string } } } } } }\n",
    );
    // The files are written before the run's report is printed: wait for both.
    await until(
      'the spec change to reach the output and the report',
      () => read(client).includes('owners') && stderr.includes('changed: openapi.yaml'),
      log,
    );

    // A file the spec $refs: a new property.
    writeFileSync(
      path.join(dir, 'schemas/pet.yaml'),
      PET.replace('name: { type: string }', 'name: { type: string }, age: { type: integer }'),
    );
    await until('the $ref’d file change to reach the output', () => read(petTypes).includes('age?: number'), log);

    // A config file created beside the spec is picked up too.
    const before = runs();
    writeFileSync(path.join(dir, 'sdkgen.config.yaml'), 'client:\n  name: Renamed\n');
    await until('the new config to be used', () => runs() > before && read(client).includes('class Renamed'), log);

    // The template overlay: a new template, in a new folder of it, becomes a new file of the SDK.
    mkdirSync(path.join(dir, 'overlay/docs'));
    writeFileSync(path.join(dir, 'overlay/docs/NOTES.md.hbs'), 'Notes from the overlay\n');
    await until(
      'the overlay change to reach the output',
      () => read(path.join(dir, 'out/docs/NOTES.md')).includes('Notes from the overlay'),
      log,
    );

    // A broken spec: the error is printed, the output stays as it was.
    const good = read(client);
    const errorsBefore = (stderr.match(/^error:/gm) ?? []).length;
    writeFileSync(path.join(dir, 'openapi.yaml'), 'openapi: 3.1.0\ninfo: [1,\n');
    await until('the error to be reported', () => (stderr.match(/^error:/gm) ?? []).length > errorsBefore, log);
    expect(stderr).toMatch(/error: openapi\.yaml:\d+:\d+: malformed YAML/);
    expect(stderr).toContain('the output is left as it was');
    expect(read(client)).toBe(good);

    // Fixed again: generation resumes.
    const runsBefore = runs();
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
    await until('generation to resume', () => runs() > runsBefore && !read(client).includes('owners'), log);

    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
