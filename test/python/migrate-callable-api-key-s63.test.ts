/**
 * The owners' API-key provider in Stainless's Python client (openai-python's: `api_key: str | Callable[[], str] | None`
 * in `__init__` and `copy()`, the callable kept as `_api_key_provider`, `api_key: str` on the class since it is never
 * None then, `_refresh_api_key()` read by `auth_headers`), moved by `sdkgen migrate` with the config it writes from
 * the repository. That config's client options are read from the client as Stainless's generation wrote it
 * (`api_key: str | None`: nullable), not from the owners' edit of it: read from theirs (`api_key: str`), the option
 * was required, sdkgen's `__init__` raised where Stainless's took no key, and no hunk of their `__init__` found its
 * place (openai-python's "callable `api_key`", left for a person). Now sdkgen's client has Stainless's parameters and
 * lines, and the provider is carried whole: the migrated client takes a callable key, in `copy()` too.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from '../helpers/git-repo';
import { commitGenerationThenMain } from '../helpers/git-history';
import { PETSTORE_SPEC, stainlessPythonGeneration } from '../helpers/python-migrate';
import { PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';
import { read, write } from '../helpers/stainless-repository';

/** Stainless's config of the petstore: its bearer token an optional client option, as openai's `api_key`. */
const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
client_settings:
  opts:
    api_key:
      type: string
      read_env: ACME_API_KEY
      nullable: true
      auth: { security_scheme: bearer }
resources:
  pets:
    methods:
      list: get /pets
      create: post /pets
`;
const CLIENT = 'src/acme/_client.py';

/** The owners' provider, edited into both of Stainless's clients. */
function withProvider(stainless: string): string {
  const edits: Array<[string, string]> = [
    ['from typing import TYPE_CHECKING, Any, Mapping\n', 'from typing import TYPE_CHECKING, Any, Mapping, Callable\n'],
    ['    api_key: str | None\n\n    def __init__(', '    api_key: str\n\n    def __init__('],
    ['        api_key: str | None = None,\n', '        api_key: str | Callable[[], str] | None = None,\n'],
    [
      '            api_key = os.environ.get("ACME_API_KEY")\n        self.api_key = api_key\n',
      '            api_key = os.environ.get("ACME_API_KEY")\n' +
        '        if callable(api_key):\n' +
        '            self.api_key = ""\n' +
        '            self._api_key_provider: Callable[[], str] | None = api_key\n' +
        '        else:\n' +
        '            self.api_key = api_key or ""\n' +
        '            self._api_key_provider = None\n',
    ],
    [
      '        api_key = self.api_key\n        if api_key is None:\n            return {}\n',
      '        api_key = self._refresh_api_key()\n        if not api_key:\n            return {}\n',
    ],
    [
      '    @property\n    @override\n    def default_headers(',
      '    def _refresh_api_key(self) -> str:\n' +
        '        if self._api_key_provider is not None:\n' +
        '            self.api_key = self._api_key_provider()\n' +
        '        return self.api_key\n\n' +
        '    @property\n    @override\n    def default_headers(',
    ],
    [
      '            api_key=api_key or self.api_key,\n',
      '            api_key=api_key or self._api_key_provider or self.api_key,\n',
    ],
  ];
  return edits.reduce((text, [from, to]) => {
    expect(text).toContain(from);
    return text.replaceAll(from, to);
  }, stainless);
}

describe.runIf(PYTHON_FULL)("migrate: the owners' callable api_key in Stainless's client", () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    const work = tempDir('migrate-callable-api-key');
    const spec = path.join(work, 'openapi.yaml');
    writeFileSync(spec, read(path.dirname(PETSTORE_SPEC), path.basename(PETSTORE_SPEC)));
    ({ repo } = stainlessPythonGeneration(work, CONFIG, spec));
    // The config stays with Stainless (its dashboard): migrate writes one from the repository.
    rmSync(path.join(work, 'stainless.yml'));
    const base = commitGenerationThenMain(repo);
    write(repo, CLIENT, withProvider(read(repo, CLIENT)));
    git(repo, 'commit', '-qam', 'feat(client): api_key may be a function returning the key');
    run = sdkgen(repo, 'migrate', '--spec', spec, '--base', base, '--verbose');
  }, 600_000);

  it('writes the option nullable, as Stainless had it, and carries every edit of the client', () => {
    const out = run.stdout + run.stderr;
    expect(run.code, out).toBe(0);
    expect(read(repo, 'stainless.yml')).toMatch(/api_key:\n(?: {6}.*\n)*? {6}nullable: true/);
    expect(out).not.toMatch(/Needs a hand[\s\S]*_client\.py/);
    const client = read(repo, CLIENT);
    // `__init__` and `copy()` of both clients.
    expect(client.split('api_key: str | Callable[[], str] | None = None,').length - 1).toBe(4);
    expect(client).toContain('            self._api_key_provider: Callable[[], str] | None = api_key\n');
    expect(client).toContain('api_key=api_key or self._api_key_provider or self.api_key,');
  });

  it('builds a client from a key function, and its copy keeps the function', async () => {
    const script = [
      'from acme import Acme, AsyncAcme',
      'keys = iter(["k1", "k2"])',
      'client = Acme(api_key=lambda: next(keys), base_url="http://127.0.0.1:1")',
      'assert client.auth_headers == {"Authorization": "Bearer k1"}, client.auth_headers',
      'copied = client.copy()',
      'assert copied.auth_headers == {"Authorization": "Bearer k2"}, copied.auth_headers',
      'assert Acme(api_key="plain", base_url="http://127.0.0.1:1").auth_headers == {"Authorization": "Bearer plain"}',
      'assert AsyncAcme(api_key=lambda: "a", base_url="http://127.0.0.1:1").auth_headers == {"Authorization": "Bearer a"}',
    ].join('\n');
    const env = { ...process.env, PYTHONPATH: path.join(repo, 'src') };
    const result = await runProcess(venvPython(), ['-c', script], { cwd: repo, env });
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });
});
