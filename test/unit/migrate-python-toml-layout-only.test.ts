/**
 * pyproject.toml: an owners' edit that changes only the layout of Stainless's values (dedalus's `[dependency-groups]`
 * re-indented from four spaces to two, `pydantic-v1 = [\n    "pydantic>=1.9.0,<2",\n]` written on one line, as a TOML
 * formatter does) sets nothing sdkgen's file lacks: its result is there (the same values), whatever sdkgen's file
 * holds, so it is no hunk for a person (migrate/python/project/layout-only.ts through toml-values.ts). An edit that
 * changes a value as well still goes on.
 */
import { describe, expect, it } from 'vitest';
import { intoTomlValues } from '../../generator/migrate/python/project/toml-values';

const BASE = [
  '[project]',
  'name = "acme"',
  '',
  '[dependency-groups]',
  '# version pins are in uv.lock',
  'dev = [',
  '    "pyright==1.1.399",',
  '    "pytest",',
  ']',
  'pydantic-v1 = [',
  '    "pydantic>=1.9.0,<2",',
  ']',
  '',
].join('\n');
const SDKGEN = '[project]\nname = "acme"\n\n[project.optional-dependencies]\ndev = [\n  "pyright==1.1.399",\n]\n';

const carry = (...rejected: string[]) => intoTomlValues(BASE, { text: SDKGEN, applied: 0, rejected });

describe('pyproject.toml: an edit of the layout alone', () => {
  it('is done already: items re-indented', () => {
    const hunk =
      '@@ -6,4 +6,4 @@\n dev = [\n-    "pyright==1.1.399",\n-    "pytest",\n+  "pyright==1.1.399",\n+  "pytest",\n ]\n';
    const result = carry(hunk);
    expect(result.rejected).toEqual([]);
    expect(result.alreadyThere).toBe(1);
    expect(result.text).toBe(SDKGEN);
  });

  it('is done already: a list joined onto one line, its trailing comma dropped', () => {
    const hunk =
      '@@ -9,4 +9,2 @@\n ]\n-pydantic-v1 = [\n-    "pydantic>=1.9.0,<2",\n-]\n+pydantic-v1 = ["pydantic>=1.9.0,<2"]\n \n';
    const result = carry(hunk);
    expect(result.rejected).toEqual([]);
    expect(result.alreadyThere).toBe(1);
  });

  it('goes on where a value changes too, or a space within a string', () => {
    const bound = '@@ -11,1 +11,1 @@\n pydantic-v1 = [\n-    "pydantic>=1.9.0,<2",\n+  "pydantic>=1.10.0,<2",\n ]\n';
    expect(carry(bound).alreadyThere ?? 0).toBe(0);
    const spaced = '@@ -11,1 +11,1 @@\n pydantic-v1 = [\n-    "pydantic>=1.9.0,<2",\n+  "pydantic >=1.9.0,<2",\n ]\n';
    expect(carry(spaced).alreadyThere ?? 0).toBe(0);
  });
});
