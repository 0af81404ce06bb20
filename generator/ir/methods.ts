/**
 * Operations placed in the resource tree → resources and their methods (structure, before any type is named).
 */
import { docsOf, NO_DOCS, sourceOf } from './build-schema';
import type { BuildState } from './context';
import { readBody, isCookieValue, keysFromSample, paramSchema, readParam } from './params';
import { detectPagination } from './pagination';
import type { Placement } from './resource-tree';
import { isFreeFormObject, pageScheme, readResponses, stainlessPagination, streamCondition, unwrapField } from './responses';
import type { Method, Param, TypeRef } from './types';

/** A method being built, before names are final. */
export interface PendingMethod {
  placement: Placement;
  resourceKey: string;
  method: Omit<Method, 'functionName'>;
  /** Synthetic type ids this method registered (params/response), to name them after the resource. */
  paramsKey: string | null;
  /** Inline-object namespaces of params fields. */
}

export interface PendingResource {
  key: string;
  path: string[];
  methods: PendingMethod[];
  children: string[];
  order: number;
}

export function resourceAt(ctx: BuildState, path: string[]): PendingResource {
  let parent: PendingResource | null = null;
  for (let i = 1; i <= path.length; i++) {
    const key = path.slice(0, i).join('.');
    let resource = ctx.resources.get(key);
    if (!resource) {
      resource = { key, path: path.slice(0, i), methods: [], children: [], order: ctx.order++ };
      ctx.resources.set(key, resource);
      if (parent) parent.children.push(key);
    }
    parent = resource;
  }
  return parent!;
}

