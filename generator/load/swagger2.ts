/**
 * Swagger 2.0 → OpenAPI 3.0.3.
 *
 * The rest of the generator only understands OpenAPI 3.x, so the loader runs every Swagger 2.0 document
 * through `convertSwagger2` first. The conversion is a pure function: the input is never mutated, the
 * output is a fresh object tree whose keys follow the input's order (new keys go where the Swagger field
 * they replace was), so converting the same document twice gives byte-identical JSON.
 *
 * How it works, in three steps:
 *  1. Plan (swagger2-plan.ts). For every path item and operation we work out, from the ORIGINAL document, what happens to
 *     each parameter: stays a parameter (and at which new index), becomes the request body, or becomes a
 *     property of the form body; plus the effective consumes/produces. Plans are cached per object.
 *  2. Convert (this file: the document, servers, components, paths and operations; swagger2-messages.ts: parameters,
 *     request bodies and responses; swagger2-schemas.ts: the converter's state, schemas, copies and `$ref` sites, a
 *     class each, each extending the next). One walk over the document builds the 3.0 tree. Every `$ref` found on
 *     the way is copied verbatim and remembered as a "ref site" (the object holding it plus the original string).
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
import type { OpPlan, Problem, Slot } from './swagger2-plan';
import { RefRewriter } from './swagger2-refs';
import { Swagger2MessageConverter } from './swagger2-messages';
import {
  type Obj,
  type Swagger2Options,
  OPENAPI_VERSION,
  METHODS,
  TOP_LEVEL_KEYS,
  OPERATION_COPY_KEYS,
  OAUTH2_FLOWS,
  isObj,
  isExt,
  hasOwn,
  mediaList,
  sameList,
  child,
} from './swagger2-shared';

/** Declared with the converter's shared parts, which read it too; callers import it from here. */
export type { Swagger2Options };

/** Converts a parsed Swagger 2.0 document into an equivalent OpenAPI 3.0.3 document. */
export function convertSwagger2(
  doc: Record<string, unknown>,
  file: string,
  diags: Diagnostics,
  options: Swagger2Options = {},
): Record<string, unknown> {
  return new Swagger2Converter(doc, file, diags, options).run();
}
class Swagger2Converter extends Swagger2MessageConverter {
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
}
