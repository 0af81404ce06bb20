/**
 * Swagger 2.0 → OpenAPI 3.0.3, the converter's base (see swagger2.ts): its state, its messages, and what every
 * part converts with: schemas, plain copies and `$ref`s (recorded for swagger2-refs.ts to rewrite).
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import { MAX_SCHEMA_DEPTH, schemaTooDeep } from './limits';
import { Planner, type DocCtx } from './swagger2-plan';
import type { RefSite } from './swagger2-refs';
import { type Obj, type Swagger2Options, isObj, child } from './swagger2-shared';

export class Swagger2SchemaConverter {
  protected readonly planner: Planner;
  protected readonly sites: RefSite[] = [];
  /**
   * Memo of converted schemas / copied values: shared input nodes stay shared, cycles stay cycles.
   * Plain Maps, not WeakMaps: the converter is short-lived and WeakMaps are much slower on big documents.
   */
  protected readonly schemaMemo = new Map<object, unknown>();
  /** How many schemas are being converted, each inside the one before. */
  private schemaDepth = 0;
  protected readonly copyMemo = new Map<object, unknown>();
  /** While inlining content from an external document: its ref file part, for refs and messages. */
  protected base = '';

  constructor(
    doc: Obj,
    protected readonly file: string,
    protected readonly diags: Diagnostics,
    options: Swagger2Options,
  ) {
    this.planner = new Planner(doc, options);
  }

  protected warn(code: string, pointer: string, message: string, hint: string | null = null): void {
    this.diags.warn(code, this.base || this.file, pointer, message, hint);
  }

  /** Run `fn` with messages and local refs attributed to the document `source` (for inlined content). */
  protected within<T>(source: DocCtx, fn: () => T): T {
    const saved = this.base;
    this.base = source.file;
    try {
      return fn();
    } finally {
      this.base = saved;
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Schemas

  /**
   * A Swagger 2.0 schema → OpenAPI 3.0 schema: `x-nullable` → `nullable` (a nullable `$ref` becomes
   * `allOf: [$ref]` + `nullable`, since 3.0 ignores `$ref` siblings), string `discriminator` →
   * `{ propertyName }`, `type: file` → binary string, tuple `items` → `anyOf`; recursive.
   */
  protected convertSchema(node: unknown, ptr: string): unknown {
    if (!isObj(node)) return this.copy(node, ptr);
    const memo = this.schemaMemo.get(node);
    if (memo !== undefined) return memo;
    if (this.schemaDepth >= MAX_SCHEMA_DEPTH) throw schemaTooDeep(this.base || this.file, ptr, '#/definitions');
    this.schemaDepth++;
    try {
      return this.convertSchemaObject(node, ptr);
    } finally {
      this.schemaDepth--;
    }
  }

  private convertSchemaObject(node: Obj, ptr: string): unknown {
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

  protected convertSchemaMap(map: Obj, ptr: string): Obj {
    const out: Obj = {};
    for (const [name, schema] of Object.entries(map)) out[name] = this.convertSchema(schema, child(ptr, name));
    return out;
  }

  /** JSON-Schema tuple `items: [a, b]` (not valid in 2.0 or 3.0) → `items: { anyOf: [a, b] }`. */
  protected convertTupleItems(items: unknown[], ptr: string): unknown {
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
  protected copy(value: unknown, ptr: string): unknown {
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

  protected refObject(ref: string, ptr: string): Obj {
    const out: Obj = {};
    this.recordRef(out, ref, ptr);
    return out;
  }

  /** Put `$ref` into `holder` now (keeping key order) and rewrite it once the whole tree exists. */
  protected recordRef(holder: Obj, ref: string, pointer: string): void {
    holder.$ref = ref;
    this.sites.push({ holder, ref, base: this.base, pointer });
  }
}