export function buildMethod(ctx: BuildState, placement: Placement, resource: PendingResource): PendingMethod | null {
  const op = placement.op;
  let source = sourceOf(op.loc);
  const templateVars = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  let broken = false;
  for (const name of templateVars) {
    if (!pathParams.some((p) => p.name === name)) {
      ctx.diags.error(
        'undeclared-path-parameter',
        op.loc.doc.file,
        op.loc.pointer,
        `path ${op.path} uses {${name}} but the operation declares no path parameter "${name}"`,
        `add a parameter { name: ${name}, in: path, required: true } to the operation or its path item`,
      );
      broken = true;
    }
  }
  for (const p of pathParams) {
    if (!templateVars.includes(p.name)) {
      ctx.diags.error(
        'unused-path-parameter',
        p.loc.doc.file,
        p.loc.pointer,
        `path parameter "${p.name}" does not appear in the path ${op.path}`,
        `rename it to one of: ${templateVars.map((v) => `{${v}}`).join(', ') || '(the path has no variables)'}, or remove it`,
      );
      broken = true;
    }
  }
  if (broken) return null;

  // Path parameters in template order; the last ones are positional, as many as the call shape says (a sample's
  // `retrieve('msg_1', 'att_1')` takes two, in path order).
  const orderedPath = templateVars.map((v) => pathParams.find((p) => p.name === v)!);
  // Legacy Stainless SDKs (`targets.node`) take every path parameter positionally: items.delete(conversationId, itemId).
  const allPositional = placement.stainless !== undefined && ctx.stainless?.legacy === true;
  const positionalCount =
    allPositional && placement.positional > 0 ? orderedPath.length : Math.min(placement.positional, orderedPath.length);
  const positionalRaw = orderedPath.slice(orderedPath.length - positionalCount);
  const locals = new Set([
    'params',
    'options',
    'body',
    'query',
    'headers',
    'path',
    'cookieHeader',
    'stringifyQuery',
    'client',
    'this',
  ]);
  const positional: Param[] = positionalRaw.map((p) => readParam(ctx, p, locals, true));

  const fields: Param[] = [];
  const keys = new Set<string>();
  const addField = (param: Param) => {
    if (keys.has(param.key)) {
      const renamed = `${param.key}_${param.in}`;
      ctx.diags.warn(
        'parameter-name-collision',
        op.loc.doc.file,
        op.loc.pointer,
        `${op.http.toUpperCase()} ${op.path}: two parameters are called "${param.key}"; the ${param.in} one is "${renamed}" in the SDK (still sent as "${param.wireName}")`,
        'rename one of them, or set x-stainless-param on the parameter',
      );
      param.key = renamed;
    }
    keys.add(param.key);
    fields.push(param);
  };
  for (const p of orderedPath.slice(0, orderedPath.length - positionalRaw.length))
    addField(readParam(ctx, p, locals, false));
  for (const p of op.parameters) {
    if (p.in === 'query' || p.in === 'header') addField(readParam(ctx, p, locals, false));
    else if (p.in === 'cookie') {
      const param = readParam(ctx, p, locals, false);
      if (isCookieValue(ctx, param.type, new Set())) addField(param);
      else {
        locals.delete(param.local);
        ctx.diags.warn(
          'unsupported-cookie-type',
          p.loc.doc.file,
          p.loc.pointer,
          `cookie parameter ${JSON.stringify(p.name)} is an array or an object: the SDK only sends strings, numbers and booleans as cookies, so it is left out`,
          'give it a string, number or boolean schema, or send the cookie yourself with the `headers` request option (Cookie)',
        );
      }
    }
  }

  const body = readBody(ctx, op, locals, addField, placement.stainless?.bodyParamName ?? null);
  if (!ctx.stainless && op.sample) keysFromSample(ctx, op.sample.paramKeys, fields);
  const responses = readResponses(ctx, op);

  // Pagination: a GET whose body has items and page info, matched to the query parameters. With a Stainless
  // config, only its schemes page, and only where the method does not say `paginated: false`.
  let pagination: Method['pagination'] = null;
  if (ctx.stainless) {
    if (placement.stainless?.paginated !== false && responses.successSchema)
      pagination = stainlessPagination(ctx, op, responses.successSchema, placement.stainless?.paginated ?? null);
  } else if ((op.http === 'get' || op.sample?.paginated) && responses.successSchema) {
    // A GET pages when its shape says so; any method a sample iterates (`for await … of client.a.list()`) too.
    const detected = detectPagination(
      op.parameters
        .filter((p) => p.in === 'query')
        .map((p) => ({ wireName: p.name, purpose: paramSchema(ctx, p)?.hints.paginationPurpose ?? null })),
      responses.successSchema,
      (n) => ctx.reader.deref(n),
    );
    if (detected) pagination = pageScheme(ctx, detected, responses.successSchema);
    else if (op.sample?.paginated) {
      ctx.diags.warn(
        'sample-pagination-unknown',
        op.loc.doc.file,
        op.loc.pointer,
        `a code sample iterates ${op.http.toUpperCase()} ${op.path} with for await, but its parameters and response match no pagination scheme sdkgen knows (page number, cursor, offset, next URL); the method returns the response as is`,
        'mark the fields with x-stainless-pagination-property (items, next_cursor_param, next_cursor_field…)',
      );
    }
  }

  const unwrap = pagination ? null : unwrapField(ctx, responses);
  if (unwrap) responses.kind = { kind: 'json', type: unwrap.type, typeName: null };
  const streamWhen = streamCondition(ctx, placement, op, responses);

  const method: PendingMethod['method'] = {
    name: placement.method,
    operationId: op.operationId,
    http: op.http,
    path: op.path.slice(ctx.basePath.length),
    positional,
    params:
      fields.length > 0
        ? {
            typeName: '',
            fields,
            required: fields.some((f) => f.required) || (body?.required === true && body.shape === 'whole'),
          }
        : null,
    body,
    response: responses.kind,
    errors: responses.errors,
    pagination,
    unwrap: unwrap?.field ?? null,
    streamWhen,
    authenticated: !op.noAuth,
    docs: {
      summary: op.summary,
      description: op.description,
      deprecated: op.deprecated,
      example: null,
      default: null,
    },
    source,
  };
  // One operation can be placed twice (a Stainless config may alias it): each placement has its own types.
  const placedBefore = ctx.placedOperations.get(`${source.file}${source.pointer}`) ?? 0;
  ctx.placedOperations.set(`${source.file}${source.pointer}`, placedBefore + 1);
  if (placedBefore > 0) method.source = source = { ...source, pointer: `${source.pointer}#${placedBefore}` };
  const pending: PendingMethod = { placement, resourceKey: resource.key, method, paramsKey: null };
  if (method.params) {
    pending.paramsKey = `${source.file}${source.pointer}#params`;
    ctx.paramsTypes.set(pending.paramsKey, { preferred: '', alternatives: [], order: ctx.order++, method });
  }
  // With a Stainless config only models keep their schema's name: any other schema a method returns is named
  // after the first method returning it (`ToolgroupListResponse`), and later ones reuse that name.
  if (ctx.stainless && method.response.kind === 'json') {
    const returned = method.response.type;
    if (isFreeFormObject(ctx, returned)) method.response = { kind: 'json', type: { kind: 'unknown' }, typeName: null };
    else if (unwrap?.from && ctx.models.of(unwrap.from)) {
      // The same field of the same model is one type, named after the first method unwrapping it.
      method.response = {
        kind: 'json',
        type: methodAlias(
          ctx,
          `${unwrap.from}#${unwrap.field}`,
          returned,
          `${source.file}${source.pointer}#response`,
          source,
        ),
        typeName: null,
      };
    } else if (returned.kind === 'ref' && !pagination && !ctx.models.of(returned.schemaId)) {
      method.response = {
        kind: 'json',
        type: methodAlias(ctx, null, returned, `${source.file}${source.pointer}#response`, source),
        typeName: null,
      };
    }
  }
  if (ctx.stainless && pagination && pagination.item.kind === 'ref' && !ctx.models.of(pagination.item.schemaId)) {
    pagination.item = methodAlias(ctx, null, pagination.item, `${source.file}${source.pointer}#item`, source);
  }
  if (
    method.response.kind === 'json' &&
    method.response.type.kind !== 'ref' &&
    !pagination &&
    !(ctx.stainless && method.response.type.kind === 'unknown')
  ) {
    // Inline response schemas become `{Singular}{Method}Response`.
    const id = `${source.file}${source.pointer}#response`;
    ctx.types.synthetic(
      id,
      '',
      method.response.type,
      docsOf(responses.successSchema),
      sourceOf(responses.successSchema?.loc ?? op.loc),
    );
    method.response = { kind: 'json', type: { kind: 'ref', schemaId: id }, typeName: null };
  }
  if (pagination && pagination.item.kind !== 'ref') {
    const id = `${source.file}${source.pointer}#item`;
    ctx.types.synthetic(id, '', pagination.item, NO_DOCS, source);
    pagination.item = { kind: 'ref', schemaId: id };
  }
  return pending;
}

/** `type` as a named type `id` (named after its method); with a `sharedKey`, one type for all who share it. */
export function methodAlias(
  ctx: BuildState,
  sharedKey: string | null,
  type: TypeRef,
  id: string,
  source: Method['source'],
): TypeRef {
  const existing = sharedKey === null ? undefined : ctx.sharedAliases.get(sharedKey);
  if (existing) return { kind: 'ref', schemaId: existing };
  if (sharedKey !== null) ctx.sharedAliases.set(sharedKey, id);
  const docs = type.kind === 'ref' ? (ctx.types.schemas.get(type.schemaId)?.docs ?? NO_DOCS) : NO_DOCS;
  ctx.types.synthetic(id, '', type, docs, source);
  return { kind: 'ref', schemaId: id };
}
