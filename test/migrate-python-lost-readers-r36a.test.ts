/**
 * A carried Python module whose function reads a local only the owners' version of it binds (Stainless's local that
 * sdkgen's function names otherwise) reads sdkgen's local instead where it holds the same value, and otherwise loses
 * only the hunks reading that name, which go to a person; the owners' other edits of the module are carried, and the
 * module written reads no name its functions do not bind.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { lostFunctionNames } from '../generator/migrate/python/soundness/function-scopes';

const PATH = 'src/acme/_base_client.py';

const STAINLESS = [
  'import httpx',
  '',
  '',
  'class BaseClient:',
  '    timeout: float',
  '',
  '    def __init__(self, timeout: float = 5.0) -> None:',
  '        self.timeout = timeout',
  '',
  '    def _build_headers(self, custom_headers: dict[str, str], retries_taken: int) -> httpx.Headers:',
  '        headers = httpx.Headers(custom_headers)',
  '        seen_keys = [key.lower() for key in custom_headers]',
  '        if "x-retry-count" not in seen_keys:',
  '            headers["x-retry-count"] = str(retries_taken)',
  '        return headers',
  '',
  '    def _backoff(self, retries_taken: int) -> float:',
  '        return min(0.5 * 2**retries_taken, 8.0)',
  '',
].join('\n');

/** Theirs: a `verbose` option, a header reading Stainless's local `seen_keys`, a longer back-off cap. */
const OWNERS = STAINLESS.replace('import httpx\n', 'import httpx\n\nMAX_BACKOFF = 30.0\n')
  .replace('    timeout: float\n', '    timeout: float\n    verbose: bool\n')
  .replace('timeout: float = 5.0) -> None:', 'timeout: float = 5.0, verbose: bool = False) -> None:')
  .replace('        self.timeout = timeout\n', '        self.timeout = timeout\n        self.verbose = verbose\n')
  .replace(
    '            headers["x-retry-count"] = str(retries_taken)\n',
    '            headers["x-retry-count"] = str(retries_taken)\n' +
      '        if "x-trace" not in seen_keys:\n' +
      '            headers["x-trace"] = "1" if self.verbose else "0"\n',
  )
  .replace('2**retries_taken, 8.0)', '2**retries_taken, MAX_BACKOFF)');

/** sdkgen's: the same module, its local of the same role named otherwise. */
const SDKGEN = STAINLESS.replace(
  '        seen_keys = [key.lower() for key in custom_headers]\n        if "x-retry-count" not in seen_keys:',
  '        lowered = {key.lower() for key in custom_headers}\n        if "x-retry-count" not in lowered:',
);

const plan = (owners: string, sdkgen = SDKGEN) =>
  planPythonMigration({
    current: [{ path: PATH, blob: 'owners', text: owners }],
    base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
    rendered: [{ path: PATH, contents: sdkgen }],
    importName: 'acme',
  });

