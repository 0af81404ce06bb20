/**
 * An owners' method carried into sdkgen's class that reads `self.<attr>` nothing in sdkgen's class sets (the owners set
 * it in their `__init__`, whose edit did not carry: openai's `_workload_identity_auth`, read by their `_send_request`)
 * would raise AttributeError on every call: it is not carried, its hunks go to a person with a reason naming the
 * attribute. Where the owners' line setting it is carried too, the method is, as before.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { unsetAttributeReads } from '../generator/migrate/python/soundness/unset-attributes';

const PATH = 'src/acme/_client.py';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

const STAINLESS = lines(
  'import os',
  '',
  'import httpx',
  '',
  'from ._base_client import SyncAPIClient',
  '',
  '',
  'class Acme(SyncAPIClient):',
  '    api_key: str',
  '',
  '    def __init__(self, *, api_key: str | None = None) -> None:',
  '        if api_key is None:',
  '            api_key = os.environ.get("ACME_API_KEY") or ""',
  '        self.api_key = api_key',
  '        super().__init__(base_url="https://api.acme.com")',
  '',
  '    @property',
  '    def auth_headers(self) -> dict[str, str]:',
  '        return {"Authorization": f"Bearer {self.api_key}"}',
);

/** Theirs: a token source set up in `__init__`, and a method sending with it. */
const OWNERS = STAINLESS.replace(
  '        self.api_key = api_key\n',
  '        self.api_key = api_key\n        self._token_source = os.environ.get("ACME_TOKEN_FILE")\n',
).replace(
  '        return {"Authorization": f"Bearer {self.api_key}"}\n',
  '        return {"Authorization": f"Bearer {self.api_key}"}\n' +
    '\n' +
    '    def _send_request(self, request: httpx.Request) -> httpx.Request:\n' +
    '        if self._token_source is not None:\n' +
    '            request.headers["X-Token-File"] = self._token_source\n' +
    '        return request\n',
);

/** sdkgen's client: its `__init__` in its own words (the owners' line has no place there). */
const SDKGEN = lines(
  'import os',
  '',
  'import httpx',
  '',
  'from ._base_client import SyncAPIClient',
  '',
  '',
  'class Acme(SyncAPIClient):',
  '    api_key: str',
  '',
  '    def __init__(self, *, api_key: str | None = None, timeout: float = 60) -> None:',
  '        self.api_key = api_key if api_key is not None else os.environ.get("ACME_API_KEY", "")',
  '        super().__init__(base_url="https://api.acme.com", timeout=timeout)',
  '',
  '    @property',
  '    def auth_headers(self) -> dict[str, str]:',
  '        return {"Authorization": f"Bearer {self.api_key}"}',
);

const plan = (sdkgen: string) =>
  planPythonMigration({
    current: [{ path: PATH, blob: 'owners', text: OWNERS }],
    base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
    rendered: [{ path: PATH, contents: sdkgen }],
    importName: 'acme',
  });

describe("an owners' method reading an attribute nothing in sdkgen's class sets", () => {
  it('is named with the attribute it reads', () => {
    const carried = SDKGEN.replace(
      '        return {"Authorization": f"Bearer {self.api_key}"}\n',
      OWNERS.slice(OWNERS.indexOf('        return {"Authorization"')),
    );
    expect(unsetAttributeReads(carried, OWNERS, SDKGEN)).toEqual(['Acme._send_request: self._token_source']);
    // (Set by a line of theirs carried into sdkgen's `__init__`: nothing unset.)
    const set = carried.replace('timeout=timeout)\n', 'timeout=timeout)\n        self._token_source = None\n');
    expect(unsetAttributeReads(set, OWNERS, SDKGEN)).toEqual([]);
    // (A class reading its attributes dynamically is left as it is.)
    const dynamic = carried.replace(
      '    api_key: str\n',
      '    api_key: str\n\n    def __getattr__(self, name: str) -> object:\n        return None\n',
    );
    expect(unsetAttributeReads(dynamic, OWNERS, SDKGEN)).toEqual([]);
  });

  it('is not carried; its hunks go to a person with a reason naming the attribute', () => {
    const result = plan(SDKGEN);
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).not.toContain('_token_source');
    expect(written).toContain('def auth_headers(self)');
    const rejected = result.rejected.flatMap((r) => (r.path === PATH ? r.hunks : [])).join('\n');
    expect(rejected).toContain('+    def _send_request(self, request: httpx.Request) -> httpx.Request:');
    expect(rejected).toContain('+        self._token_source = os.environ.get("ACME_TOKEN_FILE")');
    const reason = result.needsHand
      .filter((n) => n.path === PATH)
      .map((n) => n.reason)
      .join('\n');
    expect(reason).toContain('`self._token_source` in `Acme._send_request`');
  });

  it('is carried where the line of theirs setting it is', () => {
    const result = plan(
      STAINLESS.replace(
        'def __init__(self, *, api_key: str | None = None)',
        'def __init__(self, *, api_key: str | None = None, timeout: float = 60)',
      ),
    );
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('        self._token_source = os.environ.get("ACME_TOKEN_FILE")');
    expect(written).toContain('    def _send_request(self, request: httpx.Request) -> httpx.Request:');
  });

  it('reads nothing missing under a guard that the attribute is there (`hasattr(self, "x")`)', () => {
    const guarded = (body: string) =>
      OWNERS.replace(
        '        if self._token_source is not None:\n            request.headers["X-Token-File"] = self._token_source\n',
        body,
      );
    const carriedOf = (owners: string) =>
      SDKGEN.replace(
        '        return {"Authorization": f"Bearer {self.api_key}"}\n',
        owners.slice(owners.indexOf('        return {"Authorization"')),
      );
    const inGuard = guarded(
      '        if hasattr(self, "_token_source"):\n            request.headers["X-Token-File"] = str(self._token_source)\n',
    );
    expect(unsetAttributeReads(carriedOf(inGuard), inGuard, SDKGEN)).toEqual([]);
    // (A read after the guarded block, or in its `else:`, is still one.)
    const after = guarded(
      '        if hasattr(self, "_token_source"):\n            pass\n        request.headers["X-Token-File"] = str(self._token_source)\n',
    );
    expect(unsetAttributeReads(carriedOf(after), after, SDKGEN)).toEqual(['Acme._send_request: self._token_source']);
    const negated = guarded(
      '        if not hasattr(self, "_token_source"):\n            request.headers["X-Token-File"] = str(self._token_source)\n',
    );
    expect(unsetAttributeReads(carriedOf(negated), negated, SDKGEN)).toEqual([
      'Acme._send_request: self._token_source',
    ]);
    // In a move: the method is carried; the `__init__` line of theirs setting it goes to a person, as before.
    const result = planPythonMigration({
      current: [{ path: PATH, blob: 'owners', text: inGuard }],
      base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
      rendered: [{ path: PATH, contents: SDKGEN }],
      importName: 'acme',
    });
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('    def _send_request(self, request: httpx.Request) -> httpx.Request:');
    expect(written).toContain('        if hasattr(self, "_token_source"):');
    const rejected = result.rejected.flatMap((r) => (r.path === PATH ? r.hunks : [])).join('\n');
    expect(rejected).toContain('+        self._token_source = os.environ.get("ACME_TOKEN_FILE")');
    expect(rejected).not.toContain('def _send_request');
  });
});
