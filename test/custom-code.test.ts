/**
 * Custom code survives regeneration, in a real git repository as users keep their SDK: edits to generated files
 * are merged with the new output (the last output, found in git history or `.sdkgen/pristine/`, is the base),
 * added files are never touched, overlapping edits get git's conflict markers and a non-zero exit, a fresh clone
 * regenerates the same way, and only --force discards edits.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { buildSdkgen } from './helpers/build';
import { git, sdkgen } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';

const pet = (extra: string) => `openapi: 3.1.0
info: { title: Zoo API, version: 1.0.0 }
servers: [{ url: https://api.example.com }]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      summary: Get a pet
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
${extra}components:
  schemas:
    Pet: { type: object, properties: { name: { type: string } }, required: [name] }
`;
const V1 = pet('');
const V2 = pet(`  /pets:
    get:
      operationId: listPets
      summary: List pets
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } }
`);

const CUSTOM_METHOD = `
  /** Hand-written: a pet's name, or null. */
  async nameOf(petId: string): Promise<string | null> {
    return (await this.retrieve(petId)).name ?? null;
  }
`;

let root = '';
let repo = '';
const sdk = () => path.join(repo, 'sdk');
const read = (file: string, base = sdk()) => readFileSync(path.join(base, file), 'utf8');
const petsModule = 'src/resources/pets.ts';

beforeAll(() => {
  buildSdkgen();
  root = tempDir('custom-code');
  repo = path.join(root, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'zoo.yaml'), V1);
  git(repo, 'init', '-q', '-b', 'main');
  expect(sdkgen(repo, 'generate', 'zoo.yaml', '-o', 'sdk', '--formatter', 'none').code).toBe(0);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'generated');
  // The user's changes: a method in a generated class, a line in the README, a file of their own.
  const pets = read(petsModule);
  const classOpen = pets.indexOf('{', pets.indexOf('export class Pets')) + 1;
  writeFileSync(path.join(sdk(), petsModule), `${pets.slice(0, classOpen)}${CUSTOM_METHOD}${pets.slice(classOpen)}`);
  writeFileSync(path.join(sdk(), 'README.md'), `${read('README.md')}\n## Our notes\n\nAsk the zoo team.\n`);
  mkdirSync(path.join(sdk(), 'src/lib'), { recursive: true });
  writeFileSync(path.join(sdk(), 'src/lib/names.ts'), 'export const zoo = 1;\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'custom code');
});

