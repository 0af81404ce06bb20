/**
 * The custom code Stainless's bot committed to main beside a generation (the base's `botCustomCode`, found by
 * repository/twin-generations.ts) is the owners' in a Python repository as in a TypeScript one: each such module stays,
 * without the bot's banner line, the Stainless modules it imports stay with it, and its test is not taken for a later
 * generation's test and removed (runway's `uploads` resource and `tests/api_resources/test_uploads.py`).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python-renamed-bot-custom-files.test.ts samples Python migrate (docs/contributing.md, "What `npm
// test` samples").
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { withoutPythonBanner, withTwinCustomFiles } from '../generator/migrate/python/owners/bot-custom-files';
import { botCustomCodeOf } from '../generator/migrate/owners/bot-custom-code';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, PERSON, stats, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const BANNER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const CLIENT = 'class Acme:\n    pass\n';
const HELPER = `${BANNER}def ephemeral() -> str:\n    return "e"\n`;
const UPLOADS =
  'from __future__ import annotations\n\nfrom .._ephemeral import ephemeral\n\n\nclass Uploads:\n    def create(self) -> str:\n        return ephemeral()\n';
const TEST =
  'from acme.resources.uploads import Uploads\n\n\ndef test_create() -> None:\n    assert Uploads().create() == "e"\n';

function plan(botCustomCode: ReadonlySet<string>) {
  const files = {
    'src/acme/_client.py': CLIENT,
    'src/acme/_ephemeral.py': HELPER,
    'src/acme/resources/uploads.py': `${BANNER}${UPLOADS}`,
    'tests/api_resources/test_uploads.py': `${BANNER}${TEST}`,
  };
  const inBase = ['src/acme/_client.py', 'src/acme/_ephemeral.py'];
  // (The base as findStainlessBase gives it: with the bot's custom files it names.)
  const base = {
    blobs: new Map(inBase.map((p) => [p, blob(files[p as keyof typeof files])])),
    texts: new Map(inBase.map((p) => [p, files[p as keyof typeof files]])),
    botCustomCode,
  };
  return planPythonMigration({
    current: Object.entries(files).map(([path, text]) => ({ path, blob: blob(text), text })),
    base,
    rendered: [{ path: 'src/acme/_client.py', contents: CLIENT }],
    importName: 'acme',
  });
}

describe.runIf(SLOW_FULL)("the bot's custom code in a Python repository", () => {
  it("stays as the owners' code, without the bot's banner, with the modules it imports", () => {
    const migrated = plan(new Set(['src/acme/resources/uploads.py', 'tests/api_resources/test_uploads.py']));
    const written = new Map(migrated.writes.map((f) => [f.path, f.contents]));
    expect(written.get('src/acme/resources/uploads.py')).toBe(UPLOADS);
    expect(written.get('tests/api_resources/test_uploads.py')).toBe(TEST);
    expect(migrated.botBannerRemoved).toEqual(['src/acme/resources/uploads.py', 'tests/api_resources/test_uploads.py']);
    expect(migrated.removed).toEqual([]);
    // Stainless's module only their custom code imports stays for it.
    expect(migrated.keptImported).toEqual(['src/acme/_ephemeral.py']);
    expect(migrated.laterGenerations.map((g) => g.path)).toEqual([]);
  });

  it('is read as a later generation where the base names no custom code', () => {
    const migrated = plan(new Set());
    expect(migrated.writes.map((f) => f.path)).toEqual(['src/acme/_client.py']);
    expect(migrated.removed).toContain('tests/api_resources/test_uploads.py');
  });

  it('loses only a banner that opens the module', () => {
    expect(withoutPythonBanner(`${BANNER}${UPLOADS}`)).toBe(UPLOADS);
    expect(withoutPythonBanner(UPLOADS)).toBe(UPLOADS);
    expect(withoutPythonBanner(`# Ours.\n${BANNER}`)).toBe(`# Ours.\n${BANNER}`);
  });
});

describe.runIf(SLOW_FULL)("the bot's custom files the owners edited since", () => {
  it('are named too: a module the bot created beside a generation whose twin lacks it, edited by a person after', () => {
    const PY_HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
    const repo = tempDir('py-bot-custom-edited-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/acme/_client.py': `${PY_HEADER}class Acme: ...\n` });
    commit(repo, BOT, 'feat(api): tasks', '2025-07-01T00:00:00Z');
    git(repo, 'branch', 'generated');
    write(repo, {
      '.stats.yml': stats(2, 'bbbb'),
      'src/acme/resources/uploads.py': `${PY_HEADER}class Uploads: ...\n`,
    });
    commit(repo, BOT, 'feat(api): support uploads', '2025-08-01T00:00:00Z');
    write(repo, { 'src/acme/resources/uploads.py': `${PY_HEADER}class Uploads:\n    timeout: float = 60\n` });
    commit(repo, PERSON, 'Update typing issue', '2025-08-02T00:00:00Z');
    git(repo, 'checkout', '-q', 'generated');
    write(repo, { '.stats.yml': stats(2, 'bbbb') });
    const generated = commit(repo, BOT, 'feat(api): support uploads', '2025-08-01T00:00:53Z');
    git(repo, 'checkout', '-q', '-f', 'main');
    const base = {
      commit: generated,
      blobs: new Map([['src/acme/_client.py', 'x']]),
      texts: new Map<string, string>(),
    };
    expect([...botCustomCodeOf(withTwinCustomFiles(repo, base))]).toEqual(['src/acme/resources/uploads.py']);
    // A base in main's own history names none.
    const own = { ...base, commit: git(repo, 'rev-parse', 'HEAD~1').trim() };
    expect(botCustomCodeOf(withTwinCustomFiles(repo, own)).size).toBe(0);
  });
});
