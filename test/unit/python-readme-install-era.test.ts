/**
 * The Python README's install commands and its forms by era (plan-readme-install.ts, stainless/python-readme-era.ts),
 * as Stainless's READMEs have them: a package a config keeps off PyPI (`targets.python.publish.pypi: false`) installed
 * from its GitHub repository (the production one, else the staging one), a pre-release with `--pre` (quoted with the
 * package from QUOTED_PRE_SINCE on); and the older READMEs' forms: the credential's comment on a line of its own, the
 * log switch set to `debug`, httpx's `proxies=`, no program closing the client.
 */
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { Diagnostics } from '../../generator/diagnostics';
import type { Api } from '../../generator/ir/types';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import type { PyPackage } from '../../generator/emit/python/types/model';
import { planReadme } from '../../generator/emit/python/docs/plan-readme';
import { installCommand, isPrerelease } from '../../generator/emit/python/docs/plan-readme-install';
import { formatPython } from '../../generator/format/ruff';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { pythonFormsOfEra } from '../../generator/stainless/python-era';
import {
  CLOSE_EXAMPLE_SINCE,
  HTTPX_PROXY_SINCE,
  LOG_INFO_SINCE,
  QUOTED_PRE_SINCE,
  TRAILING_CREDENTIAL_COMMENT_SINCE,
  readmeFormsOfEra,
} from '../../generator/stainless/python-readme-era';
import { sharedPath } from '../helpers/paths';

const shared = sharedPath('stainless-compat-python/onebusaway');
let api: Api;
let pkg: PyPackage;

beforeAll(async () => {
  ({ api } = await loadIr({ spec: path.join(shared, 'openapi.yml'), config: path.join(shared, 'stainless.yml') }));
  pkg = buildPythonModel(api, { importName: 'onebusaway', distributionName: 'onebusaway' });
});

/** The README in the forms of `era` (null: the newest). */
const readmeOf = (facts: { version?: string; installFrom?: string }, era: string | null = null) =>
  planReadme({ ...pkg, ...facts }, api, 'OneBusAway/python-sdk', {
    ...pythonFormsOfEra(era),
    readme: readmeFormsOfEra(era),
  });

/** The `sh` blocks' lines that run pip. */
const pipLines = (text: string) => text.split('\n').filter((line) => line.startsWith('pip install'));

/** `targets.python` of a config whose organization is `acme`, read. */
const pythonTarget = (target: string, top = '') => {
  const text = `${top}organization:\n  name: acme\ntargets:\n  python:\n${target
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`;
  const diags = new Diagnostics();
  const config = parseStainlessConfig(yaml.load(text, { schema: yaml.CORE_SCHEMA }), 'stainless.yml', text, diags);
  return { target: config.pythonTarget, warnings: diags.warnings.map((w) => w.message) };
};

describe('targets.python.publish.pypi: where the package is installed from', () => {
  test('published (pypi true, a table, or no publish key): PyPI', () => {
    expect(pythonTarget('package_name: acme\npublish:\n  pypi: true').target?.installFrom).toBeNull();
    expect(
      pythonTarget('package_name: acme\npublish:\n  pypi:\n    package_name: acme-sdk').target?.installFrom,
    ).toBeNull();
    expect(pythonTarget('package_name: acme').target?.installFrom).toBeNull();
  });

  test('pypi false: the production repository, else the staging one, else Stainless’s staging repository', () => {
    const off = 'package_name: acme\npublish:\n  pypi: false';
    const production = pythonTarget(`${off}\nproduction_repo: acme-inc/acme-python`);
    expect(production.target?.installFrom).toBe('acme-inc/acme-python');
    expect(production.warnings).toEqual([]);
    expect(pythonTarget(`${off}\nproduction_repo: null\nstaging_repo: acme-inc/acme-staging`).target?.installFrom).toBe(
      'acme-inc/acme-staging',
    );
    expect(pythonTarget(`${off}\nproduction_repo: null`).target?.installFrom).toBe('stainless-sdks/acme-python');
    // (The project's name, where the config gives one, over the organization's.)
    expect(pythonTarget(off, 'project: acme-api\n').target?.installFrom).toBe('stainless-sdks/acme-api-python');
  });
});

describe("the SDK's repository: its links (docstrings, README, pyproject.toml, CONTRIBUTING.md)", () => {
  // Stainless's SDKs name the repository they are pushed to, else the staging one it generated them into: axiora's,
  // apollo's and deepraven's (`production_repo: null`) link `stainless-sdks/<project>-python` from every resource's
  // `with_raw_response` docstring, the README and pyproject.toml; the project's slug is lower-case (imagekit's 2025
  // generation of `organization.name: ImageKit`: `stainless-sdks/imagekit-python`).
  test('the production repository, else the staging one, else Stainless’s staging repository of the project', () => {
    expect(pythonTarget('production_repo: acme-inc/acme-python').target?.repository).toBe('acme-inc/acme-python');
    expect(pythonTarget('production_repo: null\nstaging_repo: acme-inc/acme-staging').target?.repository).toBe(
      'acme-inc/acme-staging',
    );
    expect(pythonTarget('production_repo: null').target?.repository).toBe('stainless-sdks/acme-python');
    expect(pythonTarget('package_name: acme').target?.repository).toBe('stainless-sdks/acme-python');
    expect(pythonTarget('package_name: acme', 'project: acme-api\n').target?.repository).toBe(
      'stainless-sdks/acme-api-python',
    );
  });

  test("the organization's name, lower-cased, where the config names no project", () => {
    const text = 'organization:\n  name: ImageKit\ntargets:\n  python:\n    publish:\n      pypi: false\n';
    const config = parseStainlessConfig(yaml.load(text), 'stainless.yml', text, new Diagnostics());
    expect(config.pythonTarget?.repository).toBe('stainless-sdks/imagekit-python');
    expect(config.pythonTarget?.installFrom).toBe('stainless-sdks/imagekit-python');
  });
});

