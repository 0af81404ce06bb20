/**
 * migrate (Python): Stainless's CODEOWNERS at the root is a repository file, as the TypeScript move
 * treats it (repository/file-kinds.ts): it stays, the owners' reviewers in it. Before, an edited one went (removed,
 * "Stainless's file, which sdkgen does not write, had your edits") and was left to a person (groq-python).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

function plan(path: string) {
  const stainless: Record<string, string> = {
    'pyproject.toml': '[project]\nname = "acme"\nversion = "0.1.0"\n',
    'src/acme/_client.py': `${HEADER}class Acme:\n    pass\n`,
    [path]: '* @stainless-reviewer\n',
  };
  const current = { ...stainless, [path]: '* @owner-one @owner-two\n' };
  return planPythonMigration({
    current: Object.entries(current).map(([p, text]) => ({ path: p, blob: blob(text), text })),
    base: {
      blobs: new Map(Object.entries(stainless).map(([p, t]) => [p, blob(t)])),
      texts: new Map(Object.entries(stainless)),
    },
    rendered: [
      { path: 'pyproject.toml', contents: stainless['pyproject.toml']! },
      { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
    ],
    importName: 'acme',
  });
}

describe("Stainless's CODEOWNERS the owners edited", () => {
  it('stays with their reviewers, nothing left to a person', () => {
    for (const path of ['CODEOWNERS']) {
      const migrated = plan(path);
      expect(migrated.removed, path).not.toContain(path);
      expect(
        migrated.needsHand.map((n) => n.path),
        path,
      ).not.toContain(path);
      expect(migrated.keptRepositoryFiles, path).toContain(path);
    }
  });
});
