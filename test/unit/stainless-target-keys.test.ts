/**
 * Keys a hand-written config gives a target that Stainless's config reference does not list (`version`, `output`,
 * `extra_files`): each warns with its line and what stands for it in sdkgen, not a bare "not supported"; `example`
 * of a client option is read (the generated Python tests' value for it).
 */
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { Diagnostics } from '../../generator/diagnostics';
import { parseStainlessConfig } from '../../generator/stainless/config';

const TEXT = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
    version: "0.2.0"
  python:
    package_name: acme
    version: "0.2.0"
    output: packages/sdk-py
    extra_files:
      - { from: packages/sdk-py/README.md, to: README.md }
    options: { use_uv: true }
    skip: false
client_settings:
  opts:
    account_id: { type: string, example: acct-1 }
    budget: { type: number, example: [1] }
`;

describe("a target's keys Stainless's config reference does not list", () => {
  const diags = new Diagnostics();
  const config = parseStainlessConfig(YAML.parse(TEXT), 'stainless.yml', TEXT, diags);
  const warnings = diags.list.map((d) => `${d.line}: ${d.message}`);

  it('warn with their line and what stands for each', () => {
    expect(warnings).toEqual([
      expect.stringMatching(
        /^5: targets\.typescript\.version: not a key of Stainless's config reference \(a Stainless SDK's version is set by its releases/,
      ),
      expect.stringMatching(/^8: targets\.python\.version: not a key of Stainless's config reference/),
      expect.stringMatching(/^9: targets\.python\.output: .*; ignored: the SDK is written where `-o` says/),
      expect.stringMatching(/^10: targets\.python\.extra_files: .*sdkgen copies no files into the SDK/),
      expect.stringMatching(/^17: client_settings\.opts\.budget\.example: must be a string, number or boolean/),
    ]);
  });

  it("reads a client option's example", () => {
    expect(config.clientOpts.map((o) => [o.key, o.example])).toEqual([
      ['account_id', 'acct-1'],
      ['budget', null],
    ]);
  });
});
