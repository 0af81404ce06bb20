/**
 * migrate (Python): a Stainless module that stays (its WebSocket connection, kept because the owners' code uses it)
 * reads `client._refresh_api_key()`, a method of Stainless's client that sdkgen's `_client.py` lacks (openai-python's
 * realtime `connect`). No import is missing, so nothing failed before the call: the method is carried into sdkgen's
 * client, and the kept code runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFile } from '../helpers/files';
import { commitAll, commitGenerationThenMain } from '../helpers/git-history';
import { sdkgen } from '../helpers/git-repo';
import { runProcess, venvPython } from '../helpers/python';
import { PETS_CONFIG, PETSTORE_SPEC, STAINLESS_PY_HEADER, stainlessPythonGeneration } from '../helpers/python-migrate';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';

const REFRESH = `
    def _refresh_api_key(self) -> str:
        self.api_key = os.environ.get("ACME_REFRESHED_KEY", self.api_key)
        return self.api_key
`;
const CONNECTION = `${STAINLESS_PY_HEADER}from __future__ import annotations

from ._client import Acme


class Connection:
    def __init__(self, *, client: Acme) -> None:
        self.__client = client

    def key(self) -> str:
        return self.__client._refresh_api_key()
`;
const OWNERS = `from __future__ import annotations

from .._client import Acme
from .._connection import Connection


def connect(client: Acme) -> Connection:
    return Connection(client=client)
`;

describe("a method of Stainless's client read by a module that stays", () => {
  // A whole migrate and a Python run (a minute on a loaded machine): SDKGEN_SLOW_TESTS=full's, which CI runs.
  it.runIf(SLOW_FULL)("is carried into sdkgen's client: the kept code runs", async () => {
    const work = tempDir('migrate-client-attributes');
    const { repo } = stainlessPythonGeneration(work, PETS_CONFIG, PETSTORE_SPEC, 'inputs/generation.yml');
    const clientPath = path.join(repo, 'src/acme/_client.py');
    const stainless = readFileSync(clientPath, 'utf8');
    // Stainless's client has the method (after its `copy`), sdkgen's has not.
    const copy = stainless.indexOf('\n    def copy(');
    expect(copy).toBeGreaterThan(0);
    writeFile(repo, 'src/acme/_client.py', stainless.slice(0, copy) + REFRESH + stainless.slice(copy));
    writeFile(repo, 'src/acme/_connection.py', CONNECTION);
    commitGenerationThenMain(repo);
    writeFile(repo, 'src/acme/lib/realtime.py', OWNERS);
    commitAll(repo, 'our realtime helper', 'Owner <owner@example.com>');
    const run = sdkgen(repo, 'migrate', '--from-repo', '--spec', PETSTORE_SPEC, '--verbose');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(readFileSync(clientPath, 'utf8')).toContain('    def _refresh_api_key(self) -> str:');
    expect(run.stdout).toContain('Acme._refresh_api_key (read on the client)');
    const python = await runProcess(
      venvPython(),
      [
        '-c',
        'from acme import Acme\nfrom acme.lib.realtime import connect\n' +
          'print(connect(Acme(api_key="k", base_url="http://127.0.0.1:9")).key())',
      ],
      { cwd: repo, env: { ...process.env, PYTHONPATH: path.join(repo, 'src'), ACME_REFRESHED_KEY: 'fresh' } },
    );
    expect(python.stderr).toBe('');
    expect(python.stdout.trim()).toBe('fresh');
  });
});
