/**
 * `sdkgen migrate` on a Stainless Python SDK whose owners rewrote parts of Stainless's files that sdkgen writes in
 * other lines: a rule inside a runtime method (which statuses are retried) and a script of their pipeline (how the
 * mock server starts). Their edits cannot go on sdkgen's lines one by one; the owners' whole method takes the place of
 * sdkgen's (migrate/python/reapply/owners-methods.ts), and the owners' script stays whole. Exit 0, and both stay on
 * regeneration.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python-sound-carry.test.ts samples Python migrate (docs/contributing.md, "What `npm test`
// samples").
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { commitGenerationThenMain } from './helpers/git-history';
import { venvPython } from './helpers/python';
import { tempDir } from './helpers/sdk';
import { read, write } from './helpers/stainless-repository';
import { planPythonMigration } from '../generator/migrate/python/plan';
import {
  PETSTORE_SPEC as SPEC,
  PETS_CONFIG as CONFIG,
  expectCleanRegeneration,
  stainlessPythonGeneration,
} from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

const BASE_CLIENT = 'src/acme/_base_client.py';

/** Stainless's retry rule, in its own lines (sdkgen's runtime says the same in others). */
const STAINLESS_RETRY = [
  '    def _should_retry(',
  '        self,',
  '        response: httpx.Response,',
  '    ) -> bool:',
  '        should_retry_header = response.headers.get("x-should-retry")',
  '        if should_retry_header == "true":',
  '            return True',
  '        if should_retry_header == "false":',
  '            return False',
  '',
  '        if response.status_code in (408, 409, 429):',
  '            return True',
  '',
  '        if response.status_code >= 500:',
  '            log.debug("Retrying due to status code %i", response.status_code)',
  '            return True',
  '',
  '        return False',
].join('\n');
const OWNERS_RETRY = STAINLESS_RETRY.replace(
  'if response.status_code >= 500:',
  'if response.status_code in (\n            502,  # Bad Gateway\n            503,\n        ):',
);

const STAINLESS_MOCK = [
  '#!/usr/bin/env bash',
  'set -e',
  'URL="$1"',
  'echo "==> Starting mock server with URL ${URL}"',
  'npx prism mock "$URL"',
  '',
].join('\n');
const OWNERS_MOCK = STAINLESS_MOCK.replace(
  'echo "==> Starting mock server with URL ${URL}"\nnpx prism mock "$URL"',
  'SPEC_PATH="$(mktemp)"\ncurl -s "$URL" -o "$SPEC_PATH"\nnpx prism mock "$SPEC_PATH"',
);

/** Stainless's test script, and the owners' rewrite of its last lines (uv in place of Rye). */
const STAINLESS_TEST = [
  '#!/usr/bin/env bash',
  'set -e',
  'cd "$(dirname "$0")/.."',
  'echo "==> Running tests"',
  'rye run pytest "$@"',
  '',
].join('\n');
const OWNERS_TEST = STAINLESS_TEST.replace(
  'echo "==> Running tests"\nrye run pytest "$@"',
  'echo "==> Running tests with uv"\nuv run --frozen pytest "$@"',
);

/** sdkgen's method `name` of `text` (its `def` line to the next member), replaced by `method`. */
function withMethod(text: string, name: string, method: string): string {
  const pattern = new RegExp(`^    def ${name}\\([\\s\\S]*?(?=\\n\\n    (?:def|@|async def) )`, 'm');
  expect(text).toMatch(pattern);
  return text.replace(pattern, method);
}

