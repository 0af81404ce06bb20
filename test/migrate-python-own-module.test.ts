/**
 * The owners' own Python module where sdkgen writes one and Stainless never wrote one (their `_streaming.py`, made
 * because their Stainless config made none): theirs stays, a step for a person, and the report tells, as the
 * TypeScript move does of an owners' runtime module, which names the repository imports from it and whether sdkgen's
 * module binds them all (delete theirs) or which it lacks. Before, the report only said to move it or delete it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownModuleNames } from '../generator/migrate/python/owners/own-module-names';
import { planPythonMigration } from '../generator/migrate/python/plan';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const STAINLESS: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "acme"\nversion = "0.1.0"\n',
  'src/acme/_client.py': `${HEADER}class Acme:\n    pass\n`,
};
const THEIR_STREAMING =
  'class Stream:\n    pass\n\n\nclass AsyncStream:\n    pass\n\n\ndef iter_lines(body: str) -> list[str]:\n    return body.split("\\n")\n';
const SDKGEN_STREAMING =
  'from typing import Generic\n\nclass Stream:\n    pass\n\n\nclass AsyncStream:\n    pass\n\n\n_T = int\n';

function plan(owners: Record<string, string>, sdkgen: Record<string, string>) {
  const current = Object.entries({ ...STAINLESS, ...owners });
  return planPythonMigration({
    current: current.map(([path, text]) => ({ path, blob: blob(text), text })),
    base: {
      blobs: new Map(Object.entries(STAINLESS).map(([p, t]) => [p, blob(t)])),
      texts: new Map(Object.entries(STAINLESS)),
    },
    rendered: [
      { path: 'pyproject.toml', contents: STAINLESS['pyproject.toml'] },
      { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
      ...Object.entries(sdkgen).map(([path, contents]) => ({ path, contents })),
    ],
    importName: 'acme',
  });
}

const reasonOf = (migrated: ReturnType<typeof plan>, path: string) =>
  migrated.needsHand.find((n) => n.path === path)?.reason;

describe("an owners' Python module where sdkgen writes one", () => {
  it('names what sdkgen lacks of what their code imports from it', () => {
    const migrated = plan(
      {
        'src/acme/_streaming.py': THEIR_STREAMING,
        'src/acme/lib/chat.py':
          'from .._streaming import Stream, iter_lines\nfrom acme import _streaming as st\n\n\ndef f(s: "st.AsyncStream") -> None:\n    iter_lines("")\n',
      },
      { 'src/acme/_streaming.py': SDKGEN_STREAMING },
    );
    const reason = reasonOf(migrated, 'src/acme/_streaming.py');
    expect(reason).toMatch(/sdkgen's lacks iter_lines, which your code imports from it/);
    expect(reason).toMatch(/Move yours \(and those imports\) elsewhere/);
    // Theirs is kept as it is.
    expect(migrated.writes.find((f) => f.path === 'src/acme/_streaming.py')).toBeUndefined();
    expect(migrated.removed).not.toContain('src/acme/_streaming.py');
  });

  it("says deleting theirs is enough where sdkgen's binds all that is imported", () => {
    const migrated = plan(
      {
        'src/acme/_streaming.py': THEIR_STREAMING,
        'src/acme/lib/chat.py':
          'import acme._streaming\n\nx = acme._streaming.Stream\nfrom acme._streaming import AsyncStream as A\n',
      },
      { 'src/acme/_streaming.py': SDKGEN_STREAMING },
    );
    expect(reasonOf(migrated, 'src/acme/_streaming.py')).toMatch(
      /sdkgen's binds AsyncStream, Stream, all your code imports from it: delete yours/,
    );
    const unused = plan({ 'src/acme/_streaming.py': THEIR_STREAMING }, { 'src/acme/_streaming.py': SDKGEN_STREAMING });
    expect(reasonOf(unused, 'src/acme/_streaming.py')).toMatch(/nothing of yours is imported from it: delete yours/);
  });

  it('reads a star import of theirs as their public names; a file outside the package is told as before', () => {
    const own = ownModuleNames(
      'src/acme/_streaming.py',
      THEIR_STREAMING + '_private = 1\n',
      SDKGEN_STREAMING,
      [{ path: 'src/acme/lib/x.py', blob: '', text: 'from acme._streaming import *\n' }],
      'acme',
    );
    expect(own).toEqual({ used: ['AsyncStream', 'Stream', 'iter_lines'], missing: ['iter_lines'] });
    const migrated = plan(
      { 'tests/test_smoke.py': 'def test_x() -> None:\n    pass\n' },
      { 'tests/test_smoke.py': '' },
    );
    expect(reasonOf(migrated, 'tests/test_smoke.py')).toBe(
      'yours, and sdkgen writes a file here too: kept yours; move it (or delete it) and regenerate',
    );
  });
});
