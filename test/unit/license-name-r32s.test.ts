/**
 * A spec's `info.license.name` that is a plain word ("Proprietary", composio's) names no licence: the Python package's
 * pyproject.toml would say `license = "Proprietary"`, which hatchling refuses to build. SPDX ids as a bare word are
 * the few generator/ir/license.ts knows (MIT, ISC…); `identifier` (3.1) is taken as written.
 */
import { describe, expect, it } from 'vitest';
import { readLicense } from '../../generator/ir/license';

describe('readLicense: a name that is a plain word', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    ['a plain word', { name: 'Proprietary' }, null],
    ['another', { name: 'Commercial' }, null],
    ['a known bare id', { name: 'MIT' }, 'MIT'],
    ['an expression of known and versioned ids', { name: 'MIT OR Apache-2.0' }, 'MIT OR Apache-2.0'],
    ['a versioned id', { name: 'GPL-3.0-only' }, 'GPL-3.0-only'],
    ['an expression with a plain word', { name: 'MIT OR Proprietary' }, null],
    ['the identifier as written', { name: 'Proprietary', identifier: 'LicenseRef-Acme' }, 'LicenseRef-Acme'],
  ])('%s', (_, license, want) => {
    expect(readLicense({ license }, null)?.id ?? null).toBe(want);
  });
});
