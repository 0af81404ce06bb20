/**
 * The Python client, `__init__.py` and README in the forms Stainless's generator wrote, by era
 * (stainless/python-era.ts): the newest forms by default (the client's `qs` and `default_headers`, the package's
 * lazy `resources` and re-exported names), the older ones for an SDK of an older era (resources built in the
 * client's constructor, `NOT_GIVEN` defaults, no aiohttp).
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import type { Api } from '../../generator/ir/types';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import type { PyPackage } from '../../generator/emit/python/types/model';
import { printClient } from '../../generator/emit/python/client/print-client';
import { printInit } from '../../generator/emit/python/print-init';
import { planReadme } from '../../generator/emit/python/docs/plan-readme';
import { formatPython } from '../../generator/format/ruff';
import { parseStainlessEra } from '../../generator/stainless/era';
import {
  AIOHTTP_SINCE,
  ERA_EAGER_RESOURCES,
  ERA_LAZY_RESOURCES,
  LAZY_RESOURCES_SINCE,
  OMIT_SENTINELS_SINCE,
  pythonFormsOfEra,
} from '../../generator/stainless/python-era';
import { inferStainlessPythonEra } from '../../generator/stainless/python-era-inference';
import { sharedPath } from '../helpers/paths';

const shared = sharedPath('stainless-compat-python/onebusaway');
let api: Api;
let pkg: PyPackage;

beforeAll(async () => {
  ({ api } = await loadIr({ spec: path.join(shared, 'openapi.yml'), config: path.join(shared, 'stainless.yml') }));
  pkg = buildPythonModel(api, { importName: 'onebusaway', distributionName: 'onebusaway' });
});

describe('the era of a Stainless Python SDK', () => {
  test('forms by date: the newest without one, each change from its day on', () => {
    expect(pythonFormsOfEra(null)).toEqual({
      lazyResources: true,
      omitSentinels: true,
      aiohttp: true,
      resourceDocstrings: true,
      customHeadersEnv: true,
      securityOptions: false,
      requestSecurity: true,
      pathTemplate: true,
      mergedAuthHeaders: true,
      looseAuthValidation: true,
      readTimeoutHeader: true,
      mockTestsOffReason: 'Mock server tests are disabled',
      utilsImportOneNameALine: false,
      baseClientImportOneNameALine: false,
      wrapperDocstrings: true,
      directResourceImports: true,
      omitPublic: true,
      constructorDocClass: true,
      resourcesPackage: false,
      examplesAsGiven: true,
      callbackTestsSkip: null,
      pathParamOwnExample: true,
      deepcopyWithPaths: true,
      moduleClientTypeImports: true,
      ownExampleKeys: true,
      webhookOptionsTests: true,
      keywordPathArgs: true,
      rawContentArg: true,
      rawBinaryBody: true,
      rawTextBinaryBody: true,
      httpxTimeoutArg: true,
      jsonLinesTests: 'items',
      enumExamples: true,
      arrayItems: 1,
      namedStrings: true,
      paginationLintIgnores: true,
      resourceProperties: true,
      wrapperProperties: true,
      asyncTransforms: true,
      rawResponseWrappers: true,
      streamingResponseWrappers: true,
      modelImportsByModule: true,
      emptyPathParamChecks: true,
      testClientFixtures: true,
      testBaseUrlEnv: 'TEST_API_BASE_URL',
      testDummyCredentials: true,
    });
    expect(pythonFormsOfEra('2025-05-28')).toEqual({
      lazyResources: false,
      omitSentinels: false,
      aiohttp: false,
      resourceDocstrings: false,
      customHeadersEnv: false,
      securityOptions: false,
      requestSecurity: false,
      pathTemplate: false,
      mergedAuthHeaders: true,
      looseAuthValidation: false,
      readTimeoutHeader: true,
      mockTestsOffReason: null,
      utilsImportOneNameALine: false,
      baseClientImportOneNameALine: false,
      wrapperDocstrings: true,
      directResourceImports: true,
      omitPublic: true,
      constructorDocClass: true,
      resourcesPackage: false,
      examplesAsGiven: false,
      callbackTestsSkip: 'no-good-way',
      pathParamOwnExample: false,
      deepcopyWithPaths: false,
      moduleClientTypeImports: true,
      ownExampleKeys: false,
      webhookOptionsTests: false,
      keywordPathArgs: true,
      rawContentArg: false,
      rawBinaryBody: false,
      rawTextBinaryBody: false,
      httpxTimeoutArg: true,
      jsonLinesTests: 'close',
      enumExamples: true,
      arrayItems: 1,
      namedStrings: true,
      paginationLintIgnores: true,
      resourceProperties: true,
      wrapperProperties: true,
      asyncTransforms: true,
      rawResponseWrappers: true,
      streamingResponseWrappers: true,
      modelImportsByModule: true,
      emptyPathParamChecks: true,
      testClientFixtures: true,
      testBaseUrlEnv: 'TEST_API_BASE_URL',
      testDummyCredentials: true,
    });
    expect(pythonFormsOfEra(AIOHTTP_SINCE)).toEqual({
      lazyResources: false,
      omitSentinels: false,
      aiohttp: true,
      resourceDocstrings: false,
      customHeadersEnv: false,
      securityOptions: false,
      requestSecurity: false,
      pathTemplate: false,
      mergedAuthHeaders: true,
      looseAuthValidation: false,
      readTimeoutHeader: true,
      mockTestsOffReason: null,
      utilsImportOneNameALine: false,
      baseClientImportOneNameALine: false,
      wrapperDocstrings: true,
      directResourceImports: true,
      omitPublic: true,
      constructorDocClass: true,
      resourcesPackage: false,
      examplesAsGiven: false,
      callbackTestsSkip: 'no-good-way',
      pathParamOwnExample: false,
      deepcopyWithPaths: false,
      moduleClientTypeImports: true,
      ownExampleKeys: false,
      webhookOptionsTests: false,
      keywordPathArgs: true,
      rawContentArg: false,
      rawBinaryBody: false,
      rawTextBinaryBody: false,
      httpxTimeoutArg: true,
      jsonLinesTests: 'close',
      enumExamples: true,
      arrayItems: 1,
      namedStrings: true,
      paginationLintIgnores: true,
      resourceProperties: true,
      wrapperProperties: true,
      asyncTransforms: true,
      rawResponseWrappers: true,
      streamingResponseWrappers: true,
      modelImportsByModule: true,
      emptyPathParamChecks: true,
      testClientFixtures: true,
      testBaseUrlEnv: 'TEST_API_BASE_URL',
      testDummyCredentials: true,
    });
    expect(pythonFormsOfEra('2025-02-04').readTimeoutHeader).toBe(false);
    expect(pythonFormsOfEra('2025-02-05').readTimeoutHeader).toBe(true);
    expect(pythonFormsOfEra('2026-01-12').rawContentArg).toBe(false);
    expect(pythonFormsOfEra('2026-01-13').rawContentArg).toBe(true);
    expect(pythonFormsOfEra('2025-07-30').rawBinaryBody).toBe(true);
    expect(pythonFormsOfEra('2026-05-21').rawTextBinaryBody).toBe(false);
    expect(pythonFormsOfEra(OMIT_SENTINELS_SINCE).omitSentinels).toBe(true);
    expect(pythonFormsOfEra('2023-09-01').httpxTimeoutArg).toBe(false);
    expect(pythonFormsOfEra('2024-01-03')).toMatchObject({ resourceProperties: false, wrapperProperties: false });
    expect(pythonFormsOfEra('2024-01-04')).toMatchObject({ resourceProperties: true, wrapperProperties: false });
    expect(pythonFormsOfEra('2024-01-17')).toMatchObject({ wrapperProperties: true, asyncTransforms: false });
    expect(pythonFormsOfEra('2024-03-04').asyncTransforms).toBe(true);
    expect(pythonFormsOfEra('2024-04-22').modelImportsByModule).toBe(false);
    expect(pythonFormsOfEra('2024-04-23').modelImportsByModule).toBe(true);
    expect(pythonFormsOfEra('2023-10-01')).toMatchObject({
      testBaseUrlEnv: 'API_BASE_URL',
      testDummyCredentials: false,
    });
    expect(pythonFormsOfEra('2023-10-11')).toMatchObject({
      testBaseUrlEnv: 'TEST_API_BASE_URL',
      testDummyCredentials: false,
    });
    expect(pythonFormsOfEra('2024-01-15')).toMatchObject({ emptyPathParamChecks: false, testDummyCredentials: true });
    expect(pythonFormsOfEra('2024-01-17')).toMatchObject({ emptyPathParamChecks: true, testClientFixtures: false });
    expect(pythonFormsOfEra('2024-01-18').testClientFixtures).toBe(true);
    expect(pythonFormsOfEra('2023-10-26')).toMatchObject({
      rawResponseWrappers: false,
      streamingResponseWrappers: false,
    });
    expect(pythonFormsOfEra('2023-10-27')).toMatchObject({
      rawResponseWrappers: true,
      streamingResponseWrappers: false,
    });
    expect(pythonFormsOfEra('2024-01-15')).toMatchObject({
      rawResponseWrappers: true,
      streamingResponseWrappers: true,
    });
    expect(pythonFormsOfEra(LAZY_RESOURCES_SINCE).lazyResources).toBe(true);
  });

  test("inferred from the package's files, else from the day of its generation", () => {
    const eager = 'class A:\n    def __init__(self) -> None:\n        self.users = users.UsersResource(self)\n';
    const lazy =
      '        custom_headers_env = os.environ.get("ACME_CUSTOM_HEADERS")\n' +
      '    @cached_property\n    def users(self) -> UsersResource:\n';
    const oldTimeout = '        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,\n';
    const init = 'from ._base_client import DefaultHttpxClient, DefaultAioHttpClient\n';
    const files = (client: string, initText = init) => [
      { path: 'src/acme/_client.py', text: client },
      { path: 'src/acme/__init__.py', text: initText },
    ];
    expect(inferStainlessPythonEra(files(lazy), null)).toBeNull();
    expect(inferStainlessPythonEra(files(eager), null)).toBe('2025-12-15');
    expect(inferStainlessPythonEra(files(eager + oldTimeout), null)).toBe('2025-09-17');
    expect(inferStainlessPythonEra(files(eager + oldTimeout, 'from . import types\n'), null)).toBe('2025-06-20');
    expect(inferStainlessPythonEra(files(lazy), '2026-01-05T10:00:00Z')).toBe('2026-01-05');
    expect(inferStainlessPythonEra(files(eager), '2025-05-28T10:00:00Z')).toBe('2025-05-28');
    expect(inferStainlessPythonEra([], '2026-07-01')).toBeNull();
  });

  test("the client's resources as it holds them, whatever its day says", () => {
    // llama-stack-client-python's client was lazy from 2025-08-25 on, the other SDKs' from Stainless's 2025-12-16.
    const eager = '        self.users = users.UsersResource(self)\n';
    const lazy =
      '    @cached_property\n    def users(self) -> UsersResource:\n        from .resources.users import UsersResource\n';
    const files = (client: string) => [{ path: 'src/acme/_client.py', text: client }];
    const early = inferStainlessPythonEra(files(lazy), '2025-10-21T18:37:00Z');
    expect(early).toBe(`2025-10-21+${ERA_LAZY_RESOURCES}`);
    expect(pythonFormsOfEra(early)).toEqual({ ...pythonFormsOfEra('2025-10-21'), lazyResources: true });
    const late = inferStainlessPythonEra(files(eager), '2025-12-16T10:00:00Z');
    expect(late).toBe(`2025-12-16+${ERA_EAGER_RESOURCES}`);
    expect(pythonFormsOfEra(late)).toEqual({ ...pythonFormsOfEra('2025-12-16'), lazyResources: false });
    // Past every change the day is written out, so that the qualifier keeps it.
    expect(inferStainlessPythonEra(files(eager), '2026-07-01')).toBe(`2026-07-01+${ERA_EAGER_RESOURCES}`);
    expect(pythonFormsOfEra('2026-07-01+eager-resources')).toEqual({ ...pythonFormsOfEra(null), lazyResources: false });
    // `--stainless-era` takes the era as inferred.
    expect(parseStainlessEra('2025-10-21+lazy-resources')).toBe('2025-10-21+lazy-resources');
    expect(parseStainlessEra('2025-02-30+lazy-resources')).toBeUndefined();
    // The client of that era is written lazily.
    const client = printClient(pkg, null, pythonFormsOfEra(early)).contents;
    expect(client).toMatch(/@cached_property\n {4}def \w+\(self\) -> \w+Resource:/);
    expect(client).not.toMatch(/^ {8}self\.\w+ = \w+\.\w+Resource\(self\)$/m);
  });
});

describe('_client.py', () => {
  test('newest forms: lazy resources, the query formats, the async header, the base error raised by name', () => {
    const text = printClient(pkg).contents;
    expect(() => formatPython(text, '_client.py')).not.toThrow();
    expect(text).toMatch(/ {4}@cached_property\n {4}def \w+\(self\) -> \w+Resource:/);
    expect(text).toContain('    def qs(self) -> Querystring:\n        return Querystring(array_format="');
    expect(text).toContain('"X-Stainless-Async": "false",');
    expect(text).toContain('"X-Stainless-Async": f"async:{get_async_library()}",');
    expect(text).toMatch(/^from \._exceptions import .*\bAPIStatusError\b/m);
    expect(text).toMatch(/^ {12}raise \w+Error\(/m);
    expect(text).toContain('timeout: float | Timeout | None | NotGiven = not_given,');
  });

  test('an SDK of an older era: resources built in the constructor, NOT_GIVEN defaults', () => {
    const text = printClient(pkg, null, pythonFormsOfEra('2025-05-28')).contents;
    expect(() => formatPython(text, '_client.py')).not.toThrow();
    expect(text).not.toContain('cached_property');
    expect(text).not.toContain('if TYPE_CHECKING:');
    expect(text).toMatch(/^ {8}self\.\w+ = \w+\.\w+Resource\(self\)$/m);
    expect(text).toMatch(/^ {8}self\.with_raw_response = \w+WithRawResponse\(self\)$/m);
    expect(text).toMatch(/^ {8}self\.\w+ = \w+\.\w+ResourceWithRawResponse\(client\.\w+\)$/m);
    expect(text).toContain('timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,');
    expect(text).toContain('max_retries: int | NotGiven = NOT_GIVEN,');
  });
});

describe('__init__.py', () => {
  test('resources imported on first use, the exports said to be the package’s own', () => {
    const text = printInit(pkg).contents;
    expect(() => formatPython(text, '__init__.py')).not.toThrow();
    expect(text).toContain('if not _t.TYPE_CHECKING:\n    from ._utils._resources_proxy import resources as resources');
    expect(text).toContain('            __locals[__name].__module__ = "onebusaway"');
    expect(text).toContain('from ._utils import file_from_path');
    // The errors by hierarchy in __all__; the response classes re-exported by their imports alone.
    expect(text).toMatch(/"APIError",\n {4}"APIStatusError",\n {4}"APITimeoutError",\n {4}"APIConnectionError",/);
    expect(text).not.toContain('    "APIResponse",');
    expect(text).toContain('"DefaultAioHttpClient"');
  });

  test('an SDK of an older era exports neither the omit sentinels nor the aiohttp client', () => {
    const text = printInit(pkg, pythonFormsOfEra('2025-05-28')).contents;
    expect(text).not.toMatch(/\bnot_given\b|\bomit\b|DefaultAioHttpClient/);
  });
});

describe('README.md', () => {
  test("Stainless's code blocks: the PyPI badge, the log switch, retries and timeouts as arguments a line", () => {
    const text = planReadme(pkg, api, 'OneBusAway/python-sdk');
    expect(text).toContain('[![PyPI version](https://img.shields.io/pypi/v/onebusaway.svg?label=pypi%20(stable))]');
    expect(text).toContain('```shell\n$ export ONEBUSAWAY_SDK_LOG=info\n```'.replace('ONEBUSAWAY_SDK', pkg.envPrefix));
    expect(text).toMatch(/client = \w+\(\n {4}max_retries=0,\n\)/);
    expect(text).toMatch(/client = \w+\(\n {4}timeout=20\.0,\n\)/);
    expect(text).toContain("print(response.headers.get('X-My-Header'))");
    expect(text).toContain('### With aiohttp');
    expect(text).toContain('```python\nclient.with_options(http_client=DefaultHttpxClient(...))\n```');
  });

  test('an SDK of an older era has no aiohttp section', () => {
    expect(planReadme(pkg, api, null, pythonFormsOfEra('2025-05-28'))).not.toContain('aiohttp');
  });
});
