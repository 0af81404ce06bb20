/**
 * Stainless's later generations are those committed after the base. A base on the `generated` branch is off main's
 * history, so `base..HEAD` holds every commit main ever had, the bot's from long before among them; and the bot's
 * commits on main carry the owners' code into Stainless's files (together-typescript's import of their
 * ChatCompletionStream, last written by a generation of 2025). Taken for generated output, the owners' line was
 * dropped for sdkgen's. A generation committed to main after the base still counts.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { describe, expect, it } from 'vitest';
import { generationsSince } from '../generator/migrate/repository/generations';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, pets, stats, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const OWNERS_IMPORT = "import { PetStream } from '../lib/pet-stream';";
const LATER = '  // a later generation';

describe.runIf(SLOW_FULL)('migrate: Stainless’s generations after a base on the generated branch', () => {
  it('are those committed after it, not every bot commit of main', () => {
    const repo = tempDir('generations-before-base-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets() });
    commit(repo, BOT, 'feat(api): pets', '2025-07-01T00:00:00Z');
    // The bot's generation on main, carrying the owners' import into Stainless's module.
    write(repo, { 'src/resources/pets.ts': `${OWNERS_IMPORT}\n${pets()}` });
    commit(repo, BOT, 'feat(api): update', '2025-07-22T00:00:00Z');

    git(repo, 'checkout', '-q', '--orphan', 'generated');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets() });
    const base = commit(repo, BOT, 'chore(internal): version bump', '2026-04-03T00:00:00Z');
    git(repo, 'checkout', '-q', '-f', 'main');

    expect(generationsSince(repo, base).get('src/resources/pets.ts')?.added ?? new Set()).not.toContain(OWNERS_IMPORT);

    write(repo, { 'src/resources/pets.ts': `${OWNERS_IMPORT}\n${pets(`${LATER}\n`)}` });
    commit(repo, BOT, 'feat(api): later', '2026-04-10T00:00:00Z');
    const added = generationsSince(repo, base).get('src/resources/pets.ts')?.added;
    expect(added).toContain(LATER.trim());
    expect(added).not.toContain(OWNERS_IMPORT);
  });
});
