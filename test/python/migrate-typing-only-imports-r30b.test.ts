/**
 * An import name the owners added only for a types-only edit that does not apply goes with that edit
 * (typing-only-imports.ts). cartesia-python's tests/utils.py: the owners imported `Generator` for
 * `def update_env(…) -> Generator[None]:`, a function sdkgen's module does not have. The annotation was set aside as
 * "changes only types", but their import line was carried: `Generator` imported and never read, a pyright error
 * (reportUnusedImport) the repository did not have (trial check 5).
 */
import { describe, expect, it } from 'vitest';
import { setAsideTypingOnly } from '../../generator/migrate/python/already-done/typing-only';

const PATH = 'tests/utils.py';
const STAINLESS = [
  'from typing import Any, TypeVar, Iterator, Sequence, cast',
  '',
  '',
  '@contextlib.contextmanager',
  'def update_env(**new_env: str) -> Iterator[None]:',
  '    yield',
  '',
].join('\n');
const HUNK =
  '@@ -5 +5 @@\n-def update_env(**new_env: str) -> Iterator[None]:\n+def update_env(**new_env: str) -> Generator[None]:\n';

/** sdkgen's module with the owners' import line carried (`Generator` added beside sdkgen's names). */
const ours = (body: string) =>
  ['from typing import Any, Dict, Iterator, Sequence, cast, Generator', '', '', body, ''].join('\n');

function setAside(written: string) {
  const plan = {
    rejected: [{ path: PATH, hunks: [HUNK] }],
    notApplicable: [] as Array<{ path: string; reason: string; hunks: string[] }>,
    writes: [{ path: PATH, contents: written }],
  };
  setAsideTypingOnly(
    plan,
    () => written,
    () => STAINLESS,
  );
  return plan;
}

describe('an import the owners added for a types-only edit that does not apply', () => {
  it('is taken out with the edit, and the report says so', () => {
    const plan = setAside(
      ours('def assert_matches_type(value: Any, items: Sequence[Dict[str, Any]]) -> Iterator[None]: ...'),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.writes[0]!.contents.split('\n')[0]).toBe('from typing import Any, Dict, Iterator, Sequence, cast');
    expect(plan.notApplicable).toHaveLength(1);
    expect(plan.notApplicable[0]!.reason).toMatch(/^changes only types/);
    expect(plan.notApplicable[0]!.reason).toContain('the import of `Generator`');
  });

  it('stays where sdkgen’s module reads the name elsewhere', () => {
    const written = ours('def stream() -> Generator[int, None, None]: ...');
    const plan = setAside(written);
    expect(plan.writes[0]!.contents).toBe(written);
    expect(plan.notApplicable[0]!.reason).not.toContain('the import of');
  });

  it('stays where Stainless’s module imported the name too (not the owners’ addition)', () => {
    const written = ours('X = 1');
    const plan = {
      rejected: [{ path: PATH, hunks: [HUNK] }],
      notApplicable: [] as Array<{ path: string; reason: string; hunks: string[] }>,
      writes: [{ path: PATH, contents: written }],
    };
    setAsideTypingOnly(
      plan,
      () => written,
      () => STAINLESS.replace('Sequence, cast', 'Sequence, Generator, cast'),
    );
    expect(plan.writes[0]!.contents).toBe(written);
  });

  it('goes as a whole statement where it was the statement’s only name', () => {
    const written = [
      'from typing import (',
      '    Any,',
      '    Iterator,',
      ')',
      'from typing import Generator',
      '',
      'X: Any = 1',
      '',
    ].join('\n');
    const plan = setAside(written);
    expect(plan.writes[0]!.contents).toBe(written.replace('from typing import Generator\n', ''));
  });

  it('leaves a parenthesised list one name a line', () => {
    const written = [
      'from typing import (',
      '    Any,',
      '    Generator,',
      '    Iterator,',
      ')',
      '',
      'X: Any = 1',
      '',
    ].join('\n');
    const plan = setAside(written);
    expect(plan.writes[0]!.contents).toBe(written.replace('    Generator,\n', ''));
  });
});
