/**
 * A release that carried a later generation's `.stats.yml` over an older generation's code (reducto-node-sdk: a person
 * squash-merged a generation by hand; the release merged after it brought the next generation's `.stats.yml`, not its
 * code). The generation with the checkout's `.stats.yml` is not the one whose code it has: of the generations before
 * it, one with strictly more `src/` and `tests/` files exactly as the checkout's is. Migrate and the trial harness
 * (bench/migrate-trials/lib/owners.mjs) take the same one; on a tie, the `.stats.yml` match stays.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../bench/migrate-trials/lib/owners.mjs';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
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

const page = (from: string) => `${HEADER}export interface PageRange {\n  from: '${from}';\n}\n`;
const test = (name: string) => `${HEADER}test('${name}', () => {});\n`;

/** Two generations on `generated`; main takes the first's code and, with `statsOnly`, only the second's `.stats.yml`. */
function history(statsOnly: boolean) {
  const repo = tempDir('code-carried-');
  git(repo, 'init', '-q', '-b', 'generated');
  write(repo, {
    '.stats.yml': stats(2, 'aaaa'),
    'src/client.ts': client(['Pets', 'Stores']),
    'src/resources/pets.ts': pets(),
    'src/resources/stores.ts': stores,
    'src/resources/shared.ts': page('pets'),
    'tests/pets.test.ts': test('pets'),
  });
  const first = commit(repo, BOT, 'feat(api): pets and stores', '2026-03-01T00:00:00Z');
  // The next generation moves PageRange and rewrites the modules that use it.
  const next = {
    '.stats.yml': stats(2, 'bbbb'),
    'src/client.ts': client(['Stores', 'Pets']),
    'src/resources/pets.ts': pets('  range?: PageRange;\n'),
    'src/resources/shared.ts': page('shared'),
    'tests/pets.test.ts': test('pets, paged'),
  };
  write(repo, next);
  const second = commit(repo, BOT, 'feat(api): api update', '2026-03-03T00:00:00Z');
  git(repo, 'update-ref', 'refs/remotes/origin/generated', second);

  git(repo, 'checkout', '-q', '-b', 'main', first);
  write(repo, { 'src/resources/stores.ts': stores.replace('  list()', `${OWNERS_LINE}  list()`) });
  commit(repo, PERSON, 'fix: say why stores retry', '2026-03-02T00:00:00Z');
  write(repo, statsOnly ? { '.stats.yml': next['.stats.yml'] } : next);
  commit(repo, PERSON, 'release: 0.2.0', '2026-03-04T00:00:00Z');
  return { repo, first, second };
}

describe.runIf(SLOW_FULL)("migrate: a release that carried a later generation's .stats.yml alone", () => {
  it('takes the generation whose code it carries, as the trial harness does', () => {
    const { repo, first } = history(true);
    const base = findStainlessBase(repo, null)!;
    expect(base.commit).toBe(first);
    // Stainless's modules as the checkout has them: no owners' edits reverting the later generation.
    expect(base.texts.get('src/resources/shared.ts')).toBe(page('pets'));
    expect(analyseOwners(repo, 'HEAD').base).toBe(first);
  });

  it('keeps the .stats.yml match when the checkout carries its code', () => {
    const { repo, second } = history(false);
    expect(findStainlessBase(repo, null)!.commit).toBe(second);
    expect(analyseOwners(repo, 'HEAD').base).toBe(second);
  });
});
