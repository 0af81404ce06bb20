/**
 * `resources/**.py`: the sync and async resource classes of one resource, their methods as the runtime contract
 * shapes them, and the raw / streaming response wrappers.
 */
import { pyClassName, pytestOptOut } from '../../naming/python';
import type { PyMethod, PyParam, PyResource } from './model';
import type { PythonBuild } from './build-model';
import { requestSecurity } from './credentials';
import { transplant } from './build-model';
import { pyDocstring, pyString } from './print-doc';
import { PyModuleBuilder, relativeImport } from './print-types';

const EXTRA_ARGS = [
  "# Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.",
  '# The extra values given here take precedence over values defined on the client or passed to this method.',
  'extra_headers: Headers | None = None,',
  'extra_query: Query | None = None,',
  'extra_body: Body | None = None,',
  'timeout: float | httpx.Timeout | None | NotGiven = not_given,',
];

export function printResourceModule(resource: PyResource, build: PythonBuild): string {
  const out = new PyModuleBuilder(resource.module, build.index);
  out.importFrom('_compat', 'cached_property');
  out.importFrom('_resource', 'SyncAPIResource');
  out.importFrom('_resource', 'AsyncAPIResource');
  out.exported.push(resource.className, resource.asyncClassName);
  for (const sub of resource.subresources) {
    const from = sub.module;
    for (const suffix of ['', 'WithRawResponse', 'WithStreamingResponse']) {
      out.importFrom(from, `${sub.className}${suffix}`);
      out.importFrom(from, `${sub.asyncClassName}${suffix}`);
    }
  }
  // The names the methods return first: a params form of the same name (a shared type's) is then the one aliased.
  for (const method of resource.methods) {
    if (method.returnsType) out.importFrom(method.returnsType.module, method.returnsType.name);
    if (method.stream?.eventType) out.importFrom(method.stream.eventType.module, method.stream.eventType.name);
  }
  const parts: string[] = [];
  for (const isAsync of [false, true]) parts.push(printClass(resource, isAsync, out, build));
  for (const isAsync of [false, true])
    for (const streaming of [false, true]) parts.push(printWrapperClass(resource, isAsync, streaming, out));
  // What every method's signature and request use, imported only where there are methods (strict checkers flag
  // unused imports); `Omit` only with an optional param or a `stream` overload.
  if (resource.methods.length > 0) {
    out.importPlain('import httpx');
    for (const name of ['Body', 'Query', 'Headers', 'NotGiven', 'not_given']) out.importFrom('_types', name);
    out.importFrom('_base_client', 'make_request_options');
  }
  if (resource.methods.some((m) => m.params.some((p) => !p.required) || (m.stream !== null && !m.stream.always)))
    for (const name of ['Omit', 'omit']) out.importFrom('_types', name);
  for (const part of parts) out.declare(part);
  return out.render();
}

function className(resource: PyResource, isAsync: boolean): string {
  return isAsync ? resource.asyncClassName : resource.className;
}

function printClass(resource: PyResource, isAsync: boolean, out: PyModuleBuilder, build: PythonBuild): string {
  const name = className(resource, isAsync);
  const base = isAsync ? 'AsyncAPIResource' : 'SyncAPIResource';
  const lines = [`class ${name}(${base}):`, ...pytestOptOut(name)];
  for (const sub of resource.subresources) {
    lines.push(
      '    @cached_property',
      `    def ${sub.attribute}(self) -> ${className(sub, isAsync)}:`,
      `        return ${className(sub, isAsync)}(self._client)`,
      '',
    );
  }
  for (const kind of ['WithRawResponse', 'WithStreamingResponse']) {
    const attr = kind === 'WithRawResponse' ? 'with_raw_response' : 'with_streaming_response';
    lines.push(
      '    @cached_property',
      `    def ${attr}(self) -> ${name}${kind}:`,
      `        return ${name}${kind}(self)`,
      '',
    );
  }
  for (const method of resource.methods) lines.push(...printMethod(method, isAsync, out, build, '    '));
  return lines.join('\n');
}

