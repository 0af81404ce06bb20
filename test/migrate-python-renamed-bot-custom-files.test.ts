/**
 * The bot's custom files (the base's `botCustomCode`: modules Stainless's bot committed to main beside a generation)
 * in a package the owners renamed after that generation (`src/acme_sdk/` moved to `src/acme/`): the base is read under
 * the repository's name (renamed-package.ts), and the custom files' paths move with it. Before, they kept the old
 * paths, so the module at its new path read as a later generation's (Stainless's banner, not in the base) and went,
 * with its test, though it is the owners' code.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { botCustomCodeOf } from '../generator/migrate/owners/bot-custom-code';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { baseUnderName } from '../generator/migrate/python/owners/renamed-package';

const BANNER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const CLIENT = (name: string) => `${BANNER}from ${name}._ephemeral import ephemeral\n\n\nclass Acme:\n    pass\n`;
const HELPER = `${BANNER}def ephemeral() -> str:\n    return "e"\n`;
const UPLOADS = (name: string) =>
  `from __future__ import annotations\n\nfrom ${name}._ephemeral import ephemeral\n\n\nclass Uploads:\n    def create(self) -> str:\n        return ephemeral()\n`;
const TEST = (name: string) =>
  `from ${name}.resources.uploads import Uploads\n\n\ndef test_create() -> None:\n    assert Uploads().create() == "e"\n`;

/** Stainless's generation under `acme_sdk`, with the bot's custom files at their paths then. */
function stainlessBase() {
  const files: Record<string, string> = {
    'src/acme_sdk/_client.py': CLIENT('acme_sdk'),
    'src/acme_sdk/_ephemeral.py': HELPER,
  };
  return {
    blobs: new Map(Object.entries(files).map(([p, t]) => [p, blob(t)])),
    texts: new Map(Object.entries(files)),
    botCustomCode: new Set(['src/acme_sdk/resources/uploads.py', 'tests/api_resources/test_uploads.py']),
  };
}

describe("the bot's custom files in a renamed package", () => {
  it('move with the package when the base is read under the new name', () => {
    const { base, from } = baseUnderName(stainlessBase(), 'acme');
    expect(from).toBe('acme_sdk');
    expect([...botCustomCodeOf(base)].sort()).toEqual([
      'src/acme/resources/uploads.py',
      'tests/api_resources/test_uploads.py',
    ]);
    expect([...base.blobs.keys()].sort()).toEqual(['src/acme/_client.py', 'src/acme/_ephemeral.py']);
    // A base under its own name is as it was; one naming no custom files names none.
    const same = stainlessBase();
    expect(baseUnderName(same, 'acme_sdk').base).toBe(same);
    const { botCustomCode: _, ...none } = stainlessBase();
    expect(botCustomCodeOf(baseUnderName(none, 'acme').base).size).toBe(0);
  });

  it("stay the owners' at the new paths, without the bot's banner", () => {
    // The owners moved the package to `acme`, the bot's custom files with it.
    const files: Record<string, string> = {
      'src/acme/_client.py': CLIENT('acme'),
      'src/acme/_ephemeral.py': HELPER,
      'src/acme/resources/uploads.py': `${BANNER}${UPLOADS('acme')}`,
      'tests/api_resources/test_uploads.py': `${BANNER}${TEST('acme')}`,
    };
    const migrated = planPythonMigration({
      current: Object.entries(files).map(([path, text]) => ({ path, blob: blob(text), text })),
      base: stainlessBase(),
      rendered: [
        { path: 'src/acme/_client.py', contents: 'from acme._ephemeral import ephemeral\n\n\nclass Acme:\n    pass\n' },
      ],
      importName: 'acme',
    });
    const written = new Map(migrated.writes.map((f) => [f.path, f.contents]));
    expect(written.get('src/acme/resources/uploads.py')).toBe(UPLOADS('acme'));
    expect(written.get('tests/api_resources/test_uploads.py')).toBe(TEST('acme'));
    expect(migrated.botBannerRemoved).toEqual(['src/acme/resources/uploads.py', 'tests/api_resources/test_uploads.py']);
    expect(migrated.removed).not.toContain('src/acme/resources/uploads.py');
    expect(migrated.removed).not.toContain('tests/api_resources/test_uploads.py');
    expect(migrated.laterGenerations.map((g) => g.path)).toEqual([]);
  });
});
