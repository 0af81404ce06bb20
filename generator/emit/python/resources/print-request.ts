/**
 * The statements of a resource method's body: the client-filled and non-empty checks of its params, its headers, the
 * body, files and query it sends, and the request call (`self._get(...)`, a page's `self._get_api_list(...)`).
 */
import { streamSplitField, streamSplitNames } from './params-module';
import { pyString } from '../docs/print-doc';
import { fieldWrapperClass } from './field-wrappers';
import { literalPrefix, operationUrl } from '../client/operation-servers';
import { clientQueryParamGetter } from '../client/query-key-getter';
import type { PyMethod, PyParam } from '../types/model';
import { clientPathParamGetter } from '../types/model';
import type { PyModuleBuilder } from '../types/print-types';
import { pythonFormsOfEra, type StainlessPythonForms } from '../../../stainless/python-era';
import { sendsRawBody } from './raw-body';
import {
  callExpr,
  explodedDictExpr,
  flatExpr,
  literalExpr,
  type Bracketed,
  type ResourceExpr,
  type ResourceLayout,
} from './print-resource-layout';

/** The params type a call's values are transformed as: a split params module's by the stream param's value. */
function transformType(method: PyMethod, paramsType: NonNullable<PyMethod['paramsType']>): string {
  const module = paramsType.module.split('/').pop();
  if (!method.stream?.param || !streamSplitField(method.ir)) return `${module}.${paramsType.name}`;
  const { streaming, nonStreaming } = streamSplitNames(paramsType.name);
  return `${module}.${streaming} if ${method.stream.param} else ${module}.${nonStreaming}`;
}

/** Whether the method returns a JSON Lines body a line at a time (`JSONLDecoder[T]`, method-response.ts). */
export function isJsonLines(method: PyMethod): boolean {
  return method.castTo.startsWith('JSONLDecoder[');
}

/** `typing` names a printed annotation uses (the model side's, built in a scratch module). */
export function importNamesOf(text: string, out: PyModuleBuilder): void {
  for (const name of ['Dict', 'List', 'Union', 'Optional', 'Any', 'cast', 'Literal', 'Annotated'])
    if (new RegExp(`\\b${name}\\b`).test(text)) out.use(name);
  if (/\bNoneType\b/.test(text)) out.importFrom('_types', 'NoneType');
  if (/\bPropertyInfo\b/.test(text)) out.importFrom('_utils/__init__', 'PropertyInfo');
}

