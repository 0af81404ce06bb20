/**
 * An owners' module at the path of one of sdkgen's runtime modules, which Stainless's generations never wrote (groq's
 * owners added their streaming at `src/core/streaming.ts`): sdkgen's client imports its own module there. Theirs stays
 * byte for byte (an owners' file is never rewritten), a step for a person that says whether sdkgen's module exports
 * every name the owners' code imports from theirs (deleting theirs is then enough) or names what sdkgen's lacks.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-r28-ws-own-runtime.test.ts samples the owners' edits carried by migrate (docs/contributing.md,
// "What `npm test` samples").
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { writeFile as write } from './helpers/files';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { tempDir } from './helpers/sdk';
import { PROJECT, read, writeGenerationStubs } from './helpers/stainless-repository';
import { SLOW_FULL } from './helpers/slow-tests';

/** The owners' error module, at sdkgen's `src/core/error.ts`: their lib imports `APIError`, which sdkgen's has. */
const OWN_ERROR = `export class APIError extends Error {
  constructor(readonly status: number | undefined) {
    super(\`status \${status}\`);
  }
}

export function _describe(error: APIError): string {
  return error.message;
}
`;

/** The owners' `src/internal/env.ts`, with a name sdkgen's module at that path does not have. */
const OWN_ENV = `export function sleepWithJitter(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms * Math.random()));
}
`;

const OWN_LIB = `export * from '../core/error';
import { sleepWithJitter } from '../internal/env';

export const pause = () => sleepWithJitter(10);
`;

describe.runIf(SLOW_FULL)("sdkgen migrate: the owners' own module at the path of sdkgen's runtime module", () => {
  let repo: string;
  let report: MigrateResult;

  beforeAll(() => {
    repo = path.join(tempDir('migrate-own-runtime-path'), 'onebusaway-sdk');
    mkdirSync(repo, { recursive: true });
    git(repo, 'init', '-q', '-b', 'generated');
    write(repo, 'package.json', read(PROJECT, 'expected/package.json'));
    writeGenerationStubs(repo);
    commitGenerationThenMain(repo, 'Stainless: generate');
    write(repo, 'src/core/error.ts', OWN_ERROR);
    write(repo, 'src/internal/env.ts', OWN_ENV);
    write(repo, 'src/lib/helpers.ts', OWN_LIB);
    write(repo, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    write(repo, 'stainless.yml', read(PROJECT, 'stainless.yml'));
    commitAll(repo, 'our error and sleep modules');
    report = JSON.parse(sdkgen(repo, 'migrate', '--format', 'json', '--no-lockfile').stdout) as MigrateResult;
  }, 600_000);

  it("keeps theirs where sdkgen's has every name their code imports, and says deleting theirs is enough", () => {
    expect(read(repo, 'src/core/error.ts')).toBe(OWN_ERROR);
    const step = report.needsHand.find((n) => n.path === 'src/core/error.ts');
    expect(step?.reason).toContain("sdkgen's exports APIError, all your code imports from it");
    expect(step?.reason).toContain('delete yours (git keeps it) and regenerate');
    // (Written with their own bytes: recorded as their edit of sdkgen's file, so that `sdkgen update` merges onto it.)
    expect(report.writes.find((w) => w.path === 'src/core/error.ts')?.contents ?? OWN_ERROR).toBe(OWN_ERROR);
  });

  it('keeps theirs, for a person, where sdkgen’s lacks a name their code imports', () => {
    expect(read(repo, 'src/internal/env.ts')).toBe(OWN_ENV);
    const step = report.needsHand.find((n) => n.path === 'src/internal/env.ts');
    expect(step?.reason).toContain("sdkgen's lacks sleepWithJitter, which your code imports from it");
    expect(report.writes.find((w) => w.path === 'src/internal/env.ts')?.contents ?? OWN_ENV).toBe(OWN_ENV);
  });
});
