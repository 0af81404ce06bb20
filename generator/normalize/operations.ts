/**
 * Operations of the normalized spec: the spec's paths × methods, with the `$ref`s of path items, parameters,
 * request bodies and responses followed (chains to their end), path-level parameters merged, skipped operations
 * dropped, hints and code samples read. Schemas are `SchemaNode`s of the spec's graph (schema.ts), normalized when
 * first read.
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import type { LoadedSpec, Location } from '../load/load';
import { followRefs, isReference } from '../load/load';
import { extend } from '../extend';
import { readHints, type Hints } from './hints';
import { isHttpToken } from './http-token';
import { parseCodeSamples, type CodeSample } from './code-samples';
import { HTTP_METHODS, pathItemOperations, type HttpMethod } from './path-item-methods';
import type { SchemaNode, SchemaReader } from './schema';

export type { CodeSample } from './code-samples';
export { HTTP_METHODS, type FixedHttpMethod, type HttpMethod } from './path-item-methods';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** The parameter's schema (`schema`, else that of its first `content` media type); null when it has none. */
  readonly schema: SchemaNode | null;
  style: string | null;
  explode: boolean | null;
  description: string | null;
  deprecated: boolean;
  example: unknown;
  hints: Hints;
  loc: Location;
}

/**
 * A request body or a response: the object its `$ref` chain ends at (`value`, where it is), and the normalized
 * schema of each of its media types.
 */
export interface Resolved extends Location {
  /** The object as written: `content`, `required`, `description`, extensions. */
  value: unknown;
  /** The schema of `content[mediaType]`, or null when it has none. */
  schema(mediaType: string): SchemaNode | null;
}

export interface Operation {
  http: HttpMethod;
  path: string;
  operationId: string | null;
  summary: string | null;
  description: string | null;
  deprecated: boolean | string;
  tags: string[];
  /** The operation object as written (for its other fields and extensions). */
  raw: Record<string, unknown>;
  loc: Location;
  parameters: Parameter[];
  /** The request body, null when the operation has none. */
  requestBody: Resolved | null;
  /** Each response by status, in spec order. */
  responses: Map<string, Resolved>;
  sample: CodeSample | null;
  hints: Hints;
  /** `security: []` on the operation. */
  noAuth: boolean;
  /** The `servers` of the operation, else of its path item, as written; null when neither has any. */
  servers: unknown[] | null;
}

/**
 * `namedByConfig`: a config names every method (a Stainless config), so a missing operationId needs no warning.
 * `webhooksUsed`: the SDK types the spec's `webhooks` (a Stainless `webhook_unwrap` method), so they are not ignored.
 */
