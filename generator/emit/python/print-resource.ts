/**
 * `resources/**.py`: the sync and async resource classes of one resource, their methods as the runtime contract
 * shapes them, and the raw / streaming response wrappers.
 */
import { nullableStream, streamSplitField, streamSplitNames } from './params-module';
import { printWebhookUnwraps } from './print-webhooks';
import { pyClassName, pytestOptOut } from '../../naming/python';
import { clientPathParamGetter, keywordOnlyPathParams, type PyMethod, type PyParam, type PyResource } from './model';
import { htmlBreaksAsParagraphs } from '../doc-text';
import { CLIENT_DEFAULT_NOTE } from '../../ir/methods';
import type { PythonBuild } from './build-model';
import { requestSecurity } from './credentials';
import { transplant } from './build-model';
import { docProse, docstringLayout } from './doc-wrap';
import { pyDocstring, pyString } from './print-doc';
import { PyModuleBuilder, relativeImport } from './print-types';
import { classDoc, resourceDoc, wrapperPropertyDoc } from './resource-docs';
import type { PrintedModule } from './py-layout';
import {
  callExpr,
  flatExpr,
  literalExpr,
  ResourceLayout,
  type Bracketed,
  type ResourceExpr,
} from './print-resource-layout';

const EXTRA_ARGS = [
  "# Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.",
  '# The extra values given here take precedence over values defined on the client or passed to this method.',
  'extra_headers: Headers | None = None,',
  'extra_query: Query | None = None,',
  'extra_body: Body | None = None,',
  'timeout: float | httpx.Timeout | None | NotGiven = not_given,',
];

/**
 * The module in Ruff's layout where its printer knows every line of it; else as written before (flat statements,
 * laid out by Ruff).
 */
export function printResourceModule(resource: PyResource, build: PythonBuild): PrintedModule {
  const layout = new ResourceLayout(true);
  const { contents, inRuffLayout } = printModule(resource, build, layout);
  if (inRuffLayout && layout.inLayout) return { contents, inRuffLayout: true };
  return { contents: printModule(resource, build, new ResourceLayout(false)).contents, inRuffLayout: false };
}

function printModule(resource: PyResource, build: PythonBuild, layout: ResourceLayout): PrintedModule {
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
  for (const isAsync of [false, true]) parts.push(printClass(resource, isAsync, out, build, layout));
  // Stainless's order: both raw wrappers (sync, async), then both streaming ones.
  for (const streaming of [false, true])
    for (const isAsync of [false, true]) parts.push(printWrapperClass(resource, isAsync, streaming, out, layout));
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
  const contents = out.render();
  return { contents, inRuffLayout: out.inRuffLayout };
}

function className(resource: PyResource, isAsync: boolean): string {
  return isAsync ? resource.asyncClassName : resource.className;
}

function printClass(
  resource: PyResource,
  isAsync: boolean,
  out: PyModuleBuilder,
  build: PythonBuild,
  layout: ResourceLayout,
): string {
  const name = className(resource, isAsync);
  const base = isAsync ? 'AsyncAPIResource' : 'SyncAPIResource';
  const lines = [...layout.lines(`class ${name}(${base}):`), ...classDoc(resource, layout), ...optOut(name, layout)];
  const property = (attr: string, returns: string, value: ResourceExpr, doc: string[] = []) => [
    '    @cached_property',
    ...layout.lines(`    def ${attr}(self) -> ${returns}:`),
    ...doc,
    ...layout.statement('        ', 'return ', value),
    '',
  ];
  for (const sub of resource.subresources) {
    const value = callExpr(className(sub, isAsync), ['self._client']);
    lines.push(...property(sub.attribute, className(sub, isAsync), value, resourceDoc(sub, '        ', layout)));
  }
  for (const kind of ['WithRawResponse', 'WithStreamingResponse'] as const) {
    const attr = kind === 'WithRawResponse' ? 'with_raw_response' : 'with_streaming_response';
    const [decorator, def, ...body] = property(attr, `${name}${kind}`, callExpr(`${name}${kind}`, ['self']));
    lines.push(decorator, def, ...wrapperPropertyDoc(kind, build.pkg.repository), ...body);
  }
  for (const method of resource.methods) lines.push(...printMethod(method, isAsync, out, build, '    ', layout));
  lines.push(...printWebhookUnwraps(resource, out, build));
  return lines.join('\n');
}

