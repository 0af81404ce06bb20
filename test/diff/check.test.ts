/**
 * `sdkgen check`: every committed SDK under generated/ must match a fresh generation (this is how
 * `npm test` includes the check), and in a scratch directory the check must catch stale, missing and
 * leftover files, ignore files sdkgen did not write, and never write anything itself.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findGeneratedDirs } from '../../generator/diff/check';
import { ROOT } from '../helpers/paths';
import { buildSdkgen } from '../helpers/build';
import { tempDir } from '../helpers/sdk';
import { sdkgen } from '../helpers/git-repo';
import { petSpec } from '../helpers/pet-spec';

/** Every file under dir with its mtime, to prove a command wrote nothing. */
function snapshotDir(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = statSync(full).mtimeMs;
    }
  };
  walk(dir);
  return out;
}

const MINI = petSpec('Mini API');

beforeAll(() => {
  buildSdkgen();
});

describe('committed SDKs', () => {
  const dirs = findGeneratedDirs(path.join(ROOT, 'generated'));

  it('finds every SDK under generated/', () => {
    expect(dirs.map((d) => path.basename(d))).toContain('smithery');
  });

  it.each(dirs.map((d) => path.relative(ROOT, d)))('%s is up to date (sdkgen check)', (dir) => {
    const result = sdkgen(ROOT, 'check', '-o', dir, '--diff-lines', '200');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`✓ ${dir} is up to date`);
    expect(result.code).toBe(0);
  });
});

describe('sdkgen check in a scratch directory', () => {
  let dir: string;
  let out: string;
  beforeAll(() => {
    dir = tempDir('check');
    writeFileSync(path.join(dir, 'mini.yaml'), MINI);
    out = path.join(dir, 'sdk');
    const generated = sdkgen(dir, 'generate', 'mini.yaml', '-o', 'sdk', '--quiet');
    expect(generated.code).toBe(0);
  });

  it('records the inputs in the manifest, relative to the output directory', () => {
    const manifest = JSON.parse(readFileSync(path.join(out, '.sdkgen/manifest.json'), 'utf8'));
    expect(manifest.inputs).toEqual({ spec: '../mini.yaml', config: null });
  });

  it('passes right after generate, from the manifest or from explicit arguments, and from any cwd', () => {
    expect(sdkgen(dir, 'check', '-o', 'sdk').code).toBe(0);
    expect(sdkgen(dir, 'check', 'mini.yaml', '-o', 'sdk').code).toBe(0);
    const elsewhere = sdkgen(ROOT, 'check', '-o', path.relative(ROOT, out));
    expect(elsewhere.stdout).toContain('is up to date');
    expect(elsewhere.code).toBe(0);
  });

  it('ignores files sdkgen did not write', () => {
    mkdirSync(path.join(out, 'node_modules/x'), { recursive: true });
    writeFileSync(path.join(out, 'node_modules/x/index.js'), 'module.exports = 1;\n');
    mkdirSync(path.join(out, 'tests/handwritten'), { recursive: true });
    writeFileSync(path.join(out, 'tests/handwritten/mine.test.ts'), 'export {};\n');
    mkdirSync(path.join(out, 'src/lib'), { recursive: true });
    writeFileSync(path.join(out, 'src/lib/custom.ts'), 'export const mine = 1;\n');
    expect(sdkgen(dir, 'check', '-o', 'sdk').code).toBe(0);
  });

  it('fails on a stale file with a per-file summary and a unified diff, and writes nothing', () => {
    // A file an older generation wrote (the manifest has its hash), not a user's edit (which check keeps).
    const file = path.join(out, 'src/client.ts');
    const original = readFileSync(file, 'utf8');
    const older = original.replace('export class Mini', '// edited by hand\nexport class Mini');
    writeFileSync(file, older);
    const manifestPath = path.join(out, '.sdkgen/manifest.json');
    const manifest = readFileSync(manifestPath, 'utf8');
    const olderManifest = JSON.parse(manifest);
    olderManifest.files['src/client.ts'] = createHash('sha256').update(older).digest('hex');
    writeFileSync(manifestPath, `${JSON.stringify(olderManifest, null, 2)}\n`);
    const before = snapshotDir(out);
    const result = sdkgen(dir, 'check', '-o', 'sdk');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ sdk is stale: regenerating from mini.yaml gives 2 different files (2 changed)');
    expect(result.stdout).toContain('update it with: sdkgen generate mini.yaml -o sdk');
    expect(result.stdout).toMatch(/changed {2}src\/client\.ts \(\+0 -1\)/);
    expect(result.stdout).toContain('--- a/src/client.ts (committed)\n+++ b/src/client.ts (regenerated)\n@@ ');
    expect(result.stdout).toContain('\n-// edited by hand\n');
    expect(snapshotDir(out)).toEqual(before);
    writeFileSync(file, original);
    writeFileSync(manifestPath, manifest);
  });

  it('a hand edit to a generated file is a customization, not staleness', () => {
    const file = path.join(out, 'src/client.ts');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('export class Mini', '// ours\nexport class Mini'));
    const result = sdkgen(dir, 'check', '-o', 'sdk');
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('1 generated file carries custom edits, kept on regeneration: src/client.ts');
    writeFileSync(file, original);
  });

  it('reports a missing generated file as added and a leftover one as removed', () => {
    const readme = path.join(out, 'README.md');
    const text = readFileSync(readme, 'utf8');
    rmSync(readme);
    const manifestPath = path.join(out, '.sdkgen/manifest.json');
    const manifest = readFileSync(manifestPath, 'utf8');
    const withLeftover = JSON.parse(manifest);
    withLeftover.files['src/old.ts'] = 'x';
    writeFileSync(manifestPath, `${JSON.stringify(withLeftover, null, 2)}\n`);
    writeFileSync(path.join(out, 'src/old.ts'), 'export {};\n');
    const result = sdkgen(dir, 'check', '-o', 'sdk', '--diff-lines', '0');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('added    README.md (not committed; generate would write it)');
    expect(result.stdout).toContain('removed  src/old.ts (generate would delete it)');
    expect(result.stdout).toContain('changed  .sdkgen/manifest.json');
    expect(result.stdout).not.toContain('@@');
    writeFileSync(readme, text);
    writeFileSync(manifestPath, manifest);
    rmSync(path.join(out, 'src/old.ts'));
    expect(sdkgen(dir, 'check', '-o', 'sdk').code).toBe(0);
  });

  it('fails when the spec changed since generation', () => {
    writeFileSync(path.join(dir, 'mini.yaml'), MINI.replace('required: [name]', 'required: []'));
    const result = sdkgen(dir, 'check', '-o', 'sdk');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/changed {2}src\/resources\/shared\.ts|changed {2}src\/resources\/pets\.ts/);
    writeFileSync(path.join(dir, 'mini.yaml'), MINI);
  });

  it.each([
    [['check', '-o', 'nowhere'], 1, /nowhere has no sdkgen manifest/],
    [['check', '--config', 'x.yaml'], 2, /--config, --templates and --target need a <spec>/],
    [['check', 'a.yaml', 'b.yaml'], 2, /expected at most one <spec>/],
    [['check', '-o', 'sdk', '--diff-lines', 'many'], 2, /--diff-lines must be a number/],
  ])('sdkgen %j exits %i', (args, code, pattern) => {
    const result = sdkgen(dir, ...args);
    expect(result.code).toBe(code);
    expect(`${result.stdout}${result.stderr}`).toMatch(pattern);
  });
});
