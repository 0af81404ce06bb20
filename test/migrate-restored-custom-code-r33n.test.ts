/**
 * Stainless's bot removes the owners' code from its output (`chore: remove custom code`) and the owners put it back by
 * hand (nuntly-sdk-typescript: the `code`/`title`/`details` fields they added to `APIError`, in the bot's first sync
 * of the repository, removed by the bot twice, restored by hand twice). That a generation once added those lines does
 * not make them Stainless's output: the hunk that adds them is the owners', which migrate carries, not drops.
 */
import { describe, expect, it } from 'vitest';
import { generationsSince, hunkMadeBy } from '../generator/migrate/repository/generations';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { BOT, commit, HEADER, PERSON, write } from './helpers/stainless-history';

const errorClass = (...fields: string[]) =>
  `${HEADER}export class APIError {\n  readonly status: number;\n${fields.map((f) => `  ${f}\n`).join('')}}\n`;
const OWNERS_FIELD = 'readonly code: string | undefined;';

describe('migrate: the owners’ code a generation removed and people put back', () => {
  it('is the owners’, though a generation before the removal added the same lines', () => {
    const repo = tempDir('restored-custom');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { 'src/core/error.ts': errorClass(), 'src/version.ts': `export const VERSION = '0.1.0';\n` });
    const base = commit(repo, BOT, 'release: 0.1.0', '2026-01-01T00:00:00Z');
    // The bot's sync brings the owners' field in with its output…
    write(repo, { 'src/core/error.ts': errorClass(OWNERS_FIELD) });
    commit(repo, BOT, 'chore: sync repo', '2026-01-02T00:00:00Z');
    // …then removes it…
    write(repo, { 'src/core/error.ts': errorClass() });
    commit(repo, BOT, 'chore: remove custom code', '2026-01-03T00:00:00Z');
    // …and the owners put it back.
    write(repo, { 'src/core/error.ts': errorClass(OWNERS_FIELD) });
    commit(repo, PERSON, 'feat(custom): custom back', '2026-01-04T00:00:00Z');

    const changes = generationsSince(repo, base).get('src/core/error.ts')!;
    expect(hunkMadeBy(`+  ${OWNERS_FIELD}\n`, changes)).toBe(false);
  });

  // (The guard against reading too much into a restore: with the slow tests, for `npm test`'s time budget.)
  it.runIf(SLOW_FULL)('stays the generation’s when a generation added the lines again after the owners did', () => {
    const repo = tempDir('restored-regenerated');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { 'src/core/error.ts': errorClass() });
    const base = commit(repo, BOT, 'release: 0.1.0', '2026-01-01T00:00:00Z');
    write(repo, { 'src/core/error.ts': errorClass(OWNERS_FIELD) });
    commit(repo, BOT, 'chore: sync repo', '2026-01-02T00:00:00Z');
    write(repo, { 'src/core/error.ts': errorClass() });
    commit(repo, BOT, 'chore: remove custom code', '2026-01-03T00:00:00Z');
    write(repo, { 'src/core/error.ts': errorClass(OWNERS_FIELD, 'readonly title: string | undefined;') });
    commit(repo, PERSON, 'feat(custom): custom back', '2026-01-04T00:00:00Z');
    // A later generation writes the field itself, in its own place: its output, as before.
    write(repo, { 'src/core/error.ts': errorClass('readonly title: string | undefined;', OWNERS_FIELD) });
    commit(repo, BOT, 'feat(api): error codes', '2026-01-05T00:00:00Z');

    const changes = generationsSince(repo, base).get('src/core/error.ts')!;
    expect(hunkMadeBy(`+  ${OWNERS_FIELD}\n`, changes)).toBe(true);
  });
});
