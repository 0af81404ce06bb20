/**
 * Stainless's output main still carries that the base on the `generated` branch lacks (flowglad-node): the branch
 * deleted a resource's module while main kept it, and an SDK Studio update committed by the bot to main wrote a line of
 * a test that the branch never had. Both are Stainless's, written by its bot's commits alone: the module goes as the
 * base's files do (it was kept as the owners' file, with Stainless's header), and the line is no hand edit to carry
 * over (it was reported as one that could not be, and migrate exited 1). So is a module of Stainless's the owners
 * edited that the branch has since deleted: it goes, and their edits are told of. A file or line a person's commit
 * wrote, or a module of Stainless's they edited that Stainless did not delete, is still the owners'.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generationsSince, madeBy } from '../generator/migrate/repository/generations';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { readRepoFiles } from '../generator/migrate/repository/checkout-files';
import { planMigration } from '../generator/migrate/plan';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, HEADER, PERSON, commit, pets, stats, stores, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const resource = (name: string, extra = '') =>
  `${HEADER}export class ${name} {\n  list() {\n    return this.get('/${name.toLowerCase()}');\n  }\n${extra}}\n`;
const catalogs = resource('Catalogs');
const RENAMED = '  // SinglePaymentPrice, not UnionMember1\n';
const test = (price: string) =>
  `${HEADER}test('create', async () => {\n  await client.pets.create({ ${price} });\n});\n`;

/** main: the bot's generations (one an SDK Studio update), a person's file with Stainless's header; `generated` apart. */
function buildRepository(): { repo: string; base: string } {
  const repo = tempDir('stale-stainless-output-');
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, {
    '.stats.yml': stats(2, 'aaaa'),
    'src/resources/pets.ts': pets(),
    'src/resources/catalogs.ts': catalogs,
    'src/resources/purchases.ts': resource('Purchases'),
    'src/resources/orders.ts': resource('Orders'),
    'tests/api-resources/pets.test.ts': test("priceId: 'priceId'"),
  });
  commit(repo, BOT, 'feat(api): pets and catalogs', '2025-04-01T00:00:00Z');
  // The owners' edits to two modules of Stainless's, one of which the generated branch then deletes.
  write(repo, {
    'src/resources/purchases.ts': resource('Purchases', RENAMED),
    'src/resources/orders.ts': resource('Orders', RENAMED),
  });
  commit(repo, PERSON, 'rm union member', '2025-05-01T00:00:00Z');
  write(repo, { 'tests/api-resources/pets.test.ts': test("priceId: 'abc'") });
  commit(repo, BOT, 'feat(api): update via SDK Studio', '2025-11-25T00:00:00Z');
  // The owners' copy of a module of Stainless's, header and all.
  write(repo, { 'src/lib/stores.ts': stores });
  commit(repo, PERSON, 'add our stores helper', '2025-11-26T00:00:00Z');

  git(repo, 'checkout', '-q', '--orphan', 'generated');
  git(repo, 'rm', '-q', '-r', '--cached', '.');
  git(repo, 'clean', '-q', '-f', '-d');
  write(repo, {
    '.stats.yml': stats(1, 'old'),
    'src/resources/pets.ts': pets(),
    'src/resources/purchases.ts': resource('Purchases'),
  });
  commit(repo, BOT, 'feat(api): purchases', '2025-04-01T00:00:00Z');
  git(repo, 'rm', '-q', 'src/resources/purchases.ts');
  write(repo, {
    '.stats.yml': stats(2, 'aaaa'),
    'tests/api-resources/pets.test.ts': test("priceId: 'priceId', priceSlug: 'priceSlug'"),
  });
  const base = commit(repo, BOT, 'feat(api): pre-launch SDK release', '2025-11-26T06:00:00Z');
  git(repo, 'checkout', '-q', '-f', 'main');
  return { repo, base };
}

let built: { repo: string; base: string } | null = null;

/**
 * The history, built once (a git process a step is most of a test's time); each test takes a copy of its own, which
 * it may commit to.
 */
function repository(): { repo: string; base: string } {
  built ??= buildRepository();
  const repo = tempDir('stale-stainless-output-copy-');
  cpSync(built.repo, repo, { recursive: true });
  return { repo, base: built.base };
}

