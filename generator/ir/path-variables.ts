/**
 * A method's path template variables, and the path parameter a variable the spec does not declare stands for
 * (methods.ts).
 */
import { NO_HINTS } from '../normalize/hints';
import type { Parameter } from '../normalize/operations';

/**
 * The variables of a path template, in order: `/a/{b}/c/{d}` → ['b', 'd'] (what `/\{([^}]+)\}/g` captures, found
 * without a regular expression's match objects: it runs for every method).
 */
export function pathVariables(path: string): string[] {
  const names: string[] = [];
  for (let open = path.indexOf('{'); open >= 0; ) {
    const close = path.indexOf('}', open + 1);
    if (close < 0) break;
    // `{}` names nothing: the search goes on after its `{`, as the expression's would.
    if (close === open + 1) {
      open = path.indexOf('{', open + 1);
      continue;
    }
    names.push(path.slice(open + 1, close));
    open = path.indexOf('{', close + 1);
  }
  return names;
}

/** A path variable the spec does not declare, as Stainless reads it: required, a string (no schema), undocumented. */
export function undeclaredPathParameter(name: string, loc: Parameter['loc']): Parameter {
  return {
    name,
    in: 'path',
    required: true,
    schema: null,
    style: null,
    explode: null,
    description: null,
    deprecated: false,
    example: undefined,
    hints: NO_HINTS,
    loc,
  };
}