/** pytest's opt-out of a class named `Test…`; Ruff sets a blank line between it and a method. */
function optOut(name: string, layout: ResourceLayout): string[] {
  const lines = pytestOptOut(name);
  return layout.enabled && lines.length ? [...lines, ''] : lines;
}

/** The method (with its `stream` overloads), indented for a class body. */
export function printMethod(
  method: PyMethod,
  isAsync: boolean,
  out: PyModuleBuilder,
  build: PythonBuild,
  indent: string,
  layout: ResourceLayout,
): string[] {
  const paramsModule = method.paramsType ? build.paramsModules.get(method.paramsType.module)! : null;
  const qualifier = method.paramsType ? `${method.paramsType.module.split('/').pop()}.` : '';
  const annotationOf = (param: PyParam) => {
    // A path param a client option fills: None takes the client's value.
    if (method.pathParams.includes(param))
      return `${pathAnnotation(method, param, out)}${param.clientOption ? ' | None = None' : ''}`;
    // With no params module (headers alone), what the annotation names is imported here, as for path params.
    return paramsModule
      ? transplant(param.moduleAnnotation ?? param.annotation, paramsModule, out, qualifier)
      : pathAnnotation(method, param, out);
  };
  const returns = returnAnnotation(method, isAsync, out);
  const lines: string[] = [];
  // A deprecated method warns when called (`DeprecationWarning`) and type checkers flag its calls.
  const deprecation = method.ir.docs.deprecated;
  const deprecated: string[] = [];
  if (deprecation !== undefined) {
    out.importPlain('import typing_extensions');
    const message = pyString(deprecation === true ? 'deprecated' : deprecation);
    deprecated.push(...layout.statement(indent, '@', callExpr('typing_extensions.deprecated', [message])));
  }
  const stream = method.stream && !method.stream.always ? method.stream : null;
  if (stream) {
    const streamCls = `${out.importFrom('_streaming', isAsync ? 'AsyncStream' : 'Stream')}[${method.stream!.event}]`;
    out.use('overload');
    out.use('Literal');
    // A nullable param takes None for false too (`Optional[Literal[False]]`), as its params TypedDict says.
    const notStreaming = nullableStream(method.ir) ? `${out.use('Optional')}[Literal[False]]` : 'Literal[False]';
    const variants: Array<{ streamArg: string; required: boolean; returns: string }> = [
      { streamArg: `${notStreaming} | Omit = omit`, required: false, returns },
      { streamArg: 'Literal[True]', required: true, returns: streamCls },
      { streamArg: 'bool', required: true, returns: `${returns} | ${streamCls}` },
    ];
    for (const variant of variants) {
      lines.push(`${indent}@overload`, ...deprecated);
      const header = signature(method, isAsync, indent, annotationOf, variant.returns, stream.param!, layout, {
        streamArg: variant.streamArg,
        required: variant.required,
      });
      lines.push(...stub(header, docLines(method, indent, layout), indent, layout), '');
    }
    const requiredNames = method.params.filter((p) => p.required && p.name !== stream.param).map((p) => p.name);
    out.importFrom('_utils/__init__', 'required_args');
    const groups = [requiredNames, [...requiredNames, stream.param!]].map((names) =>
      literalExpr(
        '[',
        names.map((n) => pyString(n)),
      ),
    );
    lines.push(...deprecated, ...layout.statement(indent, '@', callExpr('required_args', groups)));
    lines.push(
      ...signature(method, isAsync, indent, annotationOf, `${returns} | ${streamCls}`, stream.param!, layout, {
        streamArg: `${notStreaming} | Literal[True] | Omit = omit`,
        required: false,
      }),
    );
  } else if (method.overloads) {
    // One overload per body variant, with that variant's params; the implementation takes them all.
    out.use('overload');
    for (const only of method.overloads) {
      const variantParams = only.flatMap(({ name, ...own }) => {
        const param = method.params.find((p) => p.name === name);
        return param ? [{ ...param, ...own }] : [];
      });
      const variantMethod = { ...method, params: variantParams };
      lines.push(`${indent}@overload`, ...deprecated);
      const header = signature(variantMethod, isAsync, indent, annotationOf, returns, null, layout, null);
      lines.push(...stub(header, docLines(variantMethod, indent, layout), indent, layout), '');
    }
    out.importFrom('_utils/__init__', 'required_args');
    const groups = method.overloads.map((only) =>
      literalExpr(
        '[',
        only.filter((p) => p.required).map((p) => pyString(p.name)),
      ),
    );
    lines.push(...deprecated, ...layout.statement(indent, '@', callExpr('required_args', groups)));
    lines.push(...signature(method, isAsync, indent, annotationOf, returns, null, layout, null));
  } else {
    lines.push(...deprecated, ...signature(method, isAsync, indent, annotationOf, returns, null, layout, null));
    lines.push(...docLines(method, indent, layout));
  }
  const security = requestSecurity(method.ir, build.pkg);
  lines.push(...body(method, isAsync, out, indent + '    ', security, layout), '');
  // Only when used: a whole body is sent as given, its params module then unreferenced.
  if (method.paramsType && lines.some((line) => line.includes(qualifier))) out.importModule(method.paramsType.module);
  return lines;
}

