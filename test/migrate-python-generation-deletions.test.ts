/**
 * `sdkgen migrate` on a Stainless Python SDK where a file of the base is gone: deleted by a later generation of
 * Stainless's (its bot's commit on the `generated` branch, merged into main) or by the owners. Only the owners'
 * deletion is theirs to keep (and recorded in the manifest's `inputs.deleted`); Stainless's is its output, which
 * sdkgen's file replaces.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python.test.ts samples Python migrate (docs/contributing.md, "What `npm test` samples").
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { read, write } from './helpers/stainless-repository';
import { commitAll, commitGeneration } from './helpers/git-history';
import {
  PETSTORE_SPEC as SPEC,
  STAINLESS_PY_BOT as BOT,
  PETS_CONFIG as CONFIG,
  expectCleanRegeneration,
  stainlessPythonGeneration,
} from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

const DELETED_BY_STAINLESS = 'CONTRIBUTING.md';
const DELETED_BY_OWNERS = 'tests/api_resources/test_pets.py';

/** A repository whose `generated` branch holds one Stainless generation of CONFIG (a bot's commit, `base`). */
function stainlessRepository(name: string): { work: string; repo: string; base: string } {
  const work = tempDir(name);
  const { repo } = stainlessPythonGeneration(work, CONFIG);
  write(repo, '.stats.yml', 'configured_endpoints: 2\n');
  return { work, repo, base: commitGeneration(repo) };
}

describe.runIf(SLOW_FULL)(
  "sdkgen migrate: a file a later Stainless generation deleted is not the owners' deletion",
  () => {
    let repo: string;
    let run: ReturnType<typeof sdkgen>;
    let base: string;

    beforeAll(() => {
      let work: string;
      ({ work, repo, base } = stainlessRepository('migrate-python-generation-deletions'));
      git(repo, 'branch', 'main');
      // A later generation (same spec, same .stats.yml) stops writing a file nothing imports.
      rmSync(path.join(repo, DELETED_BY_STAINLESS));
      commitGeneration(repo, 'chore(internal): codegen related update');
      git(repo, 'checkout', '-q', 'main');
      rmSync(path.join(repo, DELETED_BY_OWNERS));
      commitAll(repo, 'we test the pets ourselves');
      git(repo, 'merge', '-q', '--no-ff', '-m', 'Merge generated', 'generated');
      run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', path.join(work, 'stainless.yml'), '--base', base);
    });

    it("writes sdkgen's file where the generation deleted Stainless's, and leaves the owners' deletion", () => {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(existsSync(path.join(repo, DELETED_BY_STAINLESS))).toBe(true);
      expect(existsSync(path.join(repo, DELETED_BY_OWNERS))).toBe(false);
      const manifest = JSON.parse(read(repo, '.sdkgen/manifest.json')) as { inputs: { deleted?: string[] } };
      expect(manifest.inputs.deleted).toEqual([DELETED_BY_OWNERS]);
    });

    it('regenerates to the same tree, and check is green', () => {
      expectCleanRegeneration(repo);
    });
  },
);

describe.runIf(SLOW_FULL)(
  "sdkgen migrate: the owners' line a Stainless generation on main moved is still theirs",
  () => {
    const RESOURCE = 'src/acme/resources/pets.py';
    const OWNERS_LINE = '# Pets are retried by the gateway.';
    let repo: string;
    let run: ReturnType<typeof sdkgen>;

    beforeAll(() => {
      const { work, repo: made, base } = stainlessRepository('migrate-python-custom-code-carried');
      repo = made;
      const pristine = read(repo, RESOURCE);
      git(repo, 'checkout', '-q', '-b', 'main');
      // The owners' line, before the resource class.
      write(repo, RESOURCE, pristine.replace(/^class PetsResource\b/m, `${OWNERS_LINE}\nclass PetsResource`));
      git(repo, 'commit', '-qam', 'feat: a note on retries');
      // Stainless's bot commits its next generation to main merged with the owners' code, their line moved up.
      const [head, rest] = pristine.split(/(?=^from )/m);
      git(repo, 'checkout', '-q', 'generated');
      write(repo, 'CONTRIBUTING.md', `${read(repo, 'CONTRIBUTING.md')}\nOne more line.\n`);
      git(repo, 'commit', '-qam', 'chore: update contributing', '--author', BOT);
      const contributing = read(repo, 'CONTRIBUTING.md');
      git(repo, 'checkout', '-q', 'main');
      write(repo, RESOURCE, `${head}${OWNERS_LINE}\n${rest}`);
      write(repo, 'CONTRIBUTING.md', contributing);
      git(repo, 'commit', '-qam', 'chore: speed up the initial import', '--author', BOT);
      // The branch goes on after it: Stainless's pristine output of that time is there.
      git(repo, 'checkout', '-q', 'generated');
      write(repo, 'CONTRIBUTING.md', `${contributing}\nAnd another.\n`);
      git(repo, 'commit', '-qam', 'chore: update contributing again', '--author', BOT);
      git(repo, 'checkout', '-q', 'main');
      run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', path.join(work, 'stainless.yml'), '--base', base);
    });

    it("carries it onto sdkgen's module, exit 0", () => {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(read(repo, RESOURCE)).toContain(OWNERS_LINE);
    });
  },
);
