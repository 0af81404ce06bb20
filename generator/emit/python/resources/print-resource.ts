/**
 * `resources/**.py`: the sync and async resource classes of one resource, their methods as the runtime contract
 * shapes them, and the raw / streaming response wrappers.
 */
import { nullableStream } from './params-module';
import { printWebhookUnwraps } from './print-webhooks';
import { hasResponseWrappers, wrapperKinds } from './methodless';
import { pyClassName, pytestOptOut } from '../../../naming/python';
import { keywordOnlyPathParams, type PyMethod, type PyParam, type PyResource } from '../types/model';
import type { PythonBuild } from '../types/build-model';
import { requestSecurity } from '../client/credentials';
import { sendsBySecurityOptions } from '../client/print-client-auth';
import { pythonFormsOfEra, type StainlessPythonForms } from '../../../stainless/python-era';
import { transplant } from '../types/build-model';
import { pyString } from '../docs/print-doc';
import { PyModuleBuilder, relativeImport } from '../types/print-types';
import { classDoc, methodDoc, resourceDoc, wrapperPropertyDoc } from './resource-docs';
import { importNamesOf, isJsonLines, rawBinaryBodyAnnotation, requestBody } from './print-request';
import { keywordParams, positionalRawBody } from './raw-body';
import { typesImportWrapped } from './types-import-wrap';
import { wrappedCallDeclaration, wrappedCallLines } from './callable-wrappers';
import { clientImportForTypeCheckers, eagerResourceMembers, eagerSubresource, type EagerMember } from './eager-members';
import { layoutAssignment, layoutDef, layoutReturns, type PrintedModule } from '../py-layout';
import {
  callExpr,
  flatExpr,
  literalExpr,
  OMITTED,
  OMITTED_NOT_GIVEN,
  ResourceLayout,
  type Bracketed,
  type ResourceExpr,
} from './print-resource-layout';

export { checksNonEmpty } from './print-request';

/**
 * The arguments every method ends with (what the request sends besides its params), `NOT_GIVEN` in an older era;
 * then a non-GET method's own idempotency key where the client sends one.
 */
function extraArgs(method: PyMethod, forms: StainlessPythonForms): string[] {
  return [
    '# Headers, query params and body fields beyond the ones this method takes, sent with this request (they win',
    "# over the client's and this method's own), and its timeout in seconds.",
    'extra_headers: Headers | None = None,',
    'extra_query: Query | None = None,',
    'extra_body: Body | None = None,',
    `timeout: float | ${forms.httpxTimeoutArg ? 'httpx.Timeout | ' : ''}None | NotGiven = ${forms.omitSentinels ? 'not_given' : 'NOT_GIVEN'},`,
    ...(method.idempotencyKey ? ['idempotency_key: str | None = None,'] : []),
  ];
}

/**
 * The module in Ruff's layout where its printer knows every line of it; else as written before (flat statements,
 * laid out by Ruff).
 */
export function printResourceModule(
  resource: PyResource,
  build: PythonBuild,
  forms: StainlessPythonForms = pythonFormsOfEra(null),
): PrintedModule {
  const layout = new ResourceLayout(true);
  const { contents, inRuffLayout } = printModule(resource, build, layout, forms);
  if (inRuffLayout && layout.inLayout) return { contents, inRuffLayout: true };
  return { contents: printModule(resource, build, new ResourceLayout(false), forms).contents, inRuffLayout: false };
}

