/**
 * Names the README programs of an SDK made from a Stainless config use, in every language: the library's name in the
 * title, and the variable a request's result is held in. Each language gives its own case and its own test of
 * whether a name can be a variable.
 */
import type { Method, NamedSchema } from '../ir/types';
import { pluralizeTypeName } from '../naming/stainless';

/** The library's name in the title: the client's name in words (`KnockMgmt` → `Knock Mgmt`, `ParsecAPI` → `Parsec API`). */
export function libraryName(clientName: string): string {
  return clientName
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim();
}

/** The verbs whose response type Stainless names `<Resource><Verb>Response`. */
const RESOURCE_VERBS = new Set(['create', 'retrieve', 'get', 'update', 'delete', 'list']);

export interface VariableNaming {
  schemas: ReadonlyMap<string, NamedSchema>;
  /** A type's name in the language's variable case: `camelCase`, `snake_case`. */
  toCase: (typeName: string) => string;
  /** Whether `name` can be the program's variable (an identifier, no keyword, not taken). */
  usable: (name: string) => boolean;
}

/**
 * The variable Stainless's programs hold `m`'s result in: a named model's name (`conversation`); for a response type
 * of the method's own, the resource's name where it is `<Resource><Verb>Response` of a resource verb (`login`), the
 * plural of an array's items (`users`), else `response`.
 */
export function resultVariable(m: Method, naming: VariableNaming): string {
  const { schemas, toCase, usable } = naming;
  const or = (name: string) => (name && usable(name) ? name : 'response');
  const type = m.response.kind === 'json' ? m.response.type : null;
  const schema = type?.kind === 'ref' ? schemas.get(type.schemaId) : undefined;
  if (!type || !schema || type.kind !== 'ref' || !type.schemaId.endsWith('#response'))
    return or(schema ? toCase(schema.name) : '');
  const items = schema.type.kind === 'array' ? schema.type.items : null;
  const itemModel = items?.kind === 'ref' ? schemas.get(items.schemaId) : undefined;
  if (itemModel) return or(toCase(pluralizeTypeName(itemModel.name)));
  const suffix = `${m.name.charAt(0).toUpperCase()}${m.name.slice(1)}Response`;
  if (!RESOURCE_VERBS.has(m.name) || !schema.name.endsWith(suffix) || schema.name === suffix) return 'response';
  const resource = schema.name.slice(0, -suffix.length);
  // (Plural for a list, or any call returning an array: phoebe's `const geos = await client.ref.hotspot.geo.retrieve(…)`.)
  const plural = m.name === 'list' || schema.type.kind === 'array';
  return or(toCase(plural ? pluralizeTypeName(resource) : resource));
}
