/**
 * Swagger 2.0 → OpenAPI 3.0.3, phase 3 of 3 (see swagger2.ts): rewrite refs. Each distinct `$ref` string is mapped
 * once: its JSON pointer is walked through the original document next to the plans, so even deep pointers are sent
 * to where that node now lives. Pointers whose target no longer exists are warned about.
 */
import type { Diagnostics } from '../diagnostics';
import { escapePointerToken, pointerJoin } from '../diagnostics';
import type { DocCtx, OpPlan, Planner, Slot } from './swagger2-plan';
import {
  type Obj,
  VALUE_SCHEMA_KEYS,
  SCHEMA_EXTENSIONS,
  OAUTH2_FLOWS,
  isObj,
  responseMediaTypes,
  decodeToken,
  walk,
} from './swagger2-shared';

/** Where a ref site is: the object holding `$ref`, the original string, and context for messages. */
export interface RefSite {
  holder: Obj;
  ref: string;
  /** File part to prepend to local refs (content inlined from an external document). */
  base: string;
  pointer: string;
}

/** Phase 3: every recorded `$ref` mapped to where its target lives in the converted document. */
export class RefRewriter {
  private readonly rewritten = new Map<string, string>();

  constructor(
    private readonly planner: Planner,
    private readonly file: string,
    private readonly diags: Diagnostics,
  ) {}

  rewrite(sites: RefSite[]): void {
    for (const site of sites) {
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

    const ctx = filePart === '' ? this.planner.main : this.planner.external(filePart);
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
        const slot = this.planner.classify(ctx, params[t[1]], 'path', 0, '', []);
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
    const plan = this.planner.planPath(ctx, item, pointerJoin('#/paths', t[1]));
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
