/**
 * A script of Stainless's that sdkgen writes none of stays where a file that stays runs it (a workflow, a script), and
 * goes where a file only names it: the owners' linter config listing the paths it skips (apollo-python's
 * `.trunk/trunk.yaml`), their notes. Kept for a mention, it would be a file of Stainless's left behind.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const SCRIPT = 'scripts/utils/ruffen-docs.py';

function plan(owners: Record<string, string>) {
  const stainless: Record<string, string> = {
    'src/acme/_client.py': '# File generated from our OpenAPI spec by Stainless.\n\nclass Acme:\n    pass\n',
    [SCRIPT]: 'print("formatting the docs")\n',
  };
  const base = {
    blobs: new Map(Object.keys(stainless).map((p) => [p, `blob:${p}`])),
    texts: new Map(Object.entries(stainless)),
  };
  const current = [
    ...Object.entries(stainless).map(([p, text]) => ({ path: p, blob: `blob:${p}`, text })),
    ...Object.entries(owners).map(([p, text]) => ({ path: p, blob: null, text })),
  ];
  const rendered = [{ path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' }];
  return planPythonMigration({ current, base, rendered, importName: 'acme' });
}

describe("sdkgen migrate (Python): Stainless's scripts the owners' files name", () => {
  it('removes one only a linter config or a note names', () => {
    const result = plan({
      '.trunk/trunk.yaml': `lint:\n  ignore:\n    - linters: [ruff]\n      paths:\n        - ${SCRIPT}\n`,
      'docs/maintenance.md': `Run \`${SCRIPT}\` after editing the README.\n`,
    });
    expect(result.removed).toEqual([SCRIPT]);
  });

  it('keeps one a workflow runs', () => {
    const result = plan({
      '.github/workflows/docs.yml': `jobs:\n  docs:\n    steps:\n      - run: python ${SCRIPT}\n`,
    });
    expect(result.removed).toEqual([]);
    expect(result.keptRepositoryFiles).toContain(SCRIPT);
  });
});
