/**
 * Everything of a Python SDK repository besides the package itself: pyproject.toml, README.md, api.md,
 * CONTRIBUTING.md, LICENSE, the scripts, CI and release configuration, and the tests (fixtures, the type-checking
 * helper, per-endpoint tests). Static files and small templates live in templates/python/project/; their
 * `{{name}}` placeholders are filled with names the model settled (identifiers, never spec text).
 */
import { hasWebhookUnwraps, WEBHOOKS_EXTRA } from './resources/print-webhooks';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Api } from '../../ir/types';
import type { PyPackage, PyResource } from './types/model';
import { apiMdPaths, planApiMdFiles } from './docs/plan-api-md';
import { planReadme } from './docs/plan-readme';
import { pythonFormsOfEra, type StainlessPythonForms } from '../../stainless/python-era';
import { planPythonTests, testModuleFile, type PlannedPyFile, type TestModuleOffer } from './tests/plan-tests';
import { layoutExpr } from './py-layout';
import { packageDir, wheelFolder } from './package-root';
import { pyStr } from './types/py-literal';
import { testClientOptions } from './client/credentials';
import { offeredFiles, type UnitOffer } from './unit-keys';
import { words } from '../../naming/case';
import { pyClassName } from '../../naming/python';
import { prismForkOf, steadyOf, steadyView, type MockServer } from '../mock-server';

/**
 * In the forms of `forms`'s era (the newest by default). With `offerTest`, a test module the last run's file stands
 * for is left out (plan-tests.ts); with `offerUnit`, so are README.md and the api.md files.
 */
export function planPythonProjectFiles(
  pkg: PyPackage,
  api: Api,
  offerTest?: TestModuleOffer,
  offerUnit?: UnitOffer,
  forms: StainlessPythonForms = pythonFormsOfEra(null),
  mockTestsOff = false,
  resourceModuleText?: (resource: PyResource) => string | undefined,
  organizationContact: string | null = null,
  mockServer: MockServer = null,
  mockAnswersJsonLines = false,
): PlannedPyFile[] {
  const repository = pythonRepository(pkg, api);
  const mock = mockServerFiles(mockServer);
  const fill = {
    importName: pkg.importName,
    // (A dotted name's package by its name, as Stainless's `typecheck:mypy` checks it: `mypy -p cerebras.cloud.sdk`,
    // the package alone, found through the editable install; a plain name's repository as a whole, `mypy .`.)
    mypyTarget: pkg.importName.includes('.') ? `-p ${pkg.importName}` : '.',
    clientName: pkg.clientName,
    asyncClientName: pkg.asyncClientName,
    // (scripts/test's default spec: a plain path, mock-spec.ts's PLAIN_PATH, quoted all the same.)
    mockSpec: `'${(pkg.mockSpec ?? '').replace(/'/g, "'\\''")}'`,
    mockPid: mock.pid,
    // (The variable the endpoint tests read the mock server's URL from, which scripts/test sets: the era's.)
    baseUrlEnv: forms.testBaseUrlEnv,
  };
  const files: PlannedPyFile[] = [
    { path: 'pyproject.toml', contents: pyproject(pkg, api, repository, organizationContact) },
    ...offeredFiles(
      offerUnit,
      'py:docs:README.md',
      ['README.md'],
      (keys) => keys.readmeKey(),
      () => [{ path: 'README.md', contents: planReadme(pkg, api, repository, forms) }],
    ),
    ...offeredFiles(
      offerUnit,
      'py:docs:api.md',
      apiMdPaths(pkg),
      (keys) => keys.apiMdKey(),
      () => planApiMdFiles(pkg),
    ),
    { path: 'CONTRIBUTING.md', contents: contributing(pkg, repository, forms.testBaseUrlEnv) },
    { path: '.gitignore', contents: projectFile('gitignore', { mockLog: mock.log, mockPid: mock.pid }) },
    { path: '.python-version', contents: projectFile('python-version') },
    { path: 'release-please-config.json', contents: releasePleaseConfig(pkg) },
    { path: '.release-please-manifest.json', contents: `${JSON.stringify({ '.': pkg.version }, null, 2)}\n` },
    { path: '.github/workflows/ci.yml', contents: projectFile('github/workflows/ci.yml') },
    {
      path: '.github/workflows/release.yml',
      contents: projectFile('github/workflows/release.yml', { envPrefix: pkg.envPrefix }),
    },
    { path: '.github/workflows/sdkgen-update.yml', contents: baseTemplate('github/workflows/sdkgen-update.yml.hbs') },
    ...['bootstrap', 'format', 'lint', 'test'].map((name) => ({
      path: `scripts/${name}`,
      contents: projectFile(`scripts/${name}`, fill),
    })),
    { path: 'scripts/mock', contents: projectFile(mock.template, mock.values) },
    // Templates kept in Ruff's layout (test/python/tests-layout.test.ts checks them).
    testModuleFile('tests/__init__.py', projectFile('tests/__init__.py')),
    testModuleFile('tests/utils.py', projectFile('tests/utils.py')),
    conftest(pkg, api, forms),
    ...runtimeTests(pkg, api),
    ...planPythonTests(pkg, api, offerTest, { forms, mockTestsOff, resourceModuleText, mockAnswersJsonLines }),
  ];
  const license = licenseText(api);
  if (license !== null) files.push({ path: 'LICENSE', contents: license });
  if (api.securityContact) {
    const values = { packageName: pkg.distributionName, contact: contactText(api.securityContact) };
    files.push({ path: 'SECURITY.md', contents: baseTemplate('SECURITY.md.hbs', values) });
  }
  return files;
}

