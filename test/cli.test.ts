/**
 * The CLI as users run it: exit codes, messages that name the file and pointer, and an output directory
 * that is never left half-written or stripped of files sdkgen did not write.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSdkgen } from './helpers/build';
import { tempDir } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';
import { petSpec } from './helpers/pet-spec';

function sdkgen(...args: string[]) {
  return runSdkgen(args);
}

const MINI = petSpec('Mini API');

let dir: string;
beforeAll(() => {
  buildSdkgen();
  dir = tempDir('cli');
  writeFileSync(path.join(dir, 'mini.yaml'), MINI);
});

describe('sdkgen CLI', () => {
  it.each([
    [[], 2, /Usage: sdkgen <command>/],
    [['--help'], 0, /Commands:/],
    [['generate', '--help'], 0, /--output/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
    [['generate'], 2, /missing <spec>/],
    [['generate', 'a.yaml', '--bogus'], 2, /bogus/],
    [['generate', 'a.yaml', '--diagnostics', 'xml'], 2, /--diagnostics must be text or json/],
    [['generate', 'a.yaml', '--formatter', 'black'], 2, /--formatter must be oxfmt, prettier or none, got "black"/],
  ])('sdkgen %j exits %i', (args, code, pattern) => {
    const result = sdkgen(...args);
    expect(result.code).toBe(code);
    expect(`${result.stdout}${result.stderr}`).toMatch(pattern);
  });

  it('names the missing file and exits 1', () => {
    const result = sdkgen('generate', 'does-not-exist.yaml', '-o', path.join(dir, 'out-missing'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does-not-exist.yaml');
    expect(result.stderr).toContain('file not found');
    expect(existsSync(path.join(dir, 'out-missing'))).toBe(false);
  });

  it('reports malformed YAML with line and column', () => {
    writeFileSync(path.join(dir, 'bad.yaml'), 'openapi: 3.1.0\ninfo: [1,\n  title: x\n');
    const result = sdkgen('generate', path.join(dir, 'bad.yaml'), '-o', path.join(dir, 'out-bad'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.yaml:\d+:\d+: malformed YAML/);
  });

  it('reports a dangling $ref with the JSON pointer of the $ref', () => {
    writeFileSync(
      path.join(dir, 'dangling.yaml'),
      MINI.replace("'#/components/schemas/Pet'", "'#/components/schemas/Nope'"),
    );
    const result = sdkgen('generate', path.join(dir, 'dangling.yaml'), '-o', path.join(dir, 'out-dangling'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('#/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref');
    expect(result.stderr).toContain('#/components/schemas/Nope');
  });

  it('generates, then regenerates without touching files it did not write', () => {
    const out = path.join(dir, 'out');
    const first = sdkgen('generate', path.join(dir, 'mini.yaml'), '-o', out);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Generated Mini SDK in .*: 1 resources, 1 methods, 1 types/);
    expect(readFileSync(path.join(out, 'src/resources/pets.ts'), 'utf8')).toContain('retrieve(petId: string');

    // A user's own files survive regeneration; a stale generated file is removed.
    mkdirSync(path.join(out, 'src/lib'), { recursive: true });
    writeFileSync(path.join(out, 'src/lib/custom.ts'), 'export const mine = 1;\n');
    writeFileSync(path.join(out, 'NOTES.md'), 'mine\n');
    const manifest = JSON.parse(readFileSync(path.join(out, '.sdkgen/manifest.json'), 'utf8'));
    writeFileSync(path.join(out, 'src/stale.ts'), 'export {};\n');
    // As sdkgen wrote it (its hash in the manifest): an edited one would be kept.
    manifest.files['src/stale.ts'] = createHash('sha256').update('export {};\n').digest('hex');
    writeFileSync(path.join(out, '.sdkgen/manifest.json'), JSON.stringify(manifest));

    const second = sdkgen('generate', path.join(dir, 'mini.yaml'), '-o', out);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ 0 files written, \d+ unchanged, 1 deleted/);
    expect(readFileSync(path.join(out, 'src/lib/custom.ts'), 'utf8')).toBe('export const mine = 1;\n');
    expect(readFileSync(path.join(out, 'NOTES.md'), 'utf8')).toBe('mine\n');
    expect(existsSync(path.join(out, 'src/stale.ts'))).toBe(false);
  });

  it('formats with oxfmt by default, Prettier or nothing on request; check regenerates with the recorded --formatter', () => {
    const outputs = Object.fromEntries(
      ['default', 'prettier', 'none'].map((formatter) => {
        const out = path.join(dir, `out-formatter-${formatter}`);
        const result = sdkgen(
          'generate',
          path.join(dir, 'mini.yaml'),
          '-o',
          out,
          ...(formatter === 'default' ? [] : ['--formatter', formatter]),
        );
        expect(result.code, result.stderr).toBe(0);
        expect(result.stderr).toBe('');
        return [formatter, { out, client: readFileSync(path.join(out, 'src/resources/pets.ts'), 'utf8') }];
      }),
    );
    expect(outputs.default.client).toBe(outputs.prettier.client);
    expect(outputs.none.client).not.toBe(outputs.prettier.client);
    const inputs = (out: string) => JSON.parse(readFileSync(path.join(out, '.sdkgen/manifest.json'), 'utf8')).inputs;
    expect(inputs(outputs.default.out).formatter).toBeUndefined();
    expect(inputs(outputs.none.out).formatter).toBe('none');
    const check = sdkgen('check', '-o', outputs.none.out);
    expect(check.code, check.stdout).toBe(0);
  });

  it('regenerates without a spec from what the manifest records, in the working directory or -o', () => {
    const spec = path.join(dir, 'recorded.yaml');
    writeFileSync(spec, MINI);
    const out = path.join(dir, 'out-recorded');
    expect(sdkgen('generate', spec, '-o', out, '--formatter', 'none', '--no-funcs').code).toBe(0);
    writeFileSync(spec, MINI.replace('name: { type: string }', 'name: { type: string }, age: { type: integer }'));
    const again = runSdkgen(['generate'], { cwd: out });
    expect(again.code, again.stderr).toBe(0);
    const pets = readFileSync(path.join(out, 'src/resources/pets.ts'), 'utf8');
    expect(pets).toContain('age?: number');
    // The recorded options stay: unformatted, no standalone functions.
    expect(existsSync(path.join(out, 'src/funcs'))).toBe(false);
    expect(sdkgen('check', '-o', out).code).toBe(0);
    expect(sdkgen('generate', '-o', out, '--dry-run').code).toBe(0);
    const none = sdkgen('generate', '-o', path.join(dir, 'no-such-sdk'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/missing <spec>.*has no \.sdkgen\/manifest\.json/);
  });

  it('refuses to overwrite a file it did not write, unless --force', () => {
    const out = path.join(dir, 'out-foreign');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'package.json'), '{"name":"mine"}\n');
    const refused = sdkgen('generate', path.join(dir, 'mini.yaml'), '-o', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('package.json');
    expect(readFileSync(path.join(out, 'package.json'), 'utf8')).toBe('{"name":"mine"}\n');
    expect(readdirSync(out)).toEqual(['package.json']);
    const forced = sdkgen('generate', path.join(dir, 'mini.yaml'), '-o', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(out, 'package.json'), 'utf8')).toContain('"name": "mini-api-sdk"');
  });

  it('leaves the output directory untouched when the spec is bad', () => {
    const out = path.join(dir, 'out-keep');
    expect(sdkgen('generate', path.join(dir, 'mini.yaml'), '-o', out).code).toBe(0);
    const before = readFileSync(path.join(out, 'src/client.ts'), 'utf8');
    writeFileSync(path.join(dir, 'broken.yaml'), MINI.replace('/pets/{petId}', '/pets/{id}'));
    const result = sdkgen('generate', path.join(dir, 'broken.yaml'), '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /uses \{id\} but the operation declares no path parameter "id"|does not appear in the path/,
    );
    expect(readFileSync(path.join(out, 'src/client.ts'), 'utf8')).toBe(before);
  });

  it('fails on warnings with --strict and writes nothing', () => {
    writeFileSync(
      path.join(dir, 'warn.yaml'),
      MINI.replace('operationId: getPet', 'operationId: getPet\n      x-stainless-frobnicate: true'),
    );
    const out = path.join(dir, 'out-strict');
    const result = sdkgen('generate', path.join(dir, 'warn.yaml'), '-o', out, '--strict');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('x-stainless-frobnicate');
    expect(existsSync(out)).toBe(false);
    const json = sdkgen('generate', path.join(dir, 'warn.yaml'), '-o', out, '--diagnostics', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stderr)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unknown-stainless-hint',
        pointer: '#/paths/~1pets~1{petId}/get/x-stainless-frobnicate',
      }),
    ]);
  });
});
