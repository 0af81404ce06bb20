/**
 * migrate (Python): Stainless's WebSocket runtime (a send queue module, kept because the owners' code uses it)
 * imports its errors from `_exceptions.py`, which sdkgen writes without them (sdkgen generates no WebSockets). The
 * errors are carried into sdkgen's `_exceptions.py` as Stainless defined them (with what they read), listed in its
 * `__all__` and re-exported by the package as before: the kept modules import, the owners' code on them keeps working.
 * Before, sdkgen's `_exceptions.py` lacked them: an ImportError for the kept module and everything importing it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { attachKeptMembers, defineKeptImports } from '../../generator/migrate/python/soundness/kept-imports-defined';
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

const WS_ERRORS = `

class WebSocketConnectionClosedError(AcmeError):
    """Raised when a WebSocket connection closes with unsent messages."""

    unsent_messages: list[str]

    def __init__(self, message: str, *, unsent_messages: list[str]) -> None:
        super().__init__(message)
        self.unsent_messages = unsent_messages


class WebSocketQueueFullError(AcmeError):
    """Raised when the outgoing WebSocket message queue exceeds its byte-size limit."""

    pass
`;
const SEND_QUEUE = `${STAINLESS_PY_HEADER}from __future__ import annotations

from ._exceptions import WebSocketQueueFullError


class SendQueue:
    def __init__(self, max_bytes: int = 16) -> None:
        self._queue: list[str] = []
        self._max_bytes = max_bytes

    def put(self, data: str) -> None:
        if sum(len(d) for d in self._queue) + len(data) > self._max_bytes:
            raise WebSocketQueueFullError("send queue is full, message discarded")
        self._queue.append(data)
`;
const OWNERS_CLIENT = `from __future__ import annotations

from .._send_queue import SendQueue


def queue() -> SendQueue:
    return SendQueue()
`;

const SDKGEN_EXCEPTIONS = `${STAINLESS_PY_HEADER}from __future__ import annotations

__all__ = ["APIError"]


class AcmeError(Exception):
    pass


class APIError(AcmeError):
    pass
`;
const SDKGEN_INIT = `${STAINLESS_PY_HEADER}from ._exceptions import APIError, AcmeError

__all__ = ["APIError", "AcmeError"]
`;

function planned(repositoryExceptions: string) {
  const plan = emptyMigrationPlan();
  plan.writes.push({ path: 'src/acme/_exceptions.py', contents: SDKGEN_EXCEPTIONS });
  plan.writes.push({ path: 'src/acme/__init__.py', contents: SDKGEN_INIT });
  plan.kept.push('src/acme/lib/ws.py');
  plan.keptImported.push('src/acme/_send_queue.py');
  const texts: Record<string, string> = {
    'src/acme/_exceptions.py': repositoryExceptions,
    'src/acme/__init__.py': SDKGEN_INIT.replace(
      'from ._exceptions import APIError, AcmeError',
      'from ._exceptions import APIError, AcmeError, WebSocketQueueFullError',
    ).replace('"AcmeError"]', '"AcmeError", "WebSocketQueueFullError"]'),
    'src/acme/_send_queue.py': SEND_QUEUE,
    'src/acme/lib/ws.py': OWNERS_CLIENT,
  };
  const rendered = new Set(['src/acme/_exceptions.py', 'src/acme/__init__.py']);
  defineKeptImports(plan, rendered, (p) => texts[p] ?? null, 'acme');
  return plan;
}

describe("Stainless's definitions that kept modules import from a module sdkgen writes", () => {
  it("are carried into sdkgen's module, listed and re-exported as the repository had them", () => {
    const stainless =
      SDKGEN_EXCEPTIONS.replace('__all__ = ["APIError"]', '__all__ = ["APIError", "WebSocketQueueFullError"]') +
      WS_ERRORS;
    const plan = planned(stainless);
    const exceptions = plan.writes.find((f) => f.path === 'src/acme/_exceptions.py')!.contents;
    expect(exceptions).toContain('class WebSocketQueueFullError(AcmeError):');
    // Only what a kept module imports: the other WebSocket error stays out.
    expect(exceptions).not.toContain('WebSocketConnectionClosedError');
    expect(exceptions).toContain('__all__ = ["APIError", "WebSocketQueueFullError"]');
    const init = plan.writes.find((f) => f.path === 'src/acme/__init__.py')!.contents;
    expect(init).toContain('from ._exceptions import WebSocketQueueFullError as WebSocketQueueFullError\n');
    expect(init).toContain('"WebSocketQueueFullError"]');
    expect(plan.keptDefinitions).toEqual([
      'src/acme/_exceptions.py: WebSocketQueueFullError (imported by src/acme/_send_queue.py)',
    ]);
    expect(plan.needsHand).toEqual([]);
  });

  it('are named for a person where the repository’s module defines them but not at its top level', () => {
    // (Inside a block: which of its lines it takes to define the name is not read from the text alone.)
    const plan = planned(
      `${SDKGEN_EXCEPTIONS}\n\nif True:\n\n    class WebSocketQueueFullError(AcmeError):\n        pass\n`,
    );
    expect(plan.writes[0].contents).toBe(SDKGEN_EXCEPTIONS);
    expect(plan.needsHand.map((n) => n.path)).toEqual(['src/acme/_send_queue.py']);
    expect(plan.needsHand[0].reason).toContain('`WebSocketQueueFullError`');
  });

  it("attach the kept modules where Stainless's class did (a property returning a kept WebSocket resource)", () => {
    const sdkgens = `${STAINLESS_PY_HEADER}from .._resource import SyncAPIResource


class PetsResource(SyncAPIResource):
    def list(self) -> None:
        return None
`;
    const stainless = `${STAINLESS_PY_HEADER}from .._compat import cached_property
from .._resource import SyncAPIResource
from .pet_sockets import PetSocketsResource


class PetsResource(SyncAPIResource):
    @cached_property
    def sockets(self) -> PetSocketsResource:
        return PetSocketsResource(self._client)

    def list(self) -> None:
        return None

    def legacy(self) -> None:
        return None
`;
    const plan = emptyMigrationPlan();
    plan.writes.push({ path: 'src/acme/resources/pets.py', contents: sdkgens });
    plan.writes.push({ path: 'src/acme/_compat.py', contents: 'cached_property = property\n' });
    plan.writes.push({ path: 'src/acme/_resource.py', contents: 'class SyncAPIResource: ...\n' });
    plan.keptImported.push('src/acme/resources/pet_sockets.py');
    const texts: Record<string, string> = {
      'src/acme/resources/pets.py': stainless,
      'src/acme/resources/pet_sockets.py': 'class PetSocketsResource: ...\n',
    };
    const rendered = new Set(['src/acme/resources/pets.py', 'src/acme/_compat.py', 'src/acme/_resource.py']);
    attachKeptMembers(plan, rendered, (p) => texts[p] ?? null, 'acme');
    const pets = plan.writes[0].contents;
    expect(pets).toContain('    @cached_property\n    def sockets(self) -> PetSocketsResource:\n');
    expect(pets).toContain('from .pet_sockets import PetSocketsResource');
    expect(pets).toContain('from .._compat import cached_property');
    // A member of Stainless's reading nothing that stays is sdkgen's to write or not.
    expect(pets).not.toContain('def legacy');
    expect(plan.keptDefinitions).toEqual([
      "src/acme/resources/pets.py: PetsResource.sockets (Stainless's members reading the modules that stay)",
    ]);
  });

  // A whole migrate (a minute on a loaded machine): SDKGEN_SLOW_TESTS=full's, which CI runs.
  it.runIf(SLOW_FULL)('moves clean with migrate --from-repo: the kept module imports, nothing left to a person', () => {
    const work = tempDir('migrate-kept-imports-defined');
    const { repo } = stainlessPythonGeneration(work, PETS_CONFIG, PETSTORE_SPEC, 'inputs/generation.yml');
    const exceptionsPath = path.join(repo, 'src/acme/_exceptions.py');
    writeFile(
      repo,
      'src/acme/_exceptions.py',
      readFileSync(exceptionsPath, 'utf8') + WS_ERRORS.replaceAll('AcmeError', 'APIError'),
    );
    writeFile(repo, 'src/acme/_send_queue.py', SEND_QUEUE);
    commitGenerationThenMain(repo);
    writeFile(repo, 'src/acme/lib/ws.py', OWNERS_CLIENT);
    commitAll(repo, 'a queue for our WebSocket client', 'Owner <owner@example.com>');
    const run = sdkgen(repo, 'migrate', '--from-repo', '--spec', PETSTORE_SPEC, '--verbose');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const exceptions = readFileSync(exceptionsPath, 'utf8');
    expect(exceptions).toContain('class WebSocketQueueFullError(APIError):');
    expect(readFileSync(path.join(repo, 'src/acme/_send_queue.py'), 'utf8')).toBe(SEND_QUEUE);
    expect(run.stdout).toContain('WebSocketQueueFullError (imported by src/acme/_send_queue.py)');
    // sdkgen's next generation keeps it (the migrated repository's customization).
    expectCleanRegeneration(repo);
  });
});
