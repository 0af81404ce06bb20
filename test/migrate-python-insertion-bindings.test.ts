/**
 * Issue 89, openai-python's client on a real git history: the owners' `if workload_identity is not None:` block reads
 * the parameter they added and `self._client`, which `super().__init__(…)` sets. Where the hunk's context finds no
 * place (Stainless's `__init__` ends with a line sdkgen's lacks), the block is carried into sdkgen's function of the
 * same name after the neighbouring line both have (python/reapply/same-function-lines.ts), only where every name it reads is
 * bound there (python/reapply/insertion-bindings.ts): into the sync client, below `super().__init__(`; not into the async
 * client, whose block passes on Stainless's `websocket_base_url`, a parameter sdkgen's async signature lacks (the
 * placers by one side of the context, python/reapply/one-sided-insertions.ts, and by rank, reapply/hunks.ts, check the same).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { commitGenerationThenMain } from './helpers/git-history';
import { runProcess, venvPython } from './helpers/python';
import { PETSTORE_SPEC as SPEC, PETS_CONFIG, stainlessPythonGeneration } from './helpers/python-migrate';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { read, write } from './helpers/stainless-repository';

const CLIENT = 'src/acme/_client.py';
/** sdkgen's client then sets its idempotency header after `super().__init__(…)`, as Stainless's did. */
const CONFIG = PETS_CONFIG.replace(
  'resources:',
  'client_settings:\n  idempotency:\n    header: Idempotency-Key\nresources:',
);
const IDEMPOTENCY = '        self._idempotency_header = "Idempotency-Key"\n';
const PARAM = '        workload_identity: WorkloadIdentity | None = None,\n';
const BLOCK =
  '        if workload_identity is not None:\n' +
  '            self._workload_identity_auth = WorkloadIdentityAuth(\n' +
  '                workload_identity=workload_identity,\n' +
  '                client=self._client,\n' +
  '            )\n\n';
const WEBSOCKET = '                websocket_base_url=websocket_base_url,\n';
const AUTH = `class WorkloadIdentity:
    def __init__(self, token: str) -> None:
        self.token = token


class WorkloadIdentityAuth:
    def __init__(self, *, workload_identity: WorkloadIdentity, client: object, websocket_base_url: object = None) -> None:
        self.workload_identity = workload_identity
        self.client = client
`;

/** `text` with `replace` applied to the first `find` after `from` (a class's own copy of a line both clients have). */
function replaceAfter(text: string, from: string, find: string, replace: string): string {
  const at = text.indexOf(from);
  expect(at, from).toBeGreaterThanOrEqual(0);
  const found = text.indexOf(find, at);
  expect(found, find).toBeGreaterThan(at);
  return text.slice(0, found) + replace + text.slice(found + find.length);
}

/** The class `name` of `text`: its `class` line to the next top-level line. */
function classOf(text: string, name: string): string {
  const match = new RegExp(`^class ${name}\\([\\s\\S]*?(?=\\n\\S|\\s*$(?![\\s\\S]))`, 'm').exec(text);
  expect(match, name).not.toBeNull();
  return match![0];
}