describe("a carried function reading a local only the owners' version binds", () => {
  it('reads the local sdkgen binds to the same value instead, where every read of it is a membership test', () => {
    const result = plan(OWNERS);
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('MAX_BACKOFF = 30.0');
    expect(written).toContain('        self.verbose = verbose');
    expect(written).toContain('2**retries_taken, MAX_BACKOFF)');
    // sdkgen's `lowered` (a set) holds what Stainless's `seen_keys` (a list) held, for `in`.
    expect(written).toContain(
      '            headers["x-retry-count"] = str(retries_taken)\n' +
        '        if "x-trace" not in lowered:\n' +
        '            headers["x-trace"] = "1" if self.verbose else "0"\n',
    );
    expect(written).not.toContain('seen_keys');
    expect(lostFunctionNames(written, OWNERS, SDKGEN)).toEqual([]);
    expect(result.rejected.find((r) => r.path === PATH)).toBeUndefined();
    expect(result.needsHand.find((n) => n.path === PATH)).toBeUndefined();
  });

  it("leaves out only the hunks reading it where sdkgen's local holds another value; the rest are carried", () => {
    // sdkgen's set is of the keys as given: "X-Trace" given is not "x-trace".
    const sdkgen = SDKGEN.replace('{key.lower() for key in custom_headers}', '{key for key in custom_headers}');
    const result = plan(OWNERS, sdkgen);
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    // Their other edits: the constant, the option, its attribute and the cap.
    expect(written).toContain('MAX_BACKOFF = 30.0');
    expect(written).toContain('verbose: bool = False) -> None:');
    expect(written).toContain('        self.verbose = verbose');
    expect(written).toContain('2**retries_taken, MAX_BACKOFF)');
    // The hunk reading `seen_keys` is not written, and goes to a person.
    expect(written).not.toContain('x-trace');
    expect(lostFunctionNames(written, OWNERS, sdkgen)).toEqual([]);
    const rejected = result.rejected.find((r) => r.path === PATH)!.hunks;
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toContain('+        if "x-trace" not in seen_keys:');
    const reason = result.needsHand.find((n) => n.path === PATH)!.reason;
    expect(reason).toContain('`seen_keys` in `BaseClient._build_headers`');
    expect(reason).not.toContain('would leave it broken');
  });

  it("reads no list of theirs as a set of sdkgen's but for membership", () => {
    const owners = OWNERS.replace(
      '        if "x-trace" not in seen_keys:\n',
      '        if seen_keys[:1] == ["x-trace"]:\n',
    );
    const written = plan(owners).writes.find((f) => f.path === PATH)!.contents;
    expect(written).not.toContain('x-trace');
    expect(written).toContain('MAX_BACKOFF = 30.0');
  });

  it('renames no line of theirs naming it in a comment or string too (it is renamed as text)', () => {
    const owners = OWNERS.replace(
      '        if "x-trace" not in seen_keys:\n',
      '        if "x-trace" not in seen_keys:  # seen_keys: lower-case\n',
    );
    const written = plan(owners).writes.find((f) => f.path === PATH)!.contents;
    expect(written).not.toContain('x-trace');
    expect(written).toContain('MAX_BACKOFF = 30.0');
  });

  it("leaves out a read placed before sdkgen's local is bound, and then a hunk reading a local it bound", () => {
    // Their `trace` local reads `seen_keys` (placed after `headers = …`, above sdkgen's `lowered`); a hunk below
    // reads `trace`.
    const owners = OWNERS.replace(
      '        headers = httpx.Headers(custom_headers)\n',
      '        headers = httpx.Headers(custom_headers)\n        trace = "x-trace" not in seen_keys\n',
    ).replace('        if "x-trace" not in seen_keys:\n', '        if trace:\n');
    const result = plan(owners);
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).not.toContain('trace');
    expect(written).toContain('MAX_BACKOFF = 30.0');
    expect(written).toContain('        self.verbose = verbose');
    expect(lostFunctionNames(written, owners, SDKGEN)).toEqual([]);
    const rejected = result.rejected.find((r) => r.path === PATH)!.hunks;
    expect(rejected).toHaveLength(2);
  });
});

describe("a keyword the owners' signature names", () => {
  it('is no name a carried function loses (`-> None` binds nothing)', () => {
    const owners = 'class Client:\n    def key(self, value: str | None) -> None:\n        self._key = value\n';
    const sdkgen = 'class Client:\n    def key(self) -> str:\n        return "k"\n';
    const carried =
      'class Client:\n    def key(self) -> str:\n        if self._key is None:\n            return "k"\n        return "k"\n';
    expect(lostFunctionNames(carried, owners, sdkgen)).toEqual([]);
    // A parameter of theirs sdkgen's signature lacks is lost still.
    const reading = carried.replace('if self._key is None:', 'if value is None:');
    expect(lostFunctionNames(reading, owners, sdkgen)).toEqual(['Client.key: value']);
  });
});
