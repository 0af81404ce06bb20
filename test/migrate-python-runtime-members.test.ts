/**
 * The owners' code carried into sdkgen's `_client.py` that reads a member of Stainless's runtime a runtime has not, or
 * has as another type (openai-python's `_prepare_options` reading `options.security.get("bearer_auth")`, a dict in
 * Stainless's `FinalRequestOptions`, where a runtime's is a list of alternatives; their override of `_custom_auth`,
 * which a base client may neither have nor call): judged lost, as a name a function lost is, so that the move leaves
 * those hunks for a person with the member named, where it carried them into an AttributeError on every request.
 * Judged against such a runtime (sdkgen's before session 64, `LIST_RUNTIME`), and against sdkgen's real runtime
 * (templates/python/runtime), which has both as Stainless's has them: there the owners' methods are carried.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { soundCarried } from '../generator/migrate/python/soundness/sound-module';
import { linesReading } from '../generator/migrate/python/soundness/function-scopes';
import { runtimeClasses, runtimeEntryShown } from '../generator/migrate/python/soundness/runtime-members';

const runtimeFile = (name: string) =>
  readFileSync(path.join(__dirname, '..', 'templates', 'python', 'runtime', name), 'utf8');

/** The part of Stainless's runtime the owners' code reads: its auth hook and its options' security dict. */
const STAINLESS_RUNTIME = `class BaseClient(Generic[_HttpxClientT, _DefaultStreamT]):
    def _auth_headers(self, security: SecurityOptions) -> dict[str, str]:
        return {}

    def _custom_auth(self, security: SecurityOptions) -> httpx.Auth | None:
        return None


class SyncAPIClient(BaseClient[httpx.Client, Stream[Any]]):
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return options


class FinalRequestOptions(pydantic.BaseModel):
    method: str
    url: str
    security: SecurityOptions = {"bearer_auth": True}
`;

/** sdkgen's client (its shape; what matters is what it defines). */
const SDKGEN_CLIENT = `from __future__ import annotations

import httpx

from ._models import FinalRequestOptions
from ._base_client import SyncAPIClient


class Acme(SyncAPIClient):
    api_key: str | None

    def __init__(self, *, api_key: str | None = None) -> None:
        self.api_key = api_key
        super().__init__(version="1", base_url="https://api.acme.test")

    @property
    def auth_headers(self) -> dict[str, str]:
        if self.api_key is None:
            return {}
        return {"Authorization": f"Bearer {self.api_key}"}
`;

/** The owners' edits, as openai-python's: a key function refreshed before each request that sends the key. */
const OWNERS_METHODS = `
    def _refresh_api_key(self) -> str | None:
        if self._api_key_provider is not None:
            self.api_key = self._api_key_provider()
        return self.api_key

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        if self._api_key_provider is not None and options.security.get("bearer_auth", False):
            self._refresh_api_key()
        return super()._prepare_options(options)

    @override
    def _custom_auth(self, security: SecurityOptions) -> httpx.Auth | None:
        if self._api_key_provider is None:
            return None
        return super()._custom_auth(security)
`;

const withMethods = (client: string, methods: string) =>
  client
    .replace(
      '        self.api_key = api_key\n',
      '        self.api_key = api_key\n        self._api_key_provider = None\n',
    )
    .replace(/\n$/, `\n${methods}`);

/** A runtime whose options' `security` is the list of alternatives and whose client has no `_custom_auth`. */
const LIST_RUNTIME = `class BaseClient(Generic[_HttpxClientT, _DefaultStreamT]):
    def _auth_headers(self, security: SecurityOptions) -> Dict[str, str]:
        return self.auth_headers


class SyncAPIClient(BaseClient[httpx.Client, Stream[Any]]):
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return options


class FinalRequestOptions:
    method: str
    url: str
    security: Optional[Security]
    security_options: Optional[SecurityOptions]
`;

const runtime = runtimeClasses([LIST_RUNTIME], [STAINLESS_RUNTIME]);
const sdkgenRuntime = runtimeClasses([runtimeFile('_base_client.py'), runtimeFile('_models.py')], [STAINLESS_RUNTIME]);

