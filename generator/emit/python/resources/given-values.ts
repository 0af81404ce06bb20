/**
 * Values a Stainless config gives for a request's params (`readme.example_requests`), as Python literals of the
 * params' types: an object's keys become its TypedDict's (`fullName` → `full_name`), dates stay the strings given, a
 * file's string is its contents (`b"..."`, as Stainless's programs pass it). A README planner's own code value
 * (`pyCode`, a `Path(...)`) is passed as it is.
 */
import type { NamedSchema, Property, TypeRef } from '../../../ir/types';
import { pyParamKey } from '../../../naming/python';
import { isPyCode, pyBytes, pyCode, pyDict, pyList, type PyValue } from '../types/py-literal';

export function givenValue(value: unknown, type: TypeRef | null, schemas: ReadonlyMap<string, NamedSchema>): PyValue {
  if (value === null || value === undefined) return null;
  if (isPyCode(value)) return value;
  // (YAML reads an unquoted date as a Date.)
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (Array.isArray(value)) {
    const items = type && resolved(type, schemas);
    return pyList(value.map((v) => givenValue(v, items?.kind === 'array' ? items.items : null, schemas)));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    const properties = type ? propertiesFor(type, Object.keys(value), schemas) : null;
    return pyDict(
      entries.map(([key, v]) => {
        const property = properties?.find((p) => p.key === key);
        return property
          ? [pyParamKey(key), givenValue(v, property.type, schemas)]
          : [key, givenValue(v, null, schemas)];
      }),
    );
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && type && resolved(type, schemas).kind === 'file') return pyCode(pyBytes(value));
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** `type` with its refs followed (a cycle of refs is unknown). */
function resolved(type: TypeRef, schemas: ReadonlyMap<string, NamedSchema>, seen: string[] = []): TypeRef {
  if (type.kind !== 'ref' || seen.includes(type.schemaId)) return type;
  const schema = schemas.get(type.schemaId);
  return schema ? resolved(schema.type, schemas, [...seen, type.schemaId]) : { kind: 'unknown' };
}

/** The properties of the object `type` is: of a union, the variant declaring every key given (else the first object). */
function propertiesFor(type: TypeRef, keys: string[], schemas: ReadonlyMap<string, NamedSchema>): Property[] | null {
  const target = resolved(type, schemas);
  if (target.kind === 'object') return target.properties;
  if (target.kind === 'intersection') return target.parts.flatMap((part) => propertiesFor(part, keys, schemas) ?? []);
  if (target.kind !== 'union') return null;
  const objects = target.variants.map((v) => propertiesFor(v, keys, schemas)).filter((p): p is Property[] => !!p);
  return objects.find((props) => keys.every((k) => props.some((p) => p.key === k))) ?? objects[0] ?? null;
}
