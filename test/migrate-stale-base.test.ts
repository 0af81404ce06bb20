/**
 * The base of a repository where Stainless committed a generation straight to main after its `generated` branch
 * stopped (issue 89, ImageKit's): no `generated` commit has main's `.stats.yml`, so the newest generation with it,
 * on main's own history, is the base. Its tree holds the owners' code too: a file a person changed is taken as the
 * older generation has it, so the owners' edit stands out and is carried; the files Stainless's later generation
 * added or changed are its own, not the owners'. Where no generation has main's `.stats.yml`, the base is said to
 * be stale, with the files that may be affected.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { beforeAll, describe, expect, it } from 'vitest';
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

const OWNERS_BOT = 'acme-eng-bot <bot@acme.example>';

/** A generated branch; main with an owners' edit and a newer Stainless generation committed straight to it. */
function buildRepository(withLaterStats: boolean): { repo: string; generated: string; later: string } {
  const repo = tempDir('stale-base-');
  git(repo, 'init', '-q', '-b', 'generated');
  write(repo, {
    '.stats.yml': stats(1, 'aaaa'),
    'src/resources/pets.ts': pets(),
    'src/client.ts': client(['Pets']),
    'api.md': '# Pets\n\n- <code title="get /pets">client.pets.<a href="./src/resources/pets.ts">list</a>()</code>\n',
  });
  const generated = commit(repo, BOT, 'feat(api): pets', '2026-01-01T00:00:00Z');
  git(repo, 'checkout', '-q', '-b', 'main');
  write(repo, { 'src/resources/pets.ts': pets(OWNERS_LINE) });
  commit(repo, PERSON, 'fix: say why pets retry', '2026-01-02T00:00:00Z');
  // The owners' bot, committing Stainless's output with a trailer, also brings their own workflow.
  write(repo, { '.github/workflows/release-please.yml': 'on: push\n' });
  commit(
    repo,
    OWNERS_BOT,
    'chore: release settings\n\nStainless-Generated-From: 0123456789012345678901234567890123456789',
    '2026-01-02T12:00:00Z',
  );
  // Stainless's later generation, committed to main: a new endpoint and its resource.
  write(repo, {
    '.stats.yml': withLaterStats ? stats(2, 'bbbb') : stats(2, 'cccc'),
    'src/resources/stores.ts': stores,
    'src/client.ts': client(['Pets', 'Stores']),
    'api.md':
      '# Pets\n\n- <code title="get /pets">client.pets.<a href="./src/resources/pets.ts">list</a>()</code>\n\n' +
      '# Stores\n\n- <code title="get /stores">client.stores.<a href="./src/resources/stores.ts">list</a>()</code>\n',
  });
  const later = commit(repo, BOT, 'feat(api): stores', '2026-01-03T00:00:00Z');
  if (!withLaterStats) {
    // Owners' .stats.yml: theirs, matching no generation.
    write(repo, { '.stats.yml': stats(2, 'bbbb') });
    commit(repo, PERSON, 'chore: stats', '2026-01-04T00:00:00Z');
  }
  return { repo, generated, later };
}

describe.runIf(SLOW_FULL)('migrate: the base where Stainless committed a later generation to main', () => {
  let built: ReturnType<typeof buildRepository>;
  beforeAll(() => {
    built = buildRepository(true);
  });

  it('takes the newest generation with main’s .stats.yml, with the files people edited as the older one has them', () => {
    const base = findStainlessBase(built.repo, null)!;
    expect(base.commit).toBe(built.later);
    expect(base.stale).toBeUndefined();
    // The later generation's own files are Stainless's.
    expect(base.texts.get('src/resources/stores.ts')).toBe(stores);
    expect(base.texts.get('src/client.ts')).toBe(client(['Pets', 'Stores']));
    // The file a person edited: as the older generation wrote it.
    expect(base.texts.get('src/resources/pets.ts')).toBe(pets());
    // The owners' bot's workflow is theirs, not Stainless's.
    expect(base.blobs.has('.github/workflows/release-please.yml')).toBe(false);
    expect(base.since).toBe(built.generated);
  });

  it('carries the owners’ hunk and reports none of Stainless’s later ones as theirs', () => {
    const base = findStainlessBase(built.repo, null)!;
    const current = readRepoFiles(built.repo);
    // sdkgen's output: Stainless's later generation, the header aside.
    const rendered = [
      { path: 'src/resources/pets.ts', contents: pets().replace(HEADER, '') },
      { path: 'src/resources/stores.ts', contents: stores.replace(HEADER, '') },
      { path: 'src/client.ts', contents: client(['Pets', 'Stores']).replace(HEADER, '') },
    ];
    const plan = planMigration({
      current,
      base,
      rendered,
      laterGenerations: generationsSince(built.repo, base.since ?? base.commit),
    });
    expect(plan.reapplied).toEqual([{ path: 'src/resources/pets.ts', hunks: 1 }]);
    expect(plan.writes.find((f) => f.path === 'src/resources/pets.ts')?.contents).toContain(OWNERS_LINE.trim());
    expect(plan.kept).not.toContain('src/resources/stores.ts');
    expect(plan.needsHand.map((n) => n.path)).not.toContain('src/client.ts');
    expect(plan.writes.find((f) => f.path === 'src/client.ts')?.contents).toBe(rendered[2].contents);
  });

  it('says the base is stale, and which files, when no generation has main’s .stats.yml', () => {
    const { repo, later } = buildRepository(false);
    const base = findStainlessBase(repo, null)!;
    // The closest generation, its files people edited as the one before has them.
    expect(base.commit).toBe(later);
    expect(base.texts.get('src/resources/pets.ts')).toBe(pets());
    expect(base.stale).toMatch(/^\.stats\.yml:1: the base is stale: .*\(2 endpoints; .* has 2\)/);
    expect(base.stale).toMatch(/owners' hunks may include Stainless's later generation in: src\/resources\/pets\.ts$/);
  });
});
