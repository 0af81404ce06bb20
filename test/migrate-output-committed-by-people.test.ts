/**
 * Stainless's output committed under a person's name (openai-node: its v4 generation of 2023 and a 2025 generation
 * were committed by people), in a repository whose generations are the bot's commits on main: a file such a commit
 * created carries Stainless's banner, and Stainless's generations went on writing it. It is Stainless's file, taken
 * into the base as that commit created it and its later generations wrote it (so the move replaces it with sdkgen's
 * and carries the owners' later edits), not the owners' file. A file of the owners' with the banner copied in, which no generation touched, stays theirs.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full) for its time budget, as the other
// histories of migrate's base selection (docs/contributing.md).
import { describe, expect, it } from 'vitest';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { BOT, client, commit, HEADER, OWNERS_LINE, PERSON, pets, stats, write } from './helpers/stainless-history';

const copiedBanner = `${HEADER}export const upload = () => 'theirs';\n`;

describe.runIf(SLOW_FULL)(
  'migrate: Stainless’s output a person committed, on a history without a generated branch',
  () => {
    it('is Stainless’s file, as that commit created it; a file with the banner copied in stays theirs', () => {
      const repo = tempDir('people-output-');
      git(repo, 'init', '-q', '-b', 'main');
      write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/client.ts': client(['Pets']) });
      commit(repo, BOT, 'feat(api): client', '2026-01-01T00:00:00Z');
      // A person commits Stainless's generation of the pets resource, and a helper of theirs with the banner copied in.
      write(repo, { 'src/resources/pets.ts': pets(), 'tests/lib/upload.ts': copiedBanner });
      commit(repo, PERSON, 'feat(api): add pets', '2026-01-02T00:00:00Z');
      // Stainless's generations go on writing the pets resource.
      write(repo, { '.stats.yml': stats(2, 'bbbb'), 'src/resources/pets.ts': pets('  count() {}\n') });
      commit(repo, BOT, 'feat(api): count pets', '2026-01-03T00:00:00Z');
      write(repo, { 'src/resources/pets.ts': pets(`  count() {}\n${OWNERS_LINE}`) });
      commit(repo, PERSON, 'fix: say why pets retry', '2026-01-04T00:00:00Z');
      write(repo, { '.stats.yml': stats(3, 'cccc'), 'src/client.ts': client(['Pets', 'Stores']) });
      commit(repo, BOT, 'feat(api): stores', '2026-01-05T00:00:00Z');

      const base = findStainlessBase(repo, null)!;
      // (As that commit created it, then through Stainless's later generation of it: forward-base.ts.)
      expect(base.texts.get('src/resources/pets.ts')).toBe(pets('  count() {}\n'));
      expect(base.blobs.has('tests/lib/upload.ts')).toBe(false);
    });
  },
);
