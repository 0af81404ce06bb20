/**
 * migrate (Python): a module of Stainless's that sdkgen writes none of, kept because the owners' code imports it (the
 * WebSocket options a bot-committed custom client defines), was re-exported by the repository's `types/__init__.py`,
 * with an edit of the owners' to that statement (a second name for the type). sdkgen's `__init__.py` now has the
 * repository's statement, the owners' edit in it (kept-modules.ts): users' `from acme.types import …` keeps working,
 * and the edit is carried rather than left to a person. Before, sdkgen's `__init__.py` dropped the export (an
 * ImportError for users) and the owners' hunk was left to a person (migrate exit 1).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportKeptModules } from '../../generator/migrate/python/owners/kept-modules';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { writeFile } from '../helpers/files';
import { commitAll, commitGenerationThenMain } from '../helpers/git-history';
import { sdkgen } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import {
  expectCleanRegeneration,
  PETS_CONFIG,
  PETSTORE_SPEC,
  STAINLESS_PY_HEADER,
  stainlessPythonGeneration,
} from '../helpers/python-migrate';

const SOCKET_OPTIONS = `${STAINLESS_PY_HEADER}from __future__ import annotations

from typing_extensions import TypedDict

from .._models import BaseModel

__all__ = ["PetSocketOptions"]


class PetSocketOptions(TypedDict, total=False):
    ping_interval: float
`;
const STAINLESS_EXPORT = 'from .pet_socket_options import PetSocketOptions as PetSocketOptions\n';
// The owners' edit: a second name for the type, as their code spells it.
const OWNERS_EXPORT = `from .pet_socket_options import (
    PetSocketOptions as PetSocketOptions,
    PetSocketOptions as PetsSocketOptions,
)
`;
const OWNERS_CLIENT = `from __future__ import annotations

from ..types.pet_socket_options import PetSocketOptions


def connect(options: PetSocketOptions) -> float:
    return options.get("ping_interval", 1.0)
`;
const SDKGEN_INIT = `${STAINLESS_PY_HEADER}from __future__ import annotations

from .pet import Pet as Pet
from .pet_list_params import PetListParams as PetListParams

__all__ = ["Pet"]
`;
const HUNK = [
  '@@ -4 +4,4 @@',
  '-from .pet_socket_options import PetSocketOptions as PetSocketOptions',
  '+from .pet_socket_options import (',
  '+    PetSocketOptions as PetSocketOptions,',
  '+    PetSocketOptions as PetsSocketOptions,',
  '+)',
].join('\n');

function planned(repository: Record<string, string>) {
  const plan = emptyMigrationPlan();
  // (The same entry as sdkgen's output the manifest records, as plan.ts pushes a module of sdkgen's no edit touched.)
  const sdkgens = { path: 'src/acme/types/__init__.py', contents: SDKGEN_INIT };
  plan.writes.push(sdkgens);
  plan.generated.push(sdkgens);
  plan.kept.push('src/acme/lib/sockets.py');
  plan.keptImported.push('src/acme/types/pet_socket_options.py');
  plan.rejected.push({ path: 'src/acme/types/__init__.py', hunks: [HUNK] });
  const rendered = new Set(['src/acme/types/__init__.py', 'src/acme/types/pet.py', 'src/acme/_models.py']);
  const texts: Record<string, string> = {
    'src/acme/types/pet.py': 'class Pet: ...\n',
    'src/acme/_models.py': 'class BaseModel: ...\n',
    ...repository,
  };
  plan.writes.push({ path: 'src/acme/_models.py', contents: texts['src/acme/_models.py'] });
  exportKeptModules(plan, rendered, (p) => texts[p] ?? null, 'acme');
  return plan;
}

describe("the repository's re-exports of Stainless's modules that stay", () => {
  const repositoryInit = SDKGEN_INIT.replace(
    'from .pet_list_params import PetListParams as PetListParams\n',
    `from .pet_list_params import PetListParams as PetListParams\n${OWNERS_EXPORT}`,
  );

  it("go into sdkgen's __init__.py after its imports, the owners' edit carried", () => {
    const plan = planned({
      'src/acme/types/__init__.py': repositoryInit,
      'src/acme/types/pet_socket_options.py': SOCKET_OPTIONS,
      'src/acme/lib/sockets.py': OWNERS_CLIENT,
    });
    const init = plan.writes.find((f) => f.path === 'src/acme/types/__init__.py')!.contents;
    expect(init).toBe(repositoryInit);
    // sdkgen's output stays as sdkgen wrote it: the lines are the repository's, kept as its edits on regeneration.
    expect(plan.generated[0].contents).toBe(SDKGEN_INIT);
    expect(plan.rejected).toEqual([]);
    expect(plan.reapplied).toEqual([{ path: 'src/acme/types/__init__.py', hunks: 1 }]);
  });

  it("add the names the repository's __all__ listed to sdkgen's", () => {
    const bare = 'from .pet_socket_options import PetSocketOptions\n';
    const plan = planned({
      'src/acme/types/__init__.py': SDKGEN_INIT.replace(
        '__all__ = ["Pet"]',
        `${bare}\n__all__ = ["Pet", "PetSocketOptions"]`,
      ),
      'src/acme/types/pet_socket_options.py': SOCKET_OPTIONS,
    });
    const init = plan.writes.find((f) => f.path === 'src/acme/types/__init__.py')!.contents;
    expect(init).toContain(`PetListParams\n${bare}`);
    expect(init).toContain('__all__ = ["Pet", "PetSocketOptions"]\n');
  });

  it('stay out where the kept module would not import, or sdkgen binds the name', () => {
    const broken = planned({
      'src/acme/types/__init__.py': repositoryInit,
      'src/acme/types/pet_socket_options.py': SOCKET_OPTIONS.replace(
        'from .._models import BaseModel',
        'from .._gone import X',
      ),
    });
    expect(broken.writes[0].contents).toBe(SDKGEN_INIT);
    expect(broken.rejected).toHaveLength(1);
    const taken = planned({
      'src/acme/types/__init__.py': repositoryInit.replace('PetsSocketOptions', 'Pet'),
      'src/acme/types/pet_socket_options.py': SOCKET_OPTIONS,
    });
    expect(taken.writes[0].contents).toBe(SDKGEN_INIT);
  });

  // A whole migrate (over a minute on a loaded machine): SDKGEN_SLOW_TESTS=full's, which CI runs.
  it.runIf(SLOW_FULL)('moves clean with migrate --from-repo: the export kept, nothing left to a person', () => {
    const work = tempDir('migrate-kept-exports');
    const { repo } = stainlessPythonGeneration(work, PETS_CONFIG, PETSTORE_SPEC, 'inputs/generation.yml');
    const initPath = path.join(repo, 'src/acme/types/__init__.py');
    writeFile(repo, 'src/acme/types/pet_socket_options.py', SOCKET_OPTIONS);
    writeFile(repo, 'src/acme/types/__init__.py', `${readFileSync(initPath, 'utf8')}${STAINLESS_EXPORT}`);
    writeFile(repo, '.stats.yml', 'configured_endpoints: 2\n');
    commitGenerationThenMain(repo);
    writeFile(repo, 'src/acme/lib/sockets.py', OWNERS_CLIENT);
    writeFile(
      repo,
      'src/acme/types/__init__.py',
      readFileSync(initPath, 'utf8').replace(STAINLESS_EXPORT, OWNERS_EXPORT),
    );
    commitAll(repo, 'a WebSocket client, a second name for its options', 'Owner <owner@example.com>');
    const run = sdkgen(repo, 'migrate', '--from-repo', '--spec', PETSTORE_SPEC);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(readFileSync(initPath, 'utf8')).toContain(OWNERS_EXPORT);
    expect(readFileSync(path.join(repo, 'src/acme/types/pet_socket_options.py'), 'utf8')).toBe(SOCKET_OPTIONS);
    expect(run.stdout).not.toMatch(
      /needs? a hand[^\n]*types\/__init__\.py|types\/__init__\.py[^\n]*(?:rejected|by hand)/i,
    );
    // sdkgen's next generation keeps the export (the migrated repository's customization).
    expectCleanRegeneration(repo);
  });
});
