/** How the client's `qs` writes arrays and objects in a query, from the API's query params. */
import type { Api, Method, Param, Resource } from '../../../ir/types';
import type { PyPackage } from '../types/model';

/** A Stainless config's `query_settings`; a format it leaves unset is null. */
export interface PyQuerySettings {
  arrayFormat: PyPackage['queryFormats']['array'] | null;
  nestedFormat: PyPackage['queryFormats']['nested'] | null;
}

/**
 * Client-wide query formats: those a Stainless config's `query_settings` name (its client's one serialiser writes
 * every query in them), else the most common style among array (object) params, else comma and brackets. Without a
 * config an array param the spec gives no style is OpenAPI's default, form exploded, and counts as `repeat`.
 */
export function queryFormatsOf(api: Api, settings: PyQuerySettings | null = null): PyPackage['queryFormats'] {
  const derived = derivedQueryFormats(api, settings === null);
  return { array: settings?.arrayFormat ?? derived.array, nested: settings?.nestedFormat ?? derived.nested };
}

function derivedQueryFormats(api: Api, unstyledRepeats: boolean): PyPackage['queryFormats'] {
  const arrays = new Map<PyPackage['queryFormats']['array'], number>();
  const nested = new Map<PyPackage['queryFormats']['nested'], number>();
  const count = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const visit = (resource: { methods: Method[]; subresources?: Resource[] }) => {
    for (const method of resource.methods) {
      for (const param of [...method.positional, ...(method.params?.fields ?? [])]) {
        if (param.in !== 'query' || param.members) continue;
        const shape =
          param.type.kind === 'ref'
            ? api.schemas.find((s) => s.id === (param.type as { schemaId: string }).schemaId)?.type.kind
            : param.type.kind;
        if (!param.style) {
          if (unstyledRepeats && shape === 'array') count(arrays, 'repeat');
          continue;
        }
        const { style, explode } = param.style;
        if (shape === 'array') {
          if (style === 'brackets' || style === 'indices') count(arrays, style);
          else if (style === 'form') count(arrays, explode ? 'repeat' : 'comma');
        } else if (shape === 'object') {
          if (style === 'deepObject') count(nested, 'brackets');
          else if (style === 'dots') count(nested, 'dots');
        }
      }
    }
    resource.subresources?.forEach(visit);
  };
  api.resources.forEach(visit);
  if (api.topLevel) visit(api.topLevel);
  const most = <K>(counts: Map<K, number>, fallback: K): K =>
    [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  return { array: most(arrays, 'comma'), nested: most(nested, 'brackets') };
}

/**
 * `method` with its query params as the client sends them (the same object where nothing changes):
 *
 * - an array the IR named from a bracketed spec name (`tags[]` as the field `tags`) is sent under its field's name
 *   where the client writes arrays in brackets or with indices: `tags=[a, b]` goes out as `tags[]=a&tags[]=b` (or
 *   `tags[0]=a&tags[1]=b`) already, so the field needs no `tags[]` alias (as Stainless's, under brackets);
 * - without a Stainless config, an object the IR grouped from dotted spec names (`inserted_at.gt`, `inserted_at.lt`
 *   as `inserted_at: { gt, lt }`) is sent in dots, under the spec's names, whatever the client's nested format. With
 *   a config it goes out in the config's `nested_format`, as Stainless's client sends it (`inserted_at[gt]=…` under
 *   brackets: Knock's SDKs, whose owners rewrote other parts of the query's form and kept that one).
 */
export function queryAsSent(method: Method, formats: PyPackage['queryFormats'], fromConfig: boolean): Method {
  if (!method.params) return method;
  const unaliasArrays = formats.array === 'brackets' || formats.array === 'indices';
  const asSent = (param: Param): Param => {
    if (param.in !== 'query' || param.style) return param;
    if (unaliasArrays && param.type.kind === 'array' && !param.members && param.wireName === `${param.key}[]`)
      return { ...param, wireName: param.key };
    if (!fromConfig && param.members?.every((m) => m.wireName === `${param.wireName}.${m.property}`)) {
      const { members: _sentInDots, ...rest } = param;
      return { ...rest, style: { style: 'dots', explode: true } };
    }
    return param;
  };
  const fields = method.params.fields.map(asSent);
  const variants = method.params.variants?.map((variant) => ({ ...variant, fields: variant.fields.map(asSent) }));
  const changed =
    fields.some((field, i) => field !== method.params!.fields[i]) ||
    (variants ?? []).some((variant, i) => variant.fields.some((f, j) => f !== method.params!.variants![i].fields[j]));
  if (!changed) return method;
  return { ...method, params: { ...method.params, fields, ...(variants ? { variants } : {}) } };
}
