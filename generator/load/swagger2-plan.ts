/**
 * Swagger 2.0 → OpenAPI 3.0.3, phase 1 of 3 (see swagger2.ts): plans. For every path item and operation, from the
 * ORIGINAL document, what happens to each parameter (stays a parameter and at which new index, becomes the request
 * body, or a property of the form body) and the effective consumes/produces. Plans are cached per object.
 */
import { pointerJoin } from '../diagnostics';
import {
  type Obj,
  type Swagger2Options,
  DEFAULT_MEDIA_TYPE,
  FORM_URLENCODED,
  MULTIPART,
  METHODS,
  isObj,
  mediaList,
  isMultipart,
  isUrlEncoded,
  decodeToken,
  walk,
} from './swagger2-shared';

// ---------------------------------------------------------------------------------------------------
// Plans: what happens to each parameter, computed from the original document

/** A document the converter can read: the one being converted, or an external one from `resolveExternal`. */
export interface DocCtx {
  doc: Obj;
  /** The ref file part naming this document ("" for the document being converted). */
  file: string;
  /** Global consumes / produces, defaulted. */
  consumes: string[];
  produces: string[];
  pathPlans: Map<Obj, PathPlan>;
}

export type SlotRole = 'param' | 'body' | 'form' | 'invalid';

/** One entry of a `parameters` list. */
export interface Slot {
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

export interface Problem {
  code: string;
  pointer: string;
  message: string;
  hint: string | null;
}

export interface PathPlan {
  pointer: string;
  slots: Slot[];
  /** Operation plans by method, in path item key order. */
  ops: Map<string, OpPlan>;
  problems: Problem[];
}

export interface OpPlan {
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

/** Phase 1: plans for path items and operations (and `$ref`s to parameters), read from the original documents. */
export class Planner {
  readonly main: DocCtx;
  private readonly externals = new Map<string, DocCtx | null>();

  constructor(
    doc: Obj,
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

  /** Follow a `$ref` (chains of any length) from a document; undefined when it cannot be resolved or loops. */
  follow(ctx: DocCtx, ref: string): { ctx: DocCtx; node: unknown; pointer: string } | undefined {
    let cur = ctx;
    let target = ref;
    const seen = new Set<string>(); // the loader reports a cycle; here it only has to end
    for (;;) {
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
        const key = `${cur.file}#${fragment}`;
        if (seen.has(key)) return undefined;
        seen.add(key);
        target = node.$ref;
        continue;
      }
      return { ctx: cur, node, pointer: `#${fragment}` };
    }
  }

  external(filePart: string): DocCtx | undefined {
    if (!this.externals.has(filePart)) {
      const doc = this.options.resolveExternal?.(filePart);
      this.externals.set(filePart, isObj(doc) ? this.makeCtx(doc, filePart) : null);
    }
    return this.externals.get(filePart) ?? undefined;
  }

  /** Classify one `parameters` entry: stays a parameter, becomes the body, or a form field. */
  classify(
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

  classifyList(ctx: DocCtx, list: unknown, level: 'path' | 'op', pointer: string, problems: Problem[]): Slot[] {
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

  planPath(ctx: DocCtx, item: Obj, pointer: string): PathPlan {
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

  planOperation(ctx: DocCtx, pathSlots: Slot[], op: Obj, pointer: string): OpPlan {
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
}

function bodyAndForm(pointer: string): Problem {
  return {
    code: 'swagger2-body-and-form-params',
    pointer,
    message: 'Operation has both body and formData parameters; the formData parameters were dropped.',
    hint: 'Use either one body parameter or formData parameters.',
  };
}
