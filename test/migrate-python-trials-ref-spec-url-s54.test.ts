/**
 * The Python trial's check 9 at the ref (bench/migrate-trials/lib/ref-spec-url.mjs): Stainless's `scripts/mock` reads
 * the spec from `.stats.yml`'s `openapi_spec_url` and stops before any test where a release names none
 * (openlayer-python); the ref's work tree then gets the trial's copy, so its tests run to compare with.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { giveRefTheSpec } from '../bench/migrate-trials/lib/ref-spec-url.mjs';

const MOCK = `URL="$(grep 'openapi_spec_url' .stats.yml | cut -d' ' -f2)"\nif [ -z "$URL" ]; then exit 1; fi\n`;

function tree(stats: string, mock = MOCK): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ref-spec-url-'));
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.writeFileSync(path.join(dir, 'scripts/mock'), mock);
  fs.writeFileSync(path.join(dir, '.stats.yml'), stats);
  return dir;
}

describe("the ref's .stats.yml without a spec", () => {
  it('gets the trial’s copy where the scripts read it from there, and says so', () => {
    const dir = tree('configured_endpoints: 31\nopenapi_spec_hash: a574\n');
    expect(giveRefTheSpec(dir, '/runs/spec.yml')).toMatch(/names no spec/);
    expect(fs.readFileSync(path.join(dir, '.stats.yml'), 'utf8')).toBe(
      'configured_endpoints: 31\nopenapi_spec_hash: a574\nopenapi_spec_url: /runs/spec.yml\n',
    );
  });

  it('is left as it is where it names one, or the scripts do not read it', () => {
    const named = 'configured_endpoints: 3\nopenapi_spec_url: https://storage.example/spec.yml\n';
    const dir = tree(named);
    expect(giveRefTheSpec(dir, '/runs/spec.yml')).toBeNull();
    expect(fs.readFileSync(path.join(dir, '.stats.yml'), 'utf8')).toBe(named);
    expect(giveRefTheSpec(tree('configured_endpoints: 3\n', 'prism mock openapi.yml\n'), '/runs/spec.yml')).toBeNull();
  });
});