export function requestBody(
  method: PyMethod,
  isAsync: boolean,
  out: PyModuleBuilder,
  indent: string,
  security: string | null,
  layout: ResourceLayout,
  forms: StainlessPythonForms = pythonFormsOfEra(null),
): string[] {
  const lines: string[] = [];
  // An argument left out, as the era spells it (`omit`, and `not_given` for a value; before, `NOT_GIVEN` both).
  const [omitted, notGiven] = forms.omitSentinels ? ['omit', 'not_given'] : ['NOT_GIVEN', 'NOT_GIVEN'];
  // A param a client option fills in: the client's value where the call leaves it out (and the client has one); a
  // query param's from the client's getter, into a local of its own (`client_region`), as Stainless's.
  const taken = new Set([...method.pathParams, ...method.params].map((p) => p.name));
  for (const param of method.params) {
    if (!param.clientOption) continue;
    if (param.in === 'query') {
      let local = `client_${param.name}`;
      while (taken.has(local)) local += '_';
      taken.add(local);
      out.importFrom('_utils/__init__', 'is_given');
      lines.push(
        ...layout.lines(`${indent}${local} = self._client.${clientQueryParamGetter(param.clientOption)}()`),
        ...layout.lines(`${indent}if not is_given(${param.name}) and ${local} is not None:`),
        ...layout.lines(`${indent}    ${param.name} = ${local}`),
      );
      continue;
    }
    const option = `self._client.${param.clientOption}`;
    lines.push(
      ...layout.lines(`${indent}if ${param.name} is ${omitted} and ${option} is not None:`),
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
  // (Before the era's EMPTY_PATH_PARAM_CHECKS_SINCE, an empty path param went into the URL unchecked.)
  for (const param of forms.emptyPathParamChecks ? method.pathParams : []) {
    if (!raisesForEmpty(param)) continue;
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
  // The params a request sends in its body or query, as Stainless writes them: one a line when there are several.
  const paramsDict = (params: PyParam[]) => explodedDictExpr(params.map((p) => `${pyString(p.key)}: ${p.name}`));
  const headerParams = byLocation('header');
  // The fixed headers (Accept, a body's Content-Type), then the header and cookie params, each in a statement of its
  // own as Stainless writes them (openai-python's `responses.delete`), where an owner's edit of one lands.
  const fixedHeaderParts: ResourceExpr[] = [];
  const paramHeaderParts: ResourceExpr[] = [];
  const fixedNames = new Set<string>();
  const fixedHeader = (name: string, value: string) => {
    fixedNames.add(name.toLowerCase());
    fixedHeaderParts.push(`${pyString(name)}: ${pyString(value)}`);
  };
  if (method.accept) fixedHeader('Accept', method.accept);
  const encoding = method.ir.body?.encoding;
  // A form's Content-Type is set after its body and files are read, as Stainless writes it (below); a form without
  // body params sets it here with the other headers.
  const formAfterFiles = encoding === 'multipart' && byLocation('body').length > 0;
  if (encoding === 'multipart' && !formAfterFiles) fixedHeader('Content-Type', 'multipart/form-data');
  // The runtime encodes a body by its Content-Type (JSON unless told): a form, bytes or text say theirs. Not where a
  // required `Content-Type` header param says it (writer's `files.upload`; Stainless's of 2025-12 writes the param
  // alone): the caller always gives it, and a fixed key beside it would repeat the dict's key. An optional one keeps
  // the fixed value as its default (the param's entry comes after it and wins when given).
  else if (
    (encoding === 'form' || encoding === 'binary' || encoding === 'text') &&
    !headerParams.some((p) => p.required && p.wireName.toLowerCase() === 'content-type')
  )
    fixedHeader('Content-Type', method.ir.body!.contentType);
  // Header params exploded by the spec are written so by `header_params`; the others when the request is sent.
  const explodedHeaders = headerParams.filter((p) => p.style?.explode);
  const byWireName = (p: PyParam) => p.wireName;
  if (headerParams.length && explodedHeaders.length) {
    out.importFrom('_qs', 'header_params');
    const names = explodedHeaders.map((p) => pyString(p.wireName)).join(', ');
    const exploded = `exploded=(${names}${explodedHeaders.length === 1 ? ',' : ''})`;
    paramHeaderParts.push(callExpr('**header_params', [dict(headerParams, byWireName), exploded]));
  } else if (headerParams.length && headerParams.every((p) => p.required)) {
    // Every header param required: each entry as it is, no `strip_not_given`, as Stainless's (conductor's
    // `{"Conductor-End-User-Id": conductor_end_user_id, **(extra_headers or {})}`); a number or boolean as text, as
    // `Headers` holds only strings (writer's `Content-Length: int`).
    paramHeaderParts.push(
      ...headerParams.map(
        (p) =>
          `${pyString(p.wireName)}: ${arrayHeader(p) ? joinedHeader(p) : scalarNotString(p) ? headerText(p) : p.name}`,
      ),
    );
  } else if (headerParams.length) {
    out.importFrom('_utils/__init__', 'strip_not_given');
    // A header of string values (an enum) or of a number or boolean given as text, as Stainless's write it (embed's
    // `"retries": str(retries) if is_given(retries) else NOT_GIVEN`); the runtime sends others as given.
    // An array comma-joined, as Stainless's (anthropic's `",".join(str(e) for e in betas) if is_given(betas) else …`).
    const value = (p: PyParam) => {
      if (!oneOfStrings(p) && !scalarNotString(p) && !arrayHeader(p)) return p.name;
      out.importFrom('_utils/__init__', 'is_given');
      const text = arrayHeader(p) ? joinedHeader(p) : oneOfStrings(p) ? `str(${p.name})` : headerText(p);
      return `${text} if is_given(${p.name}) else ${notGiven}`;
    };
    const headers = literalExpr(
      '{',
      headerParams.map((p) => `${pyString(p.wireName)}: ${value(p)}`),
    );
    paramHeaderParts.push(callExpr('**strip_not_given', [headers]));
  }
  const cookieParams = byLocation('cookie');
  if (cookieParams.length) {
    // One Cookie header from the cookie params given (the runtime writes each in the form style; an exploded array
    // or object as cookies of their own).
    out.importFrom('_qs', 'cookie_header');
    const exploded = cookieParams.filter((p) => p.style?.explode).map((p) => pyString(p.wireName));
    const explodedArg = exploded.length ? [`exploded=(${exploded.join(', ')}${exploded.length === 1 ? ',' : ''})`] : [];
    paramHeaderParts.push(callExpr('**cookie_header', [dict(cookieParams, byWireName), ...explodedArg]));
  }
  // A header param named as a fixed header keeps one dict, the param's entry after the fixed one: given, it wins.
  const oneDict = headerParams.some((p) => fixedNames.has(p.wireName.toLowerCase()));
  const headerStatements = oneDict
    ? [[...fixedHeaderParts, ...paramHeaderParts]]
    : [fixedHeaderParts, paramHeaderParts];
  // A form's Content-Type joins the headers set before it only after the method's own fixed headers: the Accept of a
  // method that reads no body (cartesia-python's `datasets.files.upload`). After the Accept of a body it reads
  // (`tts.infill`'s `audio/wav`) or header params alone (letta-python's `agents.import_file`) it is a dict of its own.
  const joinsHeaders = method.accept !== null && method.returns === 'None';
  // A method's own timeout comes first, its headers after, as Stainless orders them (anthropic's beta `messages.create`).
  lines.push(...methodTimeout(method, out, indent, layout));
  for (const parts of headerStatements.filter((group) => group.length))
    lines.push(
      ...layout.statement(indent, 'extra_headers = ', literalExpr('{', [...parts, '**(extra_headers or {})'])),
    );
  const transform = isAsync && forms.asyncTransforms ? 'await async_maybe_transform' : 'maybe_transform';
  const paramsClass = method.paramsType ? transformType(method, method.paramsType) : 'object';
  const bodyParams = byLocation('body');
  /** The body argument, its transform yet to be named (a page call's is never awaited). */
  let bodyArg: ((transform: string) => ResourceExpr) | null = null;
  let filesArg: string | null = null;
  if (bodyParams.length) {
    const whole = method.ir.body?.shape === 'whole';
    const bodyValue = whole ? bodyParams[0].name : paramsDict(bodyParams);
    // A form whose fields have styles of their own or `allowReserved` (OpenAPI's `encoding`) goes out as
    // `styled_form(<transformed>, styles=…, reserved=…)`, which the client writes field by field.
    const formBody = method.ir.body;
    const styledForm: ResourceExpr[] | null =
      formBody?.encoding === 'form' && (formBody.partStyles || formBody.reservedParts) ? [] : null;
    if (styledForm && formBody?.partStyles)
      styledForm.push(
        literalExpr(
          '{',
          Object.entries(formBody.partStyles).map(
            ([k, v]) => `${pyString(k)}: (${pyString(v.style)}, ${v.explode ? 'True' : 'False'})`,
          ),
          'styles=',
        ),
      );
    const reserved = formBody?.reservedParts ?? [];
    // (A tuple of one needs its comma.)
    if (styledForm && reserved.length)
      styledForm.push(`reserved=(${reserved.map(pyString).join(', ')}${reserved.length === 1 ? ',' : ''})`);
    if (styledForm) out.importFrom('_qs', 'styled_form');
    const formArg = (fn: string, expected: string): ResourceExpr =>
      callExpr('body=styled_form', [callExpr(fn, [bodyValue, expected]), ...styledForm!]);
    if (method.ir.body?.encoding === 'multipart') {
      // (From DEEPCOPY_WITH_PATHS_SINCE, only the containers on the files' paths are copied.)
      if (forms.deepcopyWithPaths) out.importFrom('_files', 'deepcopy_with_paths');
      else out.importFrom('_utils/__init__', 'deepcopy_minimal');
      out.importFrom('_utils/__init__', 'extract_files');
      out.use('Mapping');
      out.use('cast');
      // The locals must not rebind a param of the same name (`files`, `body`), whose declared type differs.
      const paramNames = new Set([...method.pathParams, ...method.params].map((p) => p.name));
      const local = (name: string): string => (paramNames.has(name) ? local(`${name}_`) : name);
      const [bodyLocal, filesLocal] = [local('body'), local('files')];
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
      const copied = forms.deepcopyWithPaths
        ? callExpr('deepcopy_with_paths', [bodyValue, { ...paths, open: '[' }])
        : callExpr('deepcopy_minimal', [bodyValue]);
      lines.push(...layout.statement(indent, `${bodyLocal} = `, copied));
      // A param named `object` shadows the builtin in the method's body.
      const value = paramNames.has('object') ? out.use('Any') : 'object';
      const mapping = callExpr('cast', [`Mapping[str, ${value}]`, bodyLocal]);
      lines.push(...layout.statement(indent, `${filesLocal} = `, callExpr('extract_files', [mapping, paths])));
      // (Into the headers already set, or a dict of its own, as Stainless's (`joinsHeaders`): `body =` first, where
      // edits anchor; a comment on the header's final form before it, where Stainless's SDKs have theirs.)
      lines.push(
        ...layout.lines(
          `${indent}# httpx adds the boundary it picks between the parts to this header when it sends, e.g.`,
          `${indent}# multipart/form-data; boundary=---abc--`,
          joinsHeaders
            ? `${indent}extra_headers["Content-Type"] = "multipart/form-data"`
            : `${indent}extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}`,
        ),
      );
      // Parts the spec's `encoding` sends its own way (JSON parts, arrays repeating the field's name) move from the
      // transformed body into the files (`multipart_parts` extends them before `files=` is read).
      const wireLists = [
        ['json_parts', method.ir.body.jsonParts],
        ['repeat_parts', method.ir.body.repeatParts ?? []],
      ] as const;
      const partArgs = wireLists
        .filter(([, names]) => names.length > 0)
        .map(([kw, names]) =>
          literalExpr(
            '[',
            names.map((n) => pyString(n)),
            `${kw}=`,
          ),
        );
      const styles = method.ir.body.partStyles;
      if (styles)
        partArgs.push(
          literalExpr(
            '{',
            Object.entries(styles).map(
              ([k, v]) => `${pyString(k)}: (${pyString(v.style)}, ${v.explode ? 'True' : 'False'})`,
            ),
            'part_styles=',
          ),
        );
      const types = method.ir.body.partContentTypes;
      if (types)
        partArgs.push(
          literalExpr(
            '{',
            Object.entries(types).map(([k, v]) => `${pyString(k)}: ${pyString(v)}`),
            'part_content_types=',
          ),
        );
      if (partArgs.length > 0) out.importFrom('_files', 'multipart_parts');
      bodyArg = (fn) =>
        partArgs.length > 0
          ? callExpr('body=multipart_parts', [callExpr(fn, [bodyLocal, paramsClass]), filesLocal, ...partArgs])
          : callExpr(`body=${fn}`, [bodyLocal, paramsClass]);
      filesArg = filesLocal;
    } else if (whole) {
      // A JSON or form body's keys still need their aliases and its dates their formats; raw bytes or text do not.
      const encoding = method.ir.body?.encoding;
      // An untyped body, or a map's (`Dict[str, object]`), is transformed as its params type, as Stainless prints it
      // (embed's `proxy_delete_params.ProxyDeleteParams`, papr's, honcho's); an array or a scalar as its annotation.
      const expected =
        bodyParams[0].annotation === 'object' || isMap(bodyParams[0].type) ? paramsClass : bodyParams[0].annotation;
      // Raw bytes go as `content=`, a path read first: the runtime warns of bytes passed as `body=`. Before
      // Stainless's `content=` its SDKs read a file into the body, and before that sent it through the params'
      // transform (python-body-era.ts, RAW_CONTENT_ARG_SINCE); the runtime sends a file given as the body as its
      // bytes, by the Content-Type above, and an optional one left out (`omit`) as none.
      const binaryForm = encoding !== 'binary' || method.page ? null : binaryBodyForm(method, forms);
      const raw = binaryForm === 'content' ? 'content' : 'body';
      const value = flatExpr(bodyValue);
      const read = `${isAsync ? 'await async_' : ''}read_file_content(${value})`;
      const rawValue = binaryForm === 'content' ? `${read} if isinstance(${value}, os.PathLike) else ${value}` : value;
      if (binaryForm === 'content') out.importPlain('import os');
      if (binaryForm === 'read' || binaryForm === 'content')
        out.importFrom('_files', isAsync ? 'async_read_file_content' : 'read_file_content');
      bodyArg = (fn) =>
        styledForm
          ? formArg(fn, expected)
          : encoding === 'json' || encoding === 'form' || binaryForm === 'transform'
            ? callExpr(`body=${fn}`, [bodyValue, binaryForm === 'transform' ? paramsClass : expected])
            : binaryForm === 'read'
              ? `body=${read}`
              : `${raw}=${rawValue}`;
    } else bodyArg = (fn) => (styledForm ? formArg(fn, paramsClass) : callExpr(`body=${fn}`, [bodyValue, paramsClass]));
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
    if (method.idempotencyKey) args.push('idempotency_key=idempotency_key');
    const maxRetries = method.ir.requestDefaults?.maxRetries ?? null;
    if (maxRetries !== null) {
      // The method's retries stand in for the package's default alone: a client given its own keeps them.
      out.importFrom('_constants', 'DEFAULT_MAX_RETRIES');
      args.push(`max_retries=${maxRetries} if self._client.max_retries == DEFAULT_MAX_RETRIES else None`);
    }
    if (queryParams.length)
      args.push(styledQuery(queryParams, callExpr(fn, [paramsDict(queryParams), paramsClass]), out));
    if (method.unwrap !== null && !method.page)
      args.push(
        `post_parser=${wrapper ? `${wrapper}[${castTo}]._unwrapper` : `field_unwrapper(${pyString(method.unwrap)})`}`,
      );
    // The schemes the operation accepts, where not the client's credentials as configured (last, as Stainless's).
    if (security !== null) args.push(`security=${security}`);
    return args;
  };
  const castTo =
    isAsync && (method.castTo === 'BinaryAPIResponse' || isJsonLines(method)) ? `Async${method.castTo}` : method.castTo;
  // A method returning one field of the body: its wrapper model (field-wrappers.ts), named types only.
  const wrapper =
    method.unwrap !== null && !method.page && /^[\w.]+$/.test(castTo) ? fieldWrapperClass(method.unwrap) : null;
  let wrappedCastTo = castTo;
  if (wrapper) {
    out.importFrom('_wrappers', wrapper);
    out.use('Type');
    out.use('cast');
    wrappedCastTo = `cast(Type[${castTo}], ${wrapper}[${castTo}])`;
  } else if (method.unwrap !== null && !method.page) {
    out.importFrom('_wrappers', 'field_wrapper');
    out.importFrom('_wrappers', 'field_unwrapper');
    wrappedCastTo = `field_wrapper(${pyString(method.unwrap)}, ${castTo})`;
  }
  // (Before `path_template`, an f-string of the params as they are.)
  const pathOf = (m: PyMethod): ResourceExpr => (forms.pathTemplate ? pyPathExpr(m, out) : pyPathString(m.pythonPath));
  // An operation on a server of its own: that server's URL unless the client's base URL was set (operation-servers.ts).
  const url = method.ir.defaultBaseUrl
    ? operationUrl(method, flatExpr(pathOf(method)), (server) =>
        flatExpr(pathOf({ ...method, pythonPath: literalPrefix(server) + method.pythonPath })),
      )
    : pathOf(method);
  const call: ResourceExpr[] = [url];
  if (method.page) {
    call.push(`page=${isAsync ? method.page.asyncName : method.page.syncName}[${method.page.item}]`);
    if (bodyArg) call.push(bodyArg('maybe_transform'));
    if (bodyArg && isAsync) out.importFrom('_utils/__init__', 'maybe_transform');
    call.push(callExpr('options=make_request_options', options('maybe_transform')));
    if (isAsync && queryParams.length) out.importFrom('_utils/__init__', 'maybe_transform');
    const model = `model=${method.page.model}`;
    call.push(model);
    importNamesOf(method.page.model, out);
    if (method.http !== 'get') call.push(`method=${pyString(method.http)}`);
    const listCall = callExpr('self._get_api_list', call);
    return importTransforms(
      [
        ...lines,
        ...(throughAny(method.page.model)
          ? layout.statementWithComment(indent, 'return ', { ...listCall, magic: true }, model, CAST_ANY_NOTE)
          : layout.statement(indent, 'return ', listCall)),
      ],
      out,
    );
  }
  if (bodyArg) call.push(bodyArg(transform));
  if (filesArg) call.push(`files=${filesArg}`);
  call.push(callExpr('options=make_request_options', options(transform)));
  const castArg = `cast_to=${wrappedCastTo}`;
  call.push(castArg);
  if (method.stream) {
    const cls = `${isAsync ? 'AsyncStream' : 'Stream'}[${method.stream.event}]`;
    call.push(method.stream.always ? 'stream=True' : `stream=${method.stream.param} or False`, `stream_cls=${cls}`);
  }
  // A JSON Lines body is read as it arrives: its decoder is the stream, no stream class.
  if (isJsonLines(method)) call.push('stream=True');
  // The client's verbs, the resource's `_options` and `_query`; any other method a spec names (3.2's
  // `additionalOperations`: COPY, LINK) goes through the resource's `_send`, the method its first argument.
  const own = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'query'].includes(method.http);
  const verb = own ? method.http : 'send';
  if (!own) call.unshift(pyString(method.http));
  // A note beside a type given through Any splits the call around it, one argument a line.
  const noted = throughAny(wrappedCastTo);
  const request: Bracketed = callExpr(`${isAsync ? 'await ' : ''}self._${verb}`, call);
  if (noted) request.magic = true;
  let statement: ResourceExpr = request;
  if (method.castTo.startsWith('cast(Any,') && !method.stream) {
    // `cast_to=cast(Any, ...)` makes the request return Any: give the result its declared type back.
    out.use('cast');
    statement = callExpr('cast', [isAsync ? method.asyncReturns : method.returns, request]);
  }
  return importTransforms(
    [
      ...lines,
      ...(noted
        ? layout.statementWithComment(indent, 'return ', statement, castArg, CAST_ANY_NOTE)
        : layout.statement(indent, 'return ', statement)),
    ],
    out,
  );
}

/**
 * The comment after a `type[T]` argument (`cast_to=`, a page's `model=`) given through `cast(Any, …)`, where
 * Stainless's SDKs write a comment of theirs: ours says why in our own words, of the same width, so that Ruff splits
 * the line where it splits Stainless's.
 */
export const CAST_ANY_NOTE = '  # type[T] takes classes, not this alias: it goes through Any here';

/** A `type[T]` argument's value given through Any (`cast(Any, Item)`). */
function throughAny(value: string): boolean {
  return value.startsWith('cast(Any, ');
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

/**
 * Whether Stainless's tests check that the method raises `ValueError` for the path param empty (a string: no other
 * value is empty text).
 */
export function checksNonEmpty(param: PyParam): boolean {
  return param.type.kind === 'string';
}

/** Whether the method raises `ValueError` for the path param empty: a string, or one of string values as Stainless's. */
function raisesForEmpty(param: PyParam): boolean {
  return checksNonEmpty(param) || oneOfStrings(param);
}

/** A header value as text: a boolean as JSON's `true`/`false` (`str()` would give Python's `True`). */
function headerText(p: PyParam): string {
  return p.type.kind === 'boolean' ? `("true" if ${p.name} else "false")` : `str(${p.name})`;
}

/**
 * A header param of an array (`betas: List[AnthropicBetaParam]`): `Headers` holds only strings, and OpenAPI's `simple`
 * style (a header's only one) sends the items comma-joined.
 */
function arrayHeader({ type }: PyParam): boolean {
  return type.kind === 'array';
}

/** An array header's value as Stainless's SDKs write it: `",".join(str(e) for e in betas)`. */
function joinedHeader(p: PyParam): string {
  return `",".join(str(e) for e in ${p.name})`;
}

/** A param whose type is a number, an integer or a boolean, or an enum or literal of numbers: `Headers` takes none. */
function scalarNotString({ type }: PyParam): boolean {
  if (type.kind === 'number' || type.kind === 'integer' || type.kind === 'boolean') return true;
  if (type.kind === 'enum') return type.values.every((value) => typeof value === 'number');
  return type.kind === 'literal' && typeof type.value === 'number';
}

/** A param whose type is an enum of strings, or one string literal. */
function oneOfStrings({ type }: PyParam): boolean {
  if (type.kind === 'enum') return type.values.every((value) => typeof value === 'string');
  return type.kind === 'literal' && typeof type.value === 'string';
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

/**
 * A method's own timeout (a Stainless config's `default_request_options.timeout`), in seconds: it stands in for the
 * package's default alone, so that a timeout given to the call, or to the client, wins.
 */
function methodTimeout(method: PyMethod, out: PyModuleBuilder, indent: string, layout: ResourceLayout): string[] {
  const ms = method.ir.requestDefaults?.timeoutMs ?? null;
  if (ms === null) return [];
  out.importFrom('_utils/__init__', 'is_given');
  out.importFrom('_constants', 'DEFAULT_TIMEOUT');
  const seconds = ms / 1000;
  return [
    ...layout.lines(`${indent}if not is_given(timeout) and self._client.timeout == DEFAULT_TIMEOUT:`),
    // (Whole seconds as an int, as Stainless writes them: anthropic's `timeout = 600`, lithic's `timeout = 300`.)
    ...layout.lines(`${indent}    timeout = ${String(seconds)}`),
  ];
}

/**
 * How a raw binary body is passed, by Stainless's era (python-era.ts): as `content=`; read into the body,
 * `body=read_file_content(x)`; or through the params' transform, `body=maybe_transform(x, …Params)`, which Stainless
 * wrote before its runtime sent raw bodies (a `text/*` one for longer). sdkgen's runtime sends each as the file's bytes.
 */
export function binaryBodyForm(method: PyMethod, forms: StainlessPythonForms): 'content' | 'read' | 'transform' {
  if (!sendsRawBody(method.ir.body!.contentType, forms)) return 'transform';
  return forms.rawContentArg ? 'content' : 'read';
}

/** A map (an object of additional properties alone), or nothing known: a whole body its params type transforms. */
/**
 * The annotation of a raw binary body sent whole, as Stainless's call of the era takes it: `FileContent` where it is
 * `body=read_file_content(x)` (the function's parameter), `FileContent | BinaryTypes` (`AsyncBinaryTypes` in async)
 * where it is `content=`; null where the body goes through the params' transform (its `FileTypes`) or is no raw one.
 */
export function rawBinaryBodyAnnotation(
  method: PyMethod,
  param: PyParam,
  forms: StainlessPythonForms,
  isAsync: boolean,
  out: PyModuleBuilder,
): string | null {
  const body = method.ir.body;
  if (param.in !== 'body' || body?.shape !== 'whole' || body.encoding !== 'binary' || method.page) return null;
  const form = binaryBodyForm(method, forms);
  if (form === 'transform') return null;
  const content = out.importFrom('_types', 'FileContent');
  if (form === 'read') return content;
  return `${content} | ${out.importFrom('_types', isAsync ? 'AsyncBinaryTypes' : 'BinaryTypes')}`;
}

function isMap(type: PyParam['type']): boolean {
  return (
    type.kind === 'unknown' ||
    type.kind === 'any' ||
    (type.kind === 'object' && type.properties.length === 0 && type.additional !== null)
  );
}