function printModule(
  resource: PyResource,
  build: PythonBuild,
  layout: ResourceLayout,
  forms: StainlessPythonForms,
): PrintedModule {
  const out = new PyModuleBuilder(resource.module, build.index);
  out.oneNameALine = (from, names) =>
    (forms.utilsImportOneNameALine && /^\.+_utils$/.test(from)) ||
    (forms.baseClientImportOneNameALine && /^\.+_base_client$/.test(from)) ||
    typesImportWrapped(resource, from, names, out.moduleOfImportedName);
  if (!forms.modelImportsByModule) out.importThrough = typesPackageOf;
  // (The properties of subresources and of the wrappers are `cached_property`s: a resource of webhook unwraps alone has none;
  // an older era's are set in `__init__`, its wrappers' subresources too.)
  const kinds = wrapperKinds(resource, forms);
  const hasMembers = resource.subresources.length > 0 || kinds.length > 0;
  const wrapperProperties = forms.wrapperProperties && resource.subresources.some(hasResponseWrappers);
  if (hasMembers && (forms.resourceProperties || wrapperProperties)) out.importFrom('_compat', 'cached_property');
  out.importFrom('_resource', 'SyncAPIResource');
  out.importFrom('_resource', 'AsyncAPIResource');
  out.exported.push(resource.className, resource.asyncClassName);
  for (const sub of resource.subresources) {
    // Before RESOURCE_MODULE_IMPORTS_SINCE (the era of the client's `resources` package) Stainless imported a
    // subresource that is a package (`users/sessions/sessions.py`) from the package, wrappers and all, and its two
    // classes again from its module (honcho-python of 2024-10: `from .sessions import (…)` and
    // `from .sessions.sessions import SessionsResource, AsyncSessionsResource`).
    const fromPackage = forms.resourcesPackage && isPackageModule(sub.module);
    const from = fromPackage ? sub.module.replace(/[^/]+$/, '__init__') : sub.module;
    for (const suffix of ['', ...wrapperKinds(sub, forms)]) {
      out.importFrom(from, `${sub.className}${suffix}`);
      out.importFrom(from, `${sub.asyncClassName}${suffix}`);
    }
    if (fromPackage)
      out.importPlain(
        `from ${relativeImport(resource.module, sub.module)} import ${sub.className}, ${sub.asyncClassName}`,
      );
  }
  // The names the methods return first: a params form of the same name (a shared type's) is then the one aliased.
  for (const method of withCall(resource)) {
    if (method.returnsType) out.importFrom(method.returnsType.module, method.returnsType.name);
    if (method.stream?.eventType) out.importFrom(method.stream.eventType.module, method.stream.eventType.name);
  }
  // (A resource the client calls as a method too: its wrappers' `__call__`, callable-wrappers.ts.)
  const parts: string[] = resource.call && kinds.length > 0 ? [wrappedCallDeclaration(out)] : [];
  for (const isAsync of [false, true]) parts.push(printClass(resource, isAsync, out, build, layout, forms));
  // Stainless's order: both raw wrappers (sync, async), then both streaming ones (none for webhook unwraps alone).
  for (const kind of kinds)
    for (const isAsync of [false, true])
      parts.push(printWrapperClass(resource, isAsync, kind === 'WithStreamingResponse', out, layout, forms));
  importRequestNames({ ...resource, methods: withCall(resource) }, out, forms);
  for (const part of parts) out.declare(part);
  const header = hasMembers && !forms.resourceProperties ? clientImportForTypeCheckers(resource, build, out) : [];
  const contents = out.render(header);
  return { contents, inRuffLayout: out.inRuffLayout };
}

/** The resource's methods, after the client's own method it is too (its `__call__`, PyResource.call) when it is one. */
function withCall(resource: PyResource): PyMethod[] {
  return resource.call ? [resource.call, ...resource.methods] : resource.methods;
}

/**
 * What every method's signature and request use, imported only where there are methods (strict checkers flag unused
 * imports); `Omit` only with an optional param or a `stream` overload. An older era spells both `NOT_GIVEN`.
 */
