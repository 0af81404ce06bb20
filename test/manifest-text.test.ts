/**
 * The manifest's text (write/manifest.ts manifestText), written out without building the object: it must be what
 * `sdkgen check` takes for the run's (diff/check.ts): `JSON.stringify` of its parsed value with an indent of 2, and an
 * inputs key that is the key of that value. Paths are chosen to catch a layout that is not JSON.stringify's: names an
 * object orders first (array indices), escapes, characters beyond ASCII, a path given twice. Also the counts of the
 * run's summary, grouped by thousands without the locale's data.
 */
import { describe, expect, it } from 'vitest';
import { reusedCount, verifiedCount } from '../generator/write/inputs-unchanged';
import { inputsKey, inputsKeyOfWritten } from '../generator/write/inputs-key';
import { manifestText, unitEntry, type Manifest } from '../generator/write/manifest';

const PATHS = [
  'src/index.ts',
  '10',
  '2',
  '0',
  '017',
  'a"quote\\.md',
  'back\\slash.md',
  'docs/é/ü.md',
  '4294967295',
  'src/b.ts',
  'x\ny',
  'lone\ud800.md',
  'pair\ud83d\ude00.md',
  'tab\t\u001f.md',
];

function files() {
  return PATHS.map((file, i) => ({
    path: file,
    contents: `contents of ${file}`,
    // Half of them rendered (their entry computed), half reused with the entry of the last run.
    ...(i % 2 === 0
      ? { rendered: `fingerprint ${i}` }
      : { reused: { sha256: `${i}`.repeat(64), renderedEntry: i === 1 ? 'e"\\1' : `e${i}` } }),
    unit: { id: i < 4 ? String(i % 3) : `unit:${file.slice(0, 3)}`, key: `key ${i < 4 ? 0 : i}` },
  }));
}

const inputs = { spec: '../openapi.yml', config: null };

describe('the manifest text', () => {
  it('is JSON.stringify of its value, with the inputs key of that value', () => {
    const text = manifestText(files(), inputs, undefined, 'fmt@1', {
      digest: 'd'.repeat(64),
      sources: ['../openapi.yml'],
      stamps: new Map(),
    });
    const manifest = JSON.parse(text) as Manifest;
    expect(text).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    expect(manifest.inputsKey).toBe(inputsKey('d'.repeat(64), manifest));
    // `check` takes it from the text as written; another text of the same value has another key.
    expect(inputsKeyOfWritten('d'.repeat(64), text, manifest.inputsKey!)).toBe(manifest.inputsKey);
    const reformatted = `${JSON.stringify(manifest, null, 4)}\n`;
    expect(inputsKeyOfWritten('d'.repeat(64), reformatted, manifest.inputsKey!)).not.toBe(manifest.inputsKey);
    expect(Object.keys(manifest.files)).toHaveLength(PATHS.length);
    expect(Object.keys(manifest.rendered ?? {})).toHaveLength(PATHS.length);
    // Units 0 and 1 hold files of one key each; 2 (paths 2 and 017) too; the rest one file each.
    expect(Object.keys(manifest.units ?? {}).slice(0, 3)).toEqual(['0', '1', '2']);
  });

  it('keeps a path given twice once, with its last hash, as an object would', () => {
    const twice = [
      { path: 'a.ts', contents: 'first' },
      { path: 'b.ts', contents: 'b' },
      { path: 'a.ts', contents: 'second' },
    ];
    const text = manifestText(twice);
    const manifest = JSON.parse(text) as Manifest;
    expect(text).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    expect(manifest.files['a.ts']).toBe(
      manifestText([{ path: 'a.ts', contents: 'second' }]).match(/"a\.ts": "(\w+)"/)?.[1],
    );
  });

  it("records a unit taken whole with the entry it was taken under, and computes a partly taken one's", () => {
    const hashes = ['a'.repeat(64), 'b'.repeat(64)];
    const taken = { key: 'k', entry: 'the entry it was taken under', files: 2 };
    const unitFiles = (key = 'k') =>
      ['u/a.ts', 'u/b.ts'].map((file, i) => ({
        path: file,
        contents: '',
        reused: { sha256: hashes[i], unit: taken },
        unit: { id: 'u', key },
      }));
    const unitOf = (files: ReturnType<typeof unitFiles>) =>
      (JSON.parse(manifestText(files, null, undefined, 'fmt@1')) as Manifest).units?.u;
    expect(unitOf(unitFiles())).toBe('the entry it was taken under');
    // One of its files left out (a protected path), or another key: the entry of what is there.
    expect(unitOf(unitFiles().slice(1))).toBe(unitEntry('k', ['u/b.ts'], [hashes[1]]));
    expect(unitOf(unitFiles('other'))).toBe(unitEntry('other', ['u/a.ts', 'u/b.ts'], hashes));
  });

  it('without a format key or files: no maps but `files`, which is empty', () => {
    const text = manifestText([], null);
    expect(text).toBe(`${JSON.stringify({ generator: 'sdkgen', files: {} }, null, 2)}\n`);
  });
});

describe('the counts in the summary', () => {
  it('are grouped by thousands, as `toLocaleString("en-US")` writes them', () => {
    for (const count of [0, 7, 999, 1_000, 4_512, 65_536, 1_234_567, 10_000_000])
      expect(reusedCount(count, 4_526)).toBe(
        `${count.toLocaleString('en-US')} of ${(4_526).toLocaleString('en-US')} files reused`,
      );
    expect(verifiedCount(12_345)).toBe('inputs unchanged: 12,345 files verified');
  });
});
