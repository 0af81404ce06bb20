/** How the client's `qs` writes arrays and objects in a query, from the API's query params. */
import type { Api, Method, Resource } from '../../../ir/types';
import type { PyPackage } from '../types/model';

/** Client-wide query formats: the most common style among array (object) params, else comma and brackets. */
export function queryFormatsOf(api: Api): PyPackage['queryFormats'] {
  const arrays = new Map<PyPackage['queryFormats']['array'], number>();
  const nested = new Map<PyPackage['queryFormats']['nested'], number>();
  const count = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const visit = (resource: { methods: Method[]; subresources?: Resource[] }) => {
    for (const method of resource.methods) {
      for (const param of [...method.positional, ...(method.params?.fields ?? [])]) {
        if (param.in !== 'query' || !param.style) continue;
        const shape =
          param.type.kind === 'ref'
            ? api.schemas.find((s) => s.id === (param.type as { schemaId: string }).schemaId)?.type.kind
            : param.type.kind;
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