export function importRequestNames(resource: PyResource, out: PyModuleBuilder, forms: StainlessPythonForms): void {
  if (resource.methods.length === 0) return;
  // Only the methods' `timeout` reads httpx.
  if (forms.httpxTimeoutArg) out.importPlain('import httpx');
  const sentinel = forms.omitSentinels ? 'not_given' : 'NOT_GIVEN';
  for (const name of ['Body', 'Query', 'Headers', 'NotGiven', sentinel]) out.importFrom('_types', name);
  out.importFrom('_base_client', 'make_request_options');
  const omits = resource.methods.some(
    (m) => m.params.some((p) => !p.required) || (m.stream !== null && !m.stream.always),
  );
  if (omits && forms.omitSentinels) for (const name of ['Omit', 'omit']) out.importFrom('_types', name);
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
  forms: StainlessPythonForms,
): string {
  const name = className(resource, isAsync);
  const base = isAsync ? 'AsyncAPIResource' : 'SyncAPIResource';
  const lines = [
    ...layout.lines(`class ${name}(${base}):`),
    ...classDoc(resource, layout, forms),
    ...optOut(name, layout),
  ];
  const property = (attr: string, returns: string, value: ResourceExpr, doc: string[] = []) => [
    '    @cached_property',
    ...layout.laidOut(layoutDef('    ', `def ${attr}`, ['self'], returns), `    def ${attr}(self) -> ${returns}:`),
    ...doc,
    ...layout.statement('        ', 'return ', value),
    '',
  ];
  const eager: EagerMember[] = [];
  for (const sub of resource.subresources) {
    const value = callExpr(className(sub, isAsync), ['self._client']);
    if (!forms.resourceProperties)
      eager.push({
        attribute: sub.attribute,
        annotation: className(sub, isAsync),
        value: eagerSubresource(value.open),
      });
    else
      lines.push(
        ...property(sub.attribute, className(sub, isAsync), value, resourceDoc(sub, '        ', layout, forms)),
      );
  }
  for (const kind of wrapperKinds(resource, forms)) {
    const attr = kind === 'WithRawResponse' ? 'with_raw_response' : 'with_streaming_response';
    const doc = !forms.wrapperDocstrings ? [] : wrapperPropertyDoc(kind, build.pkg.repository);
    const value = callExpr(`${name}${kind}`, ['self']);
    if (!forms.resourceProperties) eager.push({ attribute: attr, annotation: `${name}${kind}`, value });
    else lines.push(...property(attr, `${name}${kind}`, value, doc));
  }
  lines.push(...eagerResourceMembers(eager, isAsync, build, layout));
  for (const method of withCall(resource))
    lines.push(...printMethod(method, isAsync, out, build, '    ', layout, forms));
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
  forms: StainlessPythonForms = pythonFormsOfEra(null),
): string[] {
  const omitted = forms.omitSentinels ? OMITTED : OMITTED_NOT_GIVEN;
  const paramsModule = method.paramsType ? build.paramsModules.get(method.paramsType.module)! : null;
  const qualifier = method.paramsType ? `${method.paramsType.module.split('/').pop()}.` : '';
  const annotationOf = (param: PyParam) => {
    // (A raw binary body's annotation differs between the sync and async class: not cached per module.)
    const raw = rawBinaryBodyAnnotation(method, param, forms, isAsync, out);
    if (raw !== null) return raw;
    let known = paramAnnotations.get(out);
    if (!known) paramAnnotations.set(out, (known = new WeakMap()));
    let text = known.get(param);
    if (text === undefined) known.set(param, (text = paramAnnotation(method, param, paramsModule, qualifier, out)));
    return text;
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
  /** The method as its implementation takes and sends its params (an overloaded one's in its own order). */
  let sent = method;
  if (stream) {
    const streamCls = `${out.importFrom('_streaming', isAsync ? 'AsyncStream' : 'Stream')}[${method.stream!.event}]`;
    out.use('overload');
    out.use('Literal');
    // A nullable param takes None for false too (`Optional[Literal[False]]`), as its params TypedDict says.
    const notStreaming = nullableStream(method.ir) ? `${out.use('Optional')}[Literal[False]]` : 'Literal[False]';
    const variants: Array<{ streamArg: string; required: boolean; returns: string }> = [
      { streamArg: `${notStreaming} | ${omitted}`, required: false, returns },
      { streamArg: 'Literal[True]', required: true, returns: streamCls },
      { streamArg: 'bool', required: true, returns: `${returns} | ${streamCls}` },
    ];
    for (const variant of variants) {
      lines.push(`${indent}@overload`, ...deprecated);
      const header = signature(method, isAsync, indent, annotationOf, variant.returns, stream.param!, layout, forms, {
        streamArg: variant.streamArg,
        required: variant.required,
      });
      // The Args list follows the signature: a required stream flag listed after the other required params.
      const documented = variant.required ? streamFlagRequired(method, stream.param!) : method;
      lines.push(...stub(header, methodDoc(documented, indent, layout), indent, layout), '');
    }
    const requiredNames = method.params.filter((p) => p.required && p.name !== stream.param).map((p) => p.name);
    // A call that needs no argument but the stream flag gets no `@required_args` (its first group would pass any call).
    if (requiredNames.length || keywordOnlyPathParams(method).some((p) => !p.clientOption)) {
      out.importFrom('_utils/__init__', 'required_args');
      const groups = [requiredNames, [...requiredNames, stream.param!]].map((names) =>
        requiredArgsGroup(method, names),
      );
      lines.push(...deprecated, ...layout.statement(indent, '@', callExpr('required_args', groups)));
    } else lines.push(...deprecated);
    lines.push(
      ...signature(method, isAsync, indent, annotationOf, `${returns} | ${streamCls}`, stream.param!, layout, forms, {
        streamArg: `${notStreaming} | Literal[True] | ${omitted}`,
        required: false,
      }),
    );
  } else if (method.overloads) {
    // One overload per body variant, with that variant's params; the implementation takes them all.
    out.use('overload');
    const variantMethods = method.overloads.map((only) => {
      const variantParams = only.flatMap(({ name, ...own }) => {
        const param = method.params.find((p) => p.name === name);
        return param ? [{ ...param, ...own }] : [];
      });
      return { ...method, params: variantParams };
    });
    for (const variantMethod of variantMethods) {
      lines.push(`${indent}@overload`, ...deprecated);
      const header = signature(variantMethod, isAsync, indent, annotationOf, returns, null, layout, forms, null);
      lines.push(...stub(header, methodDoc(variantMethod, indent, layout), indent, layout), '');
    }
    sent = implementationOrder(method, variantMethods);
    // Each distinct group once, as Stainless lists them; none at all where no overload requires an argument.
    const names = method.overloads.map((only) =>
      requiredArgsNames(
        method,
        only.filter((p) => p.required).map((p) => p.name),
      ),
    );
    const groups = [...new Map(names.map((group) => [group.join(','), group])).values()];
    if (groups.some((group) => group.length)) {
      out.importFrom('_utils/__init__', 'required_args');
      const written = groups.map((group) =>
        literalExpr(
          '[',
          group.map((n) => pyString(n)),
        ),
      );
      lines.push(...deprecated, ...layout.statement(indent, '@', callExpr('required_args', written)));
    } else lines.push(...deprecated);
    lines.push(...signature(sent, isAsync, indent, annotationOf, returns, null, layout, forms, null, true));
  } else {
    lines.push(...deprecated, ...signature(method, isAsync, indent, annotationOf, returns, null, layout, forms, null));
    lines.push(...methodDoc(method, indent, layout));
  }
  // The operation's own security, in the era's form: none before Stainless's requests named it.
  const bySecurityOptions = sendsBySecurityOptions(build.pkg, forms);
  const security = forms.requestSecurity
    ? requestSecurity(method.ir, build.pkg, bySecurityOptions, bySecurityOptions ? build.apiSecurity : undefined)
    : null;
  lines.push(...requestBody(sent, isAsync, out, indent + '    ', security, layout, forms), '');
  // Only when used: a whole body is sent as given, its params module then unreferenced.
  if (method.paramsType && lines.some((line) => line.includes(qualifier))) out.importModule(method.paramsType.module);
  return lines;
}

/**
 * An overloaded method's params in the order its implementation takes and sends them, as Stainless orders them: each
 * overload's params as its signature lists them (required first), then the next overload's not yet listed, and so on
 * (imagekit's `origins.create`: the S3 variant's `access_key`, `bucket`, `name`, `secret_key`, `type`, then its
 * optional ones, then `endpoint` of the next). A param no overload lists keeps its place after them.
 */
function implementationOrder(method: PyMethod, variantMethods: PyMethod[]): PyMethod {
  const names: string[] = [];
  for (const variant of variantMethods)
    for (const p of [...variant.params.filter((p) => p.required), ...variant.params.filter((p) => !p.required)])
      if (!names.includes(p.name)) names.push(p.name);
  const listed = names.flatMap((name) => method.params.filter((p) => p.name === name));
  return { ...method, params: [...listed, ...method.params.filter((p) => !names.includes(p.name))] };
}

/**
 * One group of `@required_args`: the keyword arguments a call of one overload must give, in alphabetical order, as
 * Stainless lists them: the params named, and the path params taken by keyword (`agent_id` of
 * `turn.create(session_id, *, agent_id, messages)`), but not one a client option fills.
 */
function requiredArgsGroup(method: PyMethod, names: string[]): Bracketed {
  return literalExpr(
    '[',
    requiredArgsNames(method, names).map((n) => pyString(n)),
  );
}

/** The names of requiredArgsGroup's group, sorted. */
function requiredArgsNames(method: PyMethod, names: string[]): string[] {
  const pathNames = keywordOnlyPathParams(method)
    .filter((p) => !p.clientOption)
    .map((p) => p.name);
  return [...new Set([...pathNames, ...names])].sort();
}

/**
 * A param's annotation as a signature writes it: each `Annotated[T, PropertyInfo(...)]` as its `T` (a date-time is
 * `Union[str, datetime]` there). What the metadata says (a date's format) is the params TypedDict's, which the
 * request's values are transformed by.
 */
export function withoutAnnotated(annotation: string): string {
  const at = annotation.indexOf('Annotated[');
  if (at < 0 || /\w$/.test(annotation.slice(0, at))) return annotation;
  const start = at + 'Annotated['.length;
  let depth = 0;
  let firstEnd = -1;
  for (let i = start; i < annotation.length; i++) {
    const c = annotation[i];
    if (c === '"') {
      // (A string literal's text is no bracket: its end is the next quote not escaped.)
      const end = /^"(?:[^"\\]|\\.)*"/.exec(annotation.slice(i));
      if (!end) return annotation;
      i += end[0].length - 1;
    } else if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') {
      if (depth === 0) {
        if (firstEnd < 0) return annotation;
        const inner = annotation.slice(start, firstEnd);
        return `${annotation.slice(0, at)}${withoutAnnotated(inner)}${withoutAnnotated(annotation.slice(i + 1))}`;
      }
      depth--;
    } else if (c === ',' && depth === 0 && firstEnd < 0) firstEnd = i;
  }
  return annotation;
}

