/**
 * Named (exported) types: matched by name, then by where they come from in the spec (a renamed
 * component keeps its pointer). Each matched pair is diffed once, with the variance of every place
 * it is used in either version, and the change lists the methods it affects.
 */
import type { Method, NamedSchema } from '../ir/types';
import type { MethodPair } from './compare-methods';
import type { TypeComparer } from './compare-types';
import type { Direction } from './model';
import type { ChangeSink, Where } from './sink';
import { portableSchemaId, type Surface, type Usage } from './surface';

export interface SchemaMatch {
  /** old id → new id, for every pair (renamed ones included). */
  matched: Map<string, string>;
  renamed: Array<[NamedSchema, NamedSchema]>;
  removed: NamedSchema[];
  added: NamedSchema[];
}

/**
 * `pairs` are matched methods: when a pair's response (or page item) names a type that has no
 * counterpart by name or spec pointer on either side, the two are the same type under a new name
 * (`PetListResponse` → `AnimalListResponse` when `client.pets` became `client.animals`).
 */
export function matchSchemas(oldSurface: Surface, newSurface: Surface, pairs: MethodPair[] = []): SchemaMatch {
  const matched = new Map<string, string>();
  const renamed: SchemaMatch['renamed'] = [];
  const newLeft = new Map(newSurface.api.schemas.map((s) => [s.id, s]));
  const oldLeft: NamedSchema[] = [];
  for (const o of oldSurface.api.schemas) {
    const n = newSurface.schemasByName.get(o.name);
    if (n && newLeft.has(n.id)) {
      matched.set(o.id, n.id);
      newLeft.delete(n.id);
    } else oldLeft.push(o);
  }
  const byPortableId = new Map([...newLeft.values()].map((s) => [portableSchemaId(newSurface.api, s.id), s]));
  const rename = (o: NamedSchema, n: NamedSchema | undefined): boolean => {
    if (!n || !newLeft.has(n.id)) return false;
    matched.set(o.id, n.id);
    renamed.push([o, n]);
    newLeft.delete(n.id);
    return true;
  };
  let unmatched = oldLeft.filter((o) => !rename(o, byPortableId.get(portableSchemaId(oldSurface.api, o.id))));
  const roots = (m: Method): string[] =>
    [
      m.response.kind === 'json' ? m.response.type : null,
      m.response.kind === 'sse' ? m.response.event : null,
      m.pagination?.item ?? null,
    ].map((t) => (t?.kind === 'ref' ? t.schemaId : ''));
  for (const pair of pairs) {
    const oldRoots = roots(pair.old.method);
    const newRoots = roots(pair.new.method);
    oldRoots.forEach((oldId, i) => {
      const o = unmatched.find((s) => s.id === oldId);
      if (o && newRoots[i] && rename(o, newLeft.get(newRoots[i]))) unmatched = unmatched.filter((s) => s !== o);
    });
  }
  return { matched, renamed, removed: unmatched, added: [...newLeft.values()] };
}

/** Variance of a named type: every use in either version counts. Unused exported types count as both. */
export function schemaDirection(...usages: Array<Usage | undefined>): Direction {
  const request = usages.some((u) => u?.request);
  const response = usages.some((u) => u?.response);
  const error = usages.some((u) => u?.error);
  if (request && response) return 'both';
  if (request) return 'request';
  if (response) return 'response';
  return error ? 'error' : 'both';
}

function schemaWhere(schema: NamedSchema, surface: Surface, affects: string[], old: NamedSchema | null): Where {
  const resource = surface.moduleToResource.get(schema.module) ?? null;
  return {
    group: resource ?? 'types',
    resource,
    method: null,
    type: schema.name,
    head: `type ${schema.name}`,
    affects,
    source: { old: old?.source ?? null, new: schema.source },
  };
}

/**
 * Report named-type changes. `addedMethods` are the SDK paths of methods that are new: a type used
 * only by new methods is part of those additions and not reported on its own.
 */
export function compareSchemas(
  match: SchemaMatch,
  oldSurface: Surface,
  newSurface: Surface,
  types: TypeComparer,
  sink: ChangeSink,
  addedMethods: Set<string>,
): void {
  const newToOld = new Map([...match.matched].map(([oldId, newId]) => [newId, oldId]));
  for (const n of newSurface.api.schemas) {
    const oldId = newToOld.get(n.id);
    if (oldId === undefined) continue;
    const o = oldSurface.schemasById.get(oldId)!;
    const oldUsage = oldSurface.usage.get(o.id);
    const newUsage = newSurface.usage.get(n.id);
    const affects = mergeUsers(oldUsage, newUsage);
    const where = schemaWhere(n, newSurface, affects, o);
    if (o.name !== n.name)
      sink.add('type-renamed', where, '', `type \`${o.name}\` renamed to \`${n.name}\``, {
        before: o.name,
        after: n.name,
      });
    if ((o.docs.description ?? o.docs.summary) !== (n.docs.description ?? n.docs.summary)) {
      sink.add('docs-changed', where, '', 'description changed', {
        before: o.docs.description ?? o.docs.summary,
        after: n.docs.description ?? n.docs.summary,
      });
    }
    types.compare(o.type, n.type, where, '', schemaDirection(oldUsage, newUsage));
  }
  for (const o of match.removed) {
    const usage = oldSurface.usage.get(o.id);
    sink.add('type-removed', schemaWhere(o, oldSurface, usage?.users ?? [], o), '', `type \`${o.name}\` removed`, {
      before: o.name,
      source: { old: o.source, new: null },
    });
  }
  for (const n of match.added) {
    const usage = newSurface.usage.get(n.id);
    const users = usage?.users ?? [];
    if (users.length > 0 && users.every((u) => addedMethods.has(u.replace(/ \((request|response|error)\)$/, ''))))
      continue;
    sink.add('type-added', schemaWhere(n, newSurface, users, null), '', `type \`${n.name}\` added`, {
      after: n.name,
      source: { old: null, new: n.source },
    });
  }
}

function mergeUsers(a: Usage | undefined, b: Usage | undefined): string[] {
  const out = [...(b?.users ?? [])];
  for (const u of a?.users ?? []) if (!out.includes(u)) out.push(u);
  return out;
}
