/**
 * Stainless's bot commits a generation to the `generated` branch and, in the same run, to main (same subject,
 * seconds apart); main's commit may carry custom code besides (runway's `uploads` resource: a module of the owners'
 * with Stainless's header, its line in the client). What main's commit adds that its twin lacks is the owners' code:
 * the module stays theirs (not Stainless's output to be removed) and its client line is a hand edit to carry.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-generations-trailer-before-base.test.ts samples migrate's base selection (docs/contributing.md,
// "What `npm test` samples").
import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generationsSince } from '../generator/migrate/repository/generations';
import { findStainlessBase } from '../generator/migrate/repository/stainless-repo';
import { twinCustomCode } from '../generator/migrate/repository/twin-generations';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { BOT, client, commit, HEADER, PERSON, pets, stats, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const uploads = `${HEADER}export class Uploads {\n  createEphemeral(file: Blob) {\n    return this.post('/uploads', file);\n  }\n}\n`;
const UPLOADS_LINE = 'uploads = new Uploads(this);';

/** main and `generated`: the same generations, main's second one with the owners' uploads resource beside it. */
function buildHistory(): { repo: string; base: string } {
  const repo = tempDir('twin-custom-code-');
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/client.ts': client(['Pets']), 'src/resources/pets.ts': pets() });
  commit(repo, BOT, 'feat(api): pets', '2025-07-01T00:00:00Z');
  git(repo, 'branch', 'generated');
  // The second generation: on main with the custom code, on `generated` without, same time and subject.
  write(repo, {
    '.stats.yml': stats(2, 'bbbb'),
    'src/resources/pets.ts': pets('  // v2\n'),
    'src/client.ts': client(['Pets', 'Uploads']),
    'src/resources/uploads.ts': uploads,
  });
  commit(repo, BOT, 'feat(api): support uploads', '2025-08-01T00:00:00Z');
  git(repo, 'checkout', '-q', 'generated');
  write(repo, { '.stats.yml': stats(2, 'bbbb'), 'src/resources/pets.ts': pets('  // v2\n') });
  // (The twin is pushed a little later: runway's, 53 seconds.)
  commit(repo, BOT, 'feat(api): support uploads', '2025-08-01T00:00:53Z');
  // A later generation on `generated` with main's `.stats.yml`: the base, off main's history.
  write(repo, { 'src/resources/pets.ts': pets('  // v2\n') + '\n' });
  const base = commit(repo, BOT, 'chore(internal): codegen related update', '2025-09-01T00:00:00Z');
  git(repo, 'checkout', '-q', '-f', 'main');
  return { repo, base };
}

let built: { repo: string; base: string } | null = null;

/**
 * The history, built once (a git process a step is most of a test's time); each test takes a copy of its own, which
 * it may commit to.
 */
function history(): { repo: string; base: string } {
  built ??= buildHistory();
  const repo = tempDir('twin-custom-code-copy-');
  cpSync(built.repo, repo, { recursive: true });
  return { repo, base: built.base };
}

describe.runIf(SLOW_FULL)('migrate: custom code the bot committed to main beside a generation', () => {
  it('is told apart from the generation its twin on `generated` is', () => {
    const { repo, base } = history();
    const custom = twinCustomCode(repo, base);
    expect([...custom.files]).toEqual(['src/resources/uploads.ts']);
    const lines = [...custom.lines.values()].flatMap((byFile) => [...(byFile.get('src/client.ts') ?? [])]);
    expect(lines).toEqual([UPLOADS_LINE]);
  });

  it('keeps the module the owners’ and their client line a hand edit', () => {
    const { repo, base } = history();
    const found = findStainlessBase(repo, 'generated');
    expect(found?.commit).toBe(base);
    expect(found?.blobs.has('src/resources/pets.ts')).toBe(true);
    expect(found?.blobs.has('src/resources/uploads.ts')).toBe(false);
    const changes = generationsSince(repo, base).get('src/client.ts');
    expect(changes?.botOnly ?? new Set()).not.toContain(UPLOADS_LINE);
    expect(changes?.added ?? new Set()).not.toContain(UPLOADS_LINE);
  });

  it('leaves a bot commit of main without a twin as it was', () => {
    const { repo, base } = history();
    // The bot's commit of main that `generated` never had: its lines stay Stainless's (flowglad's SDK Studio test).
    write(repo, { 'src/client.ts': client(['Pets', 'Uploads', 'Stores']) });
    commit(repo, BOT, 'feat(api): update via SDK Studio', '2025-08-15T00:00:00Z');
    const custom = twinCustomCode(repo, base);
    expect(custom.lines.size).toBe(1);
    expect(generationsSince(repo, base).get('src/client.ts')?.botOnly).toContain('stores = new Stores(this);');
  });

  it('takes what the custom code replaced as removed by the later generation that wrote over it', () => {
    // knock-mgmt: main's release carried the owners' rename (`type Partial as Partial` → `type PartialResource as
    // Partial`) beside the generation its twin is; a later generation (a `Stainless-Generated-From:` commit) wrote
    // over the rename. The hunk from the base to HEAD there is the generation's, not a hand edit to carry.
    const repo = tempDir('twin-custom-replaced-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/client.ts': client(['Pets']), 'src/resources/pets.ts': pets() });
    commit(repo, BOT, 'feat(api): pets', '2025-07-01T00:00:00Z');
    git(repo, 'branch', 'generated');
    const renamed = (line: string) => client(['Pets']).replace('  pets = new Pets(this);\n', line);
    write(repo, {
      '.stats.yml': stats(2, 'bbbb'),
      'src/resources/pets.ts': pets('  // v2\n'),
      'src/client.ts': renamed('  pets = new PetsResource(this); // renamed: Pets names a type of theirs\n'),
    });
    commit(repo, BOT, 'release: 0.2.0', '2025-08-01T00:00:00Z');
    git(repo, 'checkout', '-q', 'generated');
    write(repo, { '.stats.yml': stats(2, 'bbbb'), 'src/resources/pets.ts': pets('  // v2\n') });
    commit(repo, BOT, 'release: 0.2.0', '2025-08-01T00:00:53Z');
    write(repo, { 'src/resources/pets.ts': pets('  // v2\n') + '\n' });
    const base = commit(repo, BOT, 'chore(internal): codegen related update', '2025-09-01T00:00:00Z');
    git(repo, 'checkout', '-q', '-f', 'main');
    write(repo, { 'src/client.ts': renamed('  petsResource = new PetsResource(this);\n') });
    commit(repo, PERSON, 'Build SDK\n\nStainless-Generated-From: ' + '1'.repeat(40), '2025-10-01T00:00:00Z');
    const changes = generationsSince(repo, base).get('src/client.ts');
    expect([...(changes?.removed ?? [])]).toContain('pets = new Pets(this);');
  });
});