describe('regenerating an SDK that carries custom code', () => {
  it('keeps every edit across a spec change that adds an endpoint, and the result type-checks', () => {
    writeFileSync(path.join(repo, 'zoo.yaml'), V2);
    const run = sdkgen(repo, 'generate', 'zoo.yaml', '-o', 'sdk', '--formatter', 'none');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/merged +src\/resources\/pets\.ts/);
    const pets = read(petsModule);
    expect(pets).toContain('async nameOf(petId: string)');
    expect(pets).toMatch(/\blist\(options/);
    expect(pets).not.toContain('<<<<<<<');
    expect(read('README.md')).toContain('Ask the zoo team.');
    expect(read('src/lib/names.ts')).toBe('export const zoo = 1;\n');
    const { status, output } = typeCheckStrict(sdk(), ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'regenerated');
  });

  it('regenerating again changes nothing; a fresh clone regenerates to the same files', () => {
    const again = sdkgen(repo, 'generate', 'zoo.yaml', '-o', 'sdk', '--formatter', 'none');
    expect(again.code).toBe(0);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    const clone = path.join(root, 'clone');
    git(root, 'clone', '-q', repo, clone);
    const fromClone = sdkgen(clone, 'generate', 'zoo.yaml', '-o', 'sdk', '--formatter', 'none');
    expect(fromClone.code).toBe(0);
    expect(git(clone, 'status', '--porcelain')).toBe('');
    expect(read(petsModule, path.join(clone, 'sdk'))).toBe(read(petsModule));
  });

  it('customizations shows the edits, file by file, as diffs against what sdkgen wrote', () => {
    const run = sdkgen(repo, 'customizations', '-o', 'sdk');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /2 generated files carry custom edits in sdk:\n {2}edited +README\.md \(\+\d+ -0\)\n {2}edited +src\/resources\/pets\.ts \(\+5 -0\)/,
    );
    expect(run.stdout).toContain('+  async nameOf(petId: string): Promise<string | null> {');
    expect(run.stdout).toContain('+## Our notes');
    const json = JSON.parse(sdkgen(repo, 'customizations', '-o', 'sdk', '--format', 'json').stdout);
    expect(json.map((c: { path: string }) => c.path)).toEqual(['README.md', 'src/resources/pets.ts']);
  });

  it('check is green with custom edits (and names them), red once the spec changes', () => {
    const green = sdkgen(repo, 'check', '-o', 'sdk');
    expect(green.code, green.stdout + green.stderr).toBe(0);
    expect(green.stdout).toMatch(/carry custom edits, kept on regeneration: .*README\.md.*src\/resources\/pets\.ts/);
    writeFileSync(path.join(repo, 'zoo.yaml'), V2.replace('summary: Get a pet', 'summary: Fetch a pet'));
    const red = sdkgen(repo, 'check', '-o', 'sdk');
    expect(red.code).not.toBe(0);
    expect(red.stdout).toMatch(/is stale/);
    writeFileSync(path.join(repo, 'zoo.yaml'), V2);
  });

  it('an edit to lines the generator changes too is a conflict: markers, both sides kept, a non-zero exit', () => {
    const pets = read(petsModule);
    writeFileSync(path.join(sdk(), petsModule), pets.replace('List pets', 'List every pet we keep'));
    writeFileSync(path.join(repo, 'zoo.yaml'), V2.replace('summary: List pets', 'summary: List the pets'));
    const run = sdkgen(repo, 'generate', 'zoo.yaml', '-o', 'sdk', '--formatter', 'none');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/CONFLICT src\/resources\/pets\.ts/);
    const merged = read(petsModule);
    expect(merged).toMatch(
      /<<<<<<< your edits\n[^]*List every pet we keep[^]*=======\n[^]*List the pets[^]*>>>>>>> sdkgen/,
    );
    expect(merged).toContain('async nameOf(petId: string)');
    expect(read('README.md')).toContain('Ask the zoo team.');
    // Staged as git merge leaves a conflict: both modified.
    expect(git(repo, 'status', '--porcelain')).toMatch(/^UU sdk\/src\/resources\/pets\.ts$/m);
  });

  it('a conflict in a folder git ignores is not staged (it would block the next commit)', () => {
    const ignoredRepo = path.join(root, 'ignoring');
    mkdirSync(ignoredRepo);
    writeFileSync(path.join(ignoredRepo, 'zoo.yaml'), V2);
    writeFileSync(path.join(ignoredRepo, '.gitignore'), 'out/\n');
    git(ignoredRepo, 'init', '-q', '-b', 'main');
    expect(sdkgen(ignoredRepo, 'generate', 'zoo.yaml', '-o', 'out', '--formatter', 'none').code).toBe(0);
    const file = path.join(ignoredRepo, 'out', petsModule);
    writeFileSync(file, readFileSync(file, 'utf8').replace('List pets', 'List every pet we keep'));
    writeFileSync(path.join(ignoredRepo, 'zoo.yaml'), V2.replace('summary: List pets', 'summary: List the pets'));
    const run = sdkgen(ignoredRepo, 'generate', 'zoo.yaml', '-o', 'out', '--formatter', 'none');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/CONFLICT src\/resources\/pets\.ts/);
    expect(readFileSync(file, 'utf8')).toContain('<<<<<<< your edits');
    expect(git(ignoredRepo, 'status', '--porcelain')).toBe('?? .gitignore\n?? zoo.yaml\n');
  });

  it('only --force discards the edits', () => {
    const run = sdkgen(repo, 'generate', 'zoo.yaml', '-o', 'sdk', '--formatter', 'none', '--force');
    expect(run.code).toBe(0);
    expect(read(petsModule)).not.toContain('nameOf');
    expect(read(petsModule)).not.toContain('<<<<<<<');
    expect(read('README.md')).not.toContain('Ask the zoo team.');
    expect(existsSync(path.join(sdk(), 'src/lib/names.ts'))).toBe(true);
  });
});
