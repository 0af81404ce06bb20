/**
 * Hunks of one owners' edit in one statement of a function go together or go to a person together (openai-python's
 * `copy()`: their `base_url=` deleted from the `return self.__class__(…)` call and `**auth_options,` added further
 * down it, two hunks; the deletion alone carried lost the client's base URL). So does a hunk adding a parameter that
 * only the hunks going to a person read.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';

const CLIENT = 'src/acme/_client.py';

/** A client module: `init` is `__init__`'s body, `before` the lines above `copy()`'s call, `call` its arguments. */
const client = (init: string, signature: string, before: string, call: string, attributes = '') =>
  `import httpx\n\n\nclass Acme:\n    api_key: str\n${attributes}\n` +
  `    def __init__(self, *, api_key: str, base_url: str) -> None:\n${init}\n` +
  '    @property\n    def auth_headers(self) -> dict[str, str]:\n' +
  '        headers = {"Authorization": f"Bearer {self.api_key}"}\n        return headers\n\n' +
  `    def copy(\n        self,\n        *,\n${signature}    ) -> "Acme":\n` +
  `        client = self._client\n${before}        return self.__class__(\n${call}        )\n`;

const INIT =
  '        self.api_key = api_key\n        self.base_url = base_url\n        self._client = httpx.Client()\n';
const SIGNATURE =
  '        api_key: str | None = None,\n        base_url: str | None = None,\n        timeout: float | None = None,\n';
const CALL =
  '            api_key=api_key or self.api_key,\n            base_url=base_url or self.base_url,\n' +
  '            timeout=timeout or self.timeout,\n            http_client=client,\n';
const STAINLESS = client(INIT, SIGNATURE, '', CALL);

// The owners' edit: a provider set in `__init__`, and `copy()` passing base URL and key as options it builds.
const OWNERS = client(
  `${INIT}        self._provider = None\n`,
  SIGNATURE.replace('        base_url', '        provider: object | None = None,\n        base_url'),
  '        auth_options = {"base_url": base_url or self.base_url, "provider": provider or self._provider}\n',
  CALL.replace('            base_url=base_url or self.base_url,\n', '').replace(
    '            http_client=client,\n',
    '            http_client=client,\n            **auth_options,\n',
  ),
  '    _provider: object | None\n',
);

function move(sdkgenText: string) {
  const plan = planPythonMigration({
    current: [{ path: CLIENT, blob: 'edited', text: OWNERS }],
    base: { blobs: new Map([[CLIENT, 'pristine']]), texts: new Map([[CLIENT, STAINLESS]]) },
    rendered: [{ path: CLIENT, contents: sdkgenText }],
    importName: 'acme',
  });
  return {
    written: plan.writes.find((f) => f.path === CLIENT)!.contents,
    rejected: plan.rejected.find((r) => r.path === CLIENT)?.hunks.join('') ?? '',
  };
}

describe('Python move: hunks of one statement of a function', () => {
  it("go to a person together, sdkgen's call kept whole, where one of them cannot be carried", () => {
    // sdkgen's `__init__` sets what it sets otherwise: the owners' `self._provider` has no place, and the lines of
    // `copy()` reading it (and what they bind) go to a person.
    const sdkgenInit = '        super().__init__(api_key=api_key, base_url=base_url)\n';
    const { written, rejected } = move(client(sdkgenInit, SIGNATURE, '', CALL));
    expect(written).toContain('            base_url=base_url or self.base_url,\n');
    expect(written).not.toContain('**auth_options');
    // (The parameter only those lines read goes with them: `copy()` would take it and ignore it.)
    expect(written).not.toContain('provider: object | None = None');
    // (And the attribute they declared on the class, which only those lines set: declared, never set.)
    expect(written).not.toContain('_provider: object');
    expect(rejected).toContain('-            base_url=base_url or self.base_url,');
    expect(rejected).toContain('+            **auth_options,');
    expect(rejected).toContain('+        provider: object | None = None,');
    expect(rejected).toContain('+    _provider: object | None');
  });

  it("are carried together where sdkgen's module has a place for each", () => {
    const { written, rejected } = move(STAINLESS);
    expect(written).toBe(OWNERS);
    expect(rejected).toBe('');
  });
});
