/**
 * A Stainless Python method whose name starts with an underscore (privy-python's `client.wallets._init_import`, which
 * the owners' code wraps): api.md lists it (as `_init_import` or Markdown-escaped `\_init_import`), and the config
 * `sdkgen migrate --from-repo` derives keeps it under that key, so sdkgen's SDK has the method the owners' code calls
 * and Python's naming writes it back as it was (`pyMemberName`). Checked for issue 89; it held before (a pin).
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { pyMemberName } from '../generator/naming/python';

const apiMd = (name: string) => `# Wallets

Methods:

- <code title="post /v1/wallets/import/init">client.wallets.<a href="./src/acme/resources/wallets.py">${name}</a>(\\*\\*<a href="src/acme/types/wallet_init_import_params.py">params</a>) -> <a href="./src/acme/types/wallet_init_import_response.py">WalletInitImportResponse</a></code>
- <code title="get /v1/wallets">client.wallets.<a href="./src/acme/resources/wallets.py">list</a>() -> None</code>
`;

describe('a Python method named with a leading underscore', () => {
  it.each(['_init_import', '\\_init_import'])('is a key of the derived config (api.md: %s)', (name) => {
    const result = derivePythonConfig([{ path: 'api.md', text: apiMd(name) }] as never, 'acme', null);
    const config = yaml.load(result!.text) as { resources: Record<string, { methods: Record<string, string> }> };
    expect(config.resources.wallets.methods).toEqual({
      _init_import: 'post /v1/wallets/import/init',
      list: 'get /v1/wallets',
    });
    expect(result!.notes.filter((note) => note.includes('init_import'))).toEqual([]);
  });

  it('is named by that key in the SDK', () => {
    expect(pyMemberName('_init_import')).toBe('_init_import');
  });
});
