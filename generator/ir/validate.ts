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
  // (refIds: most types are the structure's, whose refs the placement pass listed.)
  const unknownRef = (type: TypeRef) => refIds(type).find((id) => !ids.has(id));
  for (const s of api.schemas) {
    const unknown = unknownRef(s.type);
    if (unknown !== undefined) throw new GeneratorBug(`schema ${s.name} refers to unknown schema ${unknown}`);
  }
  const visit = (r: Resource) => {
    if (!IDENT.test(r.className) || !IDENT.test(r.property))
      throw new GeneratorBug(`resource ${r.path} has an invalid name`);
    const methods = new Set<string>();
    for (const m of r.methods) {
      if (!IDENT.test(m.name)) throw new GeneratorBug(`method ${r.path}.${m.name} has an invalid name`);
      if (methods.has(m.name)) throw new GeneratorBug(`method ${r.path}.${m.name} is defined twice`);
      methods.add(m.name);
      const vars = [...m.path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]);
      const bound = [...m.positional, ...(m.params?.fields ?? [])]
        .filter((p) => p.in === 'path')
        .map((p) => p.wireName);
      for (const v of vars)
        if (bound.filter((b) => b === v).length !== 1)
          throw new GeneratorBug(`${r.path}.${m.name}: path variable {${v}} is not bound exactly once`);
      const locals = new Set<string>();
      for (const p of [...m.positional, ...(m.params?.fields ?? [])]) {
        if (!IDENT.test(p.local) || locals.has(p.local))
          throw new GeneratorBug(`${r.path}.${m.name}: bad or duplicate local ${p.local}`);
        locals.add(p.local);
        const unknown = unknownRef(p.type);
        if (unknown !== undefined)
          throw new GeneratorBug(`${r.path}.${m.name} parameter ${p.key} refers to unknown schema ${unknown}`);
      }
    }
    for (const sub of r.subresources) {
      if (methods.has(sub.property))
        throw new GeneratorBug(`${r.path}: ${sub.property} is both a method and a subresource`);
      visit(sub);
    }
  };
  api.resources.forEach(visit);
  const modules = new Map<string, string>();
  const visitModules = (r: Resource) => {
    const clash = modules.get(r.module);
    if (clash) throw new GeneratorBug(`resources ${clash} and ${r.path} are both declared in ${r.module}`);
    modules.set(r.module, r.path);
    r.subresources.forEach(visitModules);
  };
  api.resources.forEach(visitModules);
}