/** The method (with its `stream` overloads), indented for a class body. */
export function printMethod(
  method: PyMethod,
  isAsync: boolean,
  out: PyModuleBuilder,
  build: PythonBuild,
  indent: string,
): string[] {
  const paramsModule = method.paramsType ? build.paramsModules.get(method.paramsType.module)! : null;
  const qualifier = method.paramsType ? `${method.paramsType.module.split('/').pop()}.` : '';
  const annotationOf = (param: PyParam) => {
    if (method.pathParams.includes(param)) return pathAnnotation(method, param, out);
    return paramsModule
      ? transplant(param.moduleAnnotation ?? param.annotation, paramsModule, out, qualifier)
      : (param.moduleAnnotation ?? param.annotation);
  };
  const returns = returnAnnotation(method, isAsync, out);
  const lines: string[] = [];
  // A deprecated method warns when called (`DeprecationWarning`) and type checkers flag its calls.
  const deprecation = method.ir.docs.deprecated;
  const deprecated: string[] = [];
  if (deprecation !== undefined) {
    out.importPlain('import typing_extensions');
    deprecated.push(
      `${indent}@typing_extensions.deprecated(${pyString(deprecation === true ? 'deprecated' : deprecation)})`,
    );
  }
  const stream = method.stream && !method.stream.always ? method.stream : null;
  if (stream) {
    const streamCls = `${out.importFrom('_streaming', isAsync ? 'AsyncStream' : 'Stream')}[${method.stream!.event}]`;
    out.use('overload');
    out.use('Literal');
    const variants: Array<{ streamArg: string; required: boolean; returns: string }> = [
      { streamArg: 'Literal[False] | Omit = omit', required: false, returns },
      { streamArg: 'Literal[True]', required: true, returns: streamCls },
      { streamArg: 'bool', required: true, returns: `${returns} | ${streamCls}` },
    ];
    for (const variant of variants) {
      lines.push(`${indent}@overload`, ...deprecated);
      lines.push(
        ...signature(method, isAsync, indent, annotationOf, variant.returns, stream.param!, {
          streamArg: variant.streamArg,
          required: variant.required,
        }),
      );
      lines.push(...docLines(method, indent), `${indent}    ...`, '');
    }
    const requiredNames = method.params.filter((p) => p.required && p.name !== stream.param).map((p) => p.name);
    out.importFrom('_utils/__init__', 'required_args');
    const groups = [requiredNames, [...requiredNames, stream.param!]].map(
      (names) => `[${names.map((n) => pyString(n)).join(', ')}]`,
    );
    lines.push(...deprecated, `${indent}@required_args(${groups.join(', ')})`);
    lines.push(
      ...signature(method, isAsync, indent, annotationOf, `${returns} | ${streamCls}`, stream.param!, {
        streamArg: 'Literal[False] | Literal[True] | Omit = omit',
        required: false,
      }),
    );
  } else if (method.overloads) {
    // One overload per body variant, with that variant's params; the implementation takes them all.
    out.use('overload');
    for (const only of method.overloads) {
      const variantParams = only.flatMap(({ name, required }) => {
        const param = method.params.find((p) => p.name === name);
        return param ? [{ ...param, required }] : [];
      });
      const variantMethod = { ...method, params: variantParams };
      lines.push(`${indent}@overload`, ...deprecated);
      lines.push(...signature(variantMethod, isAsync, indent, annotationOf, returns, null, null));
      lines.push(...docLines(variantMethod, indent), `${indent}    ...`, '');
    }
    out.importFrom('_utils/__init__', 'required_args');
    const groups = method.overloads.map(
      (only) =>
        `[${only
          .filter((p) => p.required)
          .map((p) => pyString(p.name))
          .join(', ')}]`,
    );
    lines.push(...deprecated, `${indent}@required_args(${groups.join(', ')})`);
    lines.push(...signature(method, isAsync, indent, annotationOf, returns, null, null));
  } else {
    lines.push(...deprecated, ...signature(method, isAsync, indent, annotationOf, returns, null, null));
    lines.push(...docLines(method, indent));
  }
  const security = requestSecurity(method.ir, build.pkg);
  lines.push(...body(method, isAsync, out, indent + '    ', stream !== null, security), '');
  // Only when used: a whole body is sent as given, its params module then unreferenced.
  if (method.paramsType && lines.some((line) => line.includes(qualifier))) out.importModule(method.paramsType.module);
  return lines;
}