/** An overload's signature and body (`...`): Ruff joins a body of `...` alone onto the signature's line. */
function stub(header: string[], doc: string[], indent: string, layout: ResourceLayout): string[] {
  if (doc.length || !layout.enabled) return [...header, ...doc, `${indent}    ...`];
  return [...header.slice(0, -1), ...layout.lines(`${header[header.length - 1]} ...`)];
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

const REQUEST_OPTION_DOCS = [
  '  extra_headers: Send extra headers',
  '  extra_query: Add additional query parameters to the request',
  '  extra_body: Add additional JSON properties to the request',
  '  timeout: Override the client-level default timeout for this request, in seconds',
];

function docLines(method: PyMethod, indent: string, layout: ResourceLayout): string[] {
  const paramDocs = [...method.pathParams, ...method.params]
    .map((p) => ({ name: p.name, text: paramDoc(p) }))
    .filter((p) => p.text);
  // Stainless's wrap the prose at 80 columns, indent an Arg's continuation lines 6 spaces under the list, and end
  // a list they write with the request options every method takes.
  const args = paramDocs.length
    ? [...paramDocs.map((p) => `  ${p.name}: ${docProse(p.text).replace(/\n/g, '\n      ')}`), ...REQUEST_OPTION_DOCS]
    : [];
  const described = docstringLayout(method.doc, false, args.length > 0);
  const text = [described.text, args.length ? `Args:\n${args.join('\n\n')}` : ''].filter(Boolean).join('\n\n');
  const doc = pyDocstring(text, `${indent}    `, described.text === '' || described.opensOnOwnLine);
  if (doc) layout.docstring(doc, `${indent}    `);
  return doc ? [`${indent}    ${doc}`] : [];
}

function paramDoc(param: PyParam): string {
  // Stainless's Python SDKs do not say that a client option fills the param.
  const given = param.description ?? '';
  const description = param.clientOption ? given.replace(CLIENT_DEFAULT_NOTE, '') : given;
  // (Before the Args list indents it: a paragraph break of its own is indented as its other lines.)
  return htmlBreaksAsParagraphs(description);
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

/** The params type a call's values are transformed as: a split params module's by the stream param's value. */
function transformType(method: PyMethod, paramsType: NonNullable<PyMethod['paramsType']>): string {
  const module = paramsType.module.split('/').pop();
  if (!method.stream?.param || !streamSplitField(method.ir)) return `${module}.${paramsType.name}`;
  const { streaming, nonStreaming } = streamSplitNames(paramsType.name);
  return `${module}.${streaming} if ${method.stream.param} else ${module}.${nonStreaming}`;
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
  layout: ResourceLayout,
  variant: { streamArg: string; required: boolean } | null,
): string[] {
  const inner = `${indent}    `;
  const param = (p: PyParam, omittable = false) => layout.parameter(inner, p.name, annotationOf(p), omittable);
  const args: string[] = [`${inner}self,`];
  for (const p of method.positional) args.push(...param(p));
  args.push(`${inner}*,`);
  for (const p of keywordOnlyPathParams(method)) args.push(...param(p));
  const params = method.params.filter((p) => p.name !== streamParam);
  for (const p of params.filter((p) => p.required)) args.push(...param(p));
  if (variant?.required) args.push(...layout.lines(`${inner}${streamParam}: ${variant.streamArg},`));
  for (const p of params.filter((p) => !p.required)) args.push(...param(p, true));
  if (variant && !variant.required) args.push(...layout.lines(`${inner}${streamParam}: ${variant.streamArg},`));
  const def = isAsync ? 'async def' : 'def';
  const asyncPage = isAsync && method.page;
  // (Its trailing comma keeps the signature one parameter a line; Ruff leaves the comments' width alone.)
  return [
    ...layout.lines(`${indent}${asyncPage ? 'def' : def} ${method.name}(`),
    ...args,
    ...EXTRA_ARGS.map((arg) => `${inner}${arg}`),
    ...layout.lines(`${indent}) -> ${returns}:`),
  ];
}

function body(
  method: PyMethod,
  isAsync: boolean,
  out: PyModuleBuilder,
  indent: string,
  security: string | null,
  layout: ResourceLayout,
): string[] {
  const lines: string[] = [];
  // A param a client option fills in: the client's value where the call leaves it out (and the client has one).
  for (const param of method.params) {
    if (!param.clientOption) continue;
    const option = `self._client.${param.clientOption}`;
    lines.push(
      ...layout.lines(`${indent}if ${param.name} is omit and ${option} is not None:`),
      ...layout.lines(`${indent}    ${param.name} = ${option}`),
    );
  }
  for (const param of method.pathParams) {
    if (!param.clientOption) continue;
    lines.push(
      ...layout.lines(`${indent}if ${param.name} is None:`),
      ...layout.lines(`${indent}    ${param.name} = self._client.${clientPathParamGetter(param.clientOption)}()`),
    );
  }
  for (const param of method.pathParams) {
    if (!checksNonEmpty(param)) continue;
    const message = `f"Expected a non-empty value for \`${param.name}\` but received {${param.name}!r}"`;
    lines.push(
      ...layout.lines(`${indent}if not ${param.name}:`),
      ...layout.statement(`${indent}    `, 'raise ', callExpr('ValueError', [message])),
    );
  }
  for (const param of method.pathParams) {
    if (!param.style || !param.pathLocal) continue;
    out.importFrom('_qs', 'encode_path_param');
    const { style, explode } = param.style;
    const args = [param.name, `style=${pyString(style)}`, `explode=${explode ? 'True' : 'False'}`];
    args.push(`name=${pyString(param.wireName)}`);
    lines.push(...layout.statement(indent, `${param.pathLocal} = `, callExpr('encode_path_param', args)));
  }
  const byLocation = (where: PyParam['in']) => method.params.filter((p) => p.in === where);
  const dict = (params: PyParam[], key: (p: PyParam) => string = (p) => p.key) =>
    literalExpr(
      '{',
      params.map((p) => `${pyString(key(p))}: ${p.name}`),
    );
  const headerParams = byLocation('header');
  const headerParts: ResourceExpr[] = [];
  if (method.accept) headerParts.push(`"Accept": ${pyString(method.accept)}`);
  const encoding = method.ir.body?.encoding;
  if (encoding === 'multipart') headerParts.push('"Content-Type": "multipart/form-data"');
  // The runtime encodes a body by its Content-Type (JSON unless told): a form, bytes or text say theirs.
  else if (encoding === 'form' || encoding === 'binary' || encoding === 'text')
    headerParts.push(`"Content-Type": ${pyString(method.ir.body!.contentType)}`);
  // Header params exploded by the spec are written so by `header_params`; the others when the request is sent.
  const explodedHeaders = headerParams.filter((p) => p.style?.explode);
  const byWireName = (p: PyParam) => p.wireName;
  if (headerParams.length && explodedHeaders.length) {
    out.importFrom('_qs', 'header_params');
    const names = explodedHeaders.map((p) => pyString(p.wireName)).join(', ');
    const exploded = `exploded=(${names}${explodedHeaders.length === 1 ? ',' : ''})`;
    headerParts.push(callExpr('**header_params', [dict(headerParams, byWireName), exploded]));
  } else if (headerParams.length) {
    out.importFrom('_utils/__init__', 'strip_not_given');
    headerParts.push(callExpr('**strip_not_given', [dict(headerParams, byWireName)]));
  }
  const cookieParams = byLocation('cookie');
  if (cookieParams.length) {
    // One Cookie header from the cookie params given (the runtime writes each in the form style; an exploded array
    // or object as cookies of their own).
    out.importFrom('_qs', 'cookie_header');
    const exploded = cookieParams.filter((p) => p.style?.explode).map((p) => pyString(p.wireName));
    const explodedArg = exploded.length ? [`exploded=(${exploded.join(', ')}${exploded.length === 1 ? ',' : ''})`] : [];
    headerParts.push(callExpr('**cookie_header', [dict(cookieParams, byWireName), ...explodedArg]));
  }
  if (headerParts.length)
    lines.push(
      ...layout.statement(indent, 'extra_headers = ', literalExpr('{', [...headerParts, '**(extra_headers or {})'])),
    );
  const transform = isAsync ? 'await async_maybe_transform' : 'maybe_transform';
  const paramsClass = method.paramsType ? transformType(method, method.paramsType) : 'object';
  const bodyParams = byLocation('body');
  /** The body argument, its transform yet to be named (a page call's is never awaited). */
  let bodyArg: ((transform: string) => ResourceExpr) | null = null;
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
      lines.push(...layout.statement(indent, `${bodyLocal} = `, callExpr('deepcopy_minimal', [bodyValue])));
      const paths = literalExpr(
        '[',
        method.filePaths.map((p) =>
          literalExpr(
            '[',
            p.map((s) => pyString(s)),
          ),
        ),
        'paths=',
      );
      // A param named `object` shadows the builtin in the method's body.
      const value = paramNames.has('object') ? out.use('Any') : 'object';
      const mapping = callExpr('cast', [`Mapping[str, ${value}]`, bodyLocal]);
      lines.push(...layout.statement(indent, `${filesLocal} = `, callExpr('extract_files', [mapping, paths])));
      bodyArg = (fn) => callExpr(`body=${fn}`, [bodyLocal, paramsClass]);
      filesArg = filesLocal;
    } else if (whole) {
      // A JSON or form body's keys still need their aliases and its dates their formats; raw bytes or text do not.
      const encoding = method.ir.body?.encoding;
      // An untyped body is transformed as its params type, as Stainless prints it.
      const expected = bodyParams[0].annotation === 'object' ? paramsClass : bodyParams[0].annotation;
      // Raw bytes go as `content=`: the runtime warns of bytes passed as `body=`.
      const raw = encoding === 'binary' && !method.page ? 'content' : 'body';
      // An optional one left out is `omit`, which httpx cannot send as content: nothing is sent then.
      const optionalContent = raw === 'content' && !bodyParams[0].required;
      // isinstance, not is_given: mypy solves is_given's type variable to the whole union, `Omit` included.
      if (optionalContent) out.importFrom('_types', 'Omit');
      const rawValue = optionalContent
        ? `None if isinstance(${flatExpr(bodyValue)}, Omit) else ${flatExpr(bodyValue)}`
        : flatExpr(bodyValue);
      bodyArg = (fn) =>
        encoding === 'json' || encoding === 'form'
          ? callExpr(`body=${fn}`, [bodyValue, expected])
          : `${raw}=${rawValue}`;
    } else bodyArg = (fn) => callExpr(`body=${fn}`, [bodyValue, paramsClass]);
  }
  const queryParams = byLocation('query');
  /** make_request_options's arguments (a page call's transforms are never awaited). */
  const options = (fn: string): ResourceExpr[] => {
    const args: ResourceExpr[] = [
      'extra_headers=extra_headers',
      'extra_query=extra_query',
      'extra_body=extra_body',
      'timeout=timeout',
    ];
    // The schemes the operation accepts, where not the client's credentials as configured.
    if (security !== null) args.push(`security=${security}`);
    if (queryParams.length) args.push(styledQuery(queryParams, callExpr(fn, [dict(queryParams), paramsClass]), out));
    if (method.unwrap !== null && !method.page) args.push(`post_parser=field_unwrapper(${pyString(method.unwrap)})`);
    return args;
  };
  let castTo = method.castTo === 'BinaryAPIResponse' && isAsync ? 'AsyncBinaryAPIResponse' : method.castTo;
  if (method.unwrap !== null && !method.page) {
    out.importFrom('_wrappers', 'field_wrapper');
    out.importFrom('_wrappers', 'field_unwrapper');
    castTo = `field_wrapper(${pyString(method.unwrap)}, ${castTo})`;
  }
  const call: ResourceExpr[] = [pyPathExpr(method, out)];
  if (method.page) {
    call.push(`page=${isAsync ? method.page.asyncName : method.page.syncName}[${method.page.item}]`);
    if (bodyArg) call.push(bodyArg('maybe_transform'));
    if (bodyArg && isAsync) out.importFrom('_utils/__init__', 'maybe_transform');
    call.push(callExpr('options=make_request_options', options('maybe_transform')));
    if (isAsync && queryParams.length) out.importFrom('_utils/__init__', 'maybe_transform');
    call.push(`model=${method.page.model}`);
    importNamesOf(method.page.model, out);
    if (method.http !== 'get') call.push(`method=${pyString(method.http)}`);
    return importTransforms(
      [...lines, ...layout.statement(indent, 'return ', callExpr('self._get_api_list', call))],
      out,
    );
  }
  if (bodyArg) call.push(bodyArg(transform));
  if (filesArg) call.push(`files=${filesArg}`);
  call.push(callExpr('options=make_request_options', options(transform)));
  call.push(`cast_to=${castTo}`);
  if (method.stream) {
    const cls = `${isAsync ? 'AsyncStream' : 'Stream'}[${method.stream.event}]`;
    call.push(method.stream.always ? 'stream=True' : `stream=${method.stream.param} or False`, `stream_cls=${cls}`);
  }
  const verb = method.http === 'delete' ? 'delete' : method.http;
  const request = callExpr(`${isAsync ? 'await ' : ''}self._${verb}`, call);
  if (method.castTo.startsWith('cast(Any,') && !method.stream) {
    // `cast_to=cast(Any, ...)` makes the request return Any: give the result its declared type back.
    out.use('cast');
    const returns = isAsync ? method.asyncReturns : method.returns;
    return importTransforms(
      [...lines, ...layout.statement(indent, 'return ', callExpr('cast', [returns, request]))],
      out,
    );
  }
  return importTransforms([...lines, ...layout.statement(indent, 'return ', request)], out);
}

