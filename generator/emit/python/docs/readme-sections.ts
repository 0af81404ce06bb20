/**
 * Helpers of a Python package's README (plan-readme.ts): what its sections read from the IR.
 */
import type { Api } from '../../../ir/types';
import type { PyMethod, PyPackage, PyResource } from '../types/model';
import { PYTHON_KEYWORDS, pyFieldName } from '../../../naming/python';
import { singularize } from '../../../naming/case';

/** Every resource of the package, each before its subresources. */
export function allResources(pkg: PyPackage): PyResource[] {
  const out: PyResource[] = [];
  const visit = (r: PyResource): void => {
    out.push(r);
    r.subresources.forEach(visit);
  };
  pkg.resources.forEach(visit);
  return out;
}

/** The field of the page's body that holds its items (`data`), for the README. */
export function pageItemsField(api: Api, method: PyMethod): string {
  const scheme = api.paginationSchemes.find((s) => s.className === method.ir.pagination?.scheme);
  const field = scheme?.response.items[scheme.response.items.length - 1];
  return field && /^[A-Za-z_][A-Za-z0-9_]*$/.test(field) ? field : 'data';
}

/** The variable a README program holds a page's item in: the resource's name in the singular (`users` → `user`). */
export function pageItemVariable(resourceAttribute: string): string {
  const singular = singularize(resourceAttribute);
  const name = singular === resourceAttribute || !/^[a-z_]\w*$/.test(singular) ? 'item' : singular;
  return PYTHON_KEYWORDS.has(name) || ['client', 'first_page', 'next_page', 'asyncio'].includes(name)
    ? `${name}_`
    : name;
}

/** The variable a README program holds a parsed raw response in: the resource's name in the singular, not a keyword. */
export function parsedVariable(resourceAttribute: string): string {
  const singular = singularize(resourceAttribute);
  const name = /^[a-z_]\w*$/.test(singular) ? singular : 'result';
  return PYTHON_KEYWORDS.has(name) || ['client', 'asyncio'].includes(name) ? `${name}_` : name;
}

/** The first field of a page's item where it is a model of named fields (`id`), for the README to print; else null. */
export function pageItemField(api: Api, method: PyMethod): string | null {
  const item = method.ir.pagination?.item;
  const schema = item?.kind === 'ref' ? api.schemas.find((s) => s.id === item.schemaId) : undefined;
  const first = schema?.type.kind === 'object' ? schema.type.properties[0] : undefined;
  return first ? pyFieldName(first.key) : null;
}