/** An overload's signature and body (`...`): Ruff joins a body of `...` alone onto the signature's line. */
function stub(header: string[], doc: string[], indent: string, layout: ResourceLayout): string[] {
  if (doc.length || !layout.enabled) return [...header, ...doc, `${indent}    ...`];
  return [...header.slice(0, -1), ...layout.lines(`${header[header.length - 1]} ...`)];
}

/** `method` with its params in a streaming overload's order, where the stream flag `flag` is required. */
function streamFlagRequired(method: PyMethod, flag: string): PyMethod {
  const isFlag = (p: PyParam) => p.name === flag;
  const params = [
    ...method.params.filter((p) => p.required || isFlag(p)),
    ...method.params.filter((p) => !p.required && !isFlag(p)),
  ];
  return { ...method, params };
}

/**
 * Each param's annotation in the module printing its method, written once: the sync and the async class (and each
 * overload of a streaming method) print the same, and what it names is imported into the module the first time.
 */
const paramAnnotations = new WeakMap<PyModuleBuilder, WeakMap<PyParam, string>>();

function paramAnnotation(
  method: PyMethod,
  param: PyParam,
  paramsModule: PyModuleBuilder | null,
  qualifier: string,
  out: PyModuleBuilder,
): string {
  // A path param a client option fills: None takes the client's value.
  if (method.pathParams.includes(param))
    return `${pathAnnotation(method, param, out)}${param.clientOption ? ' | None = None' : ''}`;
  // With no params module (headers alone), what the annotation names is imported here, as for path params.
  return paramsModule
    ? transplant(withoutAnnotated(param.moduleAnnotation ?? param.annotation), paramsModule, out, qualifier)
    : (plainDateAnnotation(param, out) ?? pathAnnotation(method, param, out));
}

