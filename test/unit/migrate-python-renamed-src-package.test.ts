/**
 * A base whose package Stainless wrote at src/ itself (`package_name: src`, apollo's local build), which the owners
 * then moved to `src/apollo/`: the base is read under the new name, its imports of `src` with it, and the folder
 * name `src/` in other texts left alone.
 */
import { describe, expect, it } from 'vitest';
import { baseUnderName } from '../../generator/migrate/python/owners/renamed-package';

describe('baseUnderName: a package at src/ itself', () => {
  it('moves its modules to src/<name>/ and renames the module where it is imported', () => {
    const texts = new Map([
      [
        'src/_client.py',
        'from src._types import NotGiven\nimport src\n\nmod = importlib.import_module("src.resources")\n',
      ],
      ['tests/test_client.py', 'from src import Apollo\n'],
      ['pyproject.toml', 'packages = ["src/src"]\n'],
    ]);
    const base = { blobs: new Map([...texts.keys()].map((file) => [file, `blob-${file}`])), texts };
    const { base: moved, from } = baseUnderName(base, 'apollo');
    expect(from).toBe('src');
    expect([...moved.blobs.keys()].sort()).toEqual(['pyproject.toml', 'src/apollo/_client.py', 'tests/test_client.py']);
    expect(moved.texts.get('src/apollo/_client.py')).toBe(
      'from apollo._types import NotGiven\nimport apollo\n\nmod = importlib.import_module("apollo.resources")\n',
    );
    expect(moved.texts.get('tests/test_client.py')).toBe('from apollo import Apollo\n');
    expect(moved.texts.get('pyproject.toml')).toBe('packages = ["src/src"]\n');
  });
});
