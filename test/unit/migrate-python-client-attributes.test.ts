/**
 * Attributes the code staying in a migrated package reads on the client, where sdkgen's client lacks them (openai's
 * kept realtime `connect` reads `client._refresh_api_key()` and `client.websocket_base_url`): Stainless's method or
 * property carried into sdkgen's client, or a person told with the reading line; never left to fail when it runs.
 */
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { carryClientAttributes } from '../../generator/migrate/python/soundness/client-attributes';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { migrateResultOf } from '../helpers/migrate-result';

const text = (...lines: string[]) => [...lines, ''].join('\n');

const CLIENT = 'src/acme/_client.py';
const BASE = 'src/acme/_base_client.py';
const RESOURCE = 'src/acme/resources/realtime.py';
const HELPER = 'src/acme/lib/connection.py';

const base = text(
  'class BaseClient:',
  '    def __init__(self, base_url: str) -> None:',
  '        self._base_url = base_url',
  '',
  '    @property',
  '    def base_url(self) -> str:',
  '        return self._base_url',
  '',
  '',
  'class SyncAPIClient(BaseClient):',
  '    def get(self, path: str) -> None:',
  '        return None',
);
const sdkgens = text(
  'from ._base_client import SyncAPIClient',
  '',
  '',
  'class Acme(SyncAPIClient):',
  '    api_key: str',
  '',
  '    def __init__(self, api_key: str) -> None:',
  '        self.api_key = api_key',
  '        super().__init__("https://acme.test")',
);
// Stainless's client: what the owners added to it (a key refresh, a WebSocket URL) and a method reading a setting
// only its `__init__` sets.
const stainless = text(
  'import os',
  '',
  'from ._base_client import SyncAPIClient',
  '',
  '',
  'class Acme(SyncAPIClient):',
  '    api_key: str',
  '    websocket_base_url: str | None',
  '',
  '    def __init__(self, api_key: str, websocket_base_url: str | None = None) -> None:',
  '        self.api_key = api_key',
  '        self.websocket_base_url = websocket_base_url',
  '        self._key_provider = None',
  '        super().__init__("https://acme.test")',
  '',
  '    def _refresh_api_key(self) -> str:',
  '        self.api_key = os.environ.get("ACME_KEY", self.api_key)',
  '        return self.api_key',
  '',
  '    def _provided_key(self) -> str:',
  '        return self._key_provider()',
);
const resource = (...connect: string[]) =>
  text(
    'from .._resource import SyncAPIResource',
    '',
    '',
    'class Realtime(SyncAPIResource):',
    '    def sessions(self) -> None:',
    '        return self._client.get("/sessions")',
    ...connect,
  );
const helper = text(
  'from .._client import Acme',
  '',
  '',
  'class ConnectionManager:',
  '    def __init__(self, *, client: Acme) -> None:',
  '        self.__client = client',
  '',
  '    def __enter__(self) -> str:',
  '        self.__client._refresh_api_key()',
  '        if self.__client.websocket_base_url is not None:',
  '            return self.__client.websocket_base_url',
  '        return self.__client.base_url',
);

function planned(owners: {
  helper?: string;
  resource?: string;
  rendered?: string;
  kept?: Record<string, string>;
  client?: string;
  stainless?: string;
}) {
  const plan = emptyMigrationPlan();
  const rendered: Record<string, string> = {
    [CLIENT]: owners.client ?? sdkgens,
    [BASE]: base,
    [RESOURCE]: owners.rendered ?? resource(),
    'src/acme/_resource.py': 'class SyncAPIResource: ...\n',
  };
  for (const [path, contents] of Object.entries(rendered)) plan.writes.push({ path, contents });
  if (owners.resource !== undefined) plan.writes.find((f) => f.path === RESOURCE)!.contents = owners.resource;
  const repository: Record<string, string> = { [CLIENT]: owners.stainless ?? stainless, [BASE]: base };
  if (owners.helper !== undefined) {
    plan.kept.push(HELPER);
    repository[HELPER] = owners.helper;
  }
  for (const [path, contents] of Object.entries(owners.kept ?? {})) {
    plan.kept.push(path);
    repository[path] = contents;
  }
  carryClientAttributes(
    plan,
    (p) => repository[p] ?? null,
    (p) => rendered[p] ?? null,
    'acme',
  );
  return plan;
}

