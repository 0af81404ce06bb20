/**
 * Regenerating a Python SDK reuses what the last run formatted: the manifest records each .py file's printed text
 * (its fingerprint), and a file printed the same, under the same Ruff, is taken from the output as it is, neither
 * formatted nor written again. What the run writes must be what a fresh generation writes, byte for byte. With the
 * same inputs (spec, config, options, templates/python, sdkgen), nothing is generated at all: the inputs key answers.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, generateUnlessUpToDate, type GenerateResult } from '../../generator/api';
import { listFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'petstore.yaml');
const MANIFEST = '.sdkgen/manifest.json';

const root = tempDir('regenerate-python');
const spec = path.join(root, 'petstore.yaml');
const regenerated = path.join(root, 'regenerated');
const fresh = path.join(root, 'fresh');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (output: string) =>
  generate({ spec, output, config: false, target: 'python', pythonPackage: 'pet_shop', cwd: root });

describe('regenerating a Python SDK', () => {
  let first: GenerateResult;
  let second: GenerateResult;

  beforeAll(async () => {
    copyFileSync(FIXTURE, spec);
    first = await run(regenerated);
    // One schema gains a property: its model, the params and tests that show it change; the rest does not.
    const text = readFileSync(spec, 'utf8');
    const grown = text.replace(/^( {8}name: \{ type: string \}\n)/m, '$1        nickname: { type: string }\n');
    expect(grown).not.toBe(text);
    writeFileSync(spec, grown);
    second = await run(regenerated);
    await run(fresh);
  });

  it('records the printed text of every formatted file in the manifest (none of those printed in its layout)', () => {
    const manifest = JSON.parse(readFileSync(path.join(regenerated, MANIFEST), 'utf8')) as {
      rendered?: Record<string, string>;
    };
    const rendered = Object.keys(manifest.rendered ?? {});
    for (const file of rendered) expect(file).toMatch(/\.py$/);
    // Printed in Ruff's layout, the client is written as printed: no formatting, so no printed text to record.
    expect(rendered).not.toContain('src/pet_shop/_client.py');
    expect(first.files.reused).toEqual([]);
  });

  it('takes the files printed as before from the output, and formats and writes the others', () => {
    expect(second.files.reused).toContain('src/pet_shop/_client.py');
    expect(second.files.reused).toContain('src/pet_shop/_version.py');
    expect(second.files.changed.length).toBeGreaterThan(0);
    for (const file of second.files.changed) expect(second.files.reused).not.toContain(file);
  });

  it('is up to date by its inputs key when nothing changed, without generating', async () => {
    const again = await generateUnlessUpToDate({
      spec,
      output: regenerated,
      config: false,
      target: 'python',
      pythonPackage: 'pet_shop',
      cwd: root,
    });
    expect('verified' in again ? again.verified : null).toBe(
      listFiles(regenerated, /./).filter((f) => f !== MANIFEST).length,
    );
  });

  it('writes what a fresh generation writes, byte for byte', () => {
    const files = listFiles(fresh, /./).filter((f) => f !== MANIFEST);
    expect(listFiles(regenerated, /./).filter((f) => f !== MANIFEST)).toEqual(files);
    const differing = files.filter(
      (f) => readFileSync(path.join(fresh, f), 'utf8') !== readFileSync(path.join(regenerated, f), 'utf8'),
    );
    expect(differing).toEqual([]);
  });
});

describe('regenerating a Python SDK none of whose files went through Ruff', () => {
  const dir = path.join(root, 'all-in-layout');
  const tinySpec = path.join(root, 'tiny.yaml');
  const tiny = (summary: string) => `openapi: 3.0.3
info: { title: Tiny, version: 1.0.0 }
servers: [{ url: https://api.example.com }]
paths:
  /things:
    get:
      operationId: listThings
      summary: ${summary}
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } }
`;
  const runTiny = () =>
    generate({ spec: tinySpec, output: dir, config: false, target: 'python', pythonPackage: 'tiny', cwd: root });

  it('takes the unchanged files from the output (a manifest without printed texts is still a previous output)', async () => {
    writeFileSync(tinySpec, tiny('List things'));
    await runTiny();
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as { rendered?: object };
    expect(Object.keys(manifest.rendered ?? {})).toEqual([]);
    writeFileSync(tinySpec, tiny('List the things'));
    const again = await runTiny();
    expect(again.files.changed.length).toBeGreaterThan(0);
    expect(again.files.reused).toContain('src/tiny/_client.py');
    expect(again.files.reused).toContain('src/tiny/_base_client.py');
  });
});