/**
 * A date or date-time param a signature writes outside a params module (a header), as a params module's would be
 * written: `Union[str, datetime]`, with no `PropertyInfo` (the runtime sends a date in ISO 8601).
 */
function plainDateAnnotation({ type }: PyParam, out: PyModuleBuilder): string | null {
  if (type.kind !== 'string' || (type.format !== 'date-time' && type.format !== 'date')) return null;
  return `${out.use('Union')}[str, ${out.dateType(type.format === 'date' ? 'date' : 'datetime')}]`;
}

/**
 * A path param's annotation, written by the module that prints the method (path params are in no params module):
 * what it names is imported there, and an inline object's TypedDict declared there (once: see paramAnnotations).
 */
function pathAnnotation(method: PyMethod, param: PyParam, out: PyModuleBuilder): string {
  return out.annotation(param.type, 'param', `${pyClassName(method.name)}${pyClassName(param.wireName)}`);
}

function returnAnnotation(method: PyMethod, isAsync: boolean, out: PyModuleBuilder): string {
  if (method.page) {
    out.importFrom('pagination', isAsync ? method.page.asyncName : method.page.syncName);
    if (isAsync) out.importFrom('_base_client', 'AsyncPaginator');
  }
  if (method.returnsType) out.importFrom(method.returnsType.module, method.returnsType.name);
  importNamesOf(method.castTo, out);
  importNamesOf(isAsync ? method.asyncReturns : method.returns, out);
  if (method.castTo === 'BinaryAPIResponse')
    out.importFrom('_response', isAsync ? 'AsyncBinaryAPIResponse' : 'BinaryAPIResponse');
  if (isJsonLines(method)) out.importFrom('_decoders/jsonl', isAsync ? 'AsyncJSONLDecoder' : 'JSONLDecoder');
  if (method.stream?.always) out.importFrom('_streaming', isAsync ? 'AsyncStream' : 'Stream');
  if (method.stream?.eventType) out.importFrom(method.stream.eventType.module, method.stream.eventType.name);
  if (method.stream) importNamesOf(method.stream.event, out);
  return isAsync ? method.asyncReturns : method.returns;
}

