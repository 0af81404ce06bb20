/**
 * The module-level client of a Python SDK (`targets.python.options.module_client`): `acme.users.list()` and
 * `acme.api_key = "…"` with no client built by the caller, as Stainless's SDKs that have it (openai-python,
 * replicate-python) offer. Three pieces:
 *
 * - `src/<pkg>/_module_client.py`: one lazy proxy a top-level resource, standing for that resource of the default
 *   client (built on first use by `_load_client()`);
 * - the block closing `__init__.py`: a module attribute for each client option (the config's `client_settings.opts`,
 *   then `base_url`, `timeout`, `max_retries`, `default_headers`, `default_query`, `http_client`), `_ModuleClient`,
 *   the sync client whose options read and write those attributes (so setting one later still takes effect),
 *   `_load_client()`/`_reset_client()`, and the proxies imported;
 * - `tests/test_module_client.py`: each module attribute reaches the default client.
 *
 * Sync only, as Stainless's: an async module-level client would tie one event loop's connections to the module.
 */
import type { PyClientOption, PyPackage, PyResource } from './types/model';
import { importText, isortSections, type ImportStatement } from './py-isort';
import { pyString } from './docs/print-doc';
import type { StainlessPythonForms } from '../../stainless/python-era';

/**
 * The module `_module_client` of the package (formatted by Ruff where it is written), in the form of `forms`'s era:
 * the resource classes imported for type checkers alone (`moduleClientTypeImports`), else the `resources` package
 * imported with the module (`LazyProxy[resources.UsersResource]`), as Stainless's before its lazy imports.
 */
export function printModuleClient(pkg: PyPackage, forms: ModuleClientForms = {}): string {
  const resources = proxiedResources(pkg);
  const typeImportsOnly = forms.moduleClientTypeImports ?? true;
  // The annotation naming a resource class, and the proxy's type argument (a string where only type checkers import it).
  const annotation = (resource: PyResource) => (typeImportsOnly ? '' : 'resources.') + resource.className;
  const typeArgument = (resource: PyResource) =>
    typeImportsOnly ? pyString(resource.className) : annotation(resource);
  const lines = [
    ...(typeImportsOnly ? typeCheckingImports(pkg, resources) : eagerImports()),
    'from ._utils import LazyProxy',
    '',
  ];
  for (const resource of resources)
    lines.push(
      '',
      `class ${proxyClass(resource)}(LazyProxy[${typeArgument(resource)}]):`,
      '    @override',
      `    def __load__(self) -> ${annotation(resource)}:`,
      `        return _load_client().${resource.attribute}`,
      '',
    );
  lines.push('');
  for (const resource of resources)
    lines.push(`${resource.attribute}: ${annotation(resource)} = ${proxyClass(resource)}().__as_proxied__()`);
  return `${lines.join('\n')}\n`;
}

/** The newest form's imports: each resource class for type checkers alone, so importing the package loads none. */
function typeCheckingImports(pkg: PyPackage, resources: PyResource[]): string[] {
  const typeImports = isortSections(
    resources.map((resource) => ({ module: `.${resource.module.replace(/\//g, '.')}`, names: [resource.className] })),
    pkg.importName,
  ).flat();
  return [
    'from __future__ import annotations',
    '',
    'from typing import TYPE_CHECKING',
    'from typing_extensions import override',
    '',
    ...(typeImports.length > 0
      ? ['if TYPE_CHECKING:', ...typeImports.map((statement) => `    ${importText(statement)}`), '']
      : []),
    'from . import _load_client',
  ];
}

/** The older form's imports: the `resources` package (which names every resource class), loaded with the module. */
function eagerImports(): string[] {
  return ['from typing_extensions import override', '', 'from . import resources, _load_client'];
}

/** The era's form of `_module_client.py` (stainless/python-era.ts); absent, the newest. */
export type ModuleClientForms = Partial<Pick<StainlessPythonForms, 'moduleClientTypeImports'>>;

/**
 * The client's top-level resources in the order the module lists them, Stainless's: by name's length, names of one
 * length in the config's order (openai-python's `files`, `audio`, `evals`; replicate's `hardware`, `accounts`).
 */
function proxiedResources(pkg: PyPackage): PyResource[] {
  // (Array.prototype.sort is stable: ties keep the config's order.)
  return [...pkg.resources].sort((a, b) => a.attribute.length - b.attribute.length);
}

function proxyClass(resource: PyResource): string {
  return `${resource.className}Proxy`;
}

