/**
 * An owners' module at the path of one of sdkgen's runtime modules, which Stainless never wrote (issue 89, groq's
 * `src/core/streaming.ts`): migrate keeps it byte for byte and records it as their edit of sdkgen's module (sdkgen's
 * text the base of the next merge), so that `sdkgen update` regenerates the repository, keeping theirs, where it
 * refused to overwrite "a file sdkgen did not write" while `sdkgen check` called the repository up to date.
 * The plan is checked in `npm test`; the migration and update in a real repository (a minute on a loaded machine) with
 * SDKGEN_SLOW_TESTS=full, as CI runs it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { planMigration } from '../generator/migrate/plan';
import { checkoutOf } from './helpers/plan-inputs';
import { writeFile as write } from './helpers/files';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { tempDir } from './helpers/sdk';
import { PROJECT, read, writeGenerationStubs } from './helpers/stainless-repository';

const OWN_ERROR = `export class APIError extends Error {
  constructor(readonly status: number | undefined) {
    super(\`status \${status}\`);
  }
}
`;

const SLOW = process.env.SDKGEN_SLOW_TESTS === 'full';

describe("migrate's plan: the owners' module at sdkgen's runtime path", () => {
  it("writes theirs byte for byte, sdkgen's text recorded as the base of the next merge", () => {
    const sdkgens = 'export class APIError extends Error {}\nexport class NotFoundError extends APIError {}\n';
    const plan = planMigration({
      current: checkoutOf({ 'src/core/error.ts': OWN_ERROR, 'src/lib/helpers.ts': "export * from '../core/error';\n" }),
      base: { blobs: new Map(), texts: new Map() },
      rendered: [{ path: 'src/core/error.ts', contents: sdkgens }],
    });
    expect(plan.writes.filter((f) => f.path === 'src/core/error.ts').map((f) => f.contents)).toEqual([OWN_ERROR]);
    expect(plan.generated.find((f) => f.path === 'src/core/error.ts')?.contents).toBe(sdkgens);
    expect(plan.needsHand.map((n) => n.path)).toContain('src/core/error.ts');
  });
});

describe.runIf(SLOW)("sdkgen migrate, then update: the owners' module at sdkgen's runtime path", () => {
  let repo: string;
  let report: MigrateResult;

  beforeAll(() => {
    repo = path.join(tempDir('migrate-r28-own-runtime'), 'onebusaway-sdk');
    mkdirSync(repo, { recursive: true });
    git(repo, 'init', '-q', '-b', 'generated');
    write(repo, 'package.json', read(PROJECT, 'expected/package.json'));
    writeGenerationStubs(repo);
    commitGenerationThenMain(repo, 'Stainless: generate');
    write(repo, 'src/core/error.ts', OWN_ERROR);
    write(repo, 'src/lib/helpers.ts', "export * from '../core/error';\n");
    write(repo, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    write(repo, 'stainless.yml', read(PROJECT, 'stainless.yml'));
    commitAll(repo, 'our error module');
    report = JSON.parse(sdkgen(repo, 'migrate', '--format', 'json', '--no-lockfile').stdout) as MigrateResult;
    commitAll(repo, 'sdkgen migrate');
  }, 600_000);

  it('keeps theirs byte for byte, for a person to decide on', () => {
    expect(read(repo, 'src/core/error.ts')).toBe(OWN_ERROR);
    expect(report.needsHand.map((n) => n.path)).toContain('src/core/error.ts');
  });

  it('regenerates with `sdkgen update`, theirs kept, and `sdkgen check` agrees', () => {
    const update = sdkgen(repo, 'update', '--branch', 'sdkgen/update');
    expect(`${update.stdout}${update.stderr}`).not.toContain('refusing to overwrite');
    expect(update.code, `${update.stdout}${update.stderr}`).toBe(0);
    expect(read(repo, 'src/core/error.ts')).toBe(OWN_ERROR);
    const check = sdkgen(repo, 'check');
    expect(check.code, `${check.stdout}${check.stderr}`).toBe(0);
  }, 600_000);
});
