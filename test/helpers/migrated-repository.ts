/**
 * A repository the test builds (Stainless's generation, then the owners' commits, `openapi.json` and `stainless.yml`
 * at its root), migrated by the CLI as a person runs it, with its JSON report: the set-up of the tests that read
 * what `sdkgen migrate` did to one kind of owners' edit.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { MigrateResult } from '../../generator/api/migrate';
import { sdkgen } from './git-repo';
import { tempDir } from './sdk';

export interface MigratedRepository {
  repo: string;
  report: MigrateResult;
  code: number | null;
}

/** `build` run in a new `acme-sdk` folder under a temporary one named `name`, then `sdkgen migrate` run there. */
export function migratedRepository(name: string, build: (repo: string) => void): MigratedRepository {
  const repo = path.join(tempDir(name), 'acme-sdk');
  mkdirSync(repo, { recursive: true });
  build(repo);
  const run = sdkgen(repo, 'migrate', '--spec', 'openapi.json', '--no-lockfile', '--format', 'json');
  return { repo, report: JSON.parse(run.stdout) as MigrateResult, code: run.code };
}
