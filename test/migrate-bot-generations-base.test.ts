/**
 * The base of a repository without a `generated` branch, whose generations are Stainless's bot's commits on main
 * (issue 89): such a commit's tree holds the owners' code as well, so a file people edited is taken as it was before
 * their first edit of it, and a file they created is theirs; the owners' edit then stands out and is carried. Where
 * the base is stale, the warning also names the files a later generation added, which the move keeps as the owners'.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { describe, expect, it } from 'vitest';
import { generationsSince } from '../generator/migrate/repository/generations';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { readRepoFiles } from '../generator/migrate/repository/checkout-files';
import { planMigration } from '../generator/migrate/plan';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import {
  BOT,
  client,
  commit,
  HEADER,
  OWNERS_LINE,
  PERSON,
  pets,
  stats,
  stores,
  write,
} from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const OWNERS_HELPER = 'export const retries = 1;\n';

describe.runIf(SLOW_FULL)(
  'migrate: the base where generations are the bot’s commits on main, without a generated branch',
  () => {
    it('takes each file people edited as it was before their first edit, and their own files as theirs', () => {
      const repo = tempDir('bot-base-');
      git(repo, 'init', '-q', '-b', 'main');
      write(repo, {
        '.stats.yml': stats(1, 'aaaa'),
        'src/resources/pets.ts': pets(),
        'src/client.ts': client(['Pets']),
      });
      const first = commit(repo, BOT, 'feat(api): pets', '2026-01-01T00:00:00Z');
      write(repo, { 'src/resources/pets.ts': pets(OWNERS_LINE), 'src/lib/retries.ts': OWNERS_HELPER });
      commit(repo, PERSON, 'fix: say why pets retry', '2026-01-02T00:00:00Z');
      // The bot's next generation, made on top of main: it carries the owners' line and file in its tree.
      write(repo, {
        '.stats.yml': stats(2, 'bbbb'),
        'src/resources/stores.ts': stores,
        'src/client.ts': client(['Pets', 'Stores']),
      });
      const later = commit(repo, BOT, 'feat(api): stores', '2026-01-03T00:00:00Z');

      const base = findStainlessBase(repo, null)!;
      expect(base.commit).toBe(later);
      expect(base.stale).toBeUndefined();
      expect(base.texts.get('src/resources/pets.ts')).toBe(pets());
      expect(base.blobs.has('src/lib/retries.ts')).toBe(false);
      expect(base.texts.get('src/resources/stores.ts')).toBe(stores);
      expect(base.since).toBe(first);

      const rendered = [
        { path: 'src/resources/pets.ts', contents: pets().replace(HEADER, '') },
        { path: 'src/resources/stores.ts', contents: stores.replace(HEADER, '') },
        { path: 'src/client.ts', contents: client(['Pets', 'Stores']).replace(HEADER, '') },
      ];
      const plan = planMigration({
        current: readRepoFiles(repo),
        base,
        rendered,
        laterGenerations: generationsSince(repo, base.since ?? base.commit),
      });
      expect(plan.reapplied).toEqual([{ path: 'src/resources/pets.ts', hunks: 1 }]);
      expect(plan.writes.find((f) => f.path === 'src/resources/pets.ts')?.contents).toContain(OWNERS_LINE.trim());
      expect(plan.kept).toContain('src/lib/retries.ts');
      expect(plan.needsHand.map((n) => n.path)).not.toContain('src/client.ts');
    });

    it('keeps the generation Stainless synced the release onto seconds after it, not one a day later', () => {
      const repo = tempDir('bot-base-sync-');
      git(repo, 'init', '-q', '-b', 'generated');
      write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets(), 'src/version.ts': "'0.1.0'\n" });
      commit(repo, BOT, 'feat(api): pets', '2026-01-01T00:00:00Z');
      git(repo, 'checkout', '-q', '-b', 'main');
      write(repo, { 'src/version.ts': "'0.2.0'\n" });
      commit(repo, PERSON, 'release: 0.2.0', '2026-01-02T00:00:00Z');
      git(repo, 'checkout', '-q', 'generated');
      write(repo, { 'src/version.ts': "'0.2.0'\n" });
      const synced = commit(repo, BOT, 'chore(internal): version bump', '2026-01-02T00:00:28Z');
      write(repo, { 'src/resources/pets.ts': pets(OWNERS_LINE) });
      commit(repo, BOT, 'chore: later', '2026-03-01T00:00:00Z');
      git(repo, 'checkout', '-q', 'main');
      expect(findStainlessBase(repo, null)!.commit).toBe(synced);
    });

    it('names the files a later generation added when the base is stale', () => {
      const repo = tempDir('bot-base-stale-');
      git(repo, 'init', '-q', '-b', 'generated');
      const unchanged = { 'src/a.ts': `${HEADER}export const a = 1;\n`, 'src/b.ts': `${HEADER}export const b = 1;\n` };
      write(repo, { ...unchanged, '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets() });
      commit(repo, BOT, 'feat(api): pets', '2026-01-01T00:00:00Z');
      git(repo, 'checkout', '-q', '-b', 'main');
      write(repo, { 'src/resources/pets.ts': pets(OWNERS_LINE) });
      commit(repo, PERSON, 'fix: say why pets retry', '2026-01-02T00:00:00Z');
      write(repo, { '.stats.yml': stats(2, 'bbbb'), 'src/resources/stores.ts': stores });
      commit(repo, BOT, 'feat(api): stores', '2026-01-03T00:00:00Z');
      write(repo, { '.stats.yml': stats(2, 'cccc') });
      commit(repo, PERSON, 'chore: stats', '2026-01-04T00:00:00Z');

      const base = findStainlessBase(repo, null)!;
      expect(base.blobs.has('src/resources/stores.ts')).toBe(false);
      expect(base.stale).toMatch(/^\.stats\.yml:1: the base is stale: /);
      expect(base.stale).toMatch(/files it may have added, kept as the owners': src\/resources\/stores\.ts$/);
    });
  },
);