const pathAnnotations = new WeakMap<PyModuleBuilder, Map<PyParam, string>>();

/**
 * A path param's annotation, written by the module that prints the method (path params are in no params module):
 * what it names is imported there, and an inline object's TypedDict declared there, once for both classes.
 */
function pathAnnotation(method: PyMethod, param: PyParam, out: PyModuleBuilder): string {
  let known = pathAnnotations.get(out);
  if (!known) pathAnnotations.set(out, (known = new Map()));
  let text = known.get(param);
  if (text === undefined) {
    text = out.annotation(param.type, 'param', `${pyClassName(method.name)}${pyClassName(param.wireName)}`);
    known.set(param, text);
  }
  return text;
}

function docLines(method: PyMethod, indent: string): string[] {
  const paramDocs = [...method.pathParams, ...method.params]
    .map((p) => ({ name: p.name, text: paramDoc(p) }))
    .filter((p) => p.text);
  let text = method.doc;
  if (paramDocs.length) {
    text += `${text ? '\n\n' : ''}Args:\n${paramDocs.map((p) => `  ${p.name}: ${p.text.replace(/\n/g, '\n    ')}`).join('\n\n')}`;
  }
  const doc = pyDocstring(text, `${indent}    `);
  return doc ? [`${indent}    ${doc}`] : [];
}

function paramDoc(param: PyParam): string {
  return param.description ?? '';
}

function returnAnnotation(method: PyMethod, isAsync: boolean, out: PyModuleBuilder): string {
  if (method.page) {
    out.importFrom('pagination', isAsync ? method.page.asyncName : method.page.syncName);
    if (isAsync) out.importFrom('_base_client', 'AsyncPaginator');
  }
  if (method.returnsType) out.importFrom(method.returnsType.module, method.returnsType.name);
  importNamesOf(method.castTo, out);
  if (method.castTo === 'BinaryAPIResponse')
    out.importFrom('_response', isAsync ? 'AsyncBinaryAPIResponse' : 'BinaryAPIResponse');
  if (method.stream?.always) out.importFrom('_streaming', isAsync ? 'AsyncStream' : 'Stream');
  if (method.stream?.eventType) out.importFrom(method.stream.eventType.module, method.stream.eventType.name);
  if (method.stream) importNamesOf(method.stream.event, out);
  return isAsync ? method.asyncReturns : method.returns;
}

/** `typing` names a printed annotation uses (the model side's, built in a scratch module). */
function importNamesOf(text: string, out: PyModuleBuilder): void {
  for (const name of ['Dict', 'List', 'Union', 'Optional', 'Any', 'cast', 'Literal', 'Annotated'])
    if (new RegExp(`\\b${name}\\b`).test(text)) out.use(name);
  if (/\bNoneType\b/.test(text)) out.importFrom('_types', 'NoneType');
  if (/\bPropertyInfo\b/.test(text)) out.importFrom('_utils/__init__', 'PropertyInfo');
}

function signature(
  method: PyMethod,
  isAsync: boolean,
  indent: string,
  annotationOf: (param: PyParam) => string,
  returns: string,
  streamParam: string | null,
  variant: { streamArg: string; required: boolean } | null,
): string[] {
  const args: string[] = ['self,'];
  const path = method.pathParams;
  if (path.length) args.push(`${path[path.length - 1].name}: ${annotationOf(path[path.length - 1])},`);
  args.push('*,');
  for (const param of path.slice(0, -1)) args.push(`${param.name}: ${annotationOf(param)},`);
  const params = method.params.filter((p) => p.name !== streamParam);
  for (const param of params.filter((p) => p.required)) args.push(`${param.name}: ${annotationOf(param)},`);
  if (variant?.required) args.push(`${streamParam}: ${variant.streamArg},`);
  for (const param of params.filter((p) => !p.required))
    args.push(`${param.name}: ${annotationOf(param)} | Omit = omit,`);
  if (variant && !variant.required) args.push(`${streamParam}: ${variant.streamArg},`);
  args.push(...EXTRA_ARGS);
  const def = isAsync ? 'async def' : 'def';
  const asyncPage = isAsync && method.page;
  return [
    `${indent}${asyncPage ? 'def' : def} ${method.name}(`,
    ...args.map((arg) => `${indent}    ${arg}`),
    `${indent}) -> ${returns}:`,
  ];
}

