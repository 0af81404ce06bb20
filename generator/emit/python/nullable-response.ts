/**
 * A method's response type that is one object or null (`anyOf: [{$ref: …}, {type: 'null'}]`, the referenced schema no
 * model of the config): Stainless's Python SDKs declare the object's class under the response's name
 * (`CheckpointGetTupleResponse`) and write the null at the method: it returns `Optional[CheckpointGetTupleResponse]`,
 * read as that class (`cast_to=CheckpointGetTupleResponse`), and api.md and the tests name it so. Not where anything
 * else names the type: there the alias (`X: TypeAlias = Optional[…]`) stands.
 */
import type { Api, NamedSchema, Resource, TypeRef } from '../../ir/types';
import { walkRefs } from '../../ir/walk';
import { isClassType } from './class-bases';

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
  const visit = (resource: Resource) => {
    for (const method of resource.methods) {
      for (const param of method.positional) note(param.type);
      for (const field of method.params?.fields ?? []) note(field.type);
      for (const variant of method.params?.variants ?? []) for (const field of variant.fields) note(field.type);
      if (method.response.kind === 'sse') note(method.response.event);
      if (method.pagination) note(method.pagination.item);
      if (method.streamWhen) note(method.streamWhen.event);
      const response = method.response.kind === 'json' && !method.pagination ? method.response.type : null;
      // (The method's own response type, inline in the spec or a schema no model names; not a component's name.)
      const own = `${method.source.file}${method.source.pointer}#response`;
      if (response?.kind === 'ref' && response.schemaId === own) responses.add(own);
      else if (response) note(response);
    }
    resource.subresources.forEach(visit);
  };
  api.resources.forEach(visit);
  if (api.topLevel) visit(api.topLevel);
  for (const scheme of api.paginationSchemes) for (const field of scheme.fields ?? []) note(field.type);
  return new Set(
    [...responses].filter((id) => {
      const named = byId.get(id);
      return !elsewhere.has(id) && named && !named.configModel && classOrNullPart(named.type, schema) !== null;
    }),
  );
}