describe('the install commands', () => {
  test('a release from PyPI: the distribution name, its extra unquoted', () => {
    const text = readmeOf({ version: '1.2.0' });
    expect(pipLines(text)).toEqual(['pip install onebusaway', 'pip install onebusaway[aiohttp]']);
  });

  test('a package kept off PyPI: pip takes it from its repository over git, the extra as a quoted requirement', () => {
    const text = readmeOf({ version: '0.0.1-alpha.0', installFrom: 'acme-inc/acme-python' });
    expect(pipLines(text)).toEqual([
      'pip install git+ssh://git@github.com/acme-inc/acme-python.git',
      "pip install 'onebusaway[aiohttp] @ git+ssh://git@github.com/acme-inc/acme-python.git'",
    ]);
    // A note says what installs it once it is on PyPI (a pre-release: with --pre).
    expect(text).toMatch(/```\n\n> \[!NOTE\]\n> .*`pip install --pre onebusaway`/);
  });

  test('a pre-release: --pre, quoted with the package from QUOTED_PRE_SINCE on', () => {
    expect(isPrerelease('0.1.0-alpha.12')).toBe(true);
    expect(isPrerelease('0.1.0')).toBe(false);
    expect(pipLines(readmeOf({ version: '0.1.0-alpha.12' }))).toEqual([
      "pip install '--pre onebusaway'",
      "pip install '--pre onebusaway[aiohttp]'",
    ]);
    const before = readmeFormsOfEra('2025-11-04');
    expect(installCommand({ distributionName: 'acme', version: '0.2.0-beta.1' }, before)).toBe(
      'pip install --pre acme',
    );
    expect(installCommand({ distributionName: 'acme', version: '0.2.0-beta.1' }, before, 'aiohttp')).toBe(
      'pip install --pre acme[aiohttp]',
    );
  });
});

describe("the README's forms by era", () => {
  test('the newest without an era; each change from its day on', () => {
    const all = {
      trailingCredentialComment: true,
      logInfo: true,
      httpxProxy: true,
      closeExample: true,
      quotedPre: true,
      badgeLabel: true,
      badgePrettierIgnore: true,
      mcpSection: true,
      nestedParamsSection: true,
    };
    expect(readmeFormsOfEra(null)).toEqual(all);
    expect(readmeFormsOfEra('2024-07-17')).toEqual({
      trailingCredentialComment: false,
      logInfo: false,
      httpxProxy: false,
      closeExample: false,
      quotedPre: false,
      badgeLabel: false,
      badgePrettierIgnore: false,
      mcpSection: false,
      nestedParamsSection: false,
    });
    expect(readmeFormsOfEra(TRAILING_CREDENTIAL_COMMENT_SINCE).trailingCredentialComment).toBe(true);
    expect(readmeFormsOfEra(LOG_INFO_SINCE).logInfo).toBe(true);
    expect(readmeFormsOfEra(HTTPX_PROXY_SINCE).httpxProxy).toBe(true);
    expect(readmeFormsOfEra(CLOSE_EXAMPLE_SINCE).closeExample).toBe(true);
    expect(readmeFormsOfEra(QUOTED_PRE_SINCE)).toEqual(all);
  });

  test('a 2024 README: the comment above the credential, `debug`, `proxies=`, no closing program', () => {
    const old = readmeOf({}, '2024-10-27');
    const envVar = pkg.clientOptions.find((o) => o.envVar)?.envVar;
    expect(envVar).toBeDefined();
    expect(old).toMatch(new RegExp(`\\n {4}# .*\\n {4}\\w+=os\\.environ\\.get\\("${envVar}"\\),\\n`));
    expect(old).toContain(`$ export ${pkg.envPrefix}_LOG=debug\n`);
    expect(old).toContain('        proxies="http://my.test.proxy.example.com",\n');
    expect(old).not.toMatch(/^with \w+\(\) as client:/m);
    const newest = readmeOf({});
    expect(newest).toMatch(new RegExp(`\\n {4}\\w+=os\\.environ\\.get\\("${envVar}"\\),  # .*\\n`));
    expect(newest).toContain(`$ export ${pkg.envPrefix}_LOG=info\n`);
    expect(newest).toContain('        proxy="http://my.test.proxy.example.com",\n');
    expect(newest).toMatch(/^with \w+\(\) as client:/m);
    // Every program of either era is Python that parses.
    for (const text of [old, newest])
      for (const [, block] of text.matchAll(/```python\n([\s\S]*?)```/g))
        expect(() => formatPython(block.replace(/^(\s*)await /gm, '$1'), 'README.py')).not.toThrow();
  });
});
