/**
 * The package's own modules around the resources: `_client.py` (print-pagination.ts: `pagination.py`;
 * print-init.ts: the `__init__.py` files and `_version.py`).
 */
import { baseUrlOverriddenLine } from './operation-servers';
import { importText, sortImportBlock } from '../py-isort';
import { pytestOptOut } from '../../../naming/python';
import { authMembers, encodesBasicAuth } from './print-client-auth';
import { clientCredentialsImports } from './print-client-oauth';
import { clientPathParamGetter, type PyClientOption, type PyPackage, type PyResource } from '../types/model';
import { importsBeyond, type ClientMethods } from './print-client-methods';
import {
  annotatesByModule,
  clientResourceProperties,
  clientWrappers,
  eagerClientWrappers,
  eagerResourceAnnotations,
  eagerResourceAssignments,
  eagerResourceImports,
  typeCheckingImports,
  type EagerNaming,
} from './print-client-resources';
import { pythonFormsOfEra, type StainlessPythonForms } from '../../../stainless/python-era';
import { copyMethod, notGiven } from './print-client-copy';
import { queryKeyGetter } from './query-key-getter';
import { inStainlessOrder, isWebsocketBaseUrl, websocketBaseUrlDeclaration } from './websocket-base-url';
import { pyDocstring, pyString } from '../docs/print-doc';
import { errorBaseName } from '../print-init';
import { ResourceLayout } from '../resources/print-resource-layout';
import {
  docstringInLayout,
  importOneNameALine,
  joinTopLevel,
  layoutExpr,
  RuffLayoutTracker,
  type PrintedModule,
  type TopLevelStatement,
} from '../py-layout';

/** The runtime modules the client imports one name a line (as Stainless's clients do): always, or from three names on. */
const ONE_NAME_A_LINE: ReadonlySet<string> = new Set(['._types', '._base_client']);
const ONE_NAME_A_LINE_FROM_THREE: ReadonlySet<string> = new Set(['._utils']);

