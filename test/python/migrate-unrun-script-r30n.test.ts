/**
 * migrate (Python): the owners edited a script of Stainless's tooling that only Stainless's own scripts ran
 * (turbopuffer's typing fixes to `scripts/utils/ruffen-docs.py`, which Stainless's `scripts/format` ran). sdkgen writes
 * its own `scripts/format` and none at that path; nothing that stays runs the helper, so it goes, and the owners' edit
 * with it: reported as an edit that does not apply (unrun-scripts.ts), not left to a person. Before, migrate exited 1
 * asking a person about a file that goes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFile } from '../helpers/files';
import { commitAll, commitGenerationThenMain } from '../helpers/git-history';
import { sdkgen } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import { PETS_CONFIG, PETSTORE_SPEC, stainlessPythonGeneration } from '../helpers/python-migrate';

const HELPER = 'scripts/utils/ruffen-docs.py';
const STAINLESS_HELPER = `from typing import Optional, cast


def fragment() -> Optional[str]:
    code = cast(Optional[str], None)
    return code
`;
const OWNERS_HELPER = STAINLESS_HELPER.replace('cast(Optional[str], None)', 'None').replace(
  'from typing import Optional, cast',
  'from typing import Optional',
);

describe("an edited script of Stainless's tooling nothing staying runs", () => {
  // A whole migrate (a minute on a loaded machine): SDKGEN_SLOW_TESTS=full's, which CI runs.
  it.runIf(SLOW_FULL)('goes with its edit reported as not applying; migrate exits 0', () => {
    const work = tempDir('migrate-unrun-script');
    const { repo } = stainlessPythonGeneration(work, PETS_CONFIG, PETSTORE_SPEC, 'inputs/generation.yml');
    writeFile(repo, HELPER, STAINLESS_HELPER);
    const format = path.join(repo, 'scripts/format');
    writeFile(repo, 'scripts/format', `${readFileSync(format, 'utf8')}python ${HELPER} README.md\n`);
    writeFile(repo, '.stats.yml', 'configured_endpoints: 2\n');
    commitGenerationThenMain(repo);
    writeFile(repo, HELPER, OWNERS_HELPER);
    commitAll(repo, 'type the helper without a cast', 'Owner <owner@example.com>');
    const run = sdkgen(repo, 'migrate', '--from-repo', '--spec', PETSTORE_SPEC);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(existsSync(path.join(repo, HELPER))).toBe(false);
    expect(run.stdout).toContain("edits a script of Stainless's tooling that nothing staying runs");
    expect(readFileSync(format, 'utf8')).not.toContain(HELPER);
  });
});
