/**
 * A generation committed with the `Stainless-Generated-From:` trailer (an owner's bot committing the output of a sealed
 * commit to main) is Stainless's whenever it was made: its output does not come from the `generated` branch, so a base
 * on that branch committed after it can still lack what it changed (knock-mgmt's bot moved `MessageTypeTextField` to
 * `shared/` three days before the closest base, which still had it in `types/`). The bot's own commits on main made
 * before such a base stay out (migrate-generations-before-base.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { generationsSince } from '../generator/migrate/repository/generations';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, PERSON, pets, stats, write } from './helpers/stainless-history';

const MOVED = "import { Field } from './field';";

describe('migrate: a trailer generation committed before a base on the generated branch', () => {
  it('counts as Stainless’s', () => {
    const repo = tempDir('generations-trailer-before-base-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': `${MOVED}\n${pets()}` });
    commit(repo, BOT, 'chore: configure new SDK language', '2026-05-01T00:00:00Z');
    write(repo, { 'src/resources/pets.ts': pets() });
    commit(
      repo,
      PERSON,
      'Build SDK\n\nStainless-Generated-From: 0123456789abcdef0123456789abcdef01234567',
      '2026-07-10T00:00:00Z',
    );

    git(repo, 'checkout', '-q', '--orphan', 'generated');
    write(repo, { '.stats.yml': stats(1, 'bbbb'), 'src/resources/pets.ts': `${MOVED}\n${pets()}` });
    const base = commit(repo, BOT, 'feat(api): api update', '2026-07-13T00:00:00Z');
    git(repo, 'checkout', '-q', '-f', 'main');

    expect(generationsSince(repo, base).get('src/resources/pets.ts')?.removed).toContain(MOVED);
  });
});
