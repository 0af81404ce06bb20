/**
 * A schema's own `required` beside its `allOf` (`{ allOf: [{ $ref: Props }], required: [id, created] }`) names the
 * members' properties too: the object those members make requires them (JSON Schema: every keyword of the schema holds
 * of the value). Request bodies' params do the same (params.ts, flattenObject).
 *
 * With a Stainless config, only where the schema says it is an object (`type: object`, or properties of its own), as
 * Stainless's SDKs have it: sambanova's TranscriptionStreamResponse (`type: object, allOf: [{ $ref: Props }],
 * required: [id, created, model, …]`, none required in Props) has `id: string`, `choices: Array<Choice> | null` in
 * TypeScript, `id: str`, `choices: Optional[List[Choice]] = None` in Python; Spotify's AlbumObject (no `type`,
 * `allOf: [{ $ref: AlbumBase }, { properties: { artists, … } }], required: [artists, …]`) keeps `artists?` in
 * stainless-commons' spotify-typescript.
 */
import type { SchemaNode } from '../normalize/schema';
import type { ObjectType, TypeRef } from './types';

/**
 * `type`, built from `node`, with the properties `node`'s own `required` names required: those of the object its
 * `allOf` members make (merged with a Stainless config), of the objects of an intersection (sdkgen's own `A & B`, or a
 * merged object beside the models it extends), and of such a type made nullable. A member that is a named type (a ref)
 * is not changed; what it leaves optional is still checked by the validators (required-keys.ts). `stainless`: as a
 * Stainless config's SDKs (above).
 */
export function withOuterRequired(type: TypeRef, node: SchemaNode, { stainless = false } = {}): TypeRef {
  // (The common case first: no allOf, or no list of its own.)
  if (!node.allOf?.length || node.required.length === 0) return type;
  if (stainless && !node.types?.includes('object') && node.properties.length === 0) return type;
  const required = new Set(node.required);
  const object = (o: ObjectType): ObjectType => {
    if (!o.properties.some((p) => !p.required && required.has(p.key))) return o;
    // (No longer the shape of the component it was written out from: not declared once with it.)
    const { inlinedFrom: _inlinedFrom, ...rest } = o;
    return {
      ...rest,
      properties: o.properties.map((p) => (!p.required && required.has(p.key) ? { ...p, required: true } : p)),
    };
  };
  const apply = (t: TypeRef): TypeRef => {
    if (t.kind === 'object') return object(t);
    if (t.kind === 'intersection') return { ...t, parts: t.parts.map((p) => (p.kind === 'object' ? object(p) : p)) };
    return t;
  };
  if (type.kind === 'union') {
    // Made nullable (`nullable: true` beside the allOf): the object beside the null.
    const others = type.variants.filter((v) => v.kind !== 'null');
    return others.length === 1
      ? { ...type, variants: type.variants.map((v) => (v.kind === 'null' ? v : apply(v))) }
      : type;
  }
  return apply(type);
}
