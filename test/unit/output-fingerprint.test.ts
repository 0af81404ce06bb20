/**
 * The comparison behind `npm run fingerprint` (scripts/output-fingerprint.mjs): two output trees that differ in one
 * byte, a file, the diagnostics or the error are reported as differing; identical trees are not. The manifest's
 * `inputs` (paths of the run) are the one thing left out.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFingerprints, describeDifferences, hashTree, targets } from '../../scripts/output-fingerprint.mjs';
import { TMP } from '../helpers/paths';

const tmp = path.join(TMP, `output-fingerprint-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let trees = 0;
/** A fresh tree holding `files` (path → contents). */
function tree(files: Record<string, string>): string {
  const dir = path.join(tmp, `tree-${trees++}`);
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), contents);
  }
  return dir;
}

const SDK = {
  'src/client.ts': 'export class Client {}\n',
  'src/resources/pets.ts': 'export class Pets {}\n',
  'README.md': '# Client\n',
};

interface Output {
  files: Record<string, string>;
  diagnostics: unknown[];
  notices?: string[];
  error: unknown;
}
const fingerprint = (outputs: Record<string, Output>) => ({ outputs });
const output = (dir: string, extra: Partial<Output> = {}): Output => ({
  files: hashTree(dir),
  diagnostics: [],
  error: null,
  ...extra,
});

describe('output fingerprints', () => {
  it('identical trees are identical', () => {
    const a = fingerprint({ 'fixture/pets': output(tree(SDK)) });
    const b = fingerprint({ 'fixture/pets': output(tree(SDK)) });
    expect(Object.keys(a.outputs['fixture/pets'].files)).toEqual([
      'README.md',
      'src/client.ts',
      'src/resources/pets.ts',
    ]);
    expect(compareFingerprints(a, b)).toEqual([]);
  });

  it('a one-byte difference is reported, naming the file', () => {
    const a = fingerprint({ 'fixture/pets': output(tree(SDK)) });
    const b = fingerprint({
      'fixture/pets': output(tree({ ...SDK, 'src/resources/pets.ts': 'export class Pets {}\r' })),
    });
    const differences = compareFingerprints(a, b);
    expect(differences).toEqual([
      {
        name: 'fixture/pets',
        changed: ['src/resources/pets.ts'],
        onlyBase: [],
        onlyHead: [],
        diagnostics: false,
        error: false,
      },
    ]);
    expect(describeDifferences(differences)).toBe('  fixture/pets:\n    files that differ (1): src/resources/pets.ts');
  });

  it('a file on one side only, and an output on one side only, are reported', () => {
    const { 'README.md': _readme, ...withoutReadme } = SDK;
    const a = fingerprint({ 'fixture/pets': output(tree(SDK)), 'fixture/gone': output(tree(SDK)) });
    const b = fingerprint({ 'fixture/pets': output(tree({ ...withoutReadme, 'src/index.ts': '' })) });
    expect(compareFingerprints(a, b)).toEqual([
      { name: 'fixture/gone', only: 'base', changed: [], onlyBase: [], onlyHead: [] },
      {
        name: 'fixture/pets',
        changed: [],
        onlyBase: ['README.md'],
        onlyHead: ['src/index.ts'],
        diagnostics: false,
        error: false,
      },
    ]);
  });

  it('different diagnostics, notices or errors are reported with the same files', () => {
    const dir = tree(SDK);
    const warning = { severity: 'warning', code: 'unused', file: '<fixtures>/pets.yaml', pointer: '#/x', message: 'm' };
    const base = fingerprint({ a: output(dir), b: output(dir), c: output(dir) });
    const head = fingerprint({
      a: output(dir, { diagnostics: [warning] }),
      b: output(dir, { notices: ['sdkgen generate: oxfmt cannot run here; formatting with Prettier'] }),
      c: output(dir, { error: { code: 'crash', message: 'exit 1' } }),
    });
    expect(compareFingerprints(base, head).map((d) => [d.name, d.diagnostics, d.error])).toEqual([
      ['a', true, false],
      ['b', true, false],
      ['c', false, true],
    ]);
  });

  it("the manifest's inputs (paths of the run) are left out, its file hashes are not", () => {
    const manifest = (spec: string, hash: string) =>
      JSON.stringify({ generator: 'sdkgen', inputs: { spec, config: null }, files: { 'src/client.ts': hash } });
    const a = hashTree(tree({ '.sdkgen/manifest.json': manifest('../../a/pets.yaml', 'abc') }));
    const b = hashTree(tree({ '.sdkgen/manifest.json': manifest('../../b/pets.yaml', 'abc') }));
    const c = hashTree(tree({ '.sdkgen/manifest.json': manifest('../../a/pets.yaml', 'abd') }));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('lists the flagship, every fixture, the Stainless projects and the corpus specs of a checkout', () => {
    const repo = tree({
      'specs/smithery.openapi.yml': '',
      'test/fixtures/pets.yaml': '',
      'test/fixtures/split/openapi.yaml': '',
      'test/fixtures/split/components.yaml': '',
      'test/fixtures/notes.txt': '',
    });
    const shared = tree({
      'stainless-compat/acme/openapi.yml': '',
      'stainless-compat/acme/stainless.yml': '',
      'stainless-compat/acme/expected/api.md': '',
      'stainless-compat/samples/nuntly.openapi.yml': '',
      'corpus/public/manifest.json': '',
      'corpus/public/stripe.json': '',
      'corpus/edge-cases/empty.yaml': '',
    });
    expect(targets({ repo, sharedDir: shared }).map((t) => [t.name, t.args])).toEqual([
      ['flagship', ['--config', path.join(repo, 'specs/smithery.sdkgen.yaml')]],
      ['fixture/pets', ['--no-config']],
      ['fixture/split', ['--no-config']],
      ['stainless/acme', ['--config', path.join(shared, 'stainless-compat/acme/stainless.yml'), '--formatter', 'none']],
      ['corpus/public/stripe.json', []],
      ['corpus/edge-cases/empty.yaml', []],
    ]);
  });
});
