/**
 * One run of stlc commits its integration of the owners' code onto its sealed output (the `Stainless-Generated-From:`
 * trailer) and, seconds later, a follow-up of its bot's without the trailer (conductor's "update documented OpenAPI
 * spec for download"). The follow-up was the newest generation on main, by four seconds: the base was composed from
 * it, with the files people's commits touched (the owners' own stlc runs, "Build SDK") taken from the older `generated`
 * branch, so that Stainless's newer `scripts/mock` passed for the owners' edit and was kept as theirs. The base is the
 * sealed output the integration names.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { describe, expect, it } from 'vitest';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, PERSON, pets, stats, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const STLC = 'stlc-bot <stlc-bot@users.noreply.github.com>';
const mock = (spec: string) => `#!/usr/bin/env bash\nURL="${spec}"\nprism mock "$URL"\n`;

describe.runIf(SLOW_FULL)('migrate: the base under an stlc run’s follow-up commit', () => {
  it('is the sealed output its integration names', () => {
    const repo = tempDir('stlc-follow-up-');
    git(repo, 'init', '-q', '-b', 'generated');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets(), 'scripts/mock': mock('old') });
    commit(repo, BOT, 'chore(internal): version bump', '2026-08-18T18:25:01Z');
    // stlc's sealed output, newer than the branch's (kept as refs/stainless/custom-code/…/base).
    git(repo, 'checkout', '-q', '-b', 'sealed');
    write(repo, { 'scripts/mock': mock('embedded') });
    const sealed = commit(repo, STLC, 'sealed output', '2026-08-21T22:24:50Z');

    git(repo, 'checkout', '-q', '-b', 'main', 'generated');
    write(repo, { 'src/resources/pets.ts': pets('  // ours\n') });
    commit(repo, PERSON, 'Build SDK', '2026-08-20T00:00:00Z');
    write(repo, { 'scripts/mock': mock('embedded') });
    commit(repo, STLC, `fix(qbd): handle receipts\n\nStainless-Generated-From: ${sealed}`, '2026-08-21T22:24:58Z');
    write(repo, { 'openapi.documented.yml': 'openapi: 3.1.0\n' });
    commit(repo, STLC, 'chore(api): update documented OpenAPI spec for download', '2026-08-21T22:25:02Z');

    const base = findStainlessBase(repo, null)!;
    expect(base.commit).toBe(sealed);
    expect(base.texts.get('scripts/mock')).toBe(mock('embedded'));
  });
});
