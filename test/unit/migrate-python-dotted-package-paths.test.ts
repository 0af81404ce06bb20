/**
 * Migrate's Python stages that tell the package's modules by their path (its runtime, resources, types, client) read
 * them under the package's real folder: `src/cerebras/cloud/sdk/` for Stainless's dotted `package_name:
 * cerebras.cloud.sdk` (emit/python/package-root.ts, pathInPackage), where they looked one folder below `src/` and so
 * passed over every module of a nested package. Each stage's own test file has its case too.
 */
import { describe, expect, it } from 'vitest';
import { inPackageMatching, pathInPackage } from '../../generator/emit/python/package-root';
import { specDrift } from '../../generator/migrate/python/owners/spec-drift';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { baseOf, checkoutOf } from '../helpers/plan-inputs';

const NESTED = 'cerebras.cloud.sdk';

describe('a path in a Python package', () => {
  it('is read under the folder of its import name, dotted or not', () => {
    expect(pathInPackage('src/cerebras/cloud/sdk/types/x.py', NESTED)).toBe('types/x.py');
    expect(pathInPackage('src/cerebras/cloud/__init__.py', NESTED)).toBeNull();
    expect(pathInPackage('src/cerebras/cloud/sdkx/_client.py', NESTED)).toBeNull();
    expect(pathInPackage('src/acme/_client.py', 'acme')).toBe('_client.py');
    expect(inPackageMatching('src/cerebras/cloud/sdk/_models.py', NESTED, /^_models\.py$/)).toBe(true);
    expect(inPackageMatching('src/cerebras/_models.py', NESTED, /^_models\.py$/)).toBe(false);
  });
});

describe('the spec drift of a package of a dotted name', () => {
  it("counts the names later generations wrote in its types that sdkgen's module lacks", () => {
    const path = 'src/cerebras/cloud/sdk/types/chat_completion.py';
    const changes = new Map([[path, { added: new Set(['reasoning_effort: str']), removed: new Set<string>() }]]);
    const drift = specDrift(
      changes,
      () => 'class ChatCompletion:\n    reasoning_effort: str\n',
      () => 'class ChatCompletion:\n    id: str\n',
      NESTED,
    );
    expect(drift).toEqual({ names: 1, files: [path], example: { path, name: 'reasoning_effort' } });
  });
});

describe('client options the owners made optional, in a package of a dotted name', () => {
  const CLIENT = 'src/cerebras/cloud/sdk/_client.py';
  const raise = '            raise CerebrasError("The api_key client option must be set by passing api_key")\n';
  const stainless =
    '# File generated from our OpenAPI spec by Stainless.\n\nclass Cerebras:\n    def __init__(self, api_key=None):\n' +
    `        if api_key is None:\n${raise}        self.api_key = api_key\n`;
  const owners = stainless.replace(`        if api_key is None:\n${raise}`, '');
  const sdkgen =
    'class Cerebras:\n    def __init__(self, *, api_key: str | None = None) -> None:\n' +
    '        api_key = api_key or os.environ.get("CEREBRAS_API_KEY")\n' +
    `        if api_key is None:\n    ${raise.replace('(', '(\n                ')}        self.api_key = api_key\n`;

  it("are named in the report, with the config's `nullable: true`", () => {
    const result = planPythonMigration({
      current: checkoutOf({ [CLIENT]: owners }),
      base: baseOf({ [CLIENT]: stainless }),
      rendered: [{ path: CLIENT, contents: sdkgen }],
      importName: NESTED,
    });
    expect(result.needsHand.map((n) => n.reason).join('\n')).toContain('you made the client option `api_key` optional');
  });
});
