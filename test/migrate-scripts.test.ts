/**
 * `sdkgen migrate` and the scripts a Stainless repository runs, on a repository with real history
 * (test/helpers/stainless-repository.ts: Stainless's generations on `generated`, merged into `main`, the owners'
 * commits between them). Stainless's later generation adds its mock script, an upload helper below `scripts/utils/`
 * and Are the Types Wrong to its lint; the owners then edit Stainless's `scripts/format` (which only Stainless's
 * package.json scripts `format` and `fix` run) and `scripts/mock`, and add a script of their own one folder down, `scripts/ci/e2e.sh`, which their workflow
 * runs and which runs the mock (by a path from its own folder, `"$(dirname "$0")/../mock"`) and the upload helper.
 *
 * After the move: each script they edited that something staying runs stays as they left it (a nested script of
 * theirs counts as a caller as a top-level one does; so does a package.json script of Stainless's that sdkgen's
 * package.json has not, which stays with it, with the packages the script runs, found by their bins: `attw` is
 * @arethetypeswrong/cli's); their nested script's call to what goes is reported with its line; every byte of their
 * scripts is as it was.
 */
import { chmodSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { git, sdkgen } from './helpers/git-repo';
import { removeWhenAllPass, tempDir } from './helpers/sdk';
import { ALICE, buildRepository, config, read, spec, STAINLESS_BOT, write } from './helpers/stainless-repository';

/** Stainless's scripts as its later generations have them, in the shape of its other scripts. */
const stainlessScript = (body: string) => `#!/usr/bin/env bash\n\nset -e\n\ncd "$(dirname "$0")/.."\n\n${body}\n`;
const STAINLESS_MOCK = stainlessScript('npx prism mock "${1:-openapi.yml}"');
const UPLOAD_ARTIFACT = '#!/usr/bin/env bash\nset -exuo pipefail\ncurl -X PUT --data-binary @dist.tar.gz "$URL"\n';
const GIT_SWAP = '#!/usr/bin/env bash\nset -exuo pipefail\ngit checkout -- package.json\n';

/** Stainless's later generation checks the package's types with Are the Types Wrong (whose bin is `attw`). */
const ATTW = '@arethetypeswrong/cli';
const STAINLESS_ATTW = './node_modules/.bin/attw --pack dist -f json >.attw.json || true';
/**
 * The owners' edits: prettier with its cache, then Are the Types Wrong on the package they publish, run from the
 * script's folder; the mock on the port their tests use.
 */
const OWNERS_FORMAT = (text: string) =>
  `${text.replace('prettier --write .', 'prettier --cache --write .')}"$(dirname "$0")/../node_modules/.bin/attw" --pack .\n`;
const OWNERS_MOCK = STAINLESS_MOCK.replace('npx prism mock', 'npx prism mock --port 4011');
/** Their end-to-end script, one folder below scripts/, and the workflow that runs it. */
const E2E = [
  '#!/usr/bin/env bash',
  'set -euo pipefail',
  '"$(dirname "$0")/../mock" &',
  'cd "$(dirname "$0")/../.."',
  'npm test',
  '(cd dist && npm pack --dry-run)',
  './scripts/utils/upload-artifact.sh',
  'cd scripts/utils',
  './git-swap.sh',
  '',
].join('\n');
/** Their workflow runs it, and checks the package with publint, a package of Stainless's that nothing else runs. */
const E2E_WORKFLOW =
  'name: E2E\non: [push]\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n' +
  '      - run: ./scripts/ci/e2e.sh\n      - run: npx publint --strict\n';

let dir = '';
removeWhenAllPass(() => dir);

describe("sdkgen migrate: the scripts the owners edited and wrote, nested ones and those package.json's run", () => {
  let repo = '';
  let migrated: ReturnType<typeof sdkgen>;
  let report: MigrateResult;
  const owners = new Map<string, string>();

  beforeAll(() => {
    dir = tempDir('migrate-scripts');
    repo = path.join(dir, 'js-sdk');
    buildRepository(repo, { generator: STAINLESS_BOT, releaser: STAINLESS_BOT });
    // Stainless's later generation: its mock script and its upload helper.
    git(repo, 'checkout', '-q', 'generated');
    write(repo, 'scripts/mock', STAINLESS_MOCK);
    write(repo, 'scripts/utils/upload-artifact.sh', UPLOAD_ARTIFACT);
    write(repo, 'scripts/utils/git-swap.sh', GIT_SWAP);
    write(repo, 'scripts/lint', `${read(repo, 'scripts/lint')}${STAINLESS_ATTW}\n`);
    const stainlessPackage = JSON.parse(read(repo, 'package.json')) as { devDependencies: Record<string, string> };
    stainlessPackage.devDependencies = { [ATTW]: '^0.17.0', publint: '^0.2.0', ...stainlessPackage.devDependencies };
    write(repo, 'package.json', `${JSON.stringify(stainlessPackage, null, 2)}\n`);
    for (const file of ['scripts/mock', 'scripts/utils/upload-artifact.sh', 'scripts/utils/git-swap.sh'])
      chmodSync(path.join(repo, file), 0o755);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'chore(internal): codegen related update', '--author', STAINLESS_BOT);
    git(repo, 'checkout', '-q', 'main');
    git(
      repo,
      '-c',
      'user.name=Alice Ng',
      '-c',
      'user.email=alice@onebusaway.org',
      'merge',
      '-q',
      '--no-ff',
      'generated',
    );
    // The owners' commit: their edits to two of Stainless's scripts, their nested script and its workflow.
    write(repo, 'scripts/format', OWNERS_FORMAT(read(repo, 'scripts/format')));
    write(repo, 'scripts/mock', OWNERS_MOCK);
    write(repo, 'scripts/ci/e2e.sh', E2E);
    chmodSync(path.join(repo, 'scripts/ci/e2e.sh'), 0o755);
    write(repo, '.github/workflows/e2e.yml', E2E_WORKFLOW);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'ci: end-to-end tests against the mock; prettier cache', '--author', ALICE);
    for (const file of ['scripts/format', 'scripts/mock', 'scripts/ci/e2e.sh', '.github/workflows/e2e.yml'])
      owners.set(file, read(repo, file));
    // Their install: node_modules (ignored by git), where each package's manifest names its bins.
    write(repo, `node_modules/${ATTW}/package.json`, JSON.stringify({ name: ATTW, bin: { attw: 'dist/index.js' } }));
    const inputs = path.join(dir, 'sdk-config');
    write(inputs, 'openapi.yml', spec());
    write(inputs, 'stainless.yml', config());
    migrated = sdkgen(
      repo,
      'migrate',
      '--spec',
      path.join(inputs, 'openapi.yml'),
      '--config',
      path.join(inputs, 'stainless.yml'),
      '--no-lockfile',
      '--format',
      'json',
    );
    report = JSON.parse(migrated.stdout) as MigrateResult;
  }, 300_000);

  it('moves with exit 0, nothing of theirs rejected or left for a hand', () => {
    expect(migrated.stderr).toBe('');
    expect(report.rejected).toEqual([]);
    expect(report.needsHand).toEqual([]);
    expect(migrated.code).toBe(0);
  });

  it("keeps every byte of their scripts and of Stainless's they edited, executable still", () => {
    for (const [file, text] of owners) expect({ file, text: read(repo, file) }).toEqual({ file, text });
    for (const file of ['scripts/format', 'scripts/mock', 'scripts/ci/e2e.sh'])
      expect(statSync(path.join(repo, file)).mode & 0o111).not.toBe(0);
  });

  it("keeps Stainless's mock script they edited, which their nested script runs", () => {
    expect(report.keptCalledScripts).toContain('scripts/mock');
    expect(report.removed).not.toContain('scripts/mock');
  });

  it("reports their nested script's calls to Stainless's helpers, which go, each from the folder its cd leads to", () => {
    expect(existsSync(path.join(repo, 'scripts/utils/upload-artifact.sh'))).toBe(false);
    // Line 7 runs at the root (the cd of line 6 ends with its subshell), line 9 in scripts/utils.
    expect(report.removedCalls).toEqual([
      {
        at: 'scripts/ci/e2e.sh:7',
        command: './scripts/utils/upload-artifact.sh',
        removed: ['scripts/utils/upload-artifact.sh'],
        instead: null,
      },
      { at: 'scripts/ci/e2e.sh:9', command: './git-swap.sh', removed: ['scripts/utils/git-swap.sh'], instead: null },
    ]);
  });

  it('keeps the package of a program their workflow runs (npx publint), which nothing of Stainless runs', () => {
    const pkg = JSON.parse(read(repo, 'package.json')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.publint).toBe('^0.2.0');
  });

  it("keeps Stainless's format script they edited with the package.json scripts that run it, and what it runs", () => {
    expect(report.keptCalledScripts).toEqual(['scripts/format', 'scripts/mock']);
    const pkg = JSON.parse(read(repo, 'package.json')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.scripts.format).toBe('./scripts/format');
    expect(pkg.scripts.fix).toBe('./scripts/format');
    expect(pkg.devDependencies.prettier).toBe('^3.0.0');
    // attw is the bin of @arethetypeswrong/cli: its package stays, and no program is left without one.
    expect(pkg.devDependencies[ATTW]).toBe('^0.17.0');
    expect(report.unknownPrograms).toEqual([]);
    // What sdkgen's package.json has is sdkgen's still.
    expect(pkg.scripts.lint).not.toBe('./scripts/lint');
  });
});