/** A module attribute of the default client's settings, and the client attribute it stands for. */
interface ModuleSetting {
  /** The module attribute, also the client constructor's keyword argument. */
  name: string;
  /** The attribute's annotation (None standing for "not set": the client's default, or its environment variable). */
  annotation: string;
  initial: string;
  /** The client's attribute (a property of `_ModuleClient` reading the module attribute). */
  clientAttribute: string;
  /** The annotation of the property standing for the client's attribute. */
  clientAnnotation: string;
  /** The client declares its attribute never None (a required option): the property's None is mypy's error. */
  widened?: true;
}

function moduleSettings(pkg: PyPackage): ModuleSetting[] {
  const options = pkg.clientOptions.map((option: PyClientOption) => ({
    name: option.name,
    annotation: `${option.annotation} | None`,
    initial: 'None',
    clientAttribute: option.name,
    clientAnnotation: `${option.annotation} | None`,
    ...(option.required ? { widened: true as const } : {}),
  }));
  return [
    ...options,
    {
      name: 'timeout',
      annotation: 'float | Timeout | None',
      initial: 'DEFAULT_TIMEOUT',
      clientAttribute: 'timeout',
      clientAnnotation: 'float | Timeout | None',
    },
    {
      name: 'max_retries',
      annotation: 'int',
      initial: 'DEFAULT_MAX_RETRIES',
      clientAttribute: 'max_retries',
      clientAnnotation: 'int',
    },
    {
      name: 'default_headers',
      annotation: '_t.Mapping[str, str] | None',
      initial: 'None',
      clientAttribute: '_custom_headers',
      clientAnnotation: '_t.Mapping[str, str]',
    },
    {
      name: 'default_query',
      annotation: '_t.Mapping[str, object] | None',
      initial: 'None',
      clientAttribute: '_custom_query',
      clientAnnotation: '_t.Mapping[str, object]',
    },
  ];
}

/**
 * The lines closing `__init__.py` (after the package's exports are named its own). `typingImported`: `__init__.py`
 * imports `typing as _t` already.
 */
export function moduleClientInitBlock(pkg: PyPackage, typingImported: boolean): string[] {
  const client = pkg.clientName;
  const settings = moduleSettings(pkg);
  const beforeBaseUrl = settings.slice(0, pkg.clientOptions.length);
  const afterBaseUrl = settings.slice(pkg.clientOptions.length);
  const attribute = (name: string, annotation: string, initial: string) => [`${name}: ${annotation} = ${initial}`, ''];
  const lines = [
    '# ------ The module-level client ------',
    `# \`${pkg.importName}.<resource>.<method>()\` with no client of the caller's: the proxies of _module_client.py`,
    '# call one default client, built on first use from the attributes below. They stay live: an attribute set later',
    '# (a credential, `base_url`, …) is what the next request uses.',
    // (In isort's order: the standard library's, then httpx.)
    ...(typingImported ? [] : ['import typing as _t']),
    'from typing_extensions import override as _override',
    '',
    'import httpx as _httpx',
    '',
    ...beforeBaseUrl.flatMap((s) => attribute(s.name, s.annotation, s.initial)),
    ...attribute('base_url', 'str | _httpx.URL | None', 'None'),
    ...afterBaseUrl.flatMap((s) => attribute(s.name, s.annotation, s.initial)),
    ...attribute('http_client', '_httpx.Client | None', 'None'),
    '',
    `class _ModuleClient(${client}):`,
    "    # Each setting is a property over the module's attribute: the constructor's assignments (a credential read",
    "    # from the environment, the runtime's defaults) land there too. Pyright flags properties overriding the",
    "    # client's plain attributes: they hold the same values.",
    ...settings.flatMap((s) => settingProperty(s)),
    ...baseUrlProperty(),
    ...httpClientProperty(),
    '',
    `_client: ${client} | None = None`,
    '',
    '',
    '# (Used by _module_client.py and the tests: unused here.)',
    `def _load_client() -> ${client}:  # pyright: ignore[reportUnusedFunction]`,
    '    global _client',
    '',
    '    if _client is None:',
    '        _client = _ModuleClient(',
    ...[...beforeBaseUrl.map((s) => s.name), 'base_url', ...afterBaseUrl.map((s) => s.name), 'http_client'].map(
      (name) => `            ${name}=${name},`,
    ),
    '        )',
    '    return _client',
    '',
    '',
    'def _reset_client() -> None:  # pyright: ignore[reportUnusedFunction]',
    '    """Drops the default client: the next call builds another from the module\'s attributes."""',
    '    global _client',
    '',
    '    _client = None',
    '',
    '',
  ];
  const proxies: ImportStatement = {
    module: '._module_client',
    names: proxiedResources(pkg).map((resource) => `${resource.attribute} as ${resource.attribute}`),
  };
  if (proxies.names.length > 0) lines.push(importText(isortSections([proxies], pkg.importName)[0][0]), '');
  return lines;
}