describe.runIf(SLOW_FULL)("sdkgen migrate: the owners' rewrites of a runtime method and of a script", () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    const work = tempDir('migrate-python-owners-rewrites');
    ({ repo } = stainlessPythonGeneration(work, CONFIG));
    // Stainless's texts of the two, other than sdkgen's.
    write(repo, BASE_CLIENT, withMethod(read(repo, BASE_CLIENT), '_should_retry', STAINLESS_RETRY));
    write(repo, 'scripts/mock', STAINLESS_MOCK);
    write(repo, 'scripts/test', STAINLESS_TEST);
    write(repo, '.stats.yml', 'configured_endpoints: 2\n');
    const base = commitGenerationThenMain(repo);
    write(repo, BASE_CLIENT, read(repo, BASE_CLIENT).replace(STAINLESS_RETRY, OWNERS_RETRY));
    write(repo, 'scripts/mock', OWNERS_MOCK);
    write(repo, 'scripts/test', OWNERS_TEST);
    git(repo, 'commit', '-qam', 'fix: retry only what the gateway asks us to; mock a downloaded spec; test with uv');
    run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', path.join(work, 'stainless.yml'), '--base', base);
  }, 600_000);

  it("puts the owners' method in place of sdkgen's and keeps their script whole, exit 0", () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const client = read(repo, BASE_CLIENT);
    expect(client).toContain(OWNERS_RETRY);
    expect(client.match(/def _should_retry\(/g)).toHaveLength(1);
    const compiled = spawnSync(venvPython(), ['-m', 'py_compile', path.join(repo, BASE_CLIENT)], { encoding: 'utf8' });
    expect(compiled.status, compiled.stderr).toBe(0);
    expect(read(repo, 'scripts/mock')).toBe(OWNERS_MOCK);
    expect(read(repo, 'scripts/test')).toBe(OWNERS_TEST);
  });

  it('keeps both on regeneration, and check is green', () => {
    expectCleanRegeneration(repo);
  });

  it("leaves the owners' rewritten scripts alone when sdkgen's own script changes (a spec of another name)", () => {
    // sdkgen's scripts/test names the spec it mocks: a spec moved to another name changes sdkgen's script, which the
    // owners' rewrite shares no lines with. sdkgen writes none of their scripts any more: nothing to merge.
    const manifest = JSON.parse(read(repo, '.sdkgen/manifest.json')) as {
      inputs: { spec: string; deleted?: string[] };
    };
    expect(manifest.inputs.deleted).toEqual(['scripts/mock', 'scripts/test']);
    git(repo, 'mv', manifest.inputs.spec, 'api-spec.yaml');
    const again = sdkgen(
      repo,
      'generate',
      'api-spec.yaml',
      '--config',
      path.join(repo, '..', 'stainless.yml'),
      '--target',
      'python',
      '-o',
      '.',
    );
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout + again.stderr).not.toMatch(/conflict/i);
    expect(read(repo, 'scripts/test')).toBe(OWNERS_TEST);
    expect(read(repo, 'scripts/mock')).toBe(OWNERS_MOCK);
    expect(git(repo, 'status', '--short', '--', 'scripts')).toBe('');
  });
});

describe.runIf(SLOW_FULL)("the owners' method in place of sdkgen's (plan)", () => {
  const path = 'src/acme/_base_client.py';
  const stainless = `import httpx\n\nclass BaseClient:\n${STAINLESS_RETRY}\n\n    def close(self) -> None:\n        pass\n`;
  const owners = stainless.replace(STAINLESS_RETRY, OWNERS_RETRY);
  const sdkgenClient = (signature: string) =>
    [
      'import httpx',
      'import logging',
      '',
      'log = logging.getLogger(__name__)',
      '',
      'class BaseClient:',
      `    def _should_retry(${signature}) -> bool:`,
      '        return response.status_code in (408, 409, 429) or response.status_code >= 500',
      '',
      '    def close(self) -> None:',
      '        pass',
      '',
    ].join('\n');
  const plan = (rendered: string, edited = owners) =>
    planPythonMigration({
      current: [{ path, blob: 'owners', text: edited }],
      base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
      rendered: [{ path, contents: rendered }],
      importName: 'acme',
    });

  it('takes it whole where the class has the method with the same parameters', () => {
    const carried = plan(sdkgenClient('self, response: httpx.Response'));
    expect(carried.needsHand).toEqual([]);
    const text = carried.writes.find((f) => f.path === path)!.contents;
    expect(text).toContain(OWNERS_RETRY);
    expect(text).not.toContain('(408, 409, 429) or');
    expect(text).toContain('    def close(self) -> None:');
  });

  it('leaves it for a person where the parameters differ, or a name it uses is in neither module', () => {
    expect(plan(sdkgenClient('self, response: httpx.Response, attempt: int')).needsHand).toHaveLength(1);
    const unknown = owners.replace('502,  # Bad Gateway', '*GATEWAY_STATUSES,');
    expect(plan(sdkgenClient('self, response: httpx.Response'), unknown).needsHand).toHaveLength(1);
  });

  it("keeps the owners' script whole where their edits do not go on sdkgen's, and carries them where they do", () => {
    const script = 'scripts/mock';
    const plan = (rendered: string) =>
      planPythonMigration({
        current: [{ path: script, blob: 'owners', text: OWNERS_MOCK }],
        base: { blobs: new Map([[script, 'stainless']]), texts: new Map([[script, STAINLESS_MOCK]]) },
        rendered: [{ path: script, contents: rendered }],
        importName: 'acme',
      });
    const other = plan('#!/usr/bin/env bash\nexec npx -y prism-cli mock "${1:?spec}"\n');
    expect(other.needsHand).toEqual([]);
    expect(other.writes).toEqual([{ path: script, contents: OWNERS_MOCK }]);
    expect(other.keptRewrittenScripts).toEqual([script]);
    expect(other.keptRepositoryFiles).toEqual([]);
    // sdkgen's script with Stainless's lines: their edit goes on it, and sdkgen's script stays sdkgen's.
    const same = plan(`${STAINLESS_MOCK}echo done\n`);
    expect(same.writes).toEqual([{ path: script, contents: `${OWNERS_MOCK}echo done\n` }]);
    expect(same.keptRewrittenScripts).toEqual([]);
    expect(same.keptRepositoryFiles).toEqual([]);
  });
});