/**
 * The mock server's script (a template of each server's form: Prism's `scripts/mock`, Steady's `scripts/steady/mock`)
 * and the files it leaves, which scripts/test and .gitignore name.
 */
function mockServerFiles(mockServer: MockServer): {
  template: string;
  values: Record<string, string>;
  log: string;
  pid: string;
} {
  const steady = steadyOf(mockServer);
  if (steady === null) {
    // (Prism's own, or the owners' fork of it their Stainless script ran: the same `prism mock` command.)
    const fork = prismForkOf(mockServer);
    const prismPackage = fork === null ? '@stoplight/prism-cli@5' : `${fork.package}@${fork.version}`;
    return { template: 'scripts/mock', values: { prismPackage }, log: '.prism.log', pid: '.prism.pid' };
  }
  return { template: 'scripts/steady/mock', values: steadyView(steady), log: '.stdy.log', pid: '.stdy.pid' };
}

/**
 * The Python SDK's GitHub repository (`owner/name`): the model's, when it carries one (a Stainless config's
 * `targets.python.production_repo`), else the API's.
 */
function pythonRepository(pkg: PyPackage, api: Api): string | null {
  return pkg.repository !== undefined ? pkg.repository : api.repository;
}

/** The folder holding templates/ (the package root), found from this module whether built into dist/ or not. */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'templates', 'python', 'project'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

let root: string | null = null;

/** A file of templates/python/project/ with its `{{name}}` placeholders filled (an unknown one is a bug). */
export function projectFile(name: string, values: Record<string, string> = {}): string {
  root ??= packageRoot();
  const text = readFileSync(path.join(root, 'templates', 'python', 'project', name), 'utf8');
  return text.replace(/\{\{([A-Za-z]+)\}\}/g, (_, key: string) => {
    if (!Object.hasOwn(values, key)) throw new Error(`generator bug: ${name} has no value for {{${key}}}`);
    return values[key];
  });
}

/**
 * A file the TypeScript package has too, whatever the language (the regeneration workflow, SECURITY.md), from
 * templates/base/: its only Handlebars are `{{name}}` placeholders and the escape of GitHub's own `${{ … }}`.
 */
