/**
 * `.sdkgen/pristine/<file>` holds sdkgen's own output of a file whose text on disk is another (the person's edits,
 * merged, or with conflict markers): the base of the file's next merge. A copy no such file needs goes with the run
 * that makes it useless (a `--force` that overwrites the edits, edits undone, a file the spec drops), so that it can
 * never be the base of a later, wrong merge, nor be committed for nothing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSdkgen } from './helpers/build';
import { git, sdkgen } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';

const operation = (route: string, id: string, summary: string) => `  ${route}:
    get:
      operationId: ${id}
      summary: ${summary}
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { type: string } } } } }
`;
const spec = (...operations: string[]) => `openapi: 3.1.0
info: { title: Zoo API, version: 1.0.0 }
servers: [{ url: https://api.example.com }]
paths:
${operations.join('')}`;

const PETS = 'src/resources/pets.ts';
const PRISTINE = '.sdkgen/pristine';

/** The files under the output's `.sdkgen/pristine/`, relative to it (none: the folder is gone). */
function pristineCopies(sdk: string): string[] {
  const root = path.join(sdk, PRISTINE);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A git repository with the spec `text` as zoo.yaml and the SDK generated from it in sdk/, committed. */
function generated(
  prefix: string,
  text: string,
): { dir: string; sdk: string; regenerate: (...flags: string[]) => string } {
  const dir = tempDir(prefix);
  const sdk = path.join(dir, 'sdk');
  const regenerate = (...flags: string[]) => {
    const run = sdkgen(dir, 'generate', 'zoo.yaml', '-o', 'sdk', '--formatter', 'none', ...flags);
    expect([0, 1], run.stdout + run.stderr).toContain(run.code);
    return run.stdout;
  };
  writeFileSync(path.join(dir, 'zoo.yaml'), text);
  git(dir, 'init', '-q', '-b', 'main');
  expect(regenerate()).toMatch(/Generated Zoo SDK/);
  // Committed before anyone edits it, as users keep their SDK: git history has the base of the first merge.
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'generated');
  return { dir, sdk, regenerate };
}

/** The person's line at the top of a generated module: far from what a new operation changes. */
const OWNERS_LINE = '// Ask the zoo team before changing this module.\n';

function edit(sdk: string, file: string, from: string, to: string): void {
  const full = path.join(sdk, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
}

beforeAll(() => {
  buildSdkgen();
});

describe('pristine copies', () => {
  it('a --force generation after a conflict leaves no pristine copy behind', () => {
    const { dir, sdk, regenerate } = generated('pristine-force', spec(operation('/pets', 'listPets', 'List pets')));
    edit(sdk, PETS, 'List pets', 'List every pet we keep');
    writeFileSync(path.join(dir, 'zoo.yaml'), spec(operation('/pets', 'listPets', 'List the pets')));
    expect(regenerate()).toMatch(/CONFLICT src\/resources\/pets\.ts/);
    expect(pristineCopies(sdk)).toEqual([PETS]);
    const generatedText = readFileSync(path.join(sdk, PRISTINE, PETS), 'utf8');
    expect(generatedText).toContain('List the pets');

    regenerate('--force');
    expect(readFileSync(path.join(sdk, PETS), 'utf8')).toBe(generatedText);
    expect(pristineCopies(sdk)).toEqual([]);
    expect(existsSync(path.join(sdk, PRISTINE))).toBe(false);
    expect(existsSync(path.join(sdk, '.sdkgen/manifest.json'))).toBe(true);
  });

  it('a merged file keeps its copy while it holds the edits, and loses it once they are undone', () => {
    const pets = operation('/pets', 'listPets', 'List pets');
    const { dir, sdk, regenerate } = generated('pristine-merged', spec(pets));
    edit(sdk, PETS, '// File generated', `${OWNERS_LINE}// File generated`);
    const count = operation('/pets/count', 'countPets', 'Count pets');
    writeFileSync(path.join(dir, 'zoo.yaml'), spec(pets, count));
    expect(regenerate()).toMatch(/merged +src\/resources\/pets\.ts/);
    expect(pristineCopies(sdk)).toEqual([PETS]);
    const base = readFileSync(path.join(sdk, PRISTINE, PETS), 'utf8');

    // Nothing new to merge: the copy stays the base of the next merge, as it was.
    regenerate();
    expect(pristineCopies(sdk)).toEqual([PETS]);
    expect(readFileSync(path.join(sdk, PRISTINE, PETS), 'utf8')).toBe(base);
    expect(readFileSync(path.join(sdk, PETS), 'utf8')).toContain(OWNERS_LINE);

    // The edits undone: the file is sdkgen's output again, and needs no base (the next run that writes says so).
    writeFileSync(path.join(sdk, PETS), base);
    writeFileSync(path.join(dir, 'zoo.yaml'), `${spec(pets, count)}${operation('/toys', 'listToys', 'List toys')}`);
    expect(regenerate()).not.toMatch(/merged|kept|CONFLICT/);
    expect(pristineCopies(sdk)).toEqual([]);
  });

  it("the copy of a merged file the spec drops goes, whether the file goes or stays the person's", () => {
    const pets = operation('/pets', 'listPets', 'List pets');
    const toys = operation('/toys', 'listToys', 'List toys');
    const { dir, sdk, regenerate } = generated('pristine-dropped', spec(pets, toys));
    const TOYS = 'src/resources/toys.ts';
    edit(sdk, PETS, '// File generated', `${OWNERS_LINE}// File generated`);
    edit(sdk, TOYS, '// File generated', `${OWNERS_LINE}// File generated`);
    writeFileSync(
      path.join(dir, 'zoo.yaml'),
      spec(
        pets,
        toys,
        operation('/pets/count', 'countPets', 'Count pets'),
        operation('/toys/count', 'countToys', 'Count toys'),
      ),
    );
    expect(regenerate()).toMatch(/merged +src\/resources\/toys\.ts/);
    expect(pristineCopies(sdk)).toEqual([PETS, TOYS]);

    // The toys are gone from the spec: their module, edited, is left to the person, and needs no base.
    writeFileSync(path.join(dir, 'zoo.yaml'), spec(pets, operation('/pets/count', 'countPets', 'Count pets')));
    regenerate();
    expect(readFileSync(path.join(sdk, TOYS), 'utf8')).toContain(OWNERS_LINE);
    expect(pristineCopies(sdk)).toEqual([PETS]);
  });
});