function signature(
  method: PyMethod,
  isAsync: boolean,
  indent: string,
  annotationOf: (param: PyParam) => string,
  returns: string,
  streamParam: string | null,
  layout: ResourceLayout,
  forms: StainlessPythonForms,
  variant: { streamArg: string; required: boolean } | null,
  inOrder = false,
): string[] {
  const inner = `${indent}    `;
  const omitted = forms.omitSentinels ? OMITTED : OMITTED_NOT_GIVEN;
  const param = (p: PyParam, omittable = false) => layout.parameter(inner, p.name, annotationOf(p), omittable, omitted);
  const args: string[] = [`${inner}self,`];
  for (const p of method.positional) args.push(...param(p));
  // (A raw binary body follows the positional path params, as Stainless's `write_file(self, id, contents, *, …)`.)
  const rawBody = positionalRawBody(method);
  if (rawBody) args.push(...param(rawBody));
  args.push(`${inner}*,`);
  for (const p of keywordOnlyPathParams(method)) args.push(...param(p));
  // The stream flag of a streaming overload keeps its place among the params it is required or optional with.
  const streamLine = () => layout.lines(`${inner}${streamParam}: ${variant!.streamArg},`);
  const isStream = (p: PyParam) => variant !== null && p.name === streamParam;
  const params = keywordParams(method).filter((p) => p.name !== streamParam || variant !== null);
  const placed = params.some(isStream);
  // (An overloaded method's implementation takes its params in implementationOrder's order, required or not.)
  if (inOrder) for (const p of params) args.push(...param(p, !p.required));
  else
    for (const p of params.filter((p) => (isStream(p) ? variant!.required : p.required)))
      args.push(...(isStream(p) ? streamLine() : param(p)));
  if (variant?.required && !placed) args.push(...streamLine());
  if (!inOrder)
    for (const p of params.filter((p) => (isStream(p) ? !variant!.required : !p.required)))
      args.push(...(isStream(p) ? streamLine() : param(p, true)));
  if (variant && !variant.required && !placed) args.push(...streamLine());
  const def = isAsync ? 'async def' : 'def';
  const asyncPage = isAsync && method.page;
  // (Its trailing comma keeps the signature one parameter a line; Ruff leaves the comments' width alone.)
  return [
    ...layout.lines(`${indent}${asyncPage ? 'def' : def} ${method.name}(`),
    ...args,
    ...extraArgs(method, forms).map((arg) => `${inner}${arg}`),
    ...layout.laidOut(layoutReturns(indent, returns), `${indent}) -> ${returns}:`),
  ];
}

