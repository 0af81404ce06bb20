/**
 * An edit people made to Stainless's output that a later generation wrote over (knock-mgmt: a Stainless engineer's
 * squashed fix renamed the `Partial` model's export by hand; a later generation named the model `PartialResource`
 * itself and removed the fix's lines). Measured against an older base, the file's hunk removes the base's line and
 * adds the generation's: it is Stainless's output, not an owners' edit left for a person.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { describe, expect, it } from 'vitest';
import { generationsSince, hunkMadeBy } from '../generator/migrate/repository/generations';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, commit, HEADER, PERSON, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const exportsOf = (...lines: string[]) => `${HEADER}export {\n${lines.map((l) => `  ${l}\n`).join('')}};\n`;
const GENERATED_FROM = '\n\nStainless-Generated-From: 0123456789012345678901234567890123456789';

describe.runIf(SLOW_FULL)('migrate: people’s edits a later generation wrote over', () => {
  it('counts the lines such an edit removed as removed by the generation; an edit that stands stays the owners’', () => {
    const repo = tempDir('superseded-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, {
      'src/client.ts': exportsOf('type Partial as Partial,', 'type PartialUpsertResponse as PartialUpsertResponse,'),
      'src/version.ts': `export const VERSION = '0.1.0';\n`,
    });
    const base = commit(repo, BOT, 'feat(api): partials', '2026-01-01T00:00:00Z');
    // The release squash carries a person's fix (co-authored): a hand edit.
    write(repo, {
      'src/client.ts': exportsOf(
        'type PartialResource as Partial,',
        'type PartialUpsertResponse as PartialUpsertResponse,',
      ),
      'src/version.ts': `export const VERSION = '0.2.0-owners';\n`,
    });
    commit(repo, BOT, 'release: 0.2.0\n\nCo-authored-by: Ada Owner <ada@example.com>', '2026-01-02T00:00:00Z');
    // The owners' bot commits Stainless's next output: the model is named PartialResource by the generator.
    write(repo, {
      'src/client.ts': exportsOf(
        'type PartialResource as PartialResource,',
        'type PartialUpsertResponse as PartialUpsertResponse,',
      ),
    });
    commit(repo, PERSON, `Build SDK${GENERATED_FROM}`, '2026-01-03T00:00:00Z');

    const changes = generationsSince(repo, base);
    const client = changes.get('src/client.ts');
    expect(client).toBeDefined();
    // base → HEAD: the hunk the move sees in src/client.ts.
    const hunk = '-  type Partial as Partial,\n+  type PartialResource as PartialResource,\n';
    expect(hunkMadeBy(hunk, client!)).toBe(true);
    // The owners' version edit was written over by no generation: still theirs.
    const versionChanges = changes.get('src/version.ts') ?? { added: new Set<string>(), removed: new Set<string>() };
    expect(
      hunkMadeBy(`-export const VERSION = '0.1.0';\n+export const VERSION = '0.2.0-owners';\n`, versionChanges),
    ).toBe(false);
  });

  it('leaves an edit whose added lines a generation removed only before it was made', () => {
    const repo = tempDir('superseded-order-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { 'src/a.ts': `${HEADER}export const a = 1;\nexport const b = 1;\n` });
    const base = commit(repo, BOT, 'feat(api): a', '2026-01-01T00:00:00Z');
    // A generation removes `b` first…
    write(repo, { 'src/a.ts': `${HEADER}export const a = 1;\n` });
    commit(repo, BOT, 'feat(api): drop b', '2026-01-02T00:00:00Z');
    // …then a person adds a line the generation had removed earlier, in place of `a = 1`: their edit stands.
    write(repo, { 'src/a.ts': `${HEADER}export const b = 1;\n` });
    commit(repo, PERSON, 'fix: b, not a', '2026-01-03T00:00:00Z');
    const changes = generationsSince(repo, base);
    expect(hunkMadeBy('-export const a = 1;\n', changes.get('src/a.ts')!)).toBe(false);
  });

  it('leaves an edit whose lines a later generation only moved', () => {
    const repo = tempDir('superseded-moved-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { 'src/a.ts': `${HEADER}export const a = 1;\nexport const z = 1;\n` });
    const base = commit(repo, BOT, 'feat(api): a', '2026-01-01T00:00:00Z');
    write(repo, { 'src/a.ts': `${HEADER}export const mine = 2;\nexport const z = 1;\n` });
    commit(repo, PERSON, 'fix: mine, not a', '2026-01-02T00:00:00Z');
    // The generation moves the owners' line below `z` (removed and added again): it is still theirs.
    write(repo, { 'src/a.ts': `${HEADER}export const z = 1;\nexport const mine = 2;\n` });
    commit(repo, BOT, 'feat(api): reorder', '2026-01-03T00:00:00Z');
    const changes = generationsSince(repo, base);
    expect(hunkMadeBy('-export const a = 1;\n+export const mine = 2;\n', changes.get('src/a.ts')!)).toBe(false);
  });
});
