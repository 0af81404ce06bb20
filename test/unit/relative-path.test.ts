/**
 * Relative paths between generated files (generator/emit/relative-path.ts): worked out from the two paths' folders,
 * they must be what `path.posix.relative` gives, for plain paths and for any other.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeFromFile, relativePath } from '../../generator/emit/relative-path';

const SEGMENTS = ['a', 'b', 'ab', 'src', '.github', '...', 'README.md', '.', '..', ''];

/** Every path of up to two of SEGMENTS, some absolute, some with a trailing slash. */
function paths(): string[] {
  const out = new Set<string>(['.', '/']);
  const walk = (prefix: string[], depth: number) => {
    if (prefix.length > 0) {
      const p = prefix.join('/');
      out.add(p);
      out.add(`/${p}`);
      out.add(`${p}/`);
    }
    if (depth === 0) return;
    for (const s of SEGMENTS) walk([...prefix, s], depth - 1);
  };
  walk([], 2);
  return [...out];
}

describe('relativePath', () => {
  it('is path.posix.relative for every pair of paths', () => {
    const all = paths();
    const wrong: string[] = [];
    for (const from of all)
      for (const to of all) {
        const want = path.posix.relative(from, to);
        if (relativePath(from, to) !== want) wrong.push(`${from} → ${to}: ${relativePath(from, to)}, not ${want}`);
      }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it.each([
    ['src/resources', 'src/resources/users', 'users'],
    ['src/resources/users', 'src/resources', '..'],
    ['src/funcs', 'src/core/error', '../core/error'],
    ['docs/sdks/a/b', 'README.md', '../../../../README.md'],
    ['.', 'docs/models/User.md', 'docs/models/User.md'],
    ['a/bc', 'a/b', '../b'],
    ['src', 'src', ''],
  ])('%s → %s is %s', (from, to, want) => {
    expect(relativePath(from, to)).toBe(want);
  });
});

describe('relativeFromFile', () => {
  it('is the path from the file’s folder, as path.posix gives it', () => {
    const all = paths().filter((p) => p !== '/' && !p.endsWith('/'));
    const wrong: string[] = [];
    for (const file of all)
      for (const to of all) {
        const want = path.posix.relative(path.posix.dirname(file), to);
        const got = relativeFromFile(file, to);
        if (got !== want) wrong.push(`${file} → ${to}: ${got}, not ${want}`);
      }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
