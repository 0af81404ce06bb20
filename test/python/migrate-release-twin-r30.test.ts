/**
 * Stainless's bot merges release-please's release pull request into main as one squashed commit (`release: 2.2.1`),
 * which carries the owners' commits merged since the last release beside the generations; in the same run it pushes a
 * version bump to the `generated` branch. What the release adds that the bump's tree lacks is the owners' code
 * (writer-python's `_extract_sdk_env_headers` and its calls in the client), not output of Stainless's to drop.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python.test.ts samples Python migrate (docs/contributing.md, "What `npm test` samples").
import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generationsSince } from '../../generator/migrate/repository/generations';
import { twinCustomCode } from '../../generator/migrate/repository/twin-generations';
import { git } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { BOT, commit, stats, write } from '../helpers/stainless-history';
import { PYTHON_FULL } from '../helpers/python';

const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const CLIENT = 'src/petstore/_client.py';
const ENV_FUNCTION =
  'def _env_headers() -> dict[str, str]:\n    return {k[len("PETSTORE_HEADER_"):]: v for k, v in os.environ.items()}\n';
const CALL = 'default_headers = {**_env_headers(), **(default_headers or {})}';

const client = (custom: boolean) =>
  `${HEADER}import os\n\n${custom ? `\n${ENV_FUNCTION}\n` : ''}\nclass Petstore:\n` +
  `    def __init__(self, default_headers: dict[str, str] | None = None) -> None:\n` +
  `${custom ? `        ${CALL}\n` : ''}        self.default_headers = default_headers\n`;
const version = (v: string) => `${HEADER}__version__ = "${v}"\n`;

/** main with the owners' code in its release; `generated` with the bump `bumpAt` (or none), then the base. */
function buildHistory(bumpAt: string | null): { repo: string; base: string } {
  const repo = tempDir('release-twin-');
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, {
    '.stats.yml': stats(1, 'aaaa'),
    [CLIENT]: client(false),
    'src/petstore/_version.py': version('1.0.0'),
  });
  commit(repo, BOT, 'feat(api): pets', '2025-07-01T00:00:00Z');
  git(repo, 'branch', 'generated');
  write(repo, { [CLIENT]: client(true), 'src/petstore/_version.py': version('1.1.0') });
  commit(repo, BOT, 'release: 1.1.0 (#12)', '2025-08-01T00:00:00Z');
  git(repo, 'checkout', '-q', 'generated');
  if (bumpAt !== null) {
    write(repo, { 'src/petstore/_version.py': version('1.1.0') });
    commit(repo, BOT, 'chore(internal): version bump', bumpAt);
  }
  // A later generation on `generated`: the base, off main's history.
  write(repo, { '.stats.yml': stats(1, 'aaaa') + '\n' });
  const base = commit(repo, BOT, 'chore(internal): codegen related update', '2025-09-01T00:00:00Z');
  git(repo, 'checkout', '-q', '-f', 'main');
  return { repo, base };
}

const built = new Map<string, { repo: string; base: string }>();
function history(bumpAt: string | null): { repo: string; base: string } {
  const key = String(bumpAt);
  if (!built.has(key)) built.set(key, buildHistory(bumpAt));
  const { repo: original, base } = built.get(key)!;
  const repo = tempDir('release-twin-copy-');
  cpSync(original, repo, { recursive: true });
  return { repo, base };
}

describe.runIf(PYTHON_FULL)('migrate: the owners’ code a release of main carried', () => {
  it('is the owners’, told apart by the version bump of the same run on `generated`', () => {
    const { repo, base } = history('2025-08-01T00:00:21Z');
    const lines = [...twinCustomCode(repo, base).lines.values()].flatMap((byFile) => [...(byFile.get(CLIENT) ?? [])]);
    expect(lines).toContain(CALL);
    expect(lines).toContain('def _env_headers() -> dict[str, str]:');
    // The version the bump has too is the release's output, not theirs.
    expect(lines.some((line) => line.includes('__version__'))).toBe(false);
    const changes = generationsSince(repo, base).get(CLIENT);
    expect(changes?.botOnly ?? new Set()).not.toContain(CALL);
    expect(changes?.added ?? new Set()).not.toContain(CALL);
  });

  it('stays the bot’s where no bump of the same run is there to compare', () => {
    const { repo, base } = history('2025-08-02T00:00:00Z');
    expect(twinCustomCode(repo, base).lines.size).toBe(0);
    expect(generationsSince(repo, base).get(CLIENT)?.botOnly).toContain(CALL);
  });
});
