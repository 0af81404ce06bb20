/**
 * Check 4 of a Python trial and an owners' pyproject.toml hunk that changes layout alone (bench/migrate-trials/lib/
 * toml-layout.mjs): dedalus-python re-indented Stainless's `[dependency-groups]` and put `pydantic-v1` on one line;
 * the migrated file, sdkgen's, has no such group, and the hunk was counted as lost though it holds nothing to carry.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { layoutOnlyHunk } from '../bench/migrate-trials/lib/toml-layout.mjs';

const BASE = [
  '[project]',
  'name = "acme"',
  '',
  '[dependency-groups]',
  'dev = [',
  '    "pytest",',
  '    "rich>=13.7.1",',
  ']',
  'pydantic-v1 = [',
  '    "pydantic>=1.9.0,<2",',
  ']',
  '',
].join('\n');

const REF = [
  '[project]',
  'name = "acme"',
  '',
  '[dependency-groups]',
  'dev = [',
  '  "pytest",',
  '  "rich>=13.7.1",',
  ']',
  'pydantic-v1 = ["pydantic>=1.9.0,<2"]',
  '',
].join('\n');

// The two hunks git gives (base → ref).
const REINDENT = {
  header: '@@ -6,6 +6,2 @@ dev = [',
  removed: ['    "pytest",', '    "rich>=13.7.1",', ']', 'pydantic-v1 = [', '    "pydantic>=1.9.0,<2",'],
  added: [
    { line: 6, text: '  "pytest",\n' },
    { line: 7, text: '  "rich>=13.7.1",\n' },
  ],
};
const ONE_LINE = {
  header: '@@ -11,0 +9 @@ pydantic-v1 = [',
  removed: [],
  added: [{ line: 9, text: 'pydantic-v1 = ["pydantic>=1.9.0,<2"]\n' }],
};

describe("an owners' pyproject.toml hunk of layout alone", () => {
  it('is nothing to carry where its table reads the same at the base and at the ref', () => {
    expect(layoutOnlyHunk(REINDENT, BASE, REF)).toBe(true);
    expect(layoutOnlyHunk(ONE_LINE, BASE, REF)).toBe(true);
  });

  it('is an edit where a value changes, a comment is added, or a header is in it', () => {
    const bumped = REF.replace('"rich>=13.7.1"', '"rich>=14"');
    expect(layoutOnlyHunk(REINDENT, BASE, bumped)).toBe(false);
    const noted = { ...ONE_LINE, added: [{ line: 9, text: 'pydantic-v1 = ["pydantic>=1.9.0,<2"]  # for CI\n' }] };
    expect(layoutOnlyHunk(noted, BASE, REF.replace(',<2"]', ',<2"]  # for CI'))).toBe(false);
    const header = { ...ONE_LINE, added: [{ line: 4, text: '[dependency-groups]\n' }] };
    expect(layoutOnlyHunk(header, BASE, REF)).toBe(false);
  });
});
