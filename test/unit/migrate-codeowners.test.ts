/**
 * Stainless's CODEOWNERS runs the repository (who reviews what), not the SDK: it stays, the owners' edits to it with
 * it (groq's owners named their reviewers in it), as the other repository files do.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';

const stainless = { CODEOWNERS: '* @stainless-reviewer\n', 'docs/CODEOWNERS': '* @stainless-reviewer\n' };

function planWith(current: Record<string, string>) {
  return planMigration({
    current: Object.entries(current).map(([path, text]) => ({
      path,
      blob: text === stainless[path as keyof typeof stainless] ? `s-${path}` : `o-${path}`,
      text,
    })),
    base: {
      blobs: new Map(Object.keys(stainless).map((path) => [path, `s-${path}`])),
      texts: new Map(Object.entries(stainless)),
    },
    rendered: [{ path: 'src/index.ts', contents: 'export {};\n' }],
  });
}

describe('migrate: CODEOWNERS', () => {
  it('stays as the owners edited it, and as Stainless wrote it, with nothing for a person', () => {
    const plan = planWith({ CODEOWNERS: '* @acme/sdk-team\n', 'docs/CODEOWNERS': stainless['docs/CODEOWNERS'] });
    expect(plan.keptRepositoryFiles).toEqual(expect.arrayContaining(['CODEOWNERS', 'docs/CODEOWNERS']));
    expect(plan.removed).not.toContain('CODEOWNERS');
    expect(plan.rejected).toEqual([]);
    expect(plan.writes.map((w) => w.path)).not.toContain('CODEOWNERS');
  });
});
