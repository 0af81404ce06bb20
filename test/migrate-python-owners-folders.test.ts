/**
 * A file in a folder a Stainless Python SDK never has (`designs/`, `docs/`, `.trunk/`) is the owners', even when the
 * base holds it: a base named with `--base` can be the owners' own commit of a local build, their notes and tooling
 * committed beside it. Such files stay; Stainless's module sdkgen no longer writes goes.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

describe("sdkgen migrate (Python): the owners' folders in the base", () => {
  it('keeps them and removes only what Stainless wrote', () => {
    const files: Record<string, string> = {
      'src/acme/_client.py': '# File generated from our OpenAPI spec by Stainless.\n\nclass Acme:\n    pass\n',
      'src/acme/types/old_thing.py': '# File generated from our OpenAPI spec by Stainless.\n\nOldThing = str\n',
      'designs/retries.md': '# Retries\n\nOur notes.\n',
      '.trunk/trunk.yaml': 'version: 0.1\n',
      'docs/sdk-maintenance.md': '# Maintenance\n',
    };
    const base = baseOf(files);
    const current = checkoutOf(files);
    const rendered = [{ path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' }];
    const result = planPythonMigration({ current, base, rendered, importName: 'acme' });
    expect(result.removed).toEqual(['src/acme/types/old_thing.py']);
    expect(result.kept).toEqual(
      expect.arrayContaining(['designs/retries.md', '.trunk/trunk.yaml', 'docs/sdk-maintenance.md']),
    );
  });
});
