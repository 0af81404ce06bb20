/**
 * IR invariants, checked after build: a failure here is a generator bug, not a spec problem.
 */
import type { Api, Resource, TypeRef } from './types';
import { refIds } from './walk';

export class GeneratorBug extends Error {
  constructor(message: string) {
    super(`generator bug: ${message}`);
    this.name = 'GeneratorBug';
  }
}

const IDENT = /^[A-Za-z_$][\w$]*$/;
const PATH_VARIABLE = /\{([^}]+)\}/g;

export function validateIr(api: Api): void {
  const ids = new Set(api.schemas.map((s) => s.id));
  // Unique per module: a Stainless SDK scopes its method types by module (names.ts, moduleScopedNames).
  const names = new Map<string, string>();
  for (const s of api.schemas) {
    if (!IDENT.test(s.name)) throw new GeneratorBug(`schema ${s.id} has an invalid name ${JSON.stringify(s.name)}`);
    const clash = names.get(`${s.module} ${s.name}`);
    if (clash) throw new GeneratorBug(`schemas ${clash} and ${s.id} are both named ${s.name} in ${s.module}`);
    names.set(`${s.module} ${s.name}`, s.id);
  }
  // (refIds: the emit stage asks it of every schema's type too, and remembers the answers.)
  for (const s of api.schemas) {
    const unknown = refIds(s.type).find((id) => !ids.has(id));
    if (unknown !== undefined) throw new GeneratorBug(`schema ${s.name} refers to unknown schema ${unknown}`);
  }
  // (Indexed loops and exec, not iterators: this runs for every method and parameter of the API.)
  const visit = (r: Resource) => {
    if (!IDENT.test(r.className) || !IDENT.test(r.property))
      throw new GeneratorBug(`resource ${r.path} has an invalid name`);
    const methods = new Set<string>();
    for (let i = 0; i < r.methods.length; i++) {
      const m = r.methods[i];
      if (!IDENT.test(m.name)) throw new GeneratorBug(`method ${r.path}.${m.name} has an invalid name`);
      if (methods.has(m.name)) throw new GeneratorBug(`method ${r.path}.${m.name} is defined twice`);
      methods.add(m.name);
      const fields = m.params ? [m.positional, m.params.fields] : [m.positional];
      PATH_VARIABLE.lastIndex = 0;
      for (let match = PATH_VARIABLE.exec(m.path); match !== null; match = PATH_VARIABLE.exec(m.path)) {
        const v = match[1];
        let bound = 0;
        for (const list of fields)
          for (let j = 0; j < list.length; j++) if (list[j].in === 'path' && list[j].wireName === v) bound++;
        if (bound !== 1) throw new GeneratorBug(`${r.path}.${m.name}: path variable {${v}} is not bound exactly once`);
      }
      const locals = new Set<string>();
      for (const list of fields)
        for (let j = 0; j < list.length; j++) {
          const p = list[j];
          if (!IDENT.test(p.local) || locals.has(p.local))
            throw new GeneratorBug(`${r.path}.${m.name}: bad or duplicate local ${p.local}`);
          locals.add(p.local);
          const unknown = unknownRef(p.type, ids);
          if (unknown !== undefined)
            throw new GeneratorBug(`${r.path}.${m.name} parameter ${p.key} refers to unknown schema ${unknown}`);
        }
    }
    for (let i = 0; i < r.subresources.length; i++) {
      const sub = r.subresources[i];
      if (methods.has(sub.property))
        throw new GeneratorBug(`${r.path}: ${sub.property} is both a method and a subresource`);
      visit(sub);
    }
  };
  api.resources.forEach(visit);
  // A top-level resource named as a method of the client's own is that method too, and only then.
  const clientMethods = new Set(api.topLevel?.methods.map((m) => m.name) ?? []);
  for (const r of api.resources)
    if (clientMethods.has(r.property) !== (r.callable === true))
      throw new GeneratorBug(`client.${r.property} is a method of the client and a resource, not callable as both`);
  const modules = new Map<string, string>();
  const visitModules = (r: Resource) => {
    const clash = modules.get(r.module);
    if (clash) throw new GeneratorBug(`resources ${clash} and ${r.path} are both declared in ${r.module}`);
    modules.set(r.module, r.path);
    r.subresources.forEach(visitModules);
  };
  api.resources.forEach(visitModules);
}

/** The first id `type` refers to that is not in `ids` (in forEachRef's order), walked without a list of its refs. */
function unknownRef(type: TypeRef, ids: ReadonlySet<string>): string | undefined {
  switch (type.kind) {
    case 'ref':
      return ids.has(type.schemaId) ? undefined : type.schemaId;
    case 'array':
      return unknownRef(type.items, ids);
    case 'tuple':
      return firstUnknown(type.items, ids) ?? (type.rest ? unknownRef(type.rest, ids) : undefined);
    case 'object':
      for (let i = 0; i < type.properties.length; i++) {
        const unknown = unknownRef(type.properties[i].type, ids);
        if (unknown !== undefined) return unknown;
      }
      return (
        (type.additional ? unknownRef(type.additional, ids) : undefined) ??
        (type.propertyNames ? unknownRef(type.propertyNames, ids) : undefined)
      );
    case 'union':
      return firstUnknown(type.variants, ids);
    case 'intersection':
      return firstUnknown(type.parts, ids);
    default:
      return undefined;
  }
}

function firstUnknown(types: readonly TypeRef[], ids: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < types.length; i++) {
    const unknown = unknownRef(types[i], ids);
    if (unknown !== undefined) return unknown;
  }
  return undefined;
}