function optionDefault(option: PyClientOption): string {
  const value = option.default;
  if (value === null) return 'None';
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

/** `_client.py`, in the forms of `forms`'s era (the newest by default). */
export function printClient(
  pkg: PyPackage,
  methods: ClientMethods | null = null,
  forms: StainlessPythonForms = pythonFormsOfEra(null),
): PrintedModule {
  const layout = new RuffLayoutTracker();
  const utils = ['is_given', ...(forms.customHeadersEnv ? ['is_mapping_t'] : []), 'get_async_library'];
  // The client's own methods are printed flat: Ruff lays the module out.
  if (methods) layout.inLayout = false;
  const lines: string[] = [
    'from __future__ import annotations',
    '',
    'import os',
    ...(encodesBasicAuth(pkg, forms) ? ['import base64'] : []),
    ...clientCredentialsImports(pkg),
    'from typing import TYPE_CHECKING, Any, Dict, Mapping, Union, cast',
    'from typing_extensions import Self, Literal, override',
    '',
    'import httpx',
    '',
    forms.resourcesPackage && !forms.lazyResources
      ? 'from . import resources, _exceptions'
      : 'from . import _exceptions',
    `from ._types import Omit, Headers, Timeout, NotGiven, Transport, ProxiesTypes, RequestOptions, ${notGiven(forms)}`,
    'from ._qs import Querystring',
    `from ._utils import ${utils.join(', ')}`,
    'from ._compat import cached_property',
    'from ._models import SecurityOptions',
    'from ._version import __version__',
    'from ._streaming import Stream as Stream, AsyncStream as AsyncStream',
    `from ._exceptions import APIStatusError, ${errorBaseName(pkg)}`,
    'from ._base_client import DEFAULT_MAX_RETRIES, SyncAPIClient, AsyncAPIClient, SchemeOption, AuthCredentials',
    '',
    'if TYPE_CHECKING:',
  ];
  // The methods' imports after the client's own, less what those already import.
  if (methods) lines.splice(lines.length - 2, 0, ...importsBeyond(lines, methods.imports));
  // The names the module binds besides the resources' (a resource module may not shadow one).
  const taken = new Set([...lines.join('\n').matchAll(/\w+/g)].map(([word]) => word));
  for (const isAsync of [false, true]) {
    const client = isAsync ? pkg.asyncClientName : pkg.clientName;
    for (const name of [client, `${client}WithRawResponse`, `${client}WithStreamedResponse`]) taken.add(name);
  }
  for (const name of ['Client', 'AsyncClient', 'ENVIRONMENTS']) taken.add(name);
  const byModule = annotatesByModule(pkg, taken);
  // (Before RESOURCE_MODULE_IMPORTS_SINCE the eager client names its resources through the `resources` package.)
  const eager: EagerNaming = forms.resourcesPackage ? 'package' : byModule;
  if (forms.lazyResources) {
    lines.push(...typeCheckingImports(pkg, byModule, (module, names) => layout.fromImport('    ', module, names)));
    if (pkg.resources.length === 0) lines.push('    pass');
  } else lines.splice(lines.length - 2, 2, ...eagerResourceImports(pkg, eager, forms), '');
  const all = [
    // (Stainless's lists the environments first.)
    ...(pkg.environments.length ? ['ENVIRONMENTS'] : []),
    'Timeout',
    'Transport',
    'ProxiesTypes',
    'RequestOptions',
    ...(eager === 'package' && !forms.lazyResources ? ['resources'] : []),
    pkg.clientName,
    pkg.asyncClientName,
    'Client',
    'AsyncClient',
  ];
  const statements: TopLevelStatement[] = [{ text: layout.allList(all), definition: false }];
  if (pkg.environments.length) {
    // One environment a line, with a trailing comma (which keeps Ruff from joining them).
    const entries = pkg.environments.map((e) => `    ${pyString(e.name)}: ${pyString(e.url)},`);
    statements.push({ text: ['ENVIRONMENTS: Dict[str, str] = {', ...entries, '}'].join('\n'), definition: false });
  }
  // The resources' docstrings: laid out as in their own modules.
  const docs = new ResourceLayout(true);
  for (const isAsync of [false, true])
    statements.push({ text: clientClass(pkg, isAsync, methods, docs, forms, byModule).join('\n'), definition: true });
  const wrappers = forms.lazyResources
    ? clientWrappers(pkg, methods, docs, forms, byModule)
    : eagerClientWrappers(pkg, methods, eager, forms);
  for (const wrapper of wrappers) statements.push({ text: wrapper.join('\n'), definition: true });
  statements.push({ text: `Client = ${pkg.clientName}`, definition: false });
  statements.push({ text: `AsyncClient = ${pkg.asyncClientName}`, definition: false });
  const imports = withoutUnusedImports(lines.join('\n'), statements.map((s) => s.text).join('\n'), [
    errorBaseName(pkg),
    'cast',
    'Dict',
    'Literal',
    'Omit',
    'Headers',
    'Mapping',
    'Any',
    'Union',
    'AuthCredentials',
    'SchemeOption',
    'SecurityOptions',
    'TYPE_CHECKING',
    'cached_property',
  ]);
  // In the order Ruff's isort gives them, so that the SDK's own lint passes (py-isort.ts).
  const sorted = sortImportBlock(imports, (indent, statement) =>
    !statement.names.length
      ? `${indent}${importText(statement)}`
      : (ONE_NAME_A_LINE.has(statement.module) ||
            (ONE_NAME_A_LINE_FROM_THREE.has(statement.module) && statement.names.length >= 3) ||
            (statement.module === '._utils' && forms.utilsImportOneNameALine)) &&
          indent === ''
        ? // A trailing comma keeps Ruff from joining them (as Stainless's).
          importOneNameALine('', statement.module, statement.names)
        : layout.fromImport(indent, statement.module, statement.names),
  );
  const text = joinTopLevel([{ text: sorted, definition: false, isImport: true }, ...statements]);
  // A constructor's docstring keeps its long lines (Ruff leaves them): checked as a docstring, not by width.
  const docstrings = text.match(/^ {8}"""Construct a new [\s\S]*?"""$/gm) ?? [];
  if (docstrings.some((doc) => !docstringInLayout(doc.trimStart(), '        '))) layout.inLayout = false;
  layout.fitting(docstrings.reduce((rest, doc) => rest.replace(doc, ''), text).split('\n'));
  if (!docs.inLayout) layout.inLayout = false;
  return layout.module(text);
}

/**
 * The default base URL built from the client options that fill in its server's variables (`server_variable`), as an
 * f-string; an option that may be None stands for the variable's default then. A default an f-string's expression
 * cannot hold before Python 3.12 (a quote, a backslash) makes it a concatenation instead.
 */
function templatedBaseUrl(parts: NonNullable<PyPackage['baseUrlTemplate']>, options: PyClientOption[]): string {
  const mayBeNone = (name: string) => {
    const option = options.find((o) => o.name === name);
    return option === undefined || (!option.required && option.default === null);
  };
  const plain = (text: string) => [...text].every((c) => c >= ' ' && c !== '\x7f' && !`\\'"`.includes(c));
  if (parts.every((part) => 'text' in part || plain(part.fallback))) {
    const body = parts
      .map((part) => {
        if ('text' in part)
          return pyString(part.text)
            .slice(1, -1)
            .replace(/[{}]/g, (b) => b + b);
        const { option, fallback } = part;
        return mayBeNone(option) ? `{${option} if ${option} is not None else '${fallback}'}` : `{${option}}`;
      })
      .join('');
    return `f"${body}"`;
  }
  return parts
    .map((part) => {
      if ('text' in part) return pyString(part.text);
      const { option, fallback } = part;
      return mayBeNone(option)
        ? `(str(${option}) if ${option} is not None else ${pyString(fallback)})`
        : `str(${option})`;
    })
    .join(' + ');
}

/** Whether some method of the package streams its response. */
function streams(pkg: PyPackage): boolean {
  const inResource = (resource: PyResource): boolean =>
    resource.methods.some((m) => m.stream !== null) || resource.subresources.some(inResource);
  return [...pkg.resources, ...(pkg.topLevel ? [pkg.topLevel] : [])].some(inResource);
}

/** `raise <exception>("<message>")` at `indent`, split as Ruff splits it when too long (the message alone inside). */
function raiseWith(indent: string, exception: string, message: string): string {
  const call = `${exception}(${pyString(message)})`;
  return layoutExpr(indent, 'raise ', call) ?? `${indent}raise ${call}`;
}

/** Drops from the module's `from … import …` lines (`text`) those of `names` nothing else (`rest`) uses (the client's auth and
 * options decide which it needs; strict checkers flag unused imports). */
function withoutUnusedImports(text: string, rest: string, names: string[]): string {
  const importLine = /^from \S+ import .*$/gm;
  const body = `${text.replace(importLine, '')}\n${rest}`;
  const unused = new Set(names.filter((name) => !new RegExp(`\\b${name}\\b`).test(body)));
  return text.replace(importLine, (line) => {
    const [head, list] = line.split(' import ');
    if (list.includes(' as ') || list.startsWith('(')) return line;
    const kept = list.split(', ').filter((name) => !unused.has(name));
    return kept.length ? `${head} import ${kept.join(', ')}` : '';
  });
}

function clientClass(
  pkg: PyPackage,
  isAsync: boolean,
  methods: ClientMethods | null,
  resourceDocs: ResourceLayout,
  forms: StainlessPythonForms,
  byModule: boolean,
): string[] {
  const name = isAsync ? pkg.asyncClientName : pkg.clientName;
  const base = isAsync ? 'AsyncAPIClient' : 'SyncAPIClient';
  const httpClient = isAsync ? 'httpx.AsyncClient' : 'httpx.Client';
  const options = inStainlessOrder(pkg.clientOptions);
  const socket = options.find(isWebsocketBaseUrl);
  const envNames = pkg.environments.map((e) => pyString(e.name)).join(', ');
  const lines = [`class ${name}(${base}):`, ...pytestOptOut(name)];
  const eager: EagerNaming = forms.resourcesPackage ? 'package' : byModule;
  if (!forms.lazyResources) lines.push(...eagerResourceAnnotations(pkg, isAsync, eager, forms));
  lines.push('    # client options');
  for (const option of options.filter((o) => o !== socket))
    lines.push(`    ${option.name}: ${option.annotation}${option.required ? '' : ' | None'}`);
  if (socket) lines.push(...websocketBaseUrlDeclaration());
  if (pkg.environments.length)
    lines.push(...(options.length ? [''] : []), `    _environment: Literal[${envNames}] | NotGiven`);
  lines.push('', '    def __init__(', '        self,', '        *,');
  for (const option of options.filter((o) => o !== socket))
    lines.push(`        ${option.name}: ${option.annotation} | None = None,`);
  if (pkg.environments.length) lines.push(`        environment: Literal[${envNames}] | NotGiven = ${notGiven(forms)},`);
  lines.push(
    // With environments, base_url=None says "use the environment" even when the base URL env var is set.
    `        base_url: str | httpx.URL | None${pkg.environments.length ? ` | NotGiven = ${notGiven(forms)}` : ' = None'},`,
    ...(socket ? [`        ${socket.name}: ${socket.annotation} | None = None,`] : []),
    forms.omitSentinels
      ? '        timeout: float | Timeout | None | NotGiven = not_given,'
      : '        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,',
    '        max_retries: int = DEFAULT_MAX_RETRIES,',
    '        default_headers: Mapping[str, str] | None = None,',
    '        default_query: Mapping[str, object] | None = None,',
    `        http_client: ${httpClient} | None = None,`,
    '        _strict_response_validation: bool = False,',
    '    ) -> None:',
  );
  const fromEnv = options.filter((o) => o.envVar);
  const docs = fromEnv.map((o) => `- \`${o.name}\` from \`${o.envVar}\``);
  // One variable in a sentence, several as a list (our wording); the class's own name (`AsyncAcme`).
  const inferred =
    fromEnv.length === 1
      ? `\n\nWhen \`${fromEnv[0].name}\` is not given, it is read from the \`${fromEnv[0].envVar}\` environment variable.`
      : docs.length
        ? `\n\nThis automatically infers the following arguments from their environment variables if they are not provided:\n${docs.join('\n')}`
        : '';
  const doc = pyDocstring(
    `Construct a new ${isAsync ? 'async' : 'synchronous'} ${forms.constructorDocClass ? name : (pkg.organizationName ?? name)} client instance.${inferred}`,
    '        ',
  );
  lines.push(`        ${doc}`);
  for (const option of options) {
    // A string default stands in for an unset (or empty) variable in the same statement, as Stainless's.
    const orDefault = option.envVar && typeof option.default === 'string';
    if (option.envVar)
      lines.push(
        `        if ${option.name} is None:`,
        `            ${option.name} = os.environ.get(${pyString(option.envVar)})${orDefault ? ` or ${optionDefault(option)}` : ''}`,
      );
    if (option.default !== null && !orDefault)
      lines.push(`        if ${option.name} is None:`, `            ${option.name} = ${optionDefault(option)}`);
    if (option.required) {
      const message = `The ${option.name} client option must be set either by passing ${option.name} to the client${option.envVar ? ` or by setting the ${option.envVar} environment variable` : ''}`;
      lines.push(`        if ${option.name} is None:`, raiseWith('            ', errorBaseName(pkg), message));
    }
    lines.push(`        self.${option.name} = ${option.name}`, '');
  }
  const envBaseUrl = `${pkg.envPrefix}_BASE_URL`;
  if (pkg.environments.length) {
    lines.push(
      '        self._environment = environment',
      '',
      `        base_url_env = os.environ.get(${pyString(envBaseUrl)})`,
      ...baseUrlOverriddenLine(
        pkg,
        '        ',
        '(is_given(base_url) and base_url is not None) or (not is_given(environment) and base_url_env is not None)',
      ),
      '        if is_given(base_url) and base_url is not None:',
      '            # (mypy does not narrow the union here.)',
      '            base_url = cast("str | httpx.URL", base_url)  # pyright: ignore[reportUnnecessaryCast]',
      '        elif is_given(environment):',
      '            if base_url_env and base_url is not None:',
      '                raise ValueError(',
      `                    ${pyString(`Ambiguous URL; The \`${envBaseUrl}\` env var and the \`environment\` argument are given. If you want to use the environment, you must pass base_url=None`)},`,
      '                )',
      '',
      '            try:',
      '                base_url = ENVIRONMENTS[environment]',
      '            except KeyError as exc:',
      '                raise ValueError(f"Unknown environment: {environment}") from exc',
      '        elif base_url_env is not None:',
      '            base_url = base_url_env',
      '        else:',
      `            self._environment = environment = ${pyString(pkg.environments[0].name)}`,
      '',
      '            try:',
      '                base_url = ENVIRONMENTS[environment]',
      '            except KeyError as exc:',
      '                raise ValueError(f"Unknown environment: {environment}") from exc',
      '',
    );
  } else {
    lines.push('        if base_url is None:', `            base_url = os.environ.get(${pyString(envBaseUrl)})`);
    lines.push(...baseUrlOverriddenLine(pkg, '        '));
    lines.push('        if base_url is None:');
    lines.push(
      pkg.baseUrlTemplate
        ? `            base_url = ${templatedBaseUrl(pkg.baseUrlTemplate, options)}`
        : pkg.baseUrl !== null
          ? // (An f-string, as Stainless's: the URL may be built from the client's options.)
            `            base_url = f${pyString(pkg.baseUrl.replace(/[{}]/g, (b) => b + b))}`
          : raiseWith(
              '            ',
              errorBaseName(pkg),
              `The base_url client option must be set either by passing base_url to the client or by setting the ${envBaseUrl} environment variable`,
            ),
      '',
    );
  }
  if (forms.customHeadersEnv) lines.push(...customHeadersFromEnv(pkg));
  lines.push(
    '        super().__init__(',
    '            version=__version__,',
    '            base_url=base_url,',
    '            max_retries=max_retries,',
    '            timeout=timeout,',
    '            http_client=http_client,',
    '            custom_headers=default_headers,',
    '            custom_query=default_query,',
    '            _strict_response_validation=_strict_response_validation,',
    '        )',
    '',
  );
  // The runtime then sends a key of its own on every non-GET request, the same on each retry of it.
  if (pkg.idempotencyHeader) lines.push(`        self._idempotency_header = ${pyString(pkg.idempotencyHeader)}`, '');
  // A method that streams: what a response is read as when a request names no stream class. Stainless says it only
  // where its config has a `streaming:` section (its resources pass their stream class either way).
  if (streams(pkg) && (!pkg.fromStainlessConfig || pkg.streamEventRules))
    lines.push(`        self._default_stream_cls = ${isAsync ? 'AsyncStream' : 'Stream'}`, '');
  if (!forms.lazyResources) lines.push(...eagerResourceAssignments(pkg, isAsync, eager, forms));
  else lines.push(...clientResourceProperties(pkg, isAsync, resourceDocs, forms));
  for (const kind of forms.lazyResources ? ['WithRawResponse', 'WithStreamedResponse'] : []) {
    const attr = kind === 'WithRawResponse' ? 'with_raw_response' : 'with_streaming_response';
    lines.push(
      '    @cached_property',
      `    def ${attr}(self) -> ${name}${kind}:`,
      `        return ${name}${kind}(self)`,
      '',
    );
  }
  // The API's query formats, said by the client even where they are the runtime's; a nested format other than
  // brackets comes first, as Stainless's clients write it (`Querystring(nested_format="dots", array_format="repeat")`).
  const { array, nested } = pkg.queryFormats;
  const nestedFormat = nested === 'brackets' ? '' : `nested_format=${pyString(nested)}, `;
  lines.push('    @property', '    @override', '    def qs(self) -> Querystring:');
  lines.push(`        return Querystring(${nestedFormat}array_format=${pyString(array)})`, '');
  lines.push(...authMembers(pkg, isAsync, forms));
  lines.push(
    ...copyMethod(pkg, httpClient, forms),
    // The client's own methods, then the getters: a path param's, then a query param's (Stainless's test SDK).
    ...(methods?.classBody(isAsync) ?? []),
    ...pathParamGetters(pkg),
    ...queryKeyGetter(pkg),
  );
  lines.push(
    '    @override',
    '    def _make_status_error(',
    '        self,',
    '        err_msg: str,',
    '        *,',
    '        body: object,',
    '        response: httpx.Response,',
    '    ) -> APIStatusError:',
  );
  const statuses: Array<[number, string]> = [
    [400, 'BadRequestError'],
    [401, 'AuthenticationError'],
    [403, 'PermissionDeniedError'],
    [404, 'NotFoundError'],
    [409, 'ConflictError'],
    [422, 'UnprocessableEntityError'],
    [429, 'RateLimitError'],
  ];
  for (const [status, cls] of statuses)
    lines.push(
      `        if response.status_code == ${status}:`,
      `            return _exceptions.${cls}(err_msg, response=response, body=body)`,
      '',
    );
  lines.push(
    '        if response.status_code >= 500:',
    '            return _exceptions.InternalServerError(err_msg, response=response, body=body)',
    '        return APIStatusError(err_msg, response=response, body=body)',
  );
  return lines;
}

/**
 * Headers from `<PREFIX>_CUSTOM_HEADERS`, one `Name: value` a line (a line without a colon is skipped), under the
 * `default_headers` the caller gives (which win), as Stainless's clients of the era read them.
 */
function customHeadersFromEnv(pkg: PyPackage): string[] {
  return [
    `        custom_headers_env = os.environ.get(${pyString(`${pkg.envPrefix}_CUSTOM_HEADERS`)})`,
    '        if custom_headers_env is not None:',
    '            parsed: dict[str, str] = {}',
    '            for line in custom_headers_env.split("\\n"):',
    '                colon = line.find(":")',
    '                if colon >= 0:',
    '                    parsed[line[:colon].strip()] = line[colon + 1 :].strip()',
    '            default_headers = {**parsed, **(default_headers if is_mapping_t(default_headers) else {})}',
    '',
  ];
}

/** The client method a path param a client option fills calls where the call leaves it out (None). */
/** One getter per option some path param takes: its value, or a ValueError asking for it (as Stainless's). */
function pathParamGetters(pkg: PyPackage): string[] {
  const used = new Set<string>();
  const visit = (resource: PyResource): void => {
    for (const method of resource.methods)
      for (const param of method.pathParams) if (param.clientOption) used.add(param.clientOption);
    resource.subresources.forEach(visit);
  };
  pkg.resources.forEach(visit);
  if (pkg.topLevel) visit(pkg.topLevel);
  const lines: string[] = [];
  for (const option of pkg.clientOptions.filter((o) => used.has(o.name))) {
    lines.push(`    def ${clientPathParamGetter(option.name)}(self) -> ${option.annotation}:`);
    if (option.required) lines.push(`        return self.${option.name}`, '');
    else
      lines.push(
        `        from_client = self.${option.name}`,
        '        if from_client is not None:',
        '            return from_client',
        '',
        raiseWith(
          '        ',
          'ValueError',
          `Missing ${option.name} argument; Please provide it at the client level, e.g. ${pkg.clientName}(${option.name}='abcd') or per method.`,
        ),
        '',
      );
  }
  return lines;
}