function body(
  method: PyMethod,
  isAsync: boolean,
  out: PyModuleBuilder,
  indent: string,
  streamParam: boolean,
  security: string | null,
): string[] {
  const lines: string[] = [];
  for (const param of method.pathParams) {
    if (!checksNonEmpty(param)) continue;
    lines.push(
      `${indent}if not ${param.name}:`,
      `${indent}    raise ValueError(f"Expected a non-empty value for \`${param.name}\` but received {${param.name}!r}")`,
    );
  }
  for (const param of method.pathParams) {
    if (!param.style || !param.pathLocal) continue;
    out.importFrom('_qs', 'encode_path_param');
    const { style, explode } = param.style;
    lines.push(
      `${indent}${param.pathLocal} = encode_path_param(${param.name}, style=${pyString(style)}, explode=${explode ? 'True' : 'False'}, name=${pyString(param.wireName)})`,
    );
  }
  const byLocation = (where: PyParam['in']) => method.params.filter((p) => p.in === where);
  const dict = (params: PyParam[]) => `{${params.map((p) => `${pyString(p.key)}: ${p.name}`).join(', ')}}`;
  const headerParams = byLocation('header');
  const headerParts: string[] = [];
  if (method.accept) headerParts.push(`"Accept": ${pyString(method.accept)}`);
  const encoding = method.ir.body?.encoding;
  if (encoding === 'multipart') headerParts.push('"Content-Type": "multipart/form-data"');
  // The runtime encodes a body by its Content-Type (JSON unless told): a form, bytes or text say theirs.
  else if (encoding === 'form' || encoding === 'binary' || encoding === 'text')
    headerParts.push(`"Content-Type": ${pyString(method.ir.body!.contentType)}`);
  if (headerParams.length) {
    out.importFrom('_utils/__init__', 'strip_not_given');
    headerParts.push(
      `**strip_not_given({${headerParams.map((p) => `${pyString(p.wireName)}: ${p.name}`).join(', ')}})`,
    );
  }
  const cookieParams = byLocation('cookie');
  if (cookieParams.length) {
    // One Cookie header from the cookie params given (the runtime writes each in the form style).
    out.importFrom('_qs', 'cookie_header');
    headerParts.push(`**cookie_header({${cookieParams.map((p) => `${pyString(p.wireName)}: ${p.name}`).join(', ')}})`);
  }
  if (headerParts.length) lines.push(`${indent}extra_headers = {${headerParts.join(', ')}, **(extra_headers or {})}`);
  const transform = isAsync ? 'await async_maybe_transform' : 'maybe_transform';
  const paramsClass = method.paramsType
    ? `${method.paramsType.module.split('/').pop()}.${method.paramsType.name}`
    : 'object';
  const bodyParams = byLocation('body');
  let bodyArg: string | null = null;
  let filesArg: string | null = null;
  if (bodyParams.length) {
    const whole = method.ir.body?.shape === 'whole';
    const bodyValue = whole ? bodyParams[0].name : dict(bodyParams);
    if (method.ir.body?.encoding === 'multipart') {
      out.importFrom('_utils/__init__', 'deepcopy_minimal');
      out.importFrom('_utils/__init__', 'extract_files');
      out.use('Mapping');
      out.use('cast');
      // The locals must not rebind a param of the same name (`files`, `body`), whose declared type differs.
      const paramNames = new Set([...method.pathParams, ...method.params].map((p) => p.name));
      const local = (name: string): string => (paramNames.has(name) ? local(`${name}_`) : name);
      const [bodyLocal, filesLocal] = [local('body'), local('files')];
      lines.push(`${indent}${bodyLocal} = deepcopy_minimal(${bodyValue})`);
      const paths = `[${method.filePaths.map((p) => `[${p.map((s) => pyString(s)).join(', ')}]`).join(', ')}]`;
      // A param named `object` shadows the builtin in the method's body.
      const value = paramNames.has('object') ? out.use('Any') : 'object';
      lines.push(`${indent}${filesLocal} = extract_files(cast(Mapping[str, ${value}], ${bodyLocal}), paths=${paths})`);
      bodyArg = `${transform}(${bodyLocal}, ${paramsClass})`;
      filesArg = filesLocal;
    } else if (whole) {
      // A JSON or form body's keys still need their aliases and its dates their formats; raw bytes or text do not.
      const encoding = method.ir.body?.encoding;
      bodyArg =
        encoding === 'json' || encoding === 'form'
          ? `${transform}(${bodyValue}, ${bodyParams[0].annotation})`
          : bodyValue;
    } else bodyArg = `${transform}(${bodyValue}, ${paramsClass})`;
  }
  const queryParams = byLocation('query');
  const options = [
    'extra_headers=extra_headers',
    'extra_query=extra_query',
    'extra_body=extra_body',
    'timeout=timeout',
  ];
  // The schemes the operation accepts, where not the client's credentials as configured.
  if (security !== null) options.push(`security=${security}`);
  if (queryParams.length)
    options.push(`query=${styledQuery(queryParams, `${transform}(${dict(queryParams)}, ${paramsClass})`, out)}`);
  let castTo = method.castTo === 'BinaryAPIResponse' && isAsync ? 'AsyncBinaryAPIResponse' : method.castTo;
  if (method.unwrap !== null && !method.page) {
    out.importFrom('_wrappers', 'field_wrapper');
    out.importFrom('_wrappers', 'field_unwrapper');
    options.push(`post_parser=field_unwrapper(${pyString(method.unwrap)})`);
    castTo = `field_wrapper(${pyString(method.unwrap)}, ${castTo})`;
  }
  const call: string[] = [pyPathString(method.pythonPath)];
  if (method.page) {
    call.push(`page=${isAsync ? method.page.asyncName : method.page.syncName}[${method.page.item}]`);
    if (bodyArg) call.push(`body=${bodyArg.replace(/^await async_maybe_transform/, 'maybe_transform')}`);
    if (bodyArg && isAsync) out.importFrom('_utils/__init__', 'maybe_transform');
    call.push(
      `options=make_request_options(${options.join(', ').replace(/await async_maybe_transform/g, 'maybe_transform')})`,
    );
    if (isAsync && queryParams.length) out.importFrom('_utils/__init__', 'maybe_transform');
    call.push(`model=${method.page.model}`);
    importNamesOf(method.page.model, out);
    if (method.http !== 'get') call.push(`method=${pyString(method.http)}`);
    return importTransforms([...lines, `${indent}return self._get_api_list(${call.join(', ')})`], out);
  }
  if (bodyArg) call.push(`body=${bodyArg}`);
  if (filesArg) call.push(`files=${filesArg}`);
  call.push(`options=make_request_options(${options.join(', ')})`);
  call.push(`cast_to=${castTo}`);
  if (method.stream) {
    const cls = `${isAsync ? 'AsyncStream' : 'Stream'}[${method.stream.event}]`;
    call.push(method.stream.always ? 'stream=True' : `stream=${method.stream.param} or False`, `stream_cls=${cls}`);
  }
  void streamParam;
  const verb = method.http === 'delete' ? 'delete' : method.http;
  const await_ = isAsync ? 'await ' : '';
  const request = `${await_}self._${verb}(${call.join(', ')})`;
  if (method.castTo.startsWith('cast(Any,') && !method.stream) {
    // `cast_to=cast(Any, ...)` makes the request return Any: give the result its declared type back.
    out.use('cast');
    const returns = isAsync ? method.asyncReturns : method.returns;
    return importTransforms([...lines, `${indent}return cast(${returns}, ${request})`], out);
  }
  return importTransforms([...lines, `${indent}return ${request}`], out);
}

