/**
 * A path param named as another param of its method (`PATCH /schedules/name/{name}` with a body field `name`). Python
 * takes both in one signature: in a method a Stainless config names, each takes where it goes before its name
 * (`path_name`, `body_name`), as Stainless's SDKs do; elsewhere the second stays `name_` (uniqueArgumentNames). The
 * request sends each under its own key all the same; the params TypedDict keys the other param so too, its wire name
 * its alias (`body_slug: Annotated[str, PropertyInfo(alias="slug")]`), as Stainless's.
 */
import { pyArgumentName } from '../../../naming/python';
import { collidingParamKey } from '../../../naming/rules';
import type { PyParam } from '../types/model';

export function prefixPathCollisions(pathParams: readonly PyParam[], params: readonly PyParam[]): void {
  for (const path of pathParams) {
    const other = params.find((p) => p.name === path.name);
    if (!other) continue;
    other.name = collidingParamName(other.name, other.in);
    path.name = collidingParamName(path.name, 'path');
  }
}

/**
 * The argument (and params key: params-module.ts's `paramsPropertyKeys`) of a param named as a path param of its
 * method: where it goes, then its name (`body_slug`, `path_slug`).
 */
export function collidingParamName(name: string, location: string): string {
  return pyArgumentName(collidingParamKey(pyArgumentName(name), location));
}