export function collectOperations(
  spec: LoadedSpec,
  schemas: SchemaReader,
  diags: Diagnostics,
  { namedByConfig = false, webhooksUsed = false } = {},
): Operation[] {
  const doc = spec.root;
  const paths = (doc.root as { paths?: Record<string, unknown> }).paths ?? {};
  const operations: Operation[] = [];
  const refs = new ResolvedRefs(spec);
  // (Maps, not weak ones, here and in ResolvedRefs: they live as long as this call; a weak table costs each GC more.)
  const mediaOf = new Map<object, Resolved>();
  for (const path of Object.keys(paths)) {
    const { value: item, ...itemLoc } = followRefs(
      spec,
      paths[path],
      { doc, pointer: pointerJoin('#/paths', path) },
      'path item',
    );
    if (!item || typeof item !== 'object') continue;
    const pathItem = item as Record<string, unknown>;
    const shared = readParameters(
      refs,
      schemas,
      pathItem.parameters,
      pointerJoin(itemLoc.pointer, 'parameters'),
      itemLoc,
      diags,
    );
    for (const { http, raw: op, pointer } of pathItemOperations(
      pathItem,
      itemLoc.pointer,
      itemLoc.doc.file,
      path,
      diags,
    )) {
      const loc: Location = { doc: itemLoc.doc, pointer };
      const hints = readHints(op, loc.doc.file, loc.pointer, diags);
      if (hints.skip) continue;
      const own = readParameters(refs, schemas, op.parameters, pointerJoin(loc.pointer, 'parameters'), loc, diags);
      // Operation parameters override path-level ones with the same name and location.
      const merged = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own].filter(
        (p) => !p.hints.skip,
      );
      // (`x-stainless-method` names the method too: it warns itself when it cannot be read.)
      const namedBySpec = op['x-stainless-method'] !== undefined;
      if (!namedByConfig && !namedBySpec && (typeof op.operationId !== 'string' || op.operationId.trim() === '')) {
        diags.warn(
          'missing-operation-id',
          loc.doc.file,
          loc.pointer,
          `${http.toUpperCase()} ${path} has no operationId; its method name is derived from the path`,
          'add an operationId (or x-codeSamples) to pin the name',
        );
      }
      const responses =
        op.responses && typeof op.responses === 'object' ? (op.responses as Record<string, unknown>) : {};
      const resolvedResponses = new Map<string, Resolved>();
      for (const status of Object.keys(responses)) {
        const response = refs.follow(
          responses[status],
          { doc: loc.doc, pointer: pointerJoin(loc.pointer, 'responses', status) },
          'response',
        );
        // (A response many operations share is one object: its schemas are looked up once.)
        let resolved = mediaOf.get(response);
        if (!resolved) mediaOf.set(response, (resolved = withMediaSchemas(response, schemas)));
        resolvedResponses.set(status, resolved);
        if (response.value && typeof response.value === 'object' && (response.value as { links?: unknown }).links) {
          diags.warn(
            'unsupported-links',
            response.doc.file,
            pointerJoin(response.pointer, 'links'),
            'response links are not part of the SDK and are ignored',
          );
        }
      }
      if (op.callbacks) {
        diags.warn(
          'unsupported-callbacks',
          loc.doc.file,
          pointerJoin(loc.pointer, 'callbacks'),
          'callbacks are not part of the SDK and are ignored',
        );
      }
      operations.push({
        http,
        path,
        operationId: typeof op.operationId === 'string' && op.operationId.trim() !== '' ? op.operationId : null,
        summary: typeof op.summary === 'string' ? op.summary : null,
        description: typeof op.description === 'string' ? op.description : null,
        deprecated: hints.deprecationMessage ?? op.deprecated === true,
        tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
        raw: op,
        loc,
        parameters: merged,
        requestBody: hasRequestBody(op, http, loc, diags) ? requestBodyOf(spec, schemas, op, loc) : null,
        responses: resolvedResponses,
        sample: parseCodeSamples(op),
        hints,
        noAuth: Array.isArray(op.security) && op.security.length === 0,
        servers: ownServers(op) ?? ownServers(pathItem),
      });
    }
  }
  const webhooks = (doc.root as { webhooks?: Record<string, unknown> }).webhooks;
  if (!webhooksUsed && webhooks && typeof webhooks === 'object' && Object.keys(webhooks).length > 0) {
    diags.warn(
      'unsupported-webhooks',
      doc.file,
      '#/webhooks',
      `${Object.keys(webhooks).length} webhook(s) are not part of the SDK (the API calls you, not the reverse) and are ignored`,
      null,
    );
  }
  if (operations.length === 0) {
    diags.warn(
      'no-operations',
      doc.file,
      '#/paths',
      'the document has no operations: the SDK will have a client but no methods',
      'add paths with operations',
    );
  }
  return operations;
}

function ownServers(object: Record<string, unknown>): unknown[] | null {
  return Array.isArray(object.servers) && object.servers.length > 0 ? object.servers : null;
}

/** A webhook of the spec (OpenAPI 3.1 `webhooks`): a request the API sends, whose body is an event. */
export interface Webhook {
  /** Its key under `webhooks`: "incoming-payment". */
  key: string;
  summary: string | null;
  description: string | null;
  /** The operation, where its `$ref` chain ends. */
  loc: Location;
  /** The schema of its JSON request body (else of its first media type); null when it has none. */
  readonly body: SchemaNode | null;
}