/** The query as sent: the params the client's formats would write otherwise in their OpenAPI style. */
function styledQuery(params: PyParam[], query: string, out: PyModuleBuilder): string {
  const styled = params.filter((p) => p.style);
  if (!styled.length) return query;
  out.importFrom('_qs', 'style_query');
  const styles = styled.map(
    (p) => `${pyString(p.wireName)}: (${pyString(p.style!.style)}, ${p.style!.explode ? 'True' : 'False'})`,
  );
  return `style_query(${query}, {${styles.join(', ')}})`;
}

/** Whether the method raises `ValueError` for the path param empty (a string: no other value is empty text). */
export function checksNonEmpty(param: PyParam): boolean {
  return param.type.kind === 'string';
}

/** Imports the `maybe_transform` helpers the method body calls (a page call or a whole body may call none). */
function importTransforms(lines: string[], out: PyModuleBuilder): string[] {
  for (const name of ['maybe_transform', 'async_maybe_transform'])
    if (lines.some((line) => new RegExp(`(?<![\\w.])${name}\\(`).test(line))) out.importFrom('_utils/__init__', name);
  return lines;
}

/** The path as a Python string: an f-string when it holds path params (their names only, never spec text). */
function pyPathString(path: string): string {
  const literal = pyString(path);
  return /\{[a-z_][a-z0-9_]*\}/.test(path.replace(/\{\{|\}\}/g, ''))
    ? `f${literal}`
    : pyString(path.replace(/\{\{/g, '{').replace(/\}\}/g, '}'));
}

