/**
 * The interfaces declared beside each page class, as Stainless's SDKs declare them: `<Page>Response<Item>`, the body
 * of one page, and `<Page>Params`, the query parameters that choose a page. Code written against a Stainless SDK
 * names them (`import type { EntriesCursorParams } from '<package>/pagination'`), so `src/pagination.ts` declares
 * them and `core/pagination` re-exports their types with the page classes'.
 */
import type { Api, Method, Param, PaginationScheme, Resource, TypeRef } from '../../ir/types';
import { TAKEN_TYPE_NAMES } from '../../naming/reserved';

export interface PageInterfaces {
  /** The page class: "EntriesCursor". */
  className: string;
  /**
   * "EntriesCursorResponse"; null when the name is another type's, or the items are neither a top-level property nor
   * the body itself.
   */
  responseName: string | null;
  /**
   * "EntriesCursorParams" and its fields (the scheme's `requestParams`, typed as a Stainless config declares them, else
   * as its first list method types them);
   * null when the name is another type's or the scheme sends no parameter.
   */
  params: { name: string; fields: Array<{ key: string; type: TypeRef }> } | null;
}

export function pageInterfaces(api: Api): PageInterfaces[] {
  // A schema of the spec keeps its name: the interface is then left out rather than renamed.
  const taken = new Set([
    ...TAKEN_TYPE_NAMES,
    ...api.schemas.map((s) => s.name),
    ...api.paginationSchemes.map((s) => s.className),
  ]);
  const free = (name: string) => (taken.has(name) ? null : name);
  const firstMethods = firstMethodOfEachScheme(api);
  return api.paginationSchemes.map((scheme) => {
    // (A body that is the items themselves is `<Page>Response<Item> = Item[]`.)
    const declared =
      scheme.response.items.length === 1 || (scheme.response.items.length === 0 && scheme.response.itemsName);
    const responseName = declared ? free(`${scheme.className}Response`) : null;
    const paramsName = free(`${scheme.className}Params`);
    const fields = scheme.requestParams.map((wireName) => {
      const param = queryParam(firstMethods.get(scheme.className), wireName);
      return {
        key: param?.key ?? wireName,
        type: declaredType(scheme, wireName) ?? param?.type ?? defaultType(scheme, wireName),
      };
    });
    return {
      className: scheme.className,
      responseName,
      params: paramsName && fields.length > 0 ? { name: paramsName, fields } : null,
    };
  });
}

/** The names `core/pagination` re-exports beside the page classes. */
export function pageInterfaceNames(api: Api): string[] {
  return pageInterfaces(api).flatMap((p) => [p.responseName, p.params?.name ?? null].filter((n) => n !== null));
}

/** Each scheme's first list method, in resource order: its parameters type the scheme's `Params`. */
function firstMethodOfEachScheme(api: Api): Map<string, Method> {
  const first = new Map<string, Method>();
  const visit = (resource: Resource) => {
    for (const method of resource.methods)
      if (method.pagination && !first.has(method.pagination.scheme)) first.set(method.pagination.scheme, method);
    resource.subresources.forEach(visit);
  };
  if (api.topLevel) visit(api.topLevel);
  api.resources.forEach(visit);
  return first;
}

function queryParam(method: Method | undefined, wireName: string): Param | undefined {
  return method?.params?.fields.find((f) => f.in === 'query' && f.wireName === wireName);
}

/** The type a Stainless config's scheme declares for a request field (`limit: { type: integer }`), as Stainless's is. */
function declaredType(scheme: PaginationScheme, wireName: string): TypeRef | null {
  const declared = scheme.requestParamTypes[wireName];
  if (declared === 'string') return { kind: 'string', format: null };
  return declared ? { kind: declared } : null;
}

/** A parameter its first method does not have (none should): a page number, size or offset is a number. */
function defaultType(scheme: PaginationScheme, wireName: string): TypeRef {
  const { page, size, offset } = scheme.request;
  return [page, size, offset].includes(wireName) ? { kind: 'integer' } : { kind: 'string', format: null };
}
