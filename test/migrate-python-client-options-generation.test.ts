/**
 * The config `sdkgen migrate` writes from a Stainless Python repository reads the client's options from `_client.py`
 * as Stainless's generation wrote it (the base the move found), not from the owners' edit of it. openai-python's owners
 * typed `api_key: str` (their key is never None once a key function or a provider fills it), and their `__init__` reads
 * the variable otherwise: read from theirs, sdkgen's option came out required (its `__init__` raised where Stainless's
 * took no key), its environment variable unread. Any owners' edit of an option's annotation or of how `__init__` fills
 * it is theirs, carried onto sdkgen's client (or reported), never the config's.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';

const API_MD = `# Things

Methods:

- <code title="get /things">client.things.<a href="./src/acme/resources/things.py">list</a>() -> object</code>
`;

/** Stainless's client: `api_key` nullable, read from ACME_API_KEY; `region` required, defaulting to "us". */
const STAINLESS_CLIENT = `import os
from ._base_client import SyncAPIClient


class Acme(SyncAPIClient):
    # client options
    api_key: str | None
    region: str

    def __init__(
        self,
        *,
        api_key: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("ACME_API_KEY")
        self.api_key = api_key

        if region is None:
            region = "us"
        self.region = region

        if base_url is None:
            base_url = f"https://api.acme.test"

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        api_key = self.api_key
        if api_key is None:
            return {}
        return {"Authorization": f"Bearer {api_key}"}
`;

/** The owners' edit: the key typed never None (a key function fills it), read through their helper, `region` widened. */
const OWNERS_CLIENT = STAINLESS_CLIENT.replace(
  '    api_key: str | None\n    region: str\n',
  '    api_key: str\n    region: str | None\n',
)
  .replace('api_key: str | None = None,', 'api_key: str | Callable[[], str] | None = None,')
  .replace(
    '        if api_key is None:\n            api_key = os.environ.get("ACME_API_KEY")\n        self.api_key = api_key\n',
    '        self.api_key = _resolve_key(api_key)\n',
  )
  .replace('        if region is None:\n            region = "us"\n', '');

function derivedOpts(stainlessText?: (path: string) => string | undefined) {
  const files = [
    { path: 'api.md', text: API_MD },
    { path: 'src/acme/_client.py', text: OWNERS_CLIENT },
  ];
  const derived = derivePythonConfig(files as never, 'acme', null, undefined, stainlessText);
  expect(derived).not.toBeNull();
  const config = yaml.load(derived!.text) as { client_settings?: { opts?: Record<string, Record<string, unknown>> } };
  return config.client_settings?.opts ?? {};
}

describe("migrate (Python): the derived config's client options are Stainless's", () => {
  it("reads them from Stainless's generation of _client.py, whatever the owners edited", () => {
    const opts = derivedOpts((path) => (path === 'src/acme/_client.py' ? STAINLESS_CLIENT : undefined));
    expect(opts.api_key).toMatchObject({ type: 'string', read_env: 'ACME_API_KEY', nullable: true });
    expect(opts.region).toMatchObject({ type: 'string', default: 'us' });
    expect(opts.region.nullable).toBeUndefined();
  });

  it("reads the owners' file where the generation is not known (no base)", () => {
    const opts = derivedOpts();
    expect(opts.api_key.nullable).toBeUndefined();
    expect(opts.region).toMatchObject({ type: 'string', nullable: true });
  });
});