function printWrapperClass(resource: PyResource, isAsync: boolean, streaming: boolean, out: PyModuleBuilder): string {
  const suffix = streaming ? 'WithStreamingResponse' : 'WithRawResponse';
  const name = `${className(resource, isAsync)}${suffix}`;
  const field = `_${resource.attribute || 'client'}`;
  const lines = [
    `class ${name}:`,
    ...pytestOptOut(name),
    `    def __init__(self, ${resource.attribute || 'client'}: ${className(resource, isAsync)}) -> None:`,
    `        self.${field} = ${resource.attribute || 'client'}`,
    '',
  ];
  for (const method of resource.methods) {
    const binary = method.castTo === 'BinaryAPIResponse';
    let wrapper: string;
    if (binary) {
      const fn = `${isAsync ? 'async_' : ''}to_custom_${streaming ? 'streamed' : 'raw'}_response_wrapper`;
      const cls = streaming
        ? isAsync
          ? 'AsyncStreamedBinaryAPIResponse'
          : 'StreamedBinaryAPIResponse'
        : isAsync
          ? 'AsyncBinaryAPIResponse'
          : 'BinaryAPIResponse';
      out.importFrom('_response', fn);
      out.importFrom('_response', cls);
      wrapper = `${fn}(${resource.attribute || 'client'}.${method.name}, ${cls})`;
    } else {
      const fn = `${isAsync ? 'async_' : ''}to_${streaming ? 'streamed' : 'raw'}_response_wrapper`;
      out.importFrom('_response', fn);
      wrapper = `${fn}(${resource.attribute || 'client'}.${method.name})`;
    }
    const ignore = method.ir.docs.deprecated !== undefined ? '  # pyright: ignore[reportDeprecated]' : '';
    lines.push(`        self.${method.name} = ${wrapper}${ignore}`);
  }
  for (const sub of resource.subresources) {
    lines.push(
      '',
      '    @cached_property',
      `    def ${sub.attribute}(self) -> ${className(sub, isAsync)}${suffix}:`,
      `        return ${className(sub, isAsync)}${suffix}(self.${field}.${sub.attribute})`,
    );
  }
  return lines.join('\n');
}

export { relativeImport };
