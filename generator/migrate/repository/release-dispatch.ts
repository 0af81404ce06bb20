/**
 * sdkgen's release workflow (TypeScript's and Python's) where the repository keeps one workflow that publishes the package and none that makes
 * the releases (the owners' own `publish.yml`, or Stainless's publish workflow they edited): ours makes the releases
 * and starts theirs, by a dispatch for the release's tag, to publish each one, their way (their secrets, their
 * steps). A release made with the workflow's own token starts no `release: published` workflow (GitHub starts none
 * from that token's events but a dispatch), and two publishers would publish each release twice.
 */

/** A workflow of the repository: its path and text. */
export interface Workflow {
  path: string;
  text: string;
}

/**
 * `ours` (sdkgen's release.yml as its template writes it) with its publish job starting `publisher` for each release it
 * makes, in place of building and publishing the package itself; `header`: the comment lines put before its `name:`
 * in place of the template's (saying which workflow of theirs publishes, and where to). Null where theirs cannot be
 * dispatched (no `workflow_dispatch` trigger) or ours is not the template's shape: a person then keeps one publisher.
 */
export function dispatchingPublisher(ours: string, publisher: Workflow, header: readonly string[]): string | null {
  if (!/^\s+workflow_dispatch:/m.test(publisher.text) && !/^on:.*\bworkflow_dispatch\b/m.test(publisher.text))
    return null;
  const lines = ours.split('\n');
  const publish = lines.indexOf('  publish:');
  const released = lines.findIndex((line) =>
    /^ {6}released: \$\{\{ steps\.release\.outputs\.release_created \}\}$/.test(line),
  );
  const name = lines.findIndex((line) => /^name:/.test(line));
  if (publish < 0 || released < 0 || released > publish || name < 0) return null;
  const file = publisher.path.split('/').pop()!;
  const job = [
    '  publish:',
    '    needs: release-please',
    "    if: needs.release-please.outputs.released == 'true'",
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      actions: write # to start the publishing workflow',
    '    steps:',
    `      - name: Publish the release with ${file}`,
    '        env:',
    '          GH_TOKEN: ${{ github.token }}',
    '          TAG: ${{ needs.release-please.outputs.tag }}',
    `        run: gh workflow run ${file} --repo "$GITHUB_REPOSITORY" --ref "$TAG"`,
    '',
  ];
  return [
    ...header,
    ...lines.slice(name, released + 1),
    '      tag: ${{ steps.release.outputs.tag_name }}',
    ...lines.slice(released + 1, publish),
    ...job,
  ].join('\n');
}