function baseTemplate(name: string, values: Record<string, string> = {}): string {
  root ??= packageRoot();
  const template = readFileSync(path.join(root, 'templates', 'base', name), 'utf8');
  return template
    .replace(/\{\{([A-Za-z]+)\}\}/g, (_, key: string) => {
      if (!Object.hasOwn(values, key)) throw new Error(`generator bug: ${name} has no value for {{${key}}}`);
      return values[key];
    })
    .replace(/\$\\\{\{/g, '${{');
}

/** Where SECURITY.md sends reports, as Markdown: an address or a link as such, other text escaped. */
function contactText(contact: string): string {
  if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(contact) || /^https?:\/\/[^\s<>()\\]+$/.test(contact)) return contact;
  return contact.replace(/\s+/g, ' ').replace(/[\\`*_[\]()|~!#<>&"]/g, (c) => `\\${c}`);
}

/**
 * tests/conftest.py, in Ruff's layout: the async client's `async with (...)`, split in the template, is joined onto
 * one line where it fits (as Ruff joins it); flagged when every line then fits.
 */
function conftest(pkg: PyPackage, api: Api, forms: StainlessPythonForms): PlannedPyFile {
  // Before the fixtures (TEST_CLIENT_FIXTURES_SINCE) every test class builds its own clients: no client here.
  if (!forms.testClientFixtures)
    return testModuleFile('tests/conftest.py', projectFile('tests/conftest-without-clients.py'));
  // (The credentials, and the options the client cannot do without.)
  const options = testClientOptions(pkg, api);
  const credentialArgs = options.map((o) => `, ${o.name}=${o.name}`).join('');
  const contents = projectFile('tests/conftest.py', {
    // The mock server serves the spec's paths; the client's base URL carries the prefix cut from every method's.
    basePathSuffix: api.basePath ? ` + ${pyStr(api.basePath)}` : '',
    importName: pkg.importName,
    clientName: pkg.clientName,
    asyncClientName: pkg.asyncClientName,
    credentialConstants: options.map((o) => `${o.name} = ${o.value}\n`).join(''),
    credentialArgs,
  });
  const path = 'tests/conftest.py';
  const args = `base_url=base_url${credentialArgs}, _strict_response_validation=strict, http_client=http_client`;
  const split = `    async with ${pkg.asyncClientName}(\n        ${args}\n    ) as client:`;
  const syncArgs = `base_url=base_url${credentialArgs}, _strict_response_validation=strict`;
  const syncLine = `    with ${pkg.clientName}(${syncArgs}) as client:`;
  if (/[^\x00-\x7f]/.test(split) || !contents.includes(split) || !contents.includes(syncLine))
    return { path, contents };
  const asyncLaidOut = layoutExpr('    ', 'async with ', `${pkg.asyncClientName}(${args})`, ' as client:');
  const syncLaidOut = layoutExpr('    ', 'with ', `${pkg.clientName}(${syncArgs})`, ' as client:');
  if (asyncLaidOut === null || syncLaidOut === null) return { path, contents };
  return testModuleFile(
    path,
    contents.replace(split, () => asyncLaidOut).replace(syncLine, () => syncLaidOut),
  );
}

/**
 * The tests of the runtime the package ships (the client's requests, retries, errors and responses; models,
 * transform, querystring, server-sent events; response parsing, file inputs and their extraction into multipart parts,
 * required-argument overloads, the minimal deep copy; the typing, proxy, date-time, JSON and path utilities), against
 * a server of their own on 127.0.0.1: Stainless's SDKs carry tests of their runtime at these paths, which a move must
 * not leave the owners without.
 */
export const RUNTIME_TEST_FILES = [
  'tests/local_server.py',
  'tests/test_client.py',
  'tests/test_models.py',
  'tests/test_transform.py',
  'tests/test_qs.py',
  'tests/test_streaming.py',
  'tests/test_response.py',
  'tests/test_files.py',
  'tests/test_extract_files.py',
  'tests/test_required_args.py',
  'tests/test_deepcopy.py',
  'tests/test_utils/test_typing.py',
  'tests/test_utils/test_proxy.py',
  'tests/test_utils/test_datetime_parse.py',
  'tests/test_utils/test_json.py',
  'tests/test_utils/test_path.py',
];

function runtimeTests(pkg: PyPackage, api: Api): PlannedPyFile[] {
  const options = testClientOptions(pkg, api);
  // The credentials the tests give that the client can read from the environment instead (text options alone).
  const fromEnv = pkg.clientOptions.filter(
    (o) => o.envVar !== null && /\bstr\b/.test(o.annotation) && options.some((t) => t.name === o.name),
  );
  const credentialsFromEnv = fromEnv.length
    ? `{\n${fromEnv.map((o) => `    ${pyStr(o.name)}: ${pyStr(o.envVar!)},\n`).join('')}}`
    : '{}';
  const fill = {
    importName: pkg.importName,
    clientName: pkg.clientName,
    asyncClientName: pkg.asyncClientName,
    credentialConstants: options.map((o) => `${o.name} = ${o.value}\n`).join(''),
    credentialArgs: options.map((o) => `, ${o.name}=${o.name}`).join(''),
    credentialArgsBesidesEnv: options
      .filter((o) => !fromEnv.some((e) => e.name === o.name))
      .map((o) => `, ${o.name}=${o.name}`)
      .join(''),
    baseUrlEnv: `${pkg.envPrefix}_BASE_URL`,
    credentialsFromEnv,
  };
  return RUNTIME_TEST_FILES.map((file) => testModuleFile(file, projectFile(file, fill)));
}

/** A TOML basic string. */
function tomlString(text: string): string {
  return JSON.stringify(text).replace(/\u007f/g, '\\u007f');
}

const LICENSE_CLASSIFIERS: Record<string, string> = {
  MIT: 'License :: OSI Approved :: MIT License',
  'Apache-2.0': 'License :: OSI Approved :: Apache Software License',
  ISC: 'License :: OSI Approved :: ISC License (ISCL)',
  'BSD-3-Clause': 'License :: OSI Approved :: BSD License',
};

/**
 * The package's authors: the config's organization, its name's words cased as Stainless's Python class names case them
 * (`knock mgmt` → "Knock Mgmt", `onebusaway-sdk` → "Onebusaway SDK"), with `organization.contact` as their email;
 * without one, the spec's licence holder, else the API's maintainers. Laid out as Stainless's pyprojects have had them
 * since they were PEP 621 (2023 on; before, Poetry's `authors = ["X <email>"]`): one author a line, unindented, and
 * under a config's organization the email always, empty where the config has no contact (letta's, stagehand's).
 */
function projectAuthors(pkg: PyPackage, api: Api, contact: string | null): string[] {
  const name = pkg.organizationName
    ? words(pkg.organizationName)
        .map((word) => pyClassName(word, pkg.casings))
        .join(' ')
    : (api.license?.holder ?? `${api.title} maintainers`);
  const email = contact ?? (pkg.organizationName ? '' : null);
  return [
    'authors = [',
    `{ name = ${tomlString(name)}${email !== null ? `, email = ${tomlString(email)}` : ''} },`,
    ']',
  ];
}

/** What the package is, named after the config's organization else the spec's title ("API" said once). */
function projectDescription(pkg: PyPackage, api: Api): string {
  const subject = (pkg.organizationName || api.title).trim();
  return `The official Python library for the ${/\bAPI$/i.test(subject) ? subject : `${subject} API`}`;
}

function pyproject(pkg: PyPackage, api: Api, repository: string | null, contact: string | null): string {
  const license = api.license?.id ?? null;
  const url = repository ? `https://github.com/${repository}` : null;
  const classifiers = [
    'Typing :: Typed',
    'Intended Audience :: Developers',
    ...['3.9', '3.10', '3.11', '3.12', '3.13', '3.14'].map((v) => `Programming Language :: Python :: ${v}`),
    'Operating System :: OS Independent',
    'Operating System :: POSIX',
    'Operating System :: MacOS',
    'Operating System :: POSIX :: Linux',
    'Operating System :: Microsoft :: Windows',
    'Topic :: Software Development :: Libraries :: Python Modules',
    ...(license && LICENSE_CLASSIFIERS[license] ? [LICENSE_CLASSIFIERS[license]] : []),
  ];
  const lines = [
    '[project]',
    `name = ${tomlString(pkg.distributionName)}`,
    `version = ${tomlString(pkg.version)}`,
    `description = ${tomlString(projectDescription(pkg, api))}`,
    'readme = "README.md"',
    ...(license ? [`license = ${tomlString(license)}`] : []),
    ...projectAuthors(pkg, api, contact),
    // Pydantic 2 only: the runtime does not support pydantic 1.
    'dependencies = [',
    '  "httpx>=0.23.0, <1",',
    '  "pydantic>=2.0, <3",',
    // 4.14: `TypedDict(..., extra_items=...)` (PEP 728), which params with additional properties use.
    '  "typing-extensions>=4.14, <5",',
    '  "anyio>=3.5.0, <5",',
    '  "distro>=1.7.0, <2",',
    '  "sniffio",',
    ']',
    'requires-python = ">= 3.9"',
    'classifiers = [',
    ...classifiers.map((c) => `  ${tomlString(c)},`),
    ']',
    '',
    ...(url ? ['[project.urls]', `Homepage = ${tomlString(url)}`, `Repository = ${tomlString(url)}`, ''] : []),
    '[project.optional-dependencies]',
    '# The async client can send its requests through aiohttp (`http_client=DefaultAioHttpClient()`).',
    'aiohttp = ["aiohttp", "httpx_aiohttp>=0.1.9"]',
    ...(hasWebhookUnwraps(pkg.resources) ? [WEBHOOKS_EXTRA] : []),
    'dev = [',
    '  "pyright==1.1.399",',
    '  "mypy==1.17",',
    '  "ruff",',
    '  "pytest",',
    '  "pytest-asyncio",',
    '  "pytest-xdist>=3.6.1",',
    '  "respx",',
    '  "time-machine",',
    '  "dirty-equals>=0.6.0",',
    ']',
    '',
    '[build-system]',
    'requires = ["hatchling==1.26.3"]',
    'build-backend = "hatchling.build"',
    '',
    '[tool.hatch.build]',
    'include = ["src/*"]',
    '',
    '[tool.hatch.build.targets.wheel]',
    `packages = [${tomlString(wheelFolder(pkg.importName))}]`,
    '',
    '[tool.hatch.build.targets.sdist]',
    '# The sources, tests and top-level docs; hidden folders (.github, .venv…) stay out.',
    'include = ["/*.toml", "/*.json", "/*.md", "src/*", "tests/*", "examples/*"]',
    '',
    '[tool.pytest.ini_options]',
    'testpaths = ["tests"]',
    'addopts = "--tb=short -n auto"',
    'xfail_strict = true',
    'asyncio_mode = "auto"',
    '# The async client fixture is session-scoped, so its event loop must be too.',
    'asyncio_default_fixture_loop_scope = "session"',
    'filterwarnings = ["error"]',
    '',
    '[tool.pyright]',
    '# Strict checking, at the oldest Python the package supports.',
    'typeCheckingMode = "strict"',
    'pythonVersion = "3.9"',
    // (.sdkgen/pristine holds sdkgen's own text of the files edited by hand: no module of the package.)
    'exclude = ["_dev", ".venv", ".nox", ".git", ".sdkgen"]',
    'reportImplicitOverride = true',
    'reportOverlappingOverload = false',
    '# The package imports itself in cycles on purpose (the client and its resources), and tests use private helpers.',
    'reportImportCycles = false',
    'reportPrivateUsage = false',
    '',
    '[tool.mypy]',
    'pretty = true',
    'show_error_codes = true',
    '# _files.py narrows types in ways only pyright follows; the tests are checked by pyright alone.',
    `exclude = [${tomlString(`${packageDir(pkg.importName)}/_files.py`)}, "_dev/.*.py", "tests/.*"]`,
    'strict_equality = true',
    'implicit_reexport = true',
    'check_untyped_defs = true',
    'no_implicit_optional = true',
    'warn_return_any = true',
    'warn_unreachable = true',
    'warn_unused_configs = true',
    '# Left to pyright, which disagrees with mypy on these.',
    'warn_unused_ignores = false',
    'warn_redundant_casts = false',
    'disallow_any_generics = true',
    'disallow_untyped_defs = true',
    'disallow_untyped_calls = true',
    'disallow_subclassing_any = true',
    'disallow_incomplete_defs = true',
    'disallow_untyped_decorators = true',
    'cache_fine_grained = true',
    '# Tests assign the result of a method returning None (`assert result is None`).',
    'disable_error_code = "func-returns-value,overload-cannot-match"',
    '',
    '[tool.ruff]',
    'line-length = 120',
    'output-format = "grouped"',
    'target-version = "py39"',
    '',
    '[tool.ruff.format]',
    'docstring-code-format = true',
    '',
    '[tool.ruff.lint]',
    '# isort, bugbear, unused imports, missing `from __future__ import annotations`, bare except, unused arguments,',
    '# print statements, TYPE_CHECKING misuse, banned APIs.',
    'select = ["I", "B", "F401", "FA102", "E722", "ARG", "T201", "T203", "TC004", "TID251"]',
    '# Mutable defaults are how the generated signatures spell `omit`-able collections.',
    'ignore = ["B006"]',
    'unfixable = ["T201", "T203"]',
    'extend-safe-fixes = ["FA102"]',
    '',
    '[tool.ruff.lint.flake8-tidy-imports.banned-api]',
    `"functools.lru_cache".msg = ${tomlString(`It loses the wrapped function's argument types: use the lru_cache of ${pkg.importName}._utils`)}`,
    '',
    '[tool.ruff.lint.isort]',
    'length-sort = true',
    'length-sort-straight = true',
    'combine-as-imports = true',
    'extra-standard-library = ["typing_extensions"]',
    `known-first-party = [${tomlString(pkg.importName)}, "tests"]`,
    '',
    '[tool.ruff.lint.per-file-ignores]',
    '"scripts/**.py" = ["T201", "T203"]',
    '"tests/**.py" = ["T201", "T203"]',
    '"examples/**.py" = ["T201", "T203"]',
  ];
  return `${lines.join('\n')}\n`;
}

function releasePleaseConfig(pkg: PyPackage): string {
  const config = {
    packages: { '.': {} },
    $schema: 'https://raw.githubusercontent.com/googleapis/release-please/main/schemas/config.json',
    'include-v-in-tag': true,
    'include-component-in-tag': false,
    versioning: 'prerelease',
    prerelease: true,
    'bump-minor-pre-major': true,
    'bump-patch-for-minor-pre-major': false,
    'pull-request-header': 'Automated release PR',
    'release-type': 'python',
    'extra-files': [`${packageDir(pkg.importName)}/_version.py`],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

function contributing(pkg: PyPackage, repository: string | null, baseUrlEnv: string): string {
  const clone = repository ? `git clone https://github.com/${repository}.git\ncd ${repository.split('/')[1]}\n` : '';
  return `## Setting up the environment

The scripts under \`scripts/\` work with plain \`pip\` and a virtual environment in \`.venv\`:

\`\`\`sh
${clone}./scripts/bootstrap
source .venv/bin/activate
\`\`\`

## What is generated

Most of this repository is generated from the API's OpenAPI spec: \`${packageDir(pkg.importName)}/\`, \`tests/\`, \`api.md\`
and this file are rewritten by each generation. Code of your own belongs in \`${packageDir(pkg.importName)}/lib/\` and
\`examples/\`, which generation never touches.

## Running the tests

The tests call a mock server of the API. Start one with the spec, then run pytest against it:

\`\`\`sh
./scripts/mock --daemon path/to/openapi.yml
${baseUrlEnv}=http://127.0.0.1:4010 ./scripts/test
\`\`\`

The mock reads the whole spec before it listens, which can take minutes for a large spec on a busy machine:
\`./scripts/mock --daemon\` waits for it up to \`MOCK_SERVER_START_TIMEOUT\` seconds (300 unless set).

## Linting and formatting

\`\`\`sh
./scripts/lint     # ruff, pyright (strict), mypy
./scripts/format   # ruff format and import sorting
\`\`\`

## Building

\`\`\`sh
.venv/bin/python -m pip install build
.venv/bin/python -m build
\`\`\`

The wheel and source distribution are written to \`dist/\`.
`;
}

/** The licence text sdkgen ships for the API's licence (templates/base/licenses/), or null. */
function licenseText(api: Api): string | null {
  const license = api.license;
  if (!license) return null;
  root ??= packageRoot();
  const file = path.join(root, 'templates', 'base', 'licenses', `${license.id}.hbs`);
  if (!existsSync(file)) return null;
  const holder = license.holder ?? '';
  // The templates use a comment, `{{#if holder}}…{{/if}}` and `{{holder}}`, nothing else.
  const text = readFileSync(file, 'utf8')
    .replace(/^\{\{!--[\s\S]*?--\}\}\n?/, '')
    .replace(/\{\{#if holder\}\}\n?([\s\S]*?)\{\{\/if\}\}\n?/g, (_, body: string) => (holder ? body : ''))
    .replace(/\{\{holder\}\}/g, () => holder);
  return text;
}
