/**
 * The shared material beside the checkout (../shared: corpus, specs, Stainless projects) is resolved by one helper,
 * `sharedPath` (test/helpers/paths.ts), which throws where it is missing: a test reading its cases from a missing
 * folder found none and passed having checked nothing.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED, sharedIn, sharedPath } from './helpers/paths';
import { tempDir } from './helpers/sdk';

describe('sharedPath: the shared folder beside the checkout', () => {
  it('throws, naming the folder expected and how to provide it, when there is none', () => {
    const checkout = path.join(tempDir('shared-material'), 'checkout');
    mkdirSync(checkout, { recursive: true });
    const absent = path.join(path.dirname(checkout), 'shared');
    expect(() => sharedIn(absent, 'corpus')).toThrow(`no shared folder at ${absent}`);
    expect(() => sharedIn(absent, 'corpus')).toThrow(`ln -s /work/shared ${absent}`);
  });

  it('throws, naming what it lacks, when the folder is there without the material asked for', () => {
    expect(() => sharedPath('stainless-compat', 'no-such-project')).toThrow(
      `${SHARED} has no ${path.join('stainless-compat', 'no-such-project')}`,
    );
  });

  it('returns the path of material that is there', () => {
    expect(sharedPath('stainless-compat')).toBe(path.join(SHARED, 'stainless-compat'));
    expect(sharedPath()).toBe(SHARED);
  });

  it('is the only way the tests resolve ../shared', () => {
    const own: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== '__snapshots__' && entry.name !== '.tmp' && entry.name !== 'fixtures') visit(full);
        } else if (entry.name.endsWith('.ts') && full !== path.join(ROOT, 'test/helpers/paths.ts')) {
          // A quoted relative path to the folder (../shared, ../../shared/corpus, …), as a string or a URL's.
          if (/['"`](?:\.\.\/)+shared(?:\/|['"`])/.test(readFileSync(full, 'utf8')))
            own.push(path.relative(ROOT, full));
        }
      }
    };
    visit(path.join(ROOT, 'test'));
    expect(own).toEqual([]);
  });
});
