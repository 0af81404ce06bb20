/**
 * A method's response type that is one object or null (`anyOf: [{$ref: …}, {type: 'null'}]`, the referenced schema no
 * model of the config): Stainless's Python SDKs declare the object's class under the response's name
 * (`CheckpointGetTupleResponse`) and write the null at the method: it returns `Optional[CheckpointGetTupleResponse]`,
 * read as that class (`cast_to=CheckpointGetTupleResponse`), and api.md and the tests name it so. Not where anything
 * else names the type: there the alias (`X: TypeAlias = Optional[…]`) stands.
 */
import type { Api, NamedSchema, TypeRef } from '../../../ir/types';
import { walkRefs } from '../../../ir/walk';
import { isClassType } from '../types/class-bases';
import { forEachMethodType } from './method-types';

/** The object part of a type that is one object (a class) or null; null otherwise. */
export function classOrNullPart(type: TypeRef, schema: (id: string) => NamedSchema): TypeRef | null {
  if (type.kind !== 'union') return null;
  const nonNull = type.variants.filter((variant) => variant.kind !== 'null');
  if (nonNull.length !== 1 || nonNull.length === type.variants.length) return null;
  const [part] = nonNull;
  // (A named model stays one: `Optional[Model]` is its alias.)
  if (part.kind === 'ref' || !isClassType(part, schema)) return null;
  return part;
}

/** The ids of the methods' own response types that are one object or null, and named by nothing else. */
export function nullableResponseClasses(api: Api): Set<string> {
  const byId = new Map(api.schemas.map((schema) => [schema.id, schema]));
  const schema = (id: string) => byId.get(id)!;
  const elsewhere = new Set<string>();
  const responses = new Set<string>();
  const note = (type: TypeRef) => walkRefs(type, (id) => elsewhere.add(id));
  for (const named of api.schemas) note(named.type);
  forEachMethodType(api, (type, use, method) => {
    if (use !== 'response' || !method) return note(type);
    // (A page's response is the page: its items are what the method returns. The method's own response type, inline
    // in the spec or a schema no model names, is the response's alone; not a component's name.)
    if (method.pagination) return;
    const own = `${method.source.file}${method.source.pointer}#response`;
    if (type.kind === 'ref' && type.schemaId === own) responses.add(own);
    else note(type);
  });
  return new Set(
    [...responses].filter((id) => {
      const named = byId.get(id);
      return !elsewhere.has(id) && named && !named.configModel && classOrNullPart(named.type, schema) !== null;
    }),
  );
}
