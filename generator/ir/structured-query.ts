/**
 * Query parameters whose names spell a structure (`inserted_at.gt`, `objects[]`), grouped into the params field
 * Stainless's SDKs give them (methods.ts, once a method's parameters are read).
 */
import { OBJECT_PROTOTYPE_KEYS } from '../naming/reserved';
import { claimLocal } from '../naming/rules';
import { NO_DOCS } from './docs';
import { bracketedArrayField } from './param-wire-names';
import type { Param } from './types';

/** `inserted_at.gt`: one property of an object sent in the query. */
const DOTTED_QUERY_NAME = /^([^.[\]]+)\.([^.[\]]+)$/;

/**
 * Query parameters whose names spell a structure, as Stainless reads them: `inserted_at.gt` and `inserted_at.lt`
 * are one object field `inserted_at: { gt, lt }`, and an array `objects[]` is the field `objects`. Each is still
 * sent under the spec's names, one parameter per property (`inserted_at.gt=…`, `objects[]=a&objects[]=b`), so
 * paging by one of them works as before. A bracketed property (`filter[status]`, `filter[created_at][gte]`) keeps
 * its own field under its whole name (`'filter[status]'?: string`), as in Stainless's SDKs. A name another
 * parameter already has, or a parameter renamed by a hint, keeps its own field too.
 */
export function groupStructuredQueryParams(params: Param[], locals: Set<string>): Param[] {
  const plainNames = new Set(params.filter((p) => !structuredQueryName(p)).map((p) => p.key));
  const groups = new Map<string, Array<{ param: Param; property: string }>>();
  const out: Array<Param | string> = [];
  for (const param of params) {
    const structured = structuredQueryName(param);
    if (!structured || plainNames.has(structured.base) || OBJECT_PROTOTYPE_KEYS.has(structured.base)) {
      out.push(param);
      continue;
    }
    if (structured.property === null) {
      plainNames.add(structured.base);
      out.push({ ...param, key: structured.base, style: null });
      continue;
    }
    let group = groups.get(structured.base);
    if (!group) {
      group = [];
      groups.set(structured.base, group);
      out.push(structured.base);
    }
    group.push({ param, property: structured.property });
  }
  return out.map((entry) => {
    if (typeof entry !== 'string') return entry;
    const members = groups.get(entry)!;
    for (const { param } of members) locals.delete(param.local);
    const first = members[0].param;
    return {
      key: entry,
      local: claimLocal(entry, locals),
      wireName: entry,
      in: 'query',
      type: {
        kind: 'object',
        properties: members.map(({ param, property }) => ({
          key: property,
          type: param.type,
          required: param.required,
          // The parameter's own example is of the dotted wire name, not of the grouped property.
          docs: { ...param.docs, example: undefined },
        })),
        additional: null,
        propertyNames: null,
        declareAs: null,
        docs: NO_DOCS,
      },
      required: members.some(({ param }) => param.required),
      style: null,
      members: members.map(({ param, property }) => ({ property, wireName: param.wireName })),
      docs: NO_DOCS,
      source: first.source,
    };
  });
}

function structuredQueryName(p: Param): { base: string; property: string | null } | null {
  if (p.in !== 'query' || p.key !== p.wireName) return null;
  const array = bracketedArrayField(p.wireName, p.type);
  if (array !== null) return { base: array, property: null };
  const dotted = DOTTED_QUERY_NAME.exec(p.wireName);
  return dotted ? { base: dotted[1], property: dotted[2] } : null;
}