const clientOf = (plan: ReturnType<typeof emptyMigrationPlan>) => plan.writes.find((f) => f.path === CLIENT)!.contents;

describe('attributes the kept code reads on the client', () => {
  it("carries Stainless's method into sdkgen's client, with its import, and tells of an `__init__` attribute", () => {
    const plan = planned({ helper });
    expect(clientOf(plan)).toContain('    def _refresh_api_key(self) -> str:');
    expect(clientOf(plan)).toMatch(/^import os$/m);
    expect(plan.keptDefinitions).toEqual([`${CLIENT}: Acme._refresh_api_key (read on the client)`]);
    // `websocket_base_url` is set by Stainless's `__init__`: a person adds it; `base_url` is the base class's.
    expect(plan.needsHand).toHaveLength(1);
    expect(plan.needsHand[0].path).toBe(HELPER);
    expect(plan.needsHand[0].reason).toContain('`websocket_base_url`');
    expect(plan.needsHand[0].reason).toContain('line 10: `if self.__client.websocket_base_url is not None:`');
    expect(plan.needsHand[0].reason).toContain('and 1 more line(s)');
  });

  it("tells of a method of Stainless's reading what sdkgen's client does not set, and carries nothing", () => {
    const plan = planned({
      resource: resource('', '    def connect(self) -> str:', '        return self._client._provided_key()'),
    });
    expect(clientOf(plan)).toBe(sdkgens);
    expect(plan.needsHand.map((n) => n.path)).toEqual([RESOURCE]);
    expect(plan.needsHand[0].reason).toContain('`Acme._provided_key` reads `self._key_provider`');
  });

  it("counts no member of a subclass of the client (the package's module client is not the client a user builds)", () => {
    const moduleClient = text(
      'from ._client import Acme',
      '',
      '',
      'class _ModuleClient(Acme):',
      '    def _provided_key(self) -> str:',
      '        return "module"',
    );
    const plan = planned({
      resource: resource('', '    def connect(self) -> str:', '        return self._client._provided_key()'),
      kept: { 'src/acme/__init__.py': moduleClient },
    });
    expect(plan.needsHand.map((n) => n.path)).toEqual([RESOURCE]);
    expect(plan.needsHand[0].reason).toContain('`Acme._provided_key` reads `self._key_provider`');
  });

  it("reads only the lines a written module has beyond sdkgen's own", () => {
    const own = resource('', '    def ping(self) -> None:', '        return self._client.unknown_of_sdkgens()');
    const plan = planned({ rendered: own, resource: own.replace('def sessions', 'def sessions_renamed') });
    expect(plan.needsHand).toEqual([]);
    expect(clientOf(plan)).toBe(sdkgens);
  });

  // Holders the reads were not seen through before: a client the module builds, and a holder passed on. (A read of
  // what Stainless's client never defined either is told of apart from those a person has to mend: both count here.)
  const toldOf = (plan: ReturnType<typeof emptyMigrationPlan>) => [...plan.needsHand, ...plan.undefinedBefore];
  const told = (plan: ReturnType<typeof emptyMigrationPlan>) =>
    toldOf(plan).map((n) => /line (\d+): `([^`]*)`/.exec(n.reason)?.slice(1).join(': '));

  it('reads a client the module builds, at module level or in a function', () => {
    const script = text(
      'from .._client import Acme',
      '',
      'client = Acme(api_key="k")',
      '',
      '',
      'def endpoint() -> str | None:',
      '    return client.websocket_base_url',
      '',
      '',
      'def other() -> None:',
      '    local = Acme(api_key="k")',
      '    local.websocket_base_url = None',
      '    print(local.region)',
    );
    const plan = planned({ kept: { 'src/acme/lib/script.py': script } });
    expect(told(plan)).toEqual(['7: return client.websocket_base_url', '13: print(local.region)']);
  });

  it('reads a holder passed on to a local name or to an attribute of another class', () => {
    const passedOn = resource(
      '',
      '    def connect(self) -> "Session":',
      '        client = self._client',
      '        return Session(client.websocket_base_url, owner=client)',
      '',
      '',
      'class Session:',
      '    def __init__(self, url: str, owner: "Acme") -> None:',
      '        self._owner = owner',
      '',
      '    def url(self) -> str:',
      '        return self._owner.region',
    );
    const plan = planned({ resource: passedOn });
    expect(told(plan)).toEqual([
      '10: return Session(client.websocket_base_url, owner=client)',
      '18: return self._owner.region',
    ]);
  });

  it('judges a read under a guard narrowing the client against the class it narrows to', () => {
    // The owners' Azure client (a subclass kept in lib/) defines `_configure`; `is_azure(client)` is typed
    // `TypeGuard[AzureAcme]`, so the reads inside those `if`s are the subclass's. Outside them, or under `not`, they are
    // the client's, and told of.
    const azure = text(
      'from typing_extensions import TypeGuard',
      '',
      'from .._client import Acme',
      '',
      '',
      'class AzureAcme(Acme):',
      '    def _configure(self) -> str:',
      '        return "azure"',
      '',
      '',
      'def is_azure(client: object) -> TypeGuard[AzureAcme]:',
      '    return isinstance(client, AzureAcme)',
    );
    const reads = resource(
      '',
      '    def connect(self) -> str:',
      '        client = self._client',
      '        if is_azure(client):',
      '            return client._configure()',
      '        elif isinstance(client, AzureAcme):',
      '            if client.api_key:',
      '                return client._configure()',
      '        if not is_azure(client):',
      '            return client._configure()',
      '        return client._configure()',
    );
    const plan = planned({ resource: reads, kept: { 'src/acme/lib/azure.py': azure } });
    expect(told(plan)).toEqual(['16: return client._configure()']);
    expect(toldOf(plan)[0].reason).toContain('and 1 more line(s)');
  });

  it('judges a read under `hasattr` or `callable` of the attribute as guarded', () => {
    // `_rotate` and `_sign` are members of neither client: read under a guard that the holder has them, they run only
    // where it does; read elsewhere (and in the `callable(...)` condition itself), they are told of.
    const reads = resource(
      '',
      '    def connect(self) -> None:',
      '        client = self._client',
      '        if hasattr(client, "_rotate") and client.api_key:',
      '            client._rotate()',
      '        if callable(getattr(client, "_sign", None)):',
      '            client._sign()',
      '        if callable(client._sign):',
      '            client._sign()',
      '        elif hasattr(client, "_rotate"):',
      '            client._sign()',
      '        client._rotate()',
    );
    const plan = planned({ resource: reads });
    // (One item an attribute, at its first line told: `_sign`'s other is line 17, under `hasattr` of another name.)
    expect(told(plan)).toEqual(['14: if callable(client._sign):', '18: client._rotate()']);
    expect(toldOf(plan)[0].reason).toContain('and 1 more line(s)');
    expect(toldOf(plan)[1].reason).not.toContain('more line(s)');
  });

  it('counts a class annotation without a value as declared, not set', () => {
    // sdkgen's client with the owners' annotation carried and the `__init__` line setting it not: reading it fails.
    const declaredOnly = sdkgens.replace(
      '    api_key: str\n',
      '    api_key: str\n    _key_provider: Callable[[], str] | None\n    region: str = "eu"\n',
    );
    const reads = resource(
      '',
      '    def connect(self) -> object:',
      '        return (self._client._key_provider, self._client.region, self._client.api_key)',
    );
    const plan = planned({ resource: reads, client: declaredOnly });
    expect(told(plan)).toEqual(['9: return (self._client._key_provider, self._client.region, self._client.api_key)']);
    expect(plan.needsHand[0].reason).toContain('`_key_provider`');
  });

  // Stainless's client as the owners made it: a key provider their `__init__` sets (the callable, else None) and a
  // method refreshing the key from it; a session their `__init__` always makes.
  const withProvider = text(
    'from typing import Callable',
    '',
    'from ._base_client import SyncAPIClient',
    '',
    '',
    'class Acme(SyncAPIClient):',
    '    api_key: str',
    '',
    '    def __init__(self, api_key: str | Callable[[], str]) -> None:',
    '        if callable(api_key):',
    '            self.api_key = ""',
    '            self._key_provider: Callable[[], str] | None = api_key  # type: ignore[no-redef]',
    '        else:',
    '            self.api_key = api_key',
    '            self._key_provider = None',
    '        self._session: object = object()',
    '        super().__init__("https://acme.test")',
    '',
    '    def _refresh_api_key(self) -> str:',
    '        if self._key_provider is not None:',
    '            self.api_key = self._key_provider()',
    '        return self.api_key',
    '',
    '    def _session_id(self) -> str:',
    '        return str(id(self._session))',
  );
  const refreshing = resource(
    '',
    '    def connect(self) -> str:',
    '        self._client._session_id()',
    '        return self._client._refresh_api_key()',
  );

  it("carries the method with the attribute it reads as a class attribute, None until set, where Stainless's sets it so", () => {
    const future = `from __future__ import annotations\n\n${sdkgens}`;
    const plan = planned({ resource: refreshing, stainless: withProvider, client: future });
    const client = clientOf(plan);
    expect(client).toContain(
      [
        '    _key_provider: Callable[[], str] | None = None',
        '',
        '    def _refresh_api_key(self) -> str:',
        '        if self._key_provider is not None:',
      ].join('\n'),
    );
    expect(client).toMatch(/^from typing import Callable$/m);
    expect(plan.keptDefinitions).toEqual([
      `${CLIENT}: Acme._refresh_api_key (read on the client); \`Acme._key_provider\` as a class attribute, None until set (Stainless's \`__init__\` sets it otherwise: yours, for a person)`,
    ]);
    // `_session` is never None in Stainless's client: `_session_id` is told of, not carried.
    expect(client).not.toContain('_session_id');
    expect(told(plan)).toEqual(['9: self._client._session_id()']);
    expect(plan.needsHand[0].reason).toContain("reads `self._session`, which sdkgen's client does not set");
  });

  it('leaves the attribute to a person where its annotation would not evaluate (`X | None` without the future import)', () => {
    const plan = planned({ resource: refreshing, stainless: withProvider });
    expect(clientOf(plan)).toBe(sdkgens);
    expect(plan.needsHand.map((n) => n.reason).join('\n')).toContain(
      "`Acme._refresh_api_key` reads `self._key_provider`, which sdkgen's client does not set",
    );
  });

  // The owners' CLI, kept byte for byte, calls `get_health()` and `post_project()` on the client: methods of an older
  // client of theirs that no release of Stainless's client had. The read failed before the move as it does after it.
  const cli = text(
    'from .._client import Acme',
    '',
    '',
    'def wait(client: Acme) -> bool:',
    '    return bool(client.get_health())',
    '',
    '',
    'def start() -> None:',
    '    client = Acme(api_key="k")',
    '    if wait(client):',
    '        client.post_project("p")',
    '        client._refresh_api_key()',
  );

  it("tells apart, as no step left undone, a read of what Stainless's client never defined either", () => {
    const plan = planned({ kept: { 'src/acme/lib/cli.py': cli } });
    expect(plan.needsHand).toEqual([]);
    expect(plan.undefinedBefore.map((n) => /reads `(\w+)`/.exec(n.reason)?.[1])).toEqual([
      'get_health',
      'post_project',
    ]);
    expect(plan.undefinedBefore[0]).toEqual({
      path: 'src/acme/lib/cli.py',
      reason:
        "reads `get_health` on the client (line 5: `return bool(client.get_health())`), which neither sdkgen's " +
        "`Acme` nor Stainless's defined: it failed with AttributeError before the move as it does after it (unless " +
        'your code sets it)',
    });
    // What Stainless's client has is still carried beside them.
    expect(clientOf(plan)).toContain('    def _refresh_api_key(self) -> str:');
    // Reported apart from what needs a hand: the migration is complete.
    const report = migrationReport(migrateResultOf(plan));
    expect(report).toContain(
      "Your code reads on the client what Stainless's client never defined either (the move changes nothing for " +
        'these reads; each fails where it runs, as it did before):\n  src/acme/lib/cli.py: reads `get_health`',
    );
    expect(report).not.toContain('Needs a hand');
    expect(report).toContain('The migration is complete.');
  });

  it("leaves the read to a person where Stainless's client answers any name (`__getattr__`)", () => {
    const dynamic = stainless.replace(
      '    def _provided_key(self) -> str:',
      '    def __getattr__(self, name: str) -> object:\n        return name\n\n    def _provided_key(self) -> str:',
    );
    const plan = planned({ kept: { 'src/acme/lib/cli.py': cli }, stainless: dynamic });
    expect(plan.undefinedBefore).toEqual([]);
    expect(plan.needsHand.map((n) => /reads `(\w+)`/.exec(n.reason)?.[1])).toEqual(['get_health', 'post_project']);
  });
});