/** The root document's `webhooks`, one per key (its first operation with a request body), in spec order. */
export function collectWebhooks(spec: LoadedSpec, schemas: SchemaReader): Webhook[] {
  const doc = spec.root;
  const webhooks = (doc.root as { webhooks?: unknown }).webhooks;
  if (!webhooks || typeof webhooks !== 'object') return [];
  const found: Webhook[] = [];
  for (const [key, value] of Object.entries(webhooks as Record<string, unknown>)) {
    const { value: item, ...itemLoc } = followRefs(
      spec,
      value,
      { doc, pointer: pointerJoin('#/webhooks', key) },
      'path item',
    );
    if (!item || typeof item !== 'object') continue;
    const http = HTTP_METHODS.find((m) => {
      const op = (item as Record<string, unknown>)[m];
      return op !== null && typeof op === 'object' && (op as { requestBody?: unknown }).requestBody !== undefined;
    });
    if (!http) continue;
    const op = (item as Record<string, Record<string, unknown>>)[http]!;
    const loc: Location = { doc: itemLoc.doc, pointer: pointerJoin(itemLoc.pointer, http) };
    const body = requestBodyOf(spec, schemas, op, loc);
    const content = (body.value as { content?: unknown } | null)?.content;
    const mediaTypes = content && typeof content === 'object' ? Object.keys(content) : [];
    const mediaType = mediaTypes.find((t) => /\bjson\b/i.test(t)) ?? mediaTypes[0];
    let schema: SchemaNode | null | undefined;
    found.push({
      key,
      summary: typeof op.summary === 'string' ? op.summary : null,
      description: typeof op.description === 'string' ? op.description : null,
      loc,
      get body() {
        schema ??= mediaType === undefined ? null : body.schema(mediaType);
        return schema;
      },
    });
  }
  return found;
}

/**
 * Whether the operation's request body is read. A body on GET and HEAD has no defined meaning (RFC 9110) and `fetch`
 * refuses one, so no SDK of any language sends it: such a body warns and is left out (the method takes its other
 * parameters).
 */
function hasRequestBody(op: Record<string, unknown>, http: string, loc: Location, diags: Diagnostics): boolean {
  if (op.requestBody === undefined || op.requestBody === null) return false;
  if (http !== 'get' && http !== 'head') return true;
  diags.warn(
    'get-request-body',
    loc.doc.file,
    pointerJoin(loc.pointer, 'requestBody'),
    `${http.toUpperCase()} with a request body: it has no defined meaning and fetch cannot send one, so the method leaves it out`,
    'send the data as query parameters, or make the operation a POST',
  );
  return false;
}

/** The request body of the operation at `loc`, where its `$ref` chain ends. */
function requestBodyOf(spec: LoadedSpec, schemas: SchemaReader, op: Record<string, unknown>, loc: Location): Resolved {
  return withMediaSchemas(
    followRefs(
      spec,
      op.requestBody,
      { doc: loc.doc, pointer: pointerJoin(loc.pointer, 'requestBody') },
      'request body',
    ),
    schemas,
  );
}

