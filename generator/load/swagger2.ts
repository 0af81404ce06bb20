/**
 * Swagger 2.0 → OpenAPI 3.0.3.
 *
 * The rest of the generator only understands OpenAPI 3.x, so the loader runs every Swagger 2.0 document
 * through `convertSwagger2` first. The conversion is a pure function: the input is never mutated, the
 * output is a fresh object tree whose keys follow the input's order (new keys go where the Swagger field
 * they replace was), so converting the same document twice gives byte-identical JSON.
 *
 * How it works, in three steps:
 *  1. Plan. For every path item and operation we work out, from the ORIGINAL document, what happens to
 *     each parameter: stays a parameter (and at which new index), becomes the request body, or becomes a
 *     property of the form body; plus the effective consumes/produces. Plans are cached per object.
 *  2. Convert. One walk over the document builds the 3.0 tree. Every `$ref` found on the way is copied
 *     verbatim and remembered as a "ref site" (the object holding it plus the original string).
 *  3. Rewrite refs. Each distinct `$ref` string is mapped once: the JSON pointer is walked through the
 *     original document next to the plans, so even deep pointers such as
 *     `#/paths/~1a/get/parameters/0/schema` are sent to where that node now lives
 *     (`#/paths/~1a/get/requestBody/content/application~1json/schema`). Pointers whose target no longer
 *     exists (e.g. the `name` of a body parameter) are warned about.
 *
 * Everything is linear in the size of the document: each input node is visited once (shared nodes,
 * e.g. YAML aliases, are converted once and shared in the output too), each distinct `$ref` is mapped
 * once in O(pointer depth). The only sharing the converter itself introduces: a request body or
 * response listing several media types uses the same converted schema object for each of them.
 *
 * Diagnostics point into the ORIGINAL Swagger document (`#/paths/~1pets/get/parameters/0`).
 */
import type { Diagnostics } from '../diagnostics';
import { escapePointerToken, pointerJoin } from '../diagnostics';

type Obj = Record<string, unknown>;

export interface Swagger2Options {
  /**
   * Returns the parsed, NOT yet converted document that a `$ref`'s file part names (exactly as written
   * in the ref, e.g. `"common.yaml"`), or undefined when unknown. With it the converter can tell body
   * parameters in other files from ordinary ones (`other.yaml#/parameters/X` becomes
   * `other.yaml#/components/requestBodies/X`) and map deep pointers into them; without it, external
   * `#/parameters/X` refs are assumed to be non-body parameters (with a warning).
   */
  resolveExternal?: (refFile: string) => Record<string, unknown> | undefined;
}

/** Converts a parsed Swagger 2.0 document into an equivalent OpenAPI 3.0.3 document. */
export function convertSwagger2(
  doc: Record<string, unknown>,
  file: string,
  diags: Diagnostics,
  options: Swagger2Options = {},
): Record<string, unknown> {
  return new Swagger2Converter(doc, file, diags, options).run();
}

// ---------------------------------------------------------------------------------------------------
// Constants and small helpers

const OPENAPI_VERSION = '3.0.3';
const DEFAULT_MEDIA_TYPE = 'application/json';
const BINARY_MEDIA_TYPE = 'application/octet-stream';
const FORM_URLENCODED = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';

/** Operation keys of a path item (`trace` is 3.0 only, accepted anyway). */
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * Fields of a Swagger 2.0 parameter, header or items object that describe the value itself; in 3.0 they
 * move into the `schema` of the parameter/header.
 */
const VALUE_SCHEMA_KEYS = new Set([
  'type',
  'format',
  'items',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
  'title',
  'readOnly',
  'nullable',
  'x-nullable',
]);

/** Vendor extensions that describe a value's enum; on a non-body parameter they move into its schema. */
const SCHEMA_EXTENSIONS = new Set(['x-enum-varnames', 'x-enumNames', 'x-enum-names', 'x-enum-descriptions']);

/** Top-level Swagger 2.0 fields that are consumed by the conversion (everything else non-`x-` is dropped). */
const TOP_LEVEL_KEYS = new Set([
  'swagger',
  'info',
  'host',
  'basePath',
  'schemes',
  'consumes',
  'produces',
  'paths',
  'definitions',
  'parameters',
  'responses',
  'securityDefinitions',
  'security',
  'tags',
  'externalDocs',
]);

/** Operation fields copied as they are. */
const OPERATION_COPY_KEYS = new Set([
  'tags',
  'summary',
  'description',
  'externalDocs',
  'operationId',
  'deprecated',
  'security',
  'servers',
  'callbacks',
]);

