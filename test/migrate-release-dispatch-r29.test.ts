/**
 * sdkgen's TypeScript release workflow where the repository keeps one workflow that publishes to npm and none that
 * makes the releases (the owners' own publish workflow): sdkgen's makes the releases and starts theirs, by a dispatch
 * for the release's tag, to publish each one (a release made with the workflow's own token starts no `release:
 * published` workflow; two publishers would publish each release twice). Before, migrate left that to a person
 * (exit 1), as it still does where theirs cannot be started.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

// sdkgen's release.yml as its template writes it.
const OURS = readFileSync('templates/base/github/workflows/release.yml.hbs', 'utf8')
  .replaceAll('$\\{{', '${{')
  .replaceAll('{{envPrefix}}', 'ACME');
const PUBLISH = '.github/workflows/publish.yml';
const publish = (on: string) =>
  `name: Publish\non:\n${on}jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n` +
  '      - uses: actions/checkout@v4\n      - run: npm ci && npm run build\n      - run: npm publish --access public\n' +
  '        env:\n          NODE_AUTH_TOKEN: ${{ secrets.ACME_NPM }}\n';

const plan = (theirs: string) =>
  planMigration({
    current: [{ path: PUBLISH, blob: 'theirs', text: theirs }],
    base: { blobs: new Map(), texts: new Map() },
    rendered: [{ path: '.github/workflows/release.yml', contents: OURS }],
  });
const written = (result: ReturnType<typeof planMigration>) =>
  result.writes.find((f) => f.path === '.github/workflows/release.yml')?.contents;

describe("migrate: the owners' npm publishing workflow beside sdkgen's release workflow", () => {
  it('is started by sdkgen’s for each release it makes', () => {
    const result = plan(publish('  workflow_dispatch:\n  release:\n    types: [published]\n'));
    expect(result.needsHand).toEqual([]);
    expect(result.kept).toContain(PUBLISH);
    const release = written(result)!;
    expect(release).toContain('uses: googleapis/release-please-action@v4');
    expect(release).toContain('      tag: ${{ steps.release.outputs.tag_name }}');
    expect(release).toContain('run: gh workflow run publish.yml --repo "$GITHUB_REPOSITORY" --ref "$TAG"');
    expect(release).toContain('actions: write');
    // Ours publishes nothing itself: theirs does, once.
    expect(release).not.toContain('npm publish');
    expect(release).not.toContain('NODE_AUTH_TOKEN');
  });

  it('is left to a person where it cannot be started', () => {
    const result = plan(publish('  release:\n    types: [published]\n'));
    expect(result.needsHand).toEqual([{ path: PUBLISH, reason: expect.stringContaining('publishes to npm') }]);
    expect(written(result)).toBe(OURS);
  });
});