describe.runIf(SLOW_FULL)('migrate: Stainless’s output main kept that the generated branch dropped', () => {
  it('counts a module only its bot committed as Stainless’s, and removes it', () => {
    const { repo, base } = repository();
    const found = findStainlessBase(repo, null)!;
    expect(found.commit).toBe(base);
    expect(found.blobs.has('src/resources/catalogs.ts')).toBe(true);
    expect(found.texts.get('src/resources/catalogs.ts')).toBe(catalogs);
    // So does one the owners edited that the generated branch deleted since: their edits are told of.
    expect(found.texts.get('src/resources/purchases.ts')).toBe(resource('Purchases', RENAMED));
    expect(found.staleEdited).toEqual(['src/resources/purchases.ts']);
    // A person's file keeps out of it, Stainless's header or not; and so does one of Stainless's they edited.
    expect(found.blobs.has('src/lib/stores.ts')).toBe(false);
    expect(found.blobs.has('src/resources/orders.ts')).toBe(false);

    const plan = planMigration({ current: readRepoFiles(repo), base: found, rendered: [] });
    expect(plan.removed).toEqual(expect.arrayContaining(['src/resources/catalogs.ts', 'src/resources/purchases.ts']));
    expect(plan.kept).toEqual(expect.arrayContaining(['src/lib/stores.ts', 'src/resources/orders.ts']));
    expect(plan.needsHand.map((n) => n.path)).not.toContain('src/resources/catalogs.ts');
  });

  it('leaves the owners a module Stainless deleted that a person put back, whatever generation touched it since', () => {
    const { repo } = repository();
    // Stainless's generations delete a module of theirs (on both branches); a person's commit adds it back, banner and
    // all ("add back removed code"); a later generation rewrites its imports (Modern Treasury's webhooks.ts).
    git(repo, 'checkout', '-q', 'generated');
    write(repo, { 'src/resources/catalogs.ts': catalogs });
    commit(repo, BOT, 'feat(api): catalogs', '2025-11-26T07:00:00Z');
    git(repo, 'rm', '-q', 'src/resources/catalogs.ts');
    commit(repo, BOT, 'chore(internal): temporary commit', '2025-11-26T08:00:00Z');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'rm', '-q', 'src/resources/catalogs.ts');
    commit(repo, BOT, 'chore(internal): temporary commit', '2025-11-25T01:00:00Z');
    write(repo, { 'src/resources/catalogs.ts': catalogs });
    commit(repo, PERSON, 'chore: add back removed code', '2025-11-25T02:00:00Z');
    const synced = catalogs.replace('export class', '// synced\nexport class');
    write(repo, { 'src/resources/catalogs.ts': synced });
    commit(repo, BOT, 'chore: sync repo', '2025-11-25T03:00:00Z');

    const found = findStainlessBase(repo, 'generated')!;
    expect(found.commit).toBe(git(repo, 'rev-parse', 'generated').trim());
    expect(found.blobs.has('src/resources/catalogs.ts')).toBe(false);
    expect(found.staleEdited ?? []).not.toContain('src/resources/catalogs.ts');
    // (Told to Python's planner too, where a banner's file the base lacks is else a later generation's.)
    expect(found.putBack).toEqual(['src/resources/catalogs.ts']);
    const plan = planMigration({ current: readRepoFiles(repo), base: found, rendered: [] });
    expect(plan.kept).toContain('src/resources/catalogs.ts');
    expect(plan.removed).not.toContain('src/resources/catalogs.ts');
  });

  it('reads a module a person squash-merged in with Stainless’s generations as Stainless’s, not put back by hand', () => {
    const { repo } = repository();
    // Stainless's generations delete a module of theirs; a person squash-merges the generated branch's commits, whose
    // list names the generator's own titles, bringing the module back (arcade-py's "Rename some class in tests (#81)").
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'rm', '-q', 'src/resources/catalogs.ts');
    commit(repo, BOT, 'feat(api): api update (#37)', '2025-11-25T01:00:00Z');
    write(repo, { 'src/resources/catalogs.ts': catalogs });
    const squash =
      'Rename some class in tests (#81)\n\n* chore(internal): codegen related update (#61)\n\n* feat(api): api update (#73)\n';
    commit(repo, PERSON, squash, '2025-11-25T02:00:00Z');

    const found = findStainlessBase(repo, 'generated')!;
    expect(found.putBack ?? []).not.toContain('src/resources/catalogs.ts');
  });

  it('takes a line only the bot’s commits on main wrote for its output, not a hand edit', () => {
    const { repo, base } = repository();
    const changes = generationsSince(repo, base).get('tests/api-resources/pets.test.ts')!;
    const [pristine, edited] = [
      "await client.pets.create({ priceId: 'priceId', priceSlug: 'priceSlug' });",
      "await client.pets.create({ priceId: 'abc' });",
    ];
    expect(madeBy(changes, [pristine], [edited])).toBe(true);
  });

  it('leaves a line a person wrote, or a removal a person made, to the owners', () => {
    const { repo, base } = repository();
    // The owners' line, which the bot's next generation on main carried along.
    const owners = "await client.pets.create({ priceId: 'ours' });";
    write(repo, { 'tests/api-resources/pets.test.ts': test("priceId: 'ours'") });
    commit(repo, PERSON, 'test our price', '2025-11-25T06:00:00Z');
    write(repo, { 'tests/api-resources/pets.test.ts': `${test("priceId: 'ours'")}// carried\n` });
    commit(repo, BOT, 'chore(internal): codegen related update', '2025-11-25T12:00:00Z');
    const changes = generationsSince(repo, base).get('tests/api-resources/pets.test.ts')!;
    expect(madeBy(changes, ["await client.pets.create({ priceId: 'priceId' });"], [owners])).toBe(false);
    // The bot's own line, where the hunk also takes out a line the owners removed.
    expect(madeBy(changes, ["await client.pets.create({ priceId: 'abc' });"], ['// carried'])).toBe(false);
    expect(madeBy(changes, [], ['// carried'])).toBe(true);
  });
  it('takes a line a person’s commit only moved for one it did not remove', () => {
    const { repo, base } = repository();
    const [call, list] = ["  await client.pets.create({ priceId: 'abc' });\n", '  await client.pets.list();\n'];
    const file = (lines: string) => `${HEADER}test('create', async () => {\n${lines}});\n`;
    write(repo, { 'tests/api-resources/pets.test.ts': file(call + list) });
    commit(repo, BOT, 'chore(internal): codegen related update', '2025-11-25T03:00:00Z');
    write(repo, { 'tests/api-resources/pets.test.ts': file(list + call) });
    commit(repo, PERSON, 'test: list first', '2025-11-25T06:00:00Z');
    const changes = generationsSince(repo, base).get('tests/api-resources/pets.test.ts')!;
    expect(madeBy(changes, ["await client.pets.create({ priceId: 'abc' });"], ['await client.pets.list();'])).toBe(
      true,
    );
  });
});