function printWrapperClass(
  resource: PyResource,
  isAsync: boolean,
  streaming: boolean,
  out: PyModuleBuilder,
  layout: ResourceLayout,
  forms: StainlessPythonForms,
): string {
  const suffix = streaming ? 'WithStreamingResponse' : 'WithRawResponse';
  const name = `${className(resource, isAsync)}${suffix}`;
  // The wrapped resource's parameter, named as its attribute: a resource named `self` would take the method's own
  // first parameter's name.
  const own = resource.attribute;
  const wrapped = own === 'self' ? 'self_' : own || 'client';
  const field = `_${own || 'client'}`;
  const subWrapper = (sub: PyResource, from: string) =>
    callExpr(`${className(sub, isAsync)}${suffix}`, [`${from}.${sub.attribute}`]);
  // An older era's wrapper sets its subresources' wrappers first, and keeps no resource (but a callable one's).
  const eager = !forms.wrapperProperties;
  const eagerSubs = eager ? resource.subresources.filter(hasResponseWrappers) : [];
  const lines = [
    ...layout.lines(`class ${name}:`),
    ...optOut(name, layout),
    ...layout.laidOut(
      layoutDef('    ', 'def __init__', ['self', `${wrapped}: ${className(resource, isAsync)}`], 'None'),
      `    def __init__(self, ${wrapped}: ${className(resource, isAsync)}) -> None:`,
    ),
    ...(eager && !resource.call
      ? []
      : layout.laidOut(
          layoutAssignment('        ', `self.${field}`, null, wrapped),
          `        self.${field} = ${wrapped}`,
        )),
    ...eagerSubs.flatMap((sub) => layout.statement('        ', `self.${sub.attribute} = `, subWrapper(sub, wrapped))),
    // (A blank line before the methods, where something precedes them.)
    ...(!eager || resource.call || (eagerSubs.length > 0 && resource.methods.length > 0) ? [''] : []),
  ];
  /** The wrapper function of `method` applied to `target` (`namespaces.delete_all`). */
  const wrapperOf = (method: PyMethod, target: string): Bracketed => {
    if (method.castTo === 'BinaryAPIResponse') {
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
      return callExpr(fn, [target, cls]);
    }
    const fn = `${isAsync ? 'async_' : ''}to_${streaming ? 'streamed' : 'raw'}_response_wrapper`;
    out.importFrom('_response', fn);
    return callExpr(fn, [target]);
  };
  for (const method of resource.methods) {
    const wrapper = wrapperOf(method, `${wrapped}.${method.name}`);
    if (method.ir.docs.deprecated !== undefined) {
      // A deprecated method's wrapper in parentheses, the pragma on the assignment and on the method's reference
      // (with the trailing comma inside the comment), as Stainless writes it (writer-python 2025-10 to browserbase's
      // sdk-python 2026-08); Ruff keeps it so (the magic trailing comma, comments out of the width).
      const [first, ...rest] = wrapper.items.map(flatExpr);
      lines.push(
        ...layout.lines(
          `        self.${method.name} = (  # pyright: ignore[reportDeprecated]`,
          `            ${wrapper.open}`,
          `                ${first},  # pyright: ignore[reportDeprecated],`,
          ...rest.map((item) => `                ${item},`),
          `            )`,
          `        )`,
        ),
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
  const call = resource.call;
  if (call)
    lines.push(...wrappedCallLines(resource, className(resource, isAsync), field, (m) => wrapperOf(call, m), layout));
  for (const sub of eager ? [] : resource.subresources.filter(hasResponseWrappers)) {
    // (One blank line between statements of a class body, as Ruff keeps them.)
    if (!layout.enabled || lines[lines.length - 1] !== '') lines.push('');
    lines.push(
      '    @cached_property',
      ...layout.laidOut(
        layoutDef('    ', `def ${sub.attribute}`, ['self'], `${className(sub, isAsync)}${suffix}`),
        `    def ${sub.attribute}(self) -> ${className(sub, isAsync)}${suffix}:`,
      ),
      ...resourceDoc(sub, '        ', layout, forms),
      ...layout.statement('        ', 'return ', subWrapper(sub, `self.${field}`)),
    );
  }
  return lines.join('\n');
}

/**
 * The package of a module of `types/` (`types/servers/action_list_response` → `types/servers/__init__`), whose
 * `__init__.py` re-exports its names (a shared model's: `types/shared/__init__`); null for a shared params type
 * (`types/shared_params/…`), imported as before.
 */
function typesPackageOf(module: string): string | null {
  const parts = module.split('/');
  if (parts[0] !== 'types' || parts.length < 2 || parts[parts.length - 1] === '__init__') return null;
  if (parts[1] === 'shared_params') return null;
  if (parts[1] === 'shared') return 'types/shared/__init__';
  return [...parts.slice(0, -1), '__init__'].join('/');
}

/** A resource module that is its package's own (`resources/users/users`: the resource has subresources). */
function isPackageModule(module: string): boolean {
  const [name, folder] = module.split('/').reverse();
  return name === folder;
}

export { relativeImport };
