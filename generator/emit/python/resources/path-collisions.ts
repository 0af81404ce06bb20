/**
 * A path param named as another param of its method (`PATCH /schedules/name/{name}` with a body field `name`). Python
 * takes both in one signature: in a method a Stainless config names, each takes where it goes before its name
 * (`path_name`, `body_name`), as Stainless's SDKs do; elsewhere the second stays `name_` (uniqueArgumentNames). The
 * request sends each under its own key all the same.
 */
import { pyArgumentName } from '../../../naming/python';
import { collidingParamKey } from '../../../naming/rules';
import type { PyParam } from '../types/model';

export function prefixPathCollisions(pathParams: readonly PyParam[], params: readonly PyParam[]): void {
  for (const path of pathParams) {
    const other = params.find((p) => p.name === path.name);
    if (!other) continue;
    other.name = pyArgumentName(collidingParamKey(other.name, other.in));
    path.name = pyArgumentName(collidingParamKey(path.name, 'path'));
  }
}