describe.runIf(SLOW_FULL)("sdkgen migrate (Python): an owners' block reading what sdkgen's constructor binds", () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    const work = tempDir('migrate-python-insertion-bindings');
    ({ repo } = stainlessPythonGeneration(work, CONFIG));
    // Stainless's client: a default stream class after the idempotency header (sdkgen's has none here), and the async
    // client's signature with two options sdkgen's lacks.
    let client = read(repo, CLIENT);
    expect(client.split(IDEMPOTENCY)).toHaveLength(3);
    client = client.replace(
      `${IDEMPOTENCY}\n    @cached_property\n    def pets(self) -> PetsResource:`,
      `${IDEMPOTENCY}\n        self._default_stream_cls = Stream\n\n    @cached_property\n    def pets(self) -> PetsResource:`,
    );
    client = client.replace(
      `${IDEMPOTENCY}\n    @cached_property\n    def pets(self) -> AsyncPetsResource:`,
      `${IDEMPOTENCY}\n        self._default_stream_cls = AsyncStream\n\n    @cached_property\n    def pets(self) -> AsyncPetsResource:`,
    );
    expect(client.match(/_default_stream_cls/g)).toHaveLength(2);
    client = replaceAfter(
      client,
      'class AsyncAcme(',
      '        api_key: str | None = None,\n',
      '        api_key: str | None = None,\n        websocket_base_url: str | None = None,\n        organization: str | None = None,\n',
    );
    write(repo, CLIENT, client);
    write(repo, '.stats.yml', 'configured_endpoints: 2\n');
    const base = commitGenerationThenMain(repo);

    // The owners': their auth module, its import, the client option declared in both classes, the parameter in both
    // signatures, and the block after the idempotency header in both constructors.
    write(repo, 'src/acme/auth.py', AUTH);
    let owners = read(repo, CLIENT);
    owners = owners.replace(
      'from ._qs import Querystring\n',
      'from ._qs import Querystring\nfrom .auth import WorkloadIdentity, WorkloadIdentityAuth\n',
    );
    owners = owners.replaceAll(
      '    api_key: str\n\n    def __init__(',
      '    api_key: str\n    workload_identity: WorkloadIdentity | None\n\n    def __init__(',
    );
    owners = replaceAfter(
      owners,
      'class Acme(',
      '        api_key: str | None = None,\n        base_url',
      `        api_key: str | None = None,\n${PARAM}        base_url`,
    );
    owners = replaceAfter(
      owners,
      'class AsyncAcme(',
      '        websocket_base_url: str | None = None,\n',
      `        websocket_base_url: str | None = None,\n${PARAM}`,
    );
    owners = owners.replaceAll(
      `${IDEMPOTENCY}\n        self._default_stream_cls`,
      `${IDEMPOTENCY}\n${BLOCK}        self._default_stream_cls`,
    );
    // (The async client's block passes Stainless's `websocket_base_url` on, which sdkgen's signature does not have.)
    owners = replaceAfter(
      owners,
      'class AsyncAcme(',
      '                client=self._client,\n',
      `                client=self._client,\n${WEBSOCKET}`,
    );
    expect(owners.match(/WorkloadIdentityAuth\(/g)).toHaveLength(2);
    write(repo, CLIENT, owners);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'feat(client): workload identity authentication');
    run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', path.join(work, 'stainless.yml'), '--base', base);
  }, 600_000);

  it('carries the block into the sync client below super().__init__, after the idempotency header', () => {
    // (1: the async client's block needs a person, below.)
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const sync = classOf(read(repo, CLIENT), 'Acme');
    expect(sync).toContain(PARAM);
    // (Right after the idempotency header: blank lines aside, as one placer or the other lays them out.)
    const solid = (text: string) => text.replace(/\n\n+/g, '\n');
    expect(solid(sync)).toContain(solid(`${IDEMPOTENCY}${BLOCK}`));
    expect(sync).not.toContain('websocket_base_url');
    expect(sync.indexOf('WorkloadIdentityAuth(')).toBeGreaterThan(sync.indexOf('        super().__init__('));
  });

  it("leaves the async client's block for a person: its signature has no websocket_base_url", () => {
    const async = classOf(read(repo, CLIENT), 'AsyncAcme');
    expect(async).not.toContain('websocket_base_url');
    expect(async).not.toContain('WorkloadIdentityAuth(');
    // Listed for a person (the migration's report of hunks that found no place).
    const needs = run.stdout.slice(run.stdout.indexOf('Needs a hand'));
    expect(needs).toContain('+                websocket_base_url=websocket_base_url,');
    expect(needs).not.toContain(
      '+                client=self._client,\n+            )\n+\n         self._default_stream_cls = Stream',
    );
  });

  it('builds both clients: the sync one with its workload identity auth on its own httpx client', async () => {
    const program = [
      'import sys',
      `sys.path.insert(0, ${JSON.stringify(path.join(repo, 'src'))})`,
      'from acme import Acme, AsyncAcme',
      'from acme.auth import WorkloadIdentity',
      'client = Acme(api_key="k", workload_identity=WorkloadIdentity("t"))',
      'print(client._workload_identity_auth.client is client._client, client._workload_identity_auth.workload_identity.token)',
      'print(type(AsyncAcme(api_key="k")).__name__)',
    ].join('\n');
    const ran = await runProcess(venvPython(), ['-c', program]);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout.trim()).toBe('True t\nAsyncAcme');
  }, 120_000);
});
