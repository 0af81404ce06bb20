/**
 * The base findStainlessBase finds names the custom code Stainless's bot committed to main beside a generation
 * (`botCustomCode`), which planMigration keeps as the owners' without the bot's banner (owners/bot-custom-code.ts).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { describe, expect, it } from 'vitest';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { botCustomCodeOf } from '../generator/migrate/owners/bot-custom-code';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, client, commit, HEADER, pets, stats, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

describe.runIf(SLOW_FULL)('the base of a repository whose bot committed custom code to main', () => {
  it('names that code: the module its twin on `generated` lacks', () => {
    const repo = tempDir('bot-custom-code-base-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/client.ts': client(['Pets']), 'src/resources/pets.ts': pets() });
    commit(repo, BOT, 'feat(api): pets', '2025-07-01T00:00:00Z');
    git(repo, 'branch', 'generated');
    write(repo, {
      '.stats.yml': stats(2, 'bbbb'),
      'src/client.ts': client(['Pets', 'Uploads']),
      'src/resources/uploads.ts': `${HEADER}export class Uploads {}\n`,
    });
    commit(repo, BOT, 'feat(api): support uploads', '2025-08-01T00:00:00Z');
    git(repo, 'checkout', '-q', 'generated');
    write(repo, { '.stats.yml': stats(2, 'bbbb') });
    commit(repo, BOT, 'feat(api): support uploads', '2025-08-01T00:00:53Z');
    write(repo, { 'src/resources/pets.ts': pets() + '\n' });
    commit(repo, BOT, 'chore(internal): codegen related update', '2025-09-01T00:00:00Z');
    git(repo, 'checkout', '-q', '-f', 'main');
    const found = findStainlessBase(repo, 'generated');
    expect([...botCustomCodeOf(found)]).toEqual(['src/resources/uploads.ts']);
    expect(botCustomCodeOf(null).size).toBe(0);
  });
});