/** Swagger 2.0 oauth2 `flow` → OpenAPI 3.0 `flows` key, and which URLs that flow needs. */
const OAUTH2_FLOWS: Record<string, { name: string; urls: string[] }> = {
  implicit: { name: 'implicit', urls: ['authorizationUrl'] },
  password: { name: 'password', urls: ['tokenUrl'] },
  application: { name: 'clientCredentials', urls: ['tokenUrl'] },
  accessCode: { name: 'authorizationCode', urls: ['authorizationUrl', 'tokenUrl'] },
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isExt = (key: string): boolean => key.startsWith('x-');
const hasOwn = (o: Obj, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** A media-type list: a string or an array of strings (messy specs use both); undefined when absent/empty. */
function mediaList(v: unknown): string[] | undefined {
  const raw = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
  const list = [
    ...new Set(raw.filter((m): m is string => typeof m === 'string' && m.trim() !== '').map((m) => m.trim())),
  ];
  return list.length > 0 ? list : undefined;
}

const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const isMultipart = (mt: string): boolean => mt.toLowerCase().startsWith(MULTIPART);
const isUrlEncoded = (mt: string): boolean => mt.toLowerCase().startsWith(FORM_URLENCODED);
/** Media types that carry structured text rather than raw bytes. */
const isStructured = (mt: string): boolean => /json|xml|^text\//i.test(mt);

/** Media types of a response with the given (original) schema. A `type: file` schema is a download. */
function responseMediaTypes(produces: string[], schema: unknown): string[] {
  if (isObj(schema) && schema.type === 'file') {
    const binary = produces.filter((mt) => !isStructured(mt));
    return binary.length > 0 ? binary : [BINARY_MEDIA_TYPE];
  }
  return produces;
}

/** Decode one JSON-pointer token of a URI fragment: percent-decoding first, then `~1`/`~0` (RFC 6901 §6). */
function decodeToken(raw: string): string {
  let s = raw;
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // not valid percent-encoding: take it literally
    }
  }
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Walk decoded pointer tokens through plain data. */
function walk(root: unknown, tokens: string[]): unknown {
  let cur = root;
  for (const t of tokens) {
    if (Array.isArray(cur)) cur = /^\d+$/.test(t) ? cur[Number(t)] : undefined;
    else if (isObj(cur)) cur = hasOwn(cur, t) ? cur[t] : undefined;
    else return undefined;
  }
  return cur;
}

/**
 * `pointerJoin(base, token)` for the hot recursive paths: same result, but skips the escaping regexes
 * when the token needs no escaping (almost always), which matters on multi-MB documents.
 */
function child(base: string, token: string | number): string {
  if (typeof token === 'number' || (token.indexOf('~') < 0 && token.indexOf('/') < 0)) return `${base}/${token}`;
  return pointerJoin(base, token);
}

/** `ref` + one more pointer token (`#/parameters/X` + `schema` → `#/parameters/X/schema`). */
function refChild(ref: string, token: string): string {
  return `${ref}${ref.includes('#') ? '' : '#'}/${escapePointerToken(token)}`;
}

// ---------------------------------------------------------------------------------------------------
// Plans: what happens to each parameter, computed from the original document

/** A document the converter can read: the one being converted, or an external one from `resolveExternal`. */
interface DocCtx {
  doc: Obj;
  /** The ref file part naming this document ("" for the document being converted). */
  file: string;
  /** Global consumes / produces, defaulted. */
  consumes: string[];
  produces: string[];
  pathPlans: Map<Obj, PathPlan>;
}

type SlotRole = 'param' | 'body' | 'form' | 'invalid';

/** One entry of a `parameters` list. */
interface Slot {
  level: 'path' | 'op';
  index: number;
  /** The entry as written (maybe a `{ $ref }`). */
  entry: unknown;
  /** The entry's pointer in its document. */
  pointer: string;
  /** The parameter object after following `$ref`s; undefined when unresolvable. */
  node: Obj | undefined;
  /** Where `node` lives: its document, and its pointer there. */
  source: DocCtx;
  nodePointer: string;
  /** The `$ref` of the entry, when it is a reference. */
  ref: string | undefined;
  role: SlotRole;
  /** New index in the 3.0 `parameters` list (role `param`), else -1. */
  newIndex: number;
}

interface Problem {
  code: string;
  pointer: string;
  message: string;
  hint: string | null;
}

interface PathPlan {
  pointer: string;
  slots: Slot[];
  /** Operation plans by method, in path item key order. */
  ops: Map<string, OpPlan>;
  problems: Problem[];
}

interface OpPlan {
  pointer: string;
  consumes: string[];
  /** True when `consumes` came from the operation itself (not inherited). */
  consumesFromOp: boolean;
  produces: string[];
  /** Operation-level parameter entries. */
  slots: Slot[];
  /** The body parameter that becomes the request body (operation- or path-level). */
  body: Slot | undefined;
  /** The formData parameters that become the form request body (path-level first). */
  form: Slot[];
  formMediaTypes: string[];
  problems: Problem[];
}

/** Where a ref site is: the object holding `$ref`, the original string, and context for messages. */
interface RefSite {
  holder: Obj;
  ref: string;
  /** File part to prepend to local refs (content inlined from an external document). */
  base: string;
  pointer: string;
}

// ---------------------------------------------------------------------------------------------------

class Swagger2Converter {
  private readonly main: DocCtx;
  private readonly externals = new Map<string, DocCtx | null>();
  private readonly sites: RefSite[] = [];
  private readonly rewritten = new Map<string, string>();
  /**
   * Memo of converted schemas / copied values: shared input nodes stay shared, cycles stay cycles.
   * Plain Maps, not WeakMaps: the converter is short-lived and WeakMaps are much slower on big documents.
   */
  private readonly schemaMemo = new Map<object, unknown>();
  private readonly copyMemo = new Map<object, unknown>();
  /** While inlining content from an external document: its ref file part, for refs and messages. */
  private base = '';

  constructor(
    doc: Obj,
    private readonly file: string,
    private readonly diags: Diagnostics,
    private readonly options: Swagger2Options,
  ) {
    this.main = this.makeCtx(doc, '');
  }

  private makeCtx(doc: Obj, file: string): DocCtx {
    return {
      doc,
      file,
      consumes: mediaList(doc.consumes) ?? [DEFAULT_MEDIA_TYPE],
      produces: mediaList(doc.produces) ?? [DEFAULT_MEDIA_TYPE],
      pathPlans: new Map(),
    };
  }

  private warn(code: string, pointer: string, message: string, hint: string | null = null): void {
    this.diags.warn(code, this.base || this.file, pointer, message, hint);
  }

  // -------------------------------------------------------------------------------------------------
  // Top level

  run(): Obj {
    const doc = this.main.doc;
    const out: Obj = { openapi: OPENAPI_VERSION };

    if (isObj(doc.info)) out.info = this.convertInfo(doc.info);
    if (doc.externalDocs !== undefined) out.externalDocs = this.copy(doc.externalDocs, '#/externalDocs');
    out.servers = this.convertServers();
    if (doc.tags !== undefined) out.tags = this.copy(doc.tags, '#/tags');
    if (doc.security !== undefined) out.security = this.copy(doc.security, '#/security');
    out.paths = isObj(doc.paths) ? this.convertPaths(doc.paths) : {};
    if (doc.paths !== undefined && !isObj(doc.paths))
      this.warn('swagger2-invalid-paths', '#/paths', '`paths` is not an object; it was ignored.');

    const components = this.convertComponents();
    if (Object.keys(components).length > 0) out.components = components;

    for (const [key, value] of Object.entries(doc)) {
      if (isExt(key)) out[key] = this.copy(value, pointerJoin('#', key));
      else if (!TOP_LEVEL_KEYS.has(key)) {
        this.warn(
          'swagger2-unknown-field',
          pointerJoin('#', key),
          `Unknown Swagger 2.0 field \`${key}\` was dropped.`,
          'Remove it, or prefix it with `x-` to keep it as an extension.',
        );
      }
    }

    this.rewriteRefSites();
    return out;
  }

  private convertInfo(info: Obj): Obj {
    const out = this.copy(info, '#/info') as Obj;
    // YAML turns `version: 1.0` into a number; OpenAPI wants strings.
    for (const key of ['title', 'version']) {
      if (typeof out[key] === 'number') out[key] = String(out[key]);
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------------
  // Servers

  /** `host` + `basePath` (after cleanup), shared by the global servers and operation-level `schemes`. */
  private hostAndPath: { host: string | undefined; path: string; schemes: string[] } | undefined;

  private resolveHost(): { host: string | undefined; path: string; schemes: string[] } {
    if (this.hostAndPath) return this.hostAndPath;
    const doc = this.main.doc;
    let host = typeof doc.host === 'string' && doc.host.trim() !== '' ? doc.host.trim() : undefined;
    let schemes = mediaList(doc.schemes);
    let prefix = '';
    if (host !== undefined) {
      const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(host);
      if (schemeMatch) {
        this.warn(
          'swagger2-invalid-host',
          '#/host',
          `\`host\` "${host}" includes a scheme.`,
          'Put the scheme in `schemes` and only the host name (and port) in `host`.',
        );
        schemes ??= [schemeMatch[1].toLowerCase()];
        host = host.slice(schemeMatch[0].length);
      }
      const slash = host.indexOf('/');
      if (slash >= 0) {
        this.warn(
          'swagger2-invalid-host',
          '#/host',
          `\`host\` "${host}" includes a path.`,
          'Move the path into `basePath`.',
        );
        prefix = host.slice(slash).replace(/\/+$/, '');
        host = host.slice(0, slash);
      }
      if (/[{}]/.test(host)) {
        this.warn(
          'swagger2-templated-host',
          '#/host',
          `\`host\` "${host}" contains a template, which Swagger 2.0 does not support.`,
          'Replace it with a concrete host; configure the base URL at runtime.',
        );
      }
    }
    let basePath = typeof doc.basePath === 'string' ? doc.basePath.trim() : '';
    if (basePath !== '' && !basePath.startsWith('/')) basePath = `/${basePath}`;
    basePath = basePath.replace(/\/+$/, '');
    this.hostAndPath = { host, path: prefix + basePath, schemes: schemes ?? ['https'] };
    return this.hostAndPath;
  }

  private serverList(schemes: string[]): Obj[] {
    const { host, path } = this.resolveHost();
    // Without a host the API lives at the document's own host: a relative URL (schemes do not matter).
    if (host === undefined) return [{ url: path || '/' }];
    return schemes.map((scheme) => ({ url: `${scheme}://${host}${path}` }));
  }

  private convertServers(): Obj[] {
    return this.serverList(this.resolveHost().schemes);
  }

  /** Operation-level `schemes` → operation `servers`, only when they differ from the global ones. */
  private operationServers(value: unknown): Obj[] | undefined {
    const schemes = mediaList(value);
    const global = this.resolveHost();
    if (!schemes || global.host === undefined || sameList(schemes, global.schemes)) return undefined;
    return this.serverList(schemes);
  }

  // -------------------------------------------------------------------------------------------------
  // Components

  private convertComponents(): Obj {
    const doc = this.main.doc;
    const schemas: Obj = {};
    const responses: Obj = {};
    const parameters: Obj = {};
    const requestBodies: Obj = {};
    const securitySchemes: Obj = {};

    if (isObj(doc.definitions)) {
      for (const [name, schema] of Object.entries(doc.definitions)) {
        schemas[name] = this.convertSchema(schema, pointerJoin('#/definitions', name));
      }
    }

    if (isObj(doc.responses)) {
      for (const [name, response] of Object.entries(doc.responses)) {
        const ptr = pointerJoin('#/responses', name);
        responses[name] = this.convertResponseOrRef(response, ptr, this.main.produces);
      }
    }

    if (isObj(doc.parameters)) {
      for (const [name, param] of Object.entries(doc.parameters)) {
        const ptr = pointerJoin('#/parameters', name);
        const slot = this.classify(this.main, param, 'path', 0, ptr, []);
        if (slot.role === 'invalid') {
          this.warn('swagger2-invalid-parameter', ptr, 'Parameter is not an object; it was dropped.');
        } else if (slot.role === 'body') {
          // Body parameters become request bodies, with the global consumes.
          requestBodies[name] = slot.ref
            ? this.refObject(slot.ref, ptr)
            : this.requestBodyFromParam(slot.node as Obj, ptr, this.main.consumes, undefined);
        } else if (slot.role === 'form') {
          // OpenAPI 3.0 has no reusable form fields: operations that reference this parameter get it
          // inlined into their form body (see formRequestBody), so nothing goes into components.
        } else {
          parameters[name] = slot.ref ? this.refObject(slot.ref, ptr) : this.convertParameter(param as Obj, ptr);
        }
      }
    }

    if (isObj(doc.securityDefinitions)) {
      for (const [name, scheme] of Object.entries(doc.securityDefinitions)) {
        securitySchemes[name] = this.convertSecurityScheme(scheme, pointerJoin('#/securityDefinitions', name));
      }
    }

    const components: Obj = {};
    if (Object.keys(schemas).length > 0) components.schemas = schemas;
    if (Object.keys(responses).length > 0) components.responses = responses;
    if (Object.keys(parameters).length > 0) components.parameters = parameters;
    if (Object.keys(requestBodies).length > 0) components.requestBodies = requestBodies;
    if (Object.keys(securitySchemes).length > 0) components.securitySchemes = securitySchemes;
    return components;
  }

  private convertSecurityScheme(scheme: unknown, ptr: string): unknown {
    if (!isObj(scheme)) return this.copy(scheme, ptr);
    const extensions = (out: Obj): Obj => {
      for (const [k, v] of Object.entries(scheme)) if (isExt(k)) out[k] = this.copy(v, child(ptr, k));
      return out;
    };
    const description = (out: Obj): Obj => {
      if (scheme.description !== undefined) out.description = scheme.description;
      return out;
    };

    switch (scheme.type) {
      case 'basic':
        return extensions(description({ type: 'http', scheme: 'basic' }));
      case 'apiKey':
        return extensions({ type: 'apiKey', ...description({}), name: scheme.name, in: scheme.in });
      case 'oauth2': {
        const flowName = typeof scheme.flow === 'string' ? scheme.flow : '';
        const flow = OAUTH2_FLOWS[flowName];
        const out = description({ type: 'oauth2' });
        if (!flow) {
          this.warn(
            'swagger2-unknown-oauth2-flow',
            pointerJoin(ptr, 'flow'),
            `Unknown oauth2 flow "${flowName}"; the scheme has no flows.`,
            'Use one of implicit, password, application, accessCode.',
          );
          out.flows = {};
          return extensions(out);
        }
        const flowObject: Obj = {};
        for (const url of flow.urls) {
          if (typeof scheme[url] === 'string') flowObject[url] = scheme[url];
          else
            this.warn(
              'swagger2-oauth2-missing-url',
              ptr,
              `oauth2 flow "${flowName}" needs \`${url}\`.`,
              `Add \`${url}\` to the security definition.`,
            );
        }
        flowObject.scopes = isObj(scheme.scopes) ? this.copy(scheme.scopes, pointerJoin(ptr, 'scopes')) : {};
        out.flows = { [flow.name]: flowObject };
        return extensions(out);
      }
      default:
        this.warn(
          'swagger2-unknown-security-type',
          pointerJoin(ptr, 'type'),
          `Unknown security scheme type "${String(scheme.type)}"; copied as is.`,
          'Use one of basic, apiKey, oauth2.',
        );
        return this.copy(scheme, ptr);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Plans

  /** Follow a `$ref` (chains included) from a document; undefined when it cannot be resolved. */
  private follow(ctx: DocCtx, ref: string): { ctx: DocCtx; node: unknown; pointer: string } | undefined {
    let cur = ctx;
    let target = ref;
    for (let hops = 0; hops < 32; hops++) {
      const hash = target.indexOf('#');
      const filePart = hash < 0 ? target : target.slice(0, hash);
      const fragment = hash < 0 ? '' : target.slice(hash + 1);
      if (filePart !== '') {
        // Refs from inside an external document to yet another file would need path resolution.
        if (cur !== this.main) return undefined;
        const ext = this.external(filePart);
        if (!ext) return undefined;
        cur = ext;
      }
      if (fragment !== '' && !fragment.startsWith('/')) return undefined;
      const tokens = fragment === '' ? [] : fragment.slice(1).split('/').map(decodeToken);
      const node = walk(cur.doc, tokens);
      if (node === undefined) return undefined;
      if (isObj(node) && typeof node.$ref === 'string') {
        target = node.$ref;
        continue;
      }
      return { ctx: cur, node, pointer: `#${fragment}` };
    }
    return undefined;
  }

  private external(filePart: string): DocCtx | undefined {
    if (!this.externals.has(filePart)) {
      const doc = this.options.resolveExternal?.(filePart);
      this.externals.set(filePart, isObj(doc) ? this.makeCtx(doc, filePart) : null);
    }
    return this.externals.get(filePart) ?? undefined;
  }

  /** Classify one `parameters` entry: stays a parameter, becomes the body, or a form field. */
  private classify(
    ctx: DocCtx,
    entry: unknown,
    level: 'path' | 'op',
    index: number,
    pointer: string,
    problems: Problem[],
  ): Slot {
    const slot: Slot = {
      level,
      index,
      entry,
      pointer,
      node: undefined,
      source: ctx,
      nodePointer: pointer,
      ref: undefined,
      role: 'param',
      newIndex: -1,
    };
    if (!isObj(entry)) {
      slot.role = 'invalid';
      problems.push({
        code: 'swagger2-invalid-parameter',
        pointer,
        message: 'Parameter is not an object; it was dropped.',
        hint: null,
      });
      return slot;
    }
    if (typeof entry.$ref === 'string') {
      slot.ref = entry.$ref;
      const hit = this.follow(ctx, entry.$ref);
      if (!hit || !isObj(hit.node)) {
        // Unresolvable: kept as a parameter reference. Rewriting the ref reports dangling local refs
        // and external ones it cannot check.
        return slot;
      }
      slot.node = hit.node;
      slot.source = hit.ctx;
      slot.nodePointer = hit.pointer;
    } else {
      slot.node = entry;
    }
    if (slot.node.in === 'body') slot.role = 'body';
    else if (slot.node.in === 'formData') slot.role = 'form';
    return slot;
  }

  private classifyList(ctx: DocCtx, list: unknown, level: 'path' | 'op', pointer: string, problems: Problem[]): Slot[] {
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      problems.push({
        code: 'swagger2-invalid-parameter',
        pointer,
        message: '`parameters` is not an array; it was ignored.',
        hint: null,
      });
      return [];
    }
    const slots = list.map((entry, i) => this.classify(ctx, entry, level, i, pointerJoin(pointer, i), problems));
    let next = 0;
    for (const slot of slots) if (slot.role === 'param') slot.newIndex = next++;
    return slots;
  }

  private planPath(ctx: DocCtx, item: Obj, pointer: string): PathPlan {
    const cached = ctx.pathPlans.get(item);
    if (cached) return cached;
    const problems: Problem[] = [];
    const slots = this.classifyList(ctx, item.parameters, 'path', pointerJoin(pointer, 'parameters'), problems);
    const plan: PathPlan = { pointer, slots, ops: new Map(), problems };
    const pathBodies = slots.filter((s) => s.role === 'body');
    if (pathBodies.length > 1) {
      problems.push({
        code: 'swagger2-multiple-body-params',
        pointer: pathBodies[1].pointer,
        message: 'More than one body parameter; only the first is used.',
        hint: 'An operation has at most one body parameter.',
      });
    }
    for (const [method, op] of Object.entries(item)) {
      if (METHODS.has(method) && isObj(op))
        plan.ops.set(method, this.planOperation(ctx, slots, op, pointerJoin(pointer, method)));
    }
    ctx.pathPlans.set(item, plan);
    return plan;
  }

  private planOperation(ctx: DocCtx, pathSlots: Slot[], op: Obj, pointer: string): OpPlan {
    const problems: Problem[] = [];
    const slots = this.classifyList(ctx, op.parameters, 'op', pointerJoin(pointer, 'parameters'), problems);
    const opConsumes = mediaList(op.consumes);
    const plan: OpPlan = {
      pointer,
      consumes: opConsumes ?? ctx.consumes,
      consumesFromOp: opConsumes !== undefined,
      produces: mediaList(op.produces) ?? ctx.produces,
      slots,
      body: undefined,
      form: [],
      formMediaTypes: [],
      problems,
    };

    const opBodies = slots.filter((s) => s.role === 'body');
    const opForms = slots.filter((s) => s.role === 'form');
    // A path-level form field is overridden by an operation-level parameter with the same name and location.
    const overridden = (s: Slot): boolean =>
      slots.some((o) => o.node !== undefined && o.node.name === s.node?.name && o.node.in === s.node?.in);
    const pathForms = pathSlots.filter((s) => s.role === 'form' && !overridden(s));
    const pathBody = pathSlots.find((s) => s.role === 'body');

    if (opBodies.length > 1) {
      problems.push({
        code: 'swagger2-multiple-body-params',
        pointer: opBodies[1].pointer,
        message: 'More than one body parameter; only the first is used.',
        hint: 'An operation has at most one body parameter.',
      });
    }
    if (opBodies.length > 0) {
      plan.body = opBodies[0];
      if (opForms.length > 0) problems.push(bodyAndForm(opForms[0].pointer));
    } else if (opForms.length > 0) {
      plan.form = [...pathForms, ...opForms];
    } else if (pathBody) {
      plan.body = pathBody;
      if (pathForms.length > 0) problems.push(bodyAndForm(pathForms[0].pointer));
    } else {
      plan.form = pathForms;
    }

    if (plan.form.length > 0) {
      const hasFile = plan.form.some((s) => s.node?.type === 'file');
      const multipart = plan.consumes.filter(isMultipart);
      const formTypes = plan.consumes.filter((mt) => isMultipart(mt) || isUrlEncoded(mt));
      if (hasFile) {
        plan.formMediaTypes = multipart.length > 0 ? multipart : [MULTIPART];
        if (multipart.length === 0 && plan.consumesFromOp) {
          problems.push({
            code: 'swagger2-file-needs-multipart',
            pointer: pointerJoin(pointer, 'consumes'),
            message: `File upload, but consumes does not list ${MULTIPART}; using it anyway.`,
            hint: `Add ${MULTIPART} to consumes.`,
          });
        }
      } else {
        plan.formMediaTypes = formTypes.length > 0 ? formTypes : [FORM_URLENCODED];
        if (formTypes.length === 0 && plan.consumesFromOp) {
          problems.push({
            code: 'swagger2-formdata-consumes',
            pointer: pointerJoin(pointer, 'consumes'),
            message: `formData parameters, but consumes lists no form media type; using ${FORM_URLENCODED}.`,
            hint: `Add ${FORM_URLENCODED} or ${MULTIPART} to consumes.`,
          });
        }
      }
    }
    return plan;
  }

  // -------------------------------------------------------------------------------------------------
  // Paths and operations

  private convertPaths(paths: Obj): Obj {
    const out: Obj = {};
    for (const [path, item] of Object.entries(paths)) {
      const ptr = pointerJoin('#/paths', path);
      if (isExt(path)) out[path] = this.copy(item, ptr);
      else if (isObj(item)) out[path] = this.convertPathItem(item, ptr);
      else this.warn('swagger2-invalid-path-item', ptr, 'Path item is not an object; it was dropped.');
    }
    return out;
  }

  private reportProblems(problems: Problem[]): void {
    for (const p of problems) this.warn(p.code, p.pointer, p.message, p.hint);
  }

  private convertPathItem(item: Obj, ptr: string): Obj {
    const plan = this.planPath(this.main, item, ptr);
    this.reportProblems(plan.problems);
    const out: Obj = {};
    for (const [key, value] of Object.entries(item)) {
      const keyPtr = child(ptr, key);
      if (key === '$ref' && typeof value === 'string') this.recordRef(out, value, keyPtr);
      else if (key === 'parameters') {
        const params = this.convertKeptParams(plan.slots);
        if (params.length > 0) out.parameters = params;
      } else if (METHODS.has(key) && isObj(value)) {
        out[key] = this.convertOperation(value, plan.ops.get(key) as OpPlan);
      } else if (isExt(key) || key === 'summary' || key === 'description' || key === 'servers') {
        out[key] = this.copy(value, keyPtr);
      } else {
        this.warn('swagger2-unknown-field', keyPtr, `Unknown path item field \`${key}\` was dropped.`);
      }
    }
    return out;
  }

  /** The entries of a `parameters` list that stay parameters, converted. */
  private convertKeptParams(slots: Slot[]): unknown[] {
    const out: unknown[] = [];
    for (const slot of slots) {
      if (slot.role !== 'param') continue;
      out.push(
        slot.ref !== undefined
          ? this.refObject(slot.ref, slot.pointer)
          : this.convertParameter(slot.entry as Obj, slot.pointer),
      );
    }
    return out;
  }

  private convertOperation(op: Obj, plan: OpPlan): Obj {
    const ptr = plan.pointer;
    this.reportProblems(plan.problems);
    const bodyName =
      typeof op['x-codegen-request-body-name'] === 'string' ? op['x-codegen-request-body-name'] : undefined;
    const requestBody = plan.body
      ? this.bodyRequestBody(plan.body, plan.consumes, bodyName)
      : plan.form.length > 0
        ? this.formRequestBody(plan.form, plan.formMediaTypes, bodyName)
        : undefined;

    // The request body goes right after `parameters`, or before `responses` when there is no list.
    const out: Obj = {};
    let bodyPlaced = requestBody === undefined;
    const placeBody = (): void => {
      if (!bodyPlaced) out.requestBody = requestBody;
      bodyPlaced = true;
    };
    const hasParameters = hasOwn(op, 'parameters');

    for (const [key, value] of Object.entries(op)) {
      const keyPtr = child(ptr, key);
      if (key === 'parameters') {
        const params = this.convertKeptParams(plan.slots);
        if (params.length > 0) out.parameters = params;
        placeBody();
      } else if (key === 'consumes' || key === 'produces') {
        // folded into request body / response content
      } else if (key === 'schemes') {
        const servers = this.operationServers(value);
        if (servers) out.servers = servers;
      } else if (key === 'responses') {
        if (!hasParameters) placeBody();
        out.responses = this.convertResponses(value, keyPtr, plan.produces);
      } else if (key === 'requestBody' && requestBody === undefined) {
        // A 3.0 field in a 2.0 document: kept unless body/formData parameters define the body.
        out.requestBody = this.copy(value, keyPtr);
      } else if (isExt(key) || OPERATION_COPY_KEYS.has(key)) {
        out[key] = this.copy(value, keyPtr);
      } else {
        this.warn('swagger2-unknown-field', keyPtr, `Unknown operation field \`${key}\` was dropped.`);
      }
    }
    placeBody();
    return out;
  }

  // -------------------------------------------------------------------------------------------------
  // Parameters

  /** A non-body, non-form parameter: value fields move into `schema`, collectionFormat into style/explode. */
  private convertParameter(param: Obj, ptr: string): Obj {
    const out: Obj = {};
    const where = typeof param.in === 'string' ? param.in : '';
    for (const key of ['name', 'in', 'description', 'required', 'deprecated', 'allowEmptyValue']) {
      if (param[key] !== undefined) out[key] = this.copy(param[key], child(ptr, key));
    }
    if (where === 'path' && param.required !== true) {
      this.warn(
        'swagger2-path-param-not-required',
        ptr,
        `Path parameter "${String(param.name)}" is not marked required; made it required.`,
        'Add `required: true`.',
      );
      out.required = true;
    }
    if (!['query', 'header', 'path', 'cookie'].includes(where)) {
      this.warn(
        'swagger2-unknown-parameter-location',
        pointerJoin(ptr, 'in'),
        `Unknown parameter location "${where}".`,
        'Use one of query, header, path, formData, body.',
      );
    }
    if (param.type === 'file') {
      this.warn(
        'swagger2-file-param-outside-form',
        pointerJoin(ptr, 'type'),
        '`type: file` is only allowed for formData parameters; treated as a binary string.',
        'Make it a formData parameter.',
      );
    }

    if (param.type === 'array') {
      const style = this.collectionStyle(
        where === 'query' ? 'query' : 'simple',
        param.collectionFormat,
        pointerJoin(ptr, 'collectionFormat'),
      );
      if (style) Object.assign(out, style);
    }
    out.schema = this.valueSchema(param, ptr, false);

    const example = param.example !== undefined ? param.example : param['x-example'];
    if (example !== undefined) out.example = this.copy(example, ptr);

    for (const [key, value] of Object.entries(param)) {
      if (isExt(key) && key !== 'x-nullable' && !SCHEMA_EXTENSIONS.has(key))
        out[key] = this.copy(value, child(ptr, key));
    }
    return out;
  }

  /**
   * The schema of a parameter, header or form field: its value fields (type, format, items, enum, ...)
   * as a 3.0 schema. For form fields the description and extensions go into the schema too.
   */
  private valueSchema(node: Obj, ptr: string, formField: boolean): unknown {
    // Some "2.0" documents already use a 3.0-style `schema` on non-body parameters.
    if (!formField && isObj(node.schema)) return this.convertSchema(node.schema, pointerJoin(ptr, 'schema'));
    const src: Obj = {};
    for (const [key, value] of Object.entries(node)) {
      if (VALUE_SCHEMA_KEYS.has(key) || SCHEMA_EXTENSIONS.has(key)) src[key] = value;
      else if (formField && (key === 'description' || (isExt(key) && key !== 'x-example'))) src[key] = value;
      else if (formField && (key === 'example' || key === 'x-example') && src.example === undefined)
        src.example = value;
    }
    if (isObj(node.items) && node.items.collectionFormat !== undefined) {
      this.warn(
        'swagger2-nested-collection-format',
        pointerJoin(ptr, 'items', 'collectionFormat'),
        'collectionFormat of nested arrays has no OpenAPI 3.0 equivalent; ignored.',
        'Avoid arrays of arrays in parameters.',
      );
    }
    return this.convertSchema(src, ptr);
  }

  /**
   * collectionFormat → style/explode. `location` is the 3.0 serialisation family: query (and form
   * fields: style form), or simple (path and header). Swagger's default is csv.
   */
  private collectionStyle(location: 'query' | 'simple', format: unknown, ptr: string): Obj | undefined {
    let cf = format === undefined ? 'csv' : format;
    if (cf === 'tsv') {
      this.warn(
        'swagger2-tsv-collection-format',
        ptr,
        'collectionFormat tsv has no OpenAPI 3.0 equivalent; treated as csv.',
        'Use csv, ssv, pipes or multi.',
      );
      cf = 'csv';
    }
    if (location === 'simple') {
      // simple is comma-separated, the 3.0 default for path and header: nothing to say.
      if (cf !== 'csv') {
        this.warn(
          'swagger2-unsupported-collection-format',
          ptr,
          `collectionFormat ${String(cf)} is not supported for path and header parameters in OpenAPI 3.0; treated as csv.`,
          'Use csv.',
        );
      }
      return undefined;
    }
    switch (cf) {
      case 'csv':
        return { style: 'form', explode: false };
      case 'ssv':
        return { style: 'spaceDelimited', explode: false };
      case 'pipes':
        return { style: 'pipeDelimited', explode: false };
      case 'multi':
        return { style: 'form', explode: true };
      default:
        this.warn(
          'swagger2-unsupported-collection-format',
          ptr,
          `Unknown collectionFormat "${String(cf)}"; treated as csv.`,
          'Use csv, ssv, pipes or multi.',
        );
        return { style: 'form', explode: false };
    }
  }

  /** Run `fn` with messages and local refs attributed to the document `source` (for inlined content). */
  private within<T>(source: DocCtx, fn: () => T): T {
    const saved = this.base;
    this.base = source.file;
    try {
      return fn();
    } finally {
      this.base = saved;
    }
  }

  /** The request body made from a body parameter (operation- or path-level, inline or `$ref`). */
  private bodyRequestBody(slot: Slot, consumes: string[], bodyName: string | undefined): unknown {
    const param = slot.node as Obj;
    if (slot.ref === undefined) return this.requestBodyFromParam(param, slot.pointer, consumes, bodyName);

    // A referenced body parameter. `#/parameters/X` becomes `#/components/requestBodies/X`; refer to it
    // when it fits as is (same media types, same body name).
    const isComponent = /#\/parameters\/[^/]+$/.test(slot.ref);
    const sameName = bodyName === undefined || bodyName === param.name;
    if (isComponent && sameName && sameList(consumes, slot.source.consumes))
      return this.refObject(slot.ref, slot.pointer);

    // Otherwise an inline body whose schema refers to where the parameter's schema went.
    let schemaRef = refChild(slot.ref, 'schema');
    if (slot.source === this.main && isObj(param.schema) && typeof param.schema.$ref === 'string')
      schemaRef = param.schema.$ref;
    const schema = this.refObject(schemaRef, slot.pointer);
    return this.within(slot.source, () => this.requestBodyObject(param, slot.nodePointer, schema, consumes, bodyName));
  }

  private requestBodyFromParam(param: Obj, ptr: string, consumes: string[], bodyName: string | undefined): Obj {
    let schema: unknown;
    if (param.schema !== undefined) schema = this.convertSchema(param.schema, pointerJoin(ptr, 'schema'));
    else {
      this.warn(
        'swagger2-body-missing-schema',
        ptr,
        'Body parameter has no `schema`; the body accepts anything.',
        'Add a schema to the body parameter.',
      );
      schema = {};
    }
    return this.requestBodyObject(param, ptr, schema, consumes, bodyName);
  }

  /** `{ description, content: { <mt>: { schema, example } }, required, x-…, x-body-name }`. */
  private requestBodyObject(
    param: Obj,
    ptr: string,
    schema: unknown,
    consumes: string[],
    bodyName: string | undefined,
  ): Obj {
    const out: Obj = {};
    if (param.description !== undefined)
      out.description = this.copy(param.description, pointerJoin(ptr, 'description'));
    const examples = isObj(param['x-examples']) ? param['x-examples'] : undefined;
    const content: Obj = {};
    for (const mt of consumes) {
      const media: Obj = { schema };
      if (examples && examples[mt] !== undefined)
        media.example = this.copy(examples[mt], pointerJoin(ptr, 'x-examples', mt));
      content[mt] = media;
    }
    out.content = content;
    if (typeof param.required === 'boolean') out.required = param.required;
    for (const [key, value] of Object.entries(param)) {
      if (isExt(key) && key !== 'x-body-name') out[key] = this.copy(value, child(ptr, key));
    }
    const name = bodyName ?? (typeof param.name === 'string' ? param.name : undefined);
    if (name !== undefined) out['x-body-name'] = name;
    return out;
  }

  /** The request body made from formData parameters: one object schema, one property per field. */
  private formRequestBody(slots: Slot[], mediaTypes: string[], bodyName: string | undefined): Obj {
    const properties: Obj = {};
    const required: string[] = [];
    const encoding: Obj = {};
    for (const slot of slots) {
      const param = slot.node as Obj;
      if (typeof param.name !== 'string') {
        this.within(slot.source, () =>
          this.warn(
            'swagger2-invalid-parameter',
            slot.nodePointer,
            'formData parameter has no `name`; it was dropped.',
            'Add a name.',
          ),
        );
        continue;
      }
      const name = param.name;
      properties[name] = this.within(slot.source, () => this.valueSchema(param, slot.nodePointer, true));
      if (param.required === true) required.push(name);
      if (param.type === 'array') {
        const style = this.within(slot.source, () =>
          this.collectionStyle('query', param.collectionFormat, pointerJoin(slot.nodePointer, 'collectionFormat')),
        );
        // form + explode is the 3.0 default; anything else needs an encoding entry.
        if (style && !(style.style === 'form' && style.explode === true)) encoding[name] = style;
      }
    }
    const schema: Obj = { type: 'object', properties };
    if (required.length > 0) schema.required = required;

    const content: Obj = {};
    for (const mt of mediaTypes) {
      const media: Obj = { schema };
      // style/explode encodings only apply to application/x-www-form-urlencoded.
      if (isUrlEncoded(mt) && Object.keys(encoding).length > 0) media.encoding = encoding;
      content[mt] = media;
    }
    const out: Obj = { content };
    if (required.length > 0) out.required = true;
    if (bodyName !== undefined) out['x-body-name'] = bodyName;
    return out;
  }

  // -------------------------------------------------------------------------------------------------
  // Responses

  private convertResponses(responses: unknown, ptr: string, produces: string[]): unknown {
    if (!isObj(responses)) {
      this.warn('swagger2-invalid-responses', ptr, '`responses` is not an object; copied as is.');
      return this.copy(responses, ptr);
    }
    const out: Obj = {};
    for (const [code, response] of Object.entries(responses)) {
      const codePtr = child(ptr, code);
      if (isExt(code)) out[code] = this.copy(response, codePtr);
      else if (isObj(response)) out[code] = this.convertResponseOrRef(response, codePtr, produces);
      else this.warn('swagger2-invalid-response', codePtr, 'Response is not an object; it was dropped.');
    }
    return out;
  }

  private convertResponseOrRef(response: unknown, ptr: string, produces: string[]): unknown {
    if (isObj(response) && typeof response.$ref === 'string') return this.refObject(response.$ref, ptr);
    if (!isObj(response)) return this.copy(response, ptr);
    return this.convertResponse(response, ptr, produces);
  }

  /** `schema` → `content` per media type, `examples` → content examples, headers → 3.0 headers. */
  private convertResponse(response: Obj, ptr: string, produces: string[]): Obj {
    const out: Obj = { description: response.description === undefined ? '' : String(response.description) };

    if (isObj(response.headers)) {
      const headers: Obj = {};
      for (const [name, header] of Object.entries(response.headers)) {
        headers[name] = this.convertHeader(header, pointerJoin(ptr, 'headers', name));
      }
      out.headers = headers;
    }

    let content: Obj | undefined;
    let schema: unknown;
    if (response.schema !== undefined) {
      schema = this.convertSchema(response.schema, pointerJoin(ptr, 'schema'));
      content = {};
      for (const mt of responseMediaTypes(produces, response.schema)) content[mt] = { schema };
    }
    if (isObj(response.examples)) {
      content ??= {};
      for (const [mt, example] of Object.entries(response.examples)) {
        const media = (
          isObj(content[mt]) ? content[mt] : (content[mt] = schema !== undefined ? { schema } : {})
        ) as Obj;
        media.example = this.copy(example, pointerJoin(ptr, 'examples', mt));
      }
    }
    if (content) out.content = content;

    for (const [key, value] of Object.entries(response)) {
      if (isExt(key)) out[key] = this.copy(value, child(ptr, key));
      else if (!['description', 'schema', 'headers', 'examples'].includes(key)) {
        this.warn('swagger2-unknown-field', child(ptr, key), `Unknown response field \`${key}\` was dropped.`);
      }
    }
    return out;
  }

  private convertHeader(header: unknown, ptr: string): unknown {
    if (!isObj(header)) return this.copy(header, ptr);
    if (typeof header.$ref === 'string') return this.refObject(header.$ref, ptr);
    const out: Obj = {};
    if (header.description !== undefined)
      out.description = this.copy(header.description, pointerJoin(ptr, 'description'));
    if (header.type === 'array')
      this.collectionStyle('simple', header.collectionFormat, pointerJoin(ptr, 'collectionFormat'));
    out.schema = this.valueSchema(header, ptr, false);
    const example = header.example !== undefined ? header.example : header['x-example'];
    if (example !== undefined) out.example = this.copy(example, ptr);
    for (const [key, value] of Object.entries(header)) {
      if (isExt(key) && key !== 'x-nullable' && !SCHEMA_EXTENSIONS.has(key))
        out[key] = this.copy(value, child(ptr, key));
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------------
  // Schemas

  /**
   * A Swagger 2.0 schema → OpenAPI 3.0 schema: `x-nullable` → `nullable` (a nullable `$ref` becomes
   * `allOf: [$ref]` + `nullable`, since 3.0 ignores `$ref` siblings), string `discriminator` →
   * `{ propertyName }`, `type: file` → binary string, tuple `items` → `anyOf`; recursive.
   */
  private convertSchema(node: unknown, ptr: string): unknown {
    if (!isObj(node)) return this.copy(node, ptr);
    const memo = this.schemaMemo.get(node);
    if (memo !== undefined) return memo;
    const out: Obj = {};
    this.schemaMemo.set(node, out);

    const isFile = node.type === 'file';
    const nullableRef = typeof node.$ref === 'string' && (node['x-nullable'] === true || node.nullable === true);

    for (const [key, value] of Object.entries(node)) {
      const keyPtr = child(ptr, key);
      switch (key) {
        case '$ref':
          if (typeof value !== 'string') out[key] = this.copy(value, keyPtr);
          else if (nullableRef) {
            const rest = Array.isArray(node.allOf)
              ? node.allOf.map((s, i) => this.convertSchema(s, pointerJoin(ptr, 'allOf', i)))
              : [];
            out.allOf = [this.refObject(value, keyPtr), ...rest];
          } else this.recordRef(out, value, keyPtr);
          break;
        case 'x-nullable':
          if (typeof value === 'boolean') out.nullable = value;
          else out[key] = this.copy(value, keyPtr);
          break;
        case 'type':
          out.type = isFile ? 'string' : this.copy(value, keyPtr);
          if (isFile) out.format = 'binary';
          break;
        case 'format':
          if (!isFile) out.format = value;
          break;
        case 'discriminator':
          out.discriminator = typeof value === 'string' ? { propertyName: value } : this.copy(value, keyPtr);
          break;
        case 'properties':
        case 'definitions':
        case 'patternProperties':
          out[key] = isObj(value) ? this.convertSchemaMap(value, keyPtr) : this.copy(value, keyPtr);
          break;
        case 'items':
          out.items = Array.isArray(value) ? this.convertTupleItems(value, keyPtr) : this.convertSchema(value, keyPtr);
          break;
        case 'allOf':
          if (nullableRef) break; // merged into allOf with the $ref above
          out.allOf = Array.isArray(value)
            ? value.map((s, i) => this.convertSchema(s, child(keyPtr, i)))
            : this.copy(value, keyPtr);
          break;
        case 'anyOf':
        case 'oneOf':
          out[key] = Array.isArray(value)
            ? value.map((s, i) => this.convertSchema(s, child(keyPtr, i)))
            : this.copy(value, keyPtr);
          break;
        case 'additionalProperties':
        case 'not':
          out[key] = this.convertSchema(value, keyPtr);
          break;
        case 'collectionFormat':
          break; // not a schema keyword (leaks in from parameter items)
        default:
          out[key] = this.copy(value, keyPtr);
      }
    }
    return out;
  }

  private convertSchemaMap(map: Obj, ptr: string): Obj {
    const out: Obj = {};
    for (const [name, schema] of Object.entries(map)) out[name] = this.convertSchema(schema, child(ptr, name));
    return out;
  }

  /** JSON-Schema tuple `items: [a, b]` (not valid in 2.0 or 3.0) → `items: { anyOf: [a, b] }`. */
  private convertTupleItems(items: unknown[], ptr: string): unknown {
    if (items.length === 1) return this.convertSchema(items[0], child(ptr, 0));
    this.warn(
      'swagger2-tuple-items',
      ptr,
      '`items` is an array (a tuple), which OpenAPI 3.0 does not support; converted to `anyOf` of the items.',
      'Use a single schema for `items`.',
    );
    return { anyOf: items.map((s, i) => this.convertSchema(s, child(ptr, i))) };
  }

  // -------------------------------------------------------------------------------------------------
  // Generic copies and refs

  /** Deep copy of plain data; every string `$ref` is recorded for rewriting. */
  private copy(value: unknown, ptr: string): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const memo = this.copyMemo.get(value);
    if (memo !== undefined) return memo;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      this.copyMemo.set(value, out);
      for (let i = 0; i < value.length; i++) out.push(this.copy(value[i], child(ptr, i)));
      return out;
    }
    const out: Obj = {};
    this.copyMemo.set(value, out);
    for (const [key, v] of Object.entries(value as Obj)) {
      if (key === '$ref' && typeof v === 'string') this.recordRef(out, v, child(ptr, key));
      else out[key] = this.copy(v, child(ptr, key));
    }
    return out;
  }

  private refObject(ref: string, ptr: string): Obj {
    const out: Obj = {};
    this.recordRef(out, ref, ptr);
    return out;
  }

  /** Put `$ref` into `holder` now (keeping key order) and rewrite it once the whole tree exists. */
  private recordRef(holder: Obj, ref: string, pointer: string): void {
    holder.$ref = ref;
    this.sites.push({ holder, ref, base: this.base, pointer });
  }

  private rewriteRefSites(): void {
    for (const site of this.sites) {
      const full = site.base !== '' && site.ref.startsWith('#') ? site.base + site.ref : site.ref;
      let result = this.rewritten.get(full);
      if (result === undefined) {
        result = this.rewriteRef(full, site);
        this.rewritten.set(full, result);
      }
      site.holder.$ref = result;
    }
  }

  /** Map one `$ref` to where its target lives after conversion. Warns (once per distinct ref) on trouble. */
  private rewriteRef(ref: string, site: RefSite): string {
    const hash = ref.indexOf('#');
    if (hash < 0) return ref; // a whole file
    const filePart = ref.slice(0, hash);
    const fragment = ref.slice(hash + 1);
    if (!fragment.startsWith('/')) return ref; // whole document, or a named anchor
    const raw = fragment.slice(1).split('/');
    const tokens = raw.map(decodeToken);
    const warnAt = (code: string, message: string, hint: string | null): void =>
      this.diags.warn(code, site.base || this.file, site.pointer, message, hint);

    const ctx = filePart === '' ? this.main : this.external(filePart);
    if (ctx === undefined) {
      // Another file we cannot read: the loader converts it with the same rules, so map statically.
      if (tokens[0] === 'parameters' && tokens.length >= 2) {
        warnAt(
          'swagger2-external-parameter',
          `Cannot tell whether "${ref}" is a body parameter; assumed it is not.`,
          'Let the loader pass `resolveExternal` to convertSwagger2.',
        );
      }
      return filePart + '#/' + staticMap(tokens, raw).join('/');
    }

    if (filePart === '' && walk(ctx.doc, tokens) === undefined) {
      warnAt('swagger2-dangling-ref', `$ref "${ref}" does not resolve in the Swagger document.`, 'Fix the reference.');
      return '#/' + staticMap(tokens, raw).join('/');
    }
    const mapped = this.mapPointer(ctx, tokens, raw);
    if (mapped === null) {
      warnAt(
        'swagger2-unmappable-ref',
        `$ref "${ref}" points at something that has no OpenAPI 3.0 counterpart; it will not resolve.`,
        'Point the reference at a schema, parameter or response instead.',
      );
      return filePart + '#/' + staticMap(tokens, raw).join('/');
    }
    return filePart + '#/' + mapped.join('/');
  }

  // -------------------------------------------------------------------------------------------------
  // Pointer mapping: original pointer tokens → raw tokens of the same node in the converted document.
  // `null` means the node does not exist after conversion. `raw` keeps the original (escaped) spelling
  // of tokens that do not change; new tokens are escaped with escapePointerToken.

  private mapPointer(ctx: DocCtx, t: string[], raw: string[]): string[] | null {
    const doc = ctx.doc;
    switch (t[0]) {
      case undefined:
        return [];
      case 'definitions': {
        if (t.length === 1) return ['components', 'schemas'];
        const defs = isObj(doc.definitions) ? doc.definitions : {};
        return prepend(['components', 'schemas', raw[1]], mapSchemaRest(defs[t[1]], t, raw, 2));
      }
      case 'responses': {
        if (t.length === 1) return ['components', 'responses'];
        const responses = isObj(doc.responses) ? doc.responses : {};
        return prepend(['components', 'responses', raw[1]], mapResponseRest(responses[t[1]], t, raw, 2, ctx.produces));
      }
      case 'parameters': {
        if (t.length === 1) return null; // split between parameters and requestBodies
        const params = isObj(doc.parameters) ? doc.parameters : {};
        const slot = this.classify(ctx, params[t[1]], 'path', 0, '', []);
        if (slot.role === 'form') return null; // inlined into each operation's form body
        if (slot.role === 'body') {
          return prepend(
            ['components', 'requestBodies', raw[1]],
            mapBodyRest(slot.node as Obj, t, raw, 2, ctx.consumes),
          );
        }
        return prepend(['components', 'parameters', raw[1]], mapParamRest(slot.node, t, raw, 2));
      }
      case 'securityDefinitions': {
        if (t.length === 1) return ['components', 'securitySchemes'];
        const defs = isObj(doc.securityDefinitions) ? doc.securityDefinitions : {};
        return prepend(['components', 'securitySchemes', raw[1]], mapSecurityRest(defs[t[1]], t, raw, 2));
      }
      case 'paths':
        return this.mapPathsPointer(ctx, t, raw);
      case 'swagger':
      case 'host':
      case 'basePath':
      case 'schemes':
      case 'consumes':
      case 'produces':
        return null;
      default:
        return raw.slice(); // info, tags, externalDocs, security, x-…
    }
  }

  private mapPathsPointer(ctx: DocCtx, t: string[], raw: string[]): string[] | null {
    if (t.length <= 2) return raw.slice();
    const paths = isObj(ctx.doc.paths) ? ctx.doc.paths : {};
    const item = paths[t[1]];
    if (!isObj(item)) return raw.slice();
    const plan = this.planPath(ctx, item, pointerJoin('#/paths', t[1]));
    const prefix = ['paths', raw[1]];

    if (t[2] === 'parameters') {
      if (t.length === 3) return prefix.concat('parameters');
      const slot = plan.slots[Number(t[3])];
      if (!slot) return raw.slice();
      if (slot.role === 'param')
        return prepend([...prefix, 'parameters', String(slot.newIndex)], mapParamRest(slot.node, t, raw, 4));
      // A path-level body/form parameter was copied into every operation using it: point at the first.
      for (const [method, opPlan] of plan.ops) {
        const mapped = mapMovedParam(slot, opPlan, t, raw, 4);
        if (mapped !== undefined)
          return mapped === null ? null : prepend([...prefix, escapePointerToken(method)], mapped);
      }
      return null;
    }

    const opPlan = plan.ops.get(t[2]);
    if (!opPlan) return raw.slice();
    const opPrefix = [...prefix, raw[2]];
    if (t.length === 3) return opPrefix;
    const op = item[t[2]] as Obj;
    switch (t[3]) {
      case 'parameters': {
        if (t.length === 4) return opPrefix.concat('parameters');
        const slot = opPlan.slots[Number(t[4])];
        if (!slot) return raw.slice();
        if (slot.role === 'param')
          return prepend([...opPrefix, 'parameters', String(slot.newIndex)], mapParamRest(slot.node, t, raw, 5));
        const mapped = mapMovedParam(slot, opPlan, t, raw, 5);
        return mapped ? prepend(opPrefix, mapped) : null;
      }
      case 'responses': {
        if (t.length === 4) return opPrefix.concat('responses');
        const responses = isObj(op.responses) ? op.responses : {};
        return prepend(
          [...opPrefix, 'responses', raw[4]],
          mapResponseRest(responses[t[4]], t, raw, 5, opPlan.produces),
        );
      }
      case 'consumes':
      case 'produces':
      case 'schemes':
        return null;
      default:
        return raw.slice();
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Pointer mapping helpers (pure). Each maps the tokens from index `i` on, relative to a node whose own
// location has already been mapped.

function prepend(prefix: string[], rest: string[] | null): string[] | null {
  return rest === null ? null : prefix.concat(rest);
}

function bodyAndForm(pointer: string): Problem {
  return {
    code: 'swagger2-body-and-form-params',
    pointer,
    message: 'Operation has both body and formData parameters; the formData parameters were dropped.',
    hint: 'Use either one body parameter or formData parameters.',
  };
}

/** Inside a schema: only tuple items, nullable `$ref`s and string discriminators change shape. */
function mapSchemaRest(node: unknown, t: string[], raw: string[], i: number): string[] | null {
  const out: string[] = [];
  let cur = node;
  while (i < t.length) {
    if (!isObj(cur)) return out.concat(raw.slice(i));
    const tok = t[i];
    switch (tok) {
      case 'properties':
      case 'definitions':
      case 'patternProperties':
      case 'anyOf':
      case 'oneOf':
      case 'allOf': {
        if (i + 1 >= t.length) return out.concat(raw.slice(i));
        // A nullable $ref became `allOf: [$ref, ...allOf]`: existing allOf entries moved one down.
        const shifted = tok === 'allOf' && isNullableRef(cur);
        const container = cur[tok];
        cur = Array.isArray(container)
          ? container[Number(t[i + 1])]
          : isObj(container)
            ? container[t[i + 1]]
            : undefined;
        out.push(raw[i], shifted ? String(Number(t[i + 1]) + 1) : raw[i + 1]);
        i += 2;
        break;
      }
      case 'items': {
        const items = cur.items;
        if (!Array.isArray(items)) {
          out.push('items');
          cur = items;
          i += 1;
          break;
        }
        if (i + 1 >= t.length) return null; // the tuple array itself is gone
        if (items.length === 1) out.push('items');
        else out.push('items', 'anyOf', raw[i + 1]);
        cur = items[Number(t[i + 1])];
        i += 2;
        break;
      }
      case 'additionalProperties':
      case 'not':
        out.push(raw[i]);
        cur = cur[tok];
        i += 1;
        break;
      case '$ref':
        return isNullableRef(cur) ? out.concat('allOf', '0', '$ref') : out.concat(raw.slice(i));
      case 'x-nullable':
        return typeof cur['x-nullable'] === 'boolean' ? out.concat('nullable') : out.concat(raw.slice(i));
      case 'discriminator':
        return typeof cur.discriminator === 'string'
          ? out.concat('discriminator', 'propertyName')
          : out.concat(raw.slice(i));
      case 'collectionFormat':
        return null;
      default:
        return out.concat(raw.slice(i)); // example, enum, default, xml, x-…: plain values
    }
  }
  return out;
}

function isNullableRef(node: unknown): boolean {
  return isObj(node) && typeof node.$ref === 'string' && (node['x-nullable'] === true || node.nullable === true);
}

/** Inside a non-body parameter (or header): value fields now live under `schema`. */
function mapParamRest(param: Obj | undefined, t: string[], raw: string[], i: number): string[] | null {
  if (i >= t.length) return [];
  const tok = t[i];
  if (VALUE_SCHEMA_KEYS.has(tok) || SCHEMA_EXTENSIONS.has(tok))
    return prepend(['schema'], mapSchemaRest(param, t, raw, i));
  if (tok === 'schema') return prepend(['schema'], mapSchemaRest(param?.schema, t, raw, i + 1));
  if (tok === 'collectionFormat') return null;
  if (tok === 'x-example') return ['example'];
  return raw.slice(i);
}

/** Inside a body parameter that became a request body. */
function mapBodyRest(param: Obj, t: string[], raw: string[], i: number, consumes: string[]): string[] | null {
  if (i >= t.length) return [];
  switch (t[i]) {
    case 'schema':
      return prepend(
        ['content', escapePointerToken(consumes[0]), 'schema'],
        mapSchemaRest(param.schema, t, raw, i + 1),
      );
    case 'name':
    case 'in':
      return null;
    default:
      return raw.slice(i); // description, required, x-…
  }
}

/** Inside a formData parameter that became a property of the form body schema. */
function mapFormRest(param: Obj, t: string[], raw: string[], i: number): string[] | null {
  if (i < t.length && ['name', 'in', 'required', 'allowEmptyValue', 'collectionFormat'].includes(t[i])) return null;
  return mapSchemaRest(param, t, raw, i);
}

/**
 * A body/form parameter entry → its place in the operation's request body, relative to the operation.
 * `undefined` when this operation does not use the parameter (overridden), `null` when it has no place.
 */
function mapMovedParam(slot: Slot, plan: OpPlan, t: string[], raw: string[], i: number): string[] | null | undefined {
  const param = slot.node as Obj;
  if (slot.role === 'body') {
    if (plan.body !== slot) return undefined;
    return prepend(['requestBody'], mapBodyRest(param, t, raw, i, plan.consumes));
  }
  if (!plan.form.includes(slot)) return undefined;
  const prefix = [
    'requestBody',
    'content',
    escapePointerToken(plan.formMediaTypes[0]),
    'schema',
    'properties',
    escapePointerToken(String(param.name)),
  ];
  return prepend(prefix, mapFormRest(param, t, raw, i));
}

/** Inside a response: `schema` moved under `content/<first media type>`, header values under `schema`. */
function mapResponseRest(
  response: unknown,
  t: string[],
  raw: string[],
  i: number,
  produces: string[],
): string[] | null {
  if (i >= t.length || !isObj(response)) return raw.slice(i);
  switch (t[i]) {
    case 'schema': {
      const mt = responseMediaTypes(produces, response.schema)[0];
      return prepend(['content', escapePointerToken(mt), 'schema'], mapSchemaRest(response.schema, t, raw, i + 1));
    }
    case 'headers': {
      if (i + 1 >= t.length) return ['headers'];
      const headers = isObj(response.headers) ? response.headers : {};
      const header = headers[t[i + 1]];
      return prepend(['headers', raw[i + 1]], mapParamRest(isObj(header) ? header : undefined, t, raw, i + 2));
    }
    case 'examples':
      if (i + 1 >= t.length) return null;
      return ['content', raw[i + 1], 'example', ...raw.slice(i + 2)];
    default:
      return raw.slice(i);
  }
}

/** Inside a security definition: oauth2 URLs and scopes moved under `flows/<flow>`. */
function mapSecurityRest(scheme: unknown, t: string[], raw: string[], i: number): string[] | null {
  if (i >= t.length || !isObj(scheme)) return raw.slice(i);
  const flow = typeof scheme.flow === 'string' ? OAUTH2_FLOWS[scheme.flow] : undefined;
  if (scheme.type === 'oauth2' && flow && ['authorizationUrl', 'tokenUrl', 'scopes'].includes(t[i])) {
    return ['flows', flow.name, ...raw.slice(i)];
  }
  if (t[i] === 'flow') return null;
  return raw.slice(i);
}

/**
 * Best-effort mapping without the target document: section renames only (`definitions` →
 * `components/schemas`, `parameters` → `components/parameters`, `responses` → `components/responses`).
 */
function staticMap(t: string[], raw: string[]): string[] {
  switch (t[0]) {
    case 'definitions':
      return ['components', 'schemas', ...raw.slice(1)];
    case 'parameters':
      return ['components', 'parameters', ...raw.slice(1)];
    case 'responses':
      return ['components', 'responses', ...raw.slice(1)];
    case 'securityDefinitions':
      return ['components', 'securitySchemes', ...raw.slice(1)];
    default:
      return raw.slice();
  }
}
