/**
 * A package manager's settings Stainless wrote (pnpm-workspace.yaml: which packages may run build scripts, how old a
 * release must be) that the owners edited stay, as they edited them: the repository keeps its package manager
 * (package.json's `packageManager`), whose installs read them, and sdkgen writes no such file. As Stainless wrote
 * them, they go with its other files.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

const stainless: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'acme', version: '1.0.0', packageManager: 'pnpm@10.0.0' }, null, 2),
  'pnpm-workspace.yaml': "onlyBuiltDependencies:\n  - '@swc/core'\nminimumReleaseAge: 1440\n",
};
const sdkgenPackage = JSON.stringify({ name: 'acme', version: '1.0.0', main: './dist/cjs/index.js' }, null, 2);

function planFor(edits: Record<string, string>) {
  const texts = { ...stainless, ...edits };
  return planMigration({
    current: checkoutOf(texts),
    base: baseOf(stainless),
    rendered: [{ path: 'package.json', contents: sdkgenPackage }],
  });
}

describe("the package manager's settings Stainless wrote", () => {
  it('stay where the owners edited them, with their edits and nothing to carry by hand', () => {
    const plan = planFor({
      'pnpm-workspace.yaml': "allowBuilds:\n  '@swc/core': true\noverrides:\n  minimatch: ^9.0.5\n",
    });
    expect(plan.keptRepositoryFiles).toContain('pnpm-workspace.yaml');
    expect(plan.removed).not.toContain('pnpm-workspace.yaml');
    expect(plan.rejected.map((r) => r.path)).not.toContain('pnpm-workspace.yaml');
  });

  it('go as Stainless wrote them', () => {
    const plan = planFor({});
    expect(plan.removed).toContain('pnpm-workspace.yaml');
    expect(plan.keptRepositoryFiles).not.toContain('pnpm-workspace.yaml');
  });
});