describe("migrate (Python): carried code reading Stainless's runtime API", () => {
  it("judges reads of members sdkgen's runtime lacks or types otherwise lost, each named", () => {
    const owners = withMethods(SDKGEN_CLIENT, OWNERS_METHODS);
    const sound = soundCarried(owners, owners, SDKGEN_CLIENT, runtime);
    expect(sound.kind).toBe('broken');
    const lost = sound.kind === 'broken' ? (sound.lost ?? []) : [];
    expect(lost.sort()).toEqual([
      'Acme._custom_auth: @override',
      'Acme._custom_auth: super()._custom_auth',
      'Acme._prepare_options: options.security',
    ]);
    // The owners' lines those entries read, to be left out with their hunks.
    const lines = owners.split('\n');
    expect(linesReading(owners, lost).map((i) => lines[i].trim())).toEqual([
      'if self._api_key_provider is not None and options.security.get("bearer_auth", False):',
      'def _custom_auth(self, security: SecurityOptions) -> httpx.Auth | None:',
      'return super()._custom_auth(security)',
    ]);
    expect(runtimeEntryShown('Acme._prepare_options: options.security')).toBe(
      '`options.security` in `Acme._prepare_options`',
    );
    expect(runtimeEntryShown('Acme._custom_auth: @override')).toContain('nothing calls it');
  });

  it("takes the same behaviour under sdkgen's names: sound", () => {
    const owners = withMethods(
      SDKGEN_CLIENT,
      OWNERS_METHODS.replace('options.security.get(', '(options.security_options or {}).get(').replace(
        /\n {4}@override\n {4}def _custom_auth[\s\S]*$/,
        '\n',
      ),
    );
    const sound = soundCarried(owners, owners, SDKGEN_CLIENT, runtime);
    expect(sound.kind === 'broken' ? sound.reason : 'sound').toBe('sound');
  });

  it("judges no member of a class with a base outside sdkgen's runtime (an owners' mixin may define it)", () => {
    const mixed = (text: string) => text.replace('class Acme(SyncAPIClient):', 'class Acme(SyncAPIClient, _KeyMixin):');
    const owners = mixed(withMethods(SDKGEN_CLIENT, OWNERS_METHODS));
    const sound = soundCarried(owners, owners, mixed(SDKGEN_CLIENT), runtime);
    // (A parameter typed as a runtime class is judged all the same.)
    expect(sound.kind === 'broken' ? sound.lost : []).toEqual(['Acme._prepare_options: options.security']);
  });

  it('judges nothing of the runtime without it (the callers that do not give it)', () => {
    const owners = withMethods(SDKGEN_CLIENT, OWNERS_METHODS);
    expect(soundCarried(owners, owners, SDKGEN_CLIENT).kind).toBe('sound');
  });

  it("reads them in sdkgen's runtime, which has Stainless's `security` dict and `_custom_auth` hook: sound", () => {
    const owners = withMethods(SDKGEN_CLIENT, OWNERS_METHODS);
    const sound = soundCarried(owners, owners, SDKGEN_CLIENT, sdkgenRuntime);
    expect(sound.kind === 'broken' ? sound.lost : 'sound').toBe('sound');
  });

  const move = (runtimeTexts: { base: string; models: string }) => {
    const client = 'src/acme/_client.py';
    const runtimeFiles = {
      'src/acme/_base_client.py': runtimeTexts.base,
      'src/acme/_models.py': runtimeTexts.models,
    };
    const stainlessRuntime = {
      'src/acme/_base_client.py': STAINLESS_RUNTIME.slice(0, STAINLESS_RUNTIME.indexOf('class FinalRequestOptions')),
      'src/acme/_models.py': STAINLESS_RUNTIME.slice(STAINLESS_RUNTIME.indexOf('class FinalRequestOptions')),
    };
    const owners = withMethods(SDKGEN_CLIENT, OWNERS_METHODS);
    const result = planPythonMigration({
      current: [
        { path: client, blob: 'owners', text: owners },
        ...Object.entries(stainlessRuntime).map(([p, text]) => ({ path: p, blob: `stainless-${p}`, text })),
      ],
      base: {
        blobs: new Map([
          [client, 'stainless'],
          ...Object.keys(stainlessRuntime).map((p) => [p, `stainless-${p}`] as [string, string]),
        ]),
        texts: new Map([[client, SDKGEN_CLIENT], ...Object.entries(stainlessRuntime)]),
      },
      rendered: [
        { path: client, contents: SDKGEN_CLIENT },
        ...Object.entries(runtimeFiles).map(([p, contents]) => ({ path: p, contents })),
      ],
      importName: 'acme',
    });
    return { result, written: result.writes.find((f) => f.path === client)!.contents, client };
  };

  it('leaves those hunks to a person, the member named, and carries the rest (the move)', () => {
    const split = LIST_RUNTIME.indexOf('class FinalRequestOptions');
    const { result, written, client } = move({ base: LIST_RUNTIME.slice(0, split), models: LIST_RUNTIME.slice(split) });
    expect(written).not.toContain('options.security.get(');
    expect(written).not.toContain('def _custom_auth');
    // (Their key provider's attribute, set in a hunk of its own, is carried.)
    expect(written).toContain('        self._api_key_provider = None\n');
    const rejected = result.rejected.flatMap((r) => (r.path === client ? r.hunks : [])).join('\n');
    expect(rejected).toContain('options.security.get("bearer_auth", False)');
    expect(rejected).toContain('+    def _custom_auth(self, security: SecurityOptions) -> httpx.Auth | None:');
    const reason = result.needsHand
      .filter((n) => n.path === client)
      .map((n) => n.reason)
      .join('\n');
    expect(reason).toContain('`options.security` in `Acme._prepare_options`');
    expect(reason).toContain("`Acme._custom_auth` (it overrides what sdkgen's runtime does not have");
  });

  it("carries them onto sdkgen's runtime, nothing left for a person (the move)", () => {
    const { result, written, client } = move({
      base: runtimeFile('_base_client.py'),
      models: runtimeFile('_models.py'),
    });
    expect(written).toContain('options.security.get("bearer_auth", False)');
    expect(written).toContain('    def _custom_auth(self, security: SecurityOptions) -> httpx.Auth | None:\n');
    expect(result.needsHand.filter((n) => n.path === client)).toEqual([]);
  });
});