function settingProperty(setting: ModuleSetting): string[] {
  const { name, clientAttribute, clientAnnotation } = setting;
  return [
    '',
    // (None before the client is built: its constructor then raises, as any client's without the option.)
    setting.widened ? '    @property  # type: ignore[override]' : '    @property',
    '    @_override',
    `    def ${clientAttribute}(self) -> ${clientAnnotation}:  # pyright: ignore[reportIncompatibleVariableOverride]`,
    ...(clientAttribute === name
      ? [`        return ${name}`]
      : // (The client keeps no None: its mapping is empty then.)
        [`        return ${name} or {}`]),
    '',
    `    @${clientAttribute}.setter`,
    `    def ${clientAttribute}(self, value: ${clientAnnotation}) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]`,
    `        global ${name}`,
    '',
    `        ${name} = value`,
  ];
}

/** The base URL read from the module where it is set there, else the client's own (its environment, its default). */
function baseUrlProperty(): string[] {
  return [
    '',
    '    @property',
    '    @_override',
    '    def base_url(self) -> _httpx.URL:',
    '        if base_url is not None:',
    '            return self._enforce_trailing_slash(_httpx.URL(base_url))',
    '        return super().base_url',
    '',
    '    @base_url.setter',
    '    def base_url(self, url: _httpx.URL | str) -> None:',
    '        global base_url',
    '',
    '        base_url = url',
  ];
}

/**
 * The HTTP client: the module's where it is set, else the one the constructor was given or made (the constructor's
 * assignment is the only one a client makes: it is kept on the client, so that unsetting the module's falls back to it).
 */
function httpClientProperty(): string[] {
  return [
    '',
    '    _own_http_client: _httpx.Client | None = None',
    '',
    '    @property',
    '    @_override',
    '    def _client(self) -> _httpx.Client:  # pyright: ignore[reportIncompatibleVariableOverride]',
    '        if http_client is not None:',
    '            return http_client',
    '        if self._own_http_client is None:',
    '            raise RuntimeError("the module-level client was given no HTTP client")',
    '        return self._own_http_client',
    '',
    '    @_client.setter',
    '    def _client(self, value: _httpx.Client) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]',
    '        self._own_http_client = value',
  ];
}

/**
 * `tests/test_module_client.py`: each module attribute reaches the default client (read through a top-level
 * resource's `_client`), with the tests' credentials (`credentials`: conftest.py's) set first; null without a resource.
 */
export function printModuleClientTests(
  pkg: PyPackage,
  credentials: Array<{ name: string; value: string }>,
): string | null {
  // (The config's first resource, as Stainless's tests reach the client: replicate's `collections`.)
  const resource = pkg.resources[0];
  if (resource === undefined) return null;
  const pkgName = pkg.importName;
  const client = `${pkgName}.${resource.attribute}._client`;
  const reset = [
    ...credentials.map((option) => `${option.name} = ${option.value}`),
    'base_url = None',
    'timeout = DEFAULT_TIMEOUT',
    'max_retries = DEFAULT_MAX_RETRIES',
    'default_headers = None',
    'default_query = None',
    'http_client = None',
  ];
  return `${[
    'from __future__ import annotations',
    '',
    'import httpx',
    'import pytest',
    '',
    `import ${pkgName}`,
    `from ${pkgName} import DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES`,
    '',
    '',
    '@pytest.fixture(autouse=True)',
    'def fresh_module_client() -> None:',
    `    """Each test starts from the module's defaults, with no default client built yet."""`,
    `    ${pkgName}._reset_client()`,
    ...reset.map((line) => `    ${pkgName}.${line}`),
    '',
    '',
    'def test_base_url() -> None:',
    `    ${pkgName}.base_url = "http://localhost:4010/custom"`,
    `    assert ${client}.base_url == httpx.URL("http://localhost:4010/custom/")`,
    '',
    '',
    'def test_timeout_and_retries_set_after_the_client_is_built() -> None:',
    `    assert ${client}.timeout == DEFAULT_TIMEOUT`,
    `    ${pkgName}.timeout = 3`,
    `    ${pkgName}.max_retries = 1`,
    `    assert ${client}.timeout == 3`,
    `    assert ${client}.max_retries == 1`,
    '',
    '',
    'def test_default_headers_and_query() -> None:',
    `    ${pkgName}.default_headers = {"X-Foo": "bar"}`,
    `    ${pkgName}.default_query = {"foo": "bar"}`,
    `    assert ${client}.default_headers["X-Foo"] == "bar"`,
    `    assert ${client}._custom_query == {"foo": "bar"}`,
    '',
    '',
    'def test_http_client() -> None:',
    '    http_client = httpx.Client()',
    `    ${pkgName}.http_client = http_client`,
    `    assert ${client}._client is http_client`,
  ].join('\n')}\n`;
}
