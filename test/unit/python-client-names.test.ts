/**
 * The names of the Python package a Stainless config's `targets.python` gives, as Stainless's SDKs have them: the
 * import name `package_name` as written, and the distribution name of pyproject.toml `project_name` as written, else
 * the name `publish.pypi.package_name` publishes under, else `package_name` as written (`parsec_api` stays
 * `parsec_api`: Stainless never hyphenates it), a dotted one's parts joined by `_` (`cerebras.cloud.sdk`'s is
 * `cerebras_cloud_sdk`, as Stainless's pyproject.toml has it at each of its generations).
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics';
import { parseStainlessConfig } from '../../generator/stainless/config';

const pythonTarget = (target: string) => {
  const text = ['organization:', '  name: acme', 'targets:', '  python:', ...target.split('\n').map((l) => `    ${l}`)]
    .join('\n')
    .concat('\n');
  const diags = new Diagnostics();
  const config = parseStainlessConfig(yaml.load(text, { schema: yaml.CORE_SCHEMA }), 'stainless.yml', text, diags);
  return { target: config.pythonTarget, warnings: diags.warnings.map((w) => w.message) };
};

describe('targets.python: the distribution name', () => {
  it('is package_name as written when nothing else names it (no hyphens put in)', () => {
    const { target, warnings } = pythonTarget('package_name: parsec_api\npublish:\n  pypi: true');
    expect(target).toMatchObject({ packageName: 'parsec_api', projectName: 'parsec_api' });
    expect(warnings).toEqual([]);
  });

  it("is a dotted package_name's parts joined by `_` (cerebras's `cerebras.cloud.sdk` is `cerebras_cloud_sdk`)", () => {
    const { target, warnings } = pythonTarget('package_name: cerebras.cloud.sdk');
    expect(target).toMatchObject({ packageName: 'cerebras.cloud.sdk', projectName: 'cerebras_cloud_sdk' });
    expect(warnings).toEqual([]);
    expect(pythonTarget('package_name: acme.cloud.sdk\nproject_name: acme-cloud').target?.projectName).toBe(
      'acme-cloud',
    );
  });

  it('is project_name as written, whatever its spelling', () => {
    expect(pythonTarget('package_name: honcho\nproject_name: honcho-ai').target).toMatchObject({
      packageName: 'honcho',
      projectName: 'honcho-ai',
    });
    expect(pythonTarget('package_name: papr_memory\nproject_name: papr_memory').target?.projectName).toBe(
      'papr_memory',
    );
  });

  it('is publish.pypi.package_name (pypi given as a mapping) without project_name; project_name wins over it', () => {
    const published = 'package_name: openplugin\npublish:\n  pypi:\n    package_name: openplugin-sdk';
    const { target, warnings } = pythonTarget(published);
    expect(target).toMatchObject({ packageName: 'openplugin', projectName: 'openplugin-sdk' });
    expect(warnings).toEqual([]);
    expect(pythonTarget(`${published}\nproject_name: openplugin-client`).target?.projectName).toBe('openplugin-client');
  });

  it('is left to the default (null) when the target names neither', () => {
    expect(pythonTarget('production_repo: acme/acme-python').target).toMatchObject({
      packageName: null,
      projectName: null,
    });
  });
});