/** The query as sent: the params the client's formats would write otherwise in their OpenAPI style. */
function styledQuery(params: PyParam[], query: ResourceExpr, out: PyModuleBuilder): ResourceExpr {
  const styled = params.filter((p) => p.style);
  if (!styled.length) return prefixed('query=', query);
  out.importFrom('_qs', 'style_query');
  const styles = styled.map(
    (p) => `${pyString(p.wireName)}: (${pyString(p.style!.style)}, ${p.style!.explode ? 'True' : 'False'})`,
  );
  return callExpr('query=style_query', [query, literalExpr('{', styles)]);
}

/** `expr` after `before` (a keyword argument's `name=`). */
function prefixed(before: string, expr: ResourceExpr): ResourceExpr {
  return typeof expr === 'string' ? `${before}${expr}` : { ...expr, open: `${before}${expr.open}` };
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

/**
 * The request path. `path_template` fills and percent-encodes each plain path param, so a value can add no segment,
 * query or `..`; a styled param's local is already encoded by `encode_path_param` and goes in as it is.
 */
function pyPathExpr(method: PyMethod, out: PyModuleBuilder): ResourceExpr {
  const styledLocals = new Set(method.pathParams.flatMap((p) => (p.style && p.pathLocal ? [p.pathLocal] : [])));
  const plainNames = new Set(method.pathParams.filter((p) => !(p.style && p.pathLocal)).map((p) => p.name));
  const placeholders: string[] = [];
  let hasStyled = false;
  // Literal braces of the spec path are sent percent-encoded, as httpx would send them, so no value's name is read.
  const pieces = method.pythonPath.split(/(\{\{|\}\}|\{[A-Za-z_][A-Za-z0-9_]*\})/).map((piece) => {
    if (piece === '{{') return { text: '%7B' };
    if (piece === '}}') return { text: '%7D' };
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name && plainNames.has(name)) {
      if (!placeholders.includes(name)) placeholders.push(name);
      return { text: `{${name}}`, placeholder: true };
    }
    if (name && styledLocals.has(name)) hasStyled = true;
    return { text: piece };
  });
  if (!placeholders.length) return pyPathString(method.pythonPath);
  out.importFrom('_utils/__init__', 'path_template');
  // With a styled local the template is an f-string: its placeholders are doubled braces, its locals interpolated.
  const template = hasStyled
    ? `f${pyString(pieces.map((p) => (p.placeholder ? `{${p.text}}` : p.text)).join(''))}`
    : pyString(pieces.map((p) => p.text).join(''));
  return callExpr('path_template', [template, ...placeholders.map((name) => `${name}=${name}`)]);
}