/** A body or response found at `found.pointer`, whose media types' schemas are read from the graph when asked for. */
function withMediaSchemas(found: Location & { value: unknown }, schemas: SchemaReader): Resolved {
  // (Each media type's node kept: a shared response is asked for it by each operation that names it.)
  const read = new Map<string, SchemaNode | null>();
  return extend(found, {
    schema(mediaType: string): SchemaNode | null {
      const known = read.get(mediaType);
      if (known !== undefined) return known;
      const content = (found.value as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
      const media = content?.[mediaType];
      const node =
        media?.schema === undefined
          ? null
          : schemas.read(media.schema, {
              doc: found.doc,
              pointer: pointerJoin(found.pointer, 'content', mediaType, 'schema'),
            });
      read.set(mediaType, node);
      return node;
    },
  });
}

function readParameters(
  refs: ResolvedRefs,
  schemas: SchemaReader,
  value: unknown,
  pointer: string,
  owner: Location,
  diags: Diagnostics,
): Parameter[] {
  if (!Array.isArray(value)) return [];
  const out: Parameter[] = [];
  value.forEach((entry, index) => {
    // (Not `{ value, ...loc }`: an object rest is slow, and this runs for each of a spec's parameters.)
    const found = refs.follow(entry, { doc: owner.doc, pointer: `${pointer}/${index}` }, 'parameter');
    const raw = found.value;
    const loc: Location = { doc: found.doc, pointer: found.pointer };
    if (!raw || typeof raw !== 'object') return;
    const p = raw as Record<string, unknown>;
    const name = typeof p.name === 'string' ? p.name : null;
    const where = p.in;
    if (name === null || (where !== 'path' && where !== 'query' && where !== 'header' && where !== 'cookie')) {
      diags.warn(
        'invalid-parameter',
        loc.doc.file,
        loc.pointer,
        'parameter without a valid `name` and `in` is ignored',
        'give the parameter a name and in: path|query|header|cookie',
      );
      return;
    }
    if ((where === 'header' || where === 'cookie') && !isHttpToken(name)) {
      // fetch refuses such a header name, and a CR/LF in it would split headers: a method taking it could never send
      // it. A cookie name is an HTTP token too (RFC 6265 §4.1.1): `;`, `=` or spaces in it would add or split cookies.
      diags.warn(
        `invalid-${where}-name`,
        loc.doc.file,
        pointerJoin(loc.pointer, 'name'),
        `${where} parameter ${JSON.stringify(name)} is not an HTTP token (spaces, separators such as ; = " or control characters) and is ignored`,
        `name the ${where} with letters, digits and ! # $ % & ' * + - . ^ _ \` | ~ only`,
      );
      return;
    }
    // A list names each parameter once (OpenAPI: unique by name and location); a repeat is dropped.
    const first = out.find((o) => o.name === name && o.in === where);
    if (first) {
      diags.warn(
        'duplicate-parameter',
        loc.doc.file,
        loc.pointer,
        `${where} parameter ${JSON.stringify(name)} is listed again (first at ${first.loc.pointer}); the repeat is ignored`,
        'list each parameter once per operation or path item',
      );
      return;
    }
    // (A shared parameter, `found` for each operation that names it, is read once: its hints warn once anyway.)
    let parameter = refs.parameters.get(found);
    if (!parameter) {
      let schema: unknown = p.schema;
      let schemaLoc: Location = { doc: loc.doc, pointer: pointerJoin(loc.pointer, 'schema') };
      if (schema === undefined && p.content && typeof p.content === 'object') {
        const [mediaType] = Object.keys(p.content);
        if (mediaType) {
          schema = (p.content as Record<string, { schema?: unknown }>)[mediaType]?.schema;
          schemaLoc = { doc: loc.doc, pointer: pointerJoin(loc.pointer, 'content', mediaType, 'schema') };
        }
      }
      parameter = new ReadParameter(
        name,
        where,
        where === 'path' ? true : p.required === true,
        typeof p.style === 'string' ? p.style : null,
        typeof p.explode === 'boolean' ? p.explode : null,
        typeof p.description === 'string' ? p.description : null,
        p.deprecated === true,
        p.example,
        readHints(p, loc.doc.file, loc.pointer, diags),
        loc,
        schemas,
        schema,
        schemaLoc,
      );
      refs.parameters.set(found, parameter);
    }
    out.push(parameter);
  });
  return out;
}

/**
 * A parameter whose schema is read when first asked for, so that its diagnostics come where the SDK meets it (see
 * normalize.ts). (A class, not an object literal with a getter: V8 builds such a literal slowly, and one is made for
 * each of a spec's parameters.)
 */
class ReadParameter implements Parameter {
  readonly in: Parameter['in'];
  private node: SchemaNode | null | undefined = undefined;

  constructor(
    readonly name: string,
    where: Parameter['in'],
    readonly required: boolean,
    readonly style: string | null,
    readonly explode: boolean | null,
    readonly description: string | null,
    readonly deprecated: boolean,
    readonly example: unknown,
    readonly hints: Hints,
    readonly loc: Location,
    private readonly schemas: SchemaReader,
    private readonly rawSchema: unknown,
    private readonly schemaLoc: Location,
  ) {
    this.in = where;
  }

  get schema(): SchemaNode | null {
    if (this.node === undefined)
      this.node = this.rawSchema === undefined ? null : this.schemas.read(this.rawSchema, this.schemaLoc);
    return this.node;
  }
}

/**
 * followRefs' answers for the `$ref`s of parameters and responses, by document and `$ref`: a large spec refers to
 * the same few shared ones (`#/components/parameters/per-page`) from most of its operations.
 */
class ResolvedRefs {
  /** The parameter read from each place followRefs found (by its answer, the same object for a shared one). */
  readonly parameters = new Map<object, ReadParameter>();

  private readonly byDocument = new Map<Location['doc'], Map<string, Location & { value: unknown }>>();

  constructor(private readonly spec: LoadedSpec) {}

  follow(value: unknown, at: Location, what: string): Location & { value: unknown } {
    const ref = value !== null && typeof value === 'object' ? (value as { $ref?: unknown }).$ref : undefined;
    if (typeof ref !== 'string') return followRefs(this.spec, value, at, what);
    let known = this.byDocument.get(at.doc);
    if (!known) this.byDocument.set(at.doc, (known = new Map()));
    const hit = known.get(ref);
    if (hit) return hit;
    const found = followRefs(this.spec, value, at, what);
    known.set(ref, found);
    return found;
  }
}

/**
 * Two operations with one operationId: a warning naming both, since tools (and `methods:` in the config) that
 * address operations by operationId cannot tell them apart. The later one is the one the warning is about. Read
 * from the documents as loaded, before a Stainless config's transforms.
 */
export function warnDuplicateOperationIds(spec: LoadedSpec, diagnostics: Diagnostics): void {
  const paths = (spec.root.root as { paths?: unknown }).paths;
  if (!paths || typeof paths !== 'object') return;
  // Where each operationId was first met: a place's pointer is joined only for a warning (most specs have none).
  const seen = new Map<string, OperationPlace>();
  for (const route of Object.keys(paths)) {
    const raw = (paths as Record<string, unknown>)[route];
    let item: OperationPlace['item'];
    try {
      item = isReference(raw)
        ? followRefs(spec, raw, { doc: spec.root, pointer: pointerJoin('#/paths', route) }, 'path item')
        : { doc: spec.root, route, value: raw };
    } catch {
      continue; // a broken $ref: the IR stage reports it
    }
    if (!item.value || typeof item.value !== 'object') continue;
    const value = item.value as Record<string, unknown>;
    // (`trace` too: an operationId there is still an operationId.)
    const traced =
      value.trace !== null && typeof value.trace === 'object' ? [{ raw: value.trace, pointer: '/trace' }] : [];
    // (Each operation's pointer relative to the item: `/get`, `/additionalOperations/COPY`.)
    for (const { raw, pointer: within } of [...pathItemOperations(value, '', '', route, null), ...traced]) {
      const op = raw as { operationId?: unknown };
      if (typeof op.operationId !== 'string' || op.operationId.trim() === '') continue;
      const first = seen.get(op.operationId);
      if (!first) {
        seen.set(op.operationId, { item, within });
        continue;
      }
      const here = operationIdPointer({ item, within });
      const there = operationIdPointer(first);
      diagnostics.warn(
        'duplicate-operation-id',
        item.doc.file,
        here,
        `operationId ${JSON.stringify(op.operationId)} is also used at ${first.item.doc.file === item.doc.file ? '' : `${first.item.doc.file} `}${there}`,
        'give every operation its own operationId',
      );
    }
  }
}

/**
 * An operation of a path item: the path item as found (`route` when it is under `paths` itself), and the operation's
 * pointer within it (`/get`).
 */
interface OperationPlace {
  item: { doc: { file: string }; value: unknown } & ({ pointer: string } | { route: string });
  within: string;
}

function operationIdPointer({ item, within }: OperationPlace): string {
  const at = 'pointer' in item ? item.pointer : pointerJoin('#/paths', item.route);
  return pointerJoin(`${at}${within}`, 'operationId');
}
