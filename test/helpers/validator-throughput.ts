/**
 * Throughput of the generated validators (`validation: true`) next to Zod v4 schemas of the same models, in one run
 * (bench/validation.mjs): every JSON response of a spec's methods, an instance of each built from its type (every
 * property, as deep as 4 levels), checked by both many times over.
 *
 * The Zod schemas are built from the same IR nodes, with the validators' semantics where Zod has them: objects loose
 * (unknown keys pass), optional properties optional, additional properties by `catchall`, unions and intersections,
 * lazy references. Zod's enums are closed (the validators' are open): it does a little less work there.
 */
import { z } from 'zod';
import { schemaModule, responseValidatorName } from '../../generator/emit/typescript/plan-schemas';
import { resourcesWithTopLevel } from '../../generator/ir/resources';
import type { NamedSchema, TypeRef } from '../../generator/ir/types';
import { importValidators, instanceOf, writeValidators } from './validator-agreement';

interface Validator {
  '~standard': { validate(value: unknown): { issues?: unknown[] } };
}

export interface Throughput {
  /** Responses measured (those whose instance both take). */
  models: number;
  /** Responses left out: an instance one of the two refuses (a shape Zod reads otherwise). */
  leftOut: number;
  /** Validations a second, all responses' instances in turn. */
  ours: number;
  zod: number;
}

/** Generates `spec`'s validators into `dir`, builds Zod schemas of the same responses, and times both. */
export async function throughput(spec: string, dir: string, { rounds = 200 } = {}): Promise<Throughput> {
  const { api, modules } = await writeValidators(spec, dir);
  const loaded = await importValidators<Validator>(dir, modules);

  const schemas = new Map(api.schemas.map((s) => [s.id, s]));
  const zod = zodBuilder(schemas);
  const cases: Array<{ ours: Validator; zod: z.ZodType; value: unknown }> = [];
  let leftOut = 0;
  for (const resource of resourcesWithTopLevel(api)) {
    const module = `m${modules.indexOf(`src/${schemaModule(resource.module)}.ts`)}`;
    for (const method of resource.methods) {
      if (method.response.kind !== 'json') continue;
      const ours = loaded[module]?.[responseValidatorName(method)];
      if (!ours) continue;
      const value = instanceOf(method.response.type, schemas, true, 0);
      const theirs = zod(method.response.type);
      if (ours['~standard'].validate(value).issues || !theirs.safeParse(value).success) {
        leftOut++;
        continue;
      }
      cases.push({ ours, zod: theirs, value });
    }
  }
  const time = (run: (c: (typeof cases)[number]) => void) => {
    for (let i = 0; i < 20; i++) for (const c of cases) run(c); // warm-up
    const start = performance.now();
    for (let i = 0; i < rounds; i++) for (const c of cases) run(c);
    return (rounds * cases.length) / ((performance.now() - start) / 1000);
  };
  const ours = time((c) => c.ours['~standard'].validate(c.value));
  const theirs = time((c) => c.zod.safeParse(c.value));
  return { models: cases.length, leftOut, ours, zod: theirs };
}

/** Zod v4 schemas of IR types, named schemas made once (lazily, for cycles). */
function zodBuilder(schemas: ReadonlyMap<string, NamedSchema>): (type: TypeRef) => z.ZodType {
  const named = new Map<string, z.ZodType>();
  const build = (type: TypeRef): z.ZodType => {
    switch (type.kind) {
      case 'string':
        return z.string();
      case 'number':
        return z.number();
      case 'integer':
        return z.number().int();
      case 'boolean':
        return z.boolean();
      case 'null':
        return z.null();
      case 'unknown':
      case 'any':
      case 'file':
        return z.unknown();
      case 'literal':
        return z.literal(type.value);
      case 'enum':
        return type.values.length === 1
          ? z.literal(type.values[0]!)
          : z.union(type.values.map((v) => z.literal(v)) as unknown as [z.ZodType, z.ZodType]);
      case 'array':
        return z.array(build(type.items));
      case 'tuple': {
        const items = type.items.map(build) as [z.ZodType, ...z.ZodType[]];
        return type.rest ? z.tuple(items, build(type.rest)) : z.tuple(items);
      }
      case 'object': {
        const shape: Record<string, z.ZodType> = {};
        for (const p of type.properties) shape[p.key] = p.required ? build(p.type) : build(p.type).optional();
        const object = z.looseObject(shape);
        return type.additional ? object.catchall(build(type.additional)) : object;
      }
      case 'union':
        return type.variants.length === 1
          ? build(type.variants[0]!)
          : z.union(type.variants.map(build) as [z.ZodType, z.ZodType]);
      case 'intersection':
        return type.parts.map(build).reduce((a, b) => z.intersection(a, b));
      case 'ref': {
        const id = type.schemaId;
        let schema = named.get(id);
        if (!schema) {
          // Built after it is registered: a reference to itself inside finds it.
          const built: { schema?: z.ZodType } = {};
          schema = z.lazy(() => built.schema!);
          named.set(id, schema);
          built.schema = build(schemas.get(id)!.type);
        }
        return schema;
      }
    }
  };
  return build;
}
