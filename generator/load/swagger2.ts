/**
 * Swagger 2.0 → OpenAPI 3.0.3.
 *
 * The rest of the generator only understands OpenAPI 3.x, so the loader runs every Swagger 2.0 document
 * through `convertSwagger2` first. The conversion is a pure function: the input is never mutated, the
 * output is a fresh object tree whose keys follow the input's order (new keys go where the Swagger field
 * they replace was), so converting the same document twice gives byte-identical JSON.
 *
 * How it works, in three steps (a file each):
 *  1. Plan (swagger2-plan.ts). For every path item and operation we work out, from the ORIGINAL document, what happens to
 *     each parameter: stays a parameter (and at which new index), becomes the request body, or becomes a
 *     property of the form body; plus the effective consumes/produces. Plans are cached per object.
 *  2. Convert (this file). One walk over the document builds the 3.0 tree. Every `$ref` found on the way is copied
 *     verbatim and remembered as a "ref site" (the object holding it plus the original string).
 *  3. Rewrite refs (swagger2-refs.ts). Each distinct `$ref` string is mapped once: the JSON pointer is walked through the
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
import { pointerJoin } from '../diagnostics';
import { Planner, type DocCtx, type OpPlan, type Problem, type Slot } from './swagger2-plan';
import { RefRewriter, type RefSite } from './swagger2-refs';
import {
  type Obj,
  OPENAPI_VERSION,
  METHODS,
  VALUE_SCHEMA_KEYS,
  SCHEMA_EXTENSIONS,
  TOP_LEVEL_KEYS,
  OPERATION_COPY_KEYS,
  OAUTH2_FLOWS,
  isObj,
  isExt,
  hasOwn,
  mediaList,
  sameList,
  isUrlEncoded,
  responseMediaTypes,
  child,
  refChild,
} from './swagger2-shared';

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

class Swagger2Converter {
  private readonly planner: Planner;
  private readonly sites: RefSite[] = [];
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
    options: Swagger2Options,
  ) {
    this.planner = new Planner(doc, options);
  }

  private warn(code: string, pointer: string, message: string, hint: string | null = null): void {
    this.diags.warn(code, this.base || this.file, pointer, message, hint);
  }

  // -------------------------------------------------------------------------------------------------
  // Top level

  run(): Obj {
    const doc = this.planner.main.doc;
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

    new RefRewriter(this.planner, this.file, this.diags).rewrite(this.sites);
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
    const doc = this.planner.main.doc;
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
    const doc = this.planner.main.doc;
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
        responses[name] = this.convertResponseOrRef(response, ptr, this.planner.main.produces);
      }
    }

    if (isObj(doc.parameters)) {
      for (const [name, param] of Object.entries(doc.parameters)) {
        const ptr = pointerJoin('#/parameters', name);
        const slot = this.planner.classify(this.planner.main, param, 'path', 0, ptr, []);
        if (slot.role === 'invalid') {
          this.warn('swagger2-invalid-parameter', ptr, 'Parameter is not an object; it was dropped.');
        } else if (slot.role === 'body') {
          // Body parameters become request bodies, with the global consumes.
          requestBodies[name] = slot.ref
            ? this.refObject(slot.ref, ptr)
            : this.requestBodyFromParam(slot.node as Obj, ptr, this.planner.main.consumes, undefined);
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
    const plan = this.planner.planPath(this.planner.main, item, ptr);
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
    if (slot.source === this.planner.main && isObj(param.schema) && typeof param.schema.$ref === 'string')
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
}
