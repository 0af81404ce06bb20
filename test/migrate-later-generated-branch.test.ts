/**
 * The base when the repository's `generated` branch began only after the checkout's commit (linq-node: the bot
 * committed its generations to main, and the `generated` branch was started four days after the release, from a newer
 * config). No commit of that branch has the checkout's `.stats.yml`, and its first commit is the one most like the
 * checkout; yet a generation made after the checkout cannot be the one it carries. The base is the bot's generation on
 * main, each file people edited as it was before their first edit, so that the owners' edit stands out and is carried.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { describe, expect, it } from 'vitest';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { tempDir } from './helpers/sdk';
import { client, laterBranchHistory, pets } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

describe.runIf(SLOW_FULL)('migrate: a generated branch that began after the checkout', () => {
  it('is not taken as the base, however alike its first commit is', () => {
    const repo = tempDir('later-generated-');
    // The bot's generations on main around the owners' edit; four days after the release (`update`), a `generated`
    // branch of its own, from a newer config, whose output has the owners' line already
    // (their config made Stainless write it) and so is more like the checkout than any generation before it.
    const { generation, update, later } = laterBranchHistory(repo, 'generated', { 'src/client.ts': client(['Pets']) });

    const base = findStainlessBase(repo, null)!;
    expect(base.commit).not.toBe(later);
    expect(base.commit).toBe(update);
    expect(base.ref).not.toContain(later.slice(0, 12));
    // The file people edited, as it was before their edit: their line is theirs, to be carried.
    expect(base.texts.get('src/resources/pets.ts')).toBe(pets());
    expect(base.since).toBe(generation);
  });
});