/** The path as a Python string: an f-string when it holds path params (their names only, never spec text). */
function pyPathString(path: string): string {
  const literal = pyString(path);
  return /\{[a-z_][a-z0-9_]*\}/.test(path.replace(/\{\{|\}\}/g, ''))
    ? `f${literal}`
    : pyString(path.replace(/\{\{/g, '{').replace(/\}\}/g, '}'));
}

function printWrapperClass(
  resource: PyResource,
  isAsync: boolean,
  streaming: boolean,
  out: PyModuleBuilder,
  layout: ResourceLayout,
): string {
  const suffix = streaming ? 'WithStreamingResponse' : 'WithRawResponse';
  const name = `${className(resource, isAsync)}${suffix}`;
  // The wrapped resource's parameter: a resource named `self` would take the method's own first parameter's name.
  const wrapped = resource.attribute === 'self' ? 'self_' : resource.attribute || 'client';
  const field = `_${resource.attribute || 'client'}`;
  const lines = [
    ...layout.lines(`class ${name}:`),
    ...optOut(name, layout),
    ...layout.lines(
      `    def __init__(self, ${wrapped}: ${className(resource, isAsync)}) -> None:`,
      `        self.${field} = ${wrapped}`,
    ),
    '',
  ];
  for (const method of resource.methods) {
    const binary = method.castTo === 'BinaryAPIResponse';
    let wrapper: Bracketed;
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
      wrapper = callExpr(fn, [`${wrapped}.${method.name}`, cls]);
    } else {
      const fn = `${isAsync ? 'async_' : ''}to_${streaming ? 'streamed' : 'raw'}_response_wrapper`;
      out.importFrom('_response', fn);
      wrapper = callExpr(fn, [`${wrapped}.${method.name}`]);
    }
    // (A line the pragma comment makes too long is Ruff's to lay out: it leaves such comments out of the width.)
    if (method.ir.docs.deprecated !== undefined) {
      lines.push(
        ...layout.statement('        ', `self.${method.name} = `, wrapper, '  # pyright: ignore[reportDeprecated]'),
      );
    } else {
      // One argument a line with a trailing comma, as Stainless writes it (Ruff keeps a magic trailing comma).
      lines.push(
        ...layout.lines(
          `        self.${method.name} = ${wrapper.open}`,
          ...wrapper.items.map((item) => `            ${flatExpr(item)},`),
          `        )`,
        ),
      );
    }
  }
  for (const sub of resource.subresources) {
    // (One blank line between statements of a class body, as Ruff keeps them.)
    if (!layout.enabled || lines[lines.length - 1] !== '') lines.push('');
    lines.push(
      '    @cached_property',
      ...layout.lines(`    def ${sub.attribute}(self) -> ${className(sub, isAsync)}${suffix}:`),
      ...resourceDoc(sub, '        ', layout),
      ...layout.statement(
        '        ',
        'return ',
        callExpr(`${className(sub, isAsync)}${suffix}`, [`self.${field}.${sub.attribute}`]),
      ),
    );
  }
  return lines.join('\n');
}

export { relativeImport };
