/**
 * Issue 89: a top-level resource named as a method of the client's own (a `$client` method of its name). Stainless's
 * client declared both, the method `namespaces(…)` and the property `namespaces: API.Namespaces = new
 * API.Namespaces(this);`, a class TypeScript refuses (TS2300); sdkgen's client has one property that is both
 * (`namespaces = callableResource(this.#namespaces.bind(this), new API.Namespaces(this));`, Resource.callable).
 * Owners who made theirs compile by deleting Stainless's property and keeping the method (turbopuffer's, who then
 * renamed the class and reach it through a method of their own, `client.namespace(ns)`) keep the method alone:
 * sdkgen's property becomes the method (`namespaces = this.#namespaces.bind(this);`), and their deletion is done.
 */

/** sdkgen's declaration of a callable resource: its indent, property and method. */
const CALLABLE = /^(\s*)([\w$]+) = callableResource\(this\.#([\w$]+)\.bind\(this\), new [\w$.]+\(this\)\);\s*$/;
/** Stainless's declaration of a resource on its client: `namespaces: API.Namespaces = new API.Namespaces(this);`. */
const DECLARATION = /^\s*([\w$]+)\??: [\w$.]+ = new [\w$.]+\(this\);\s*$/;

/** The properties sdkgen's module (`target`) declares callable. */
function callables(target: string): Set<string> {
  const names = new Set<string>();
  for (const line of target.split('\n')) {
    const m = CALLABLE.exec(line);
    if (m && m[2] === m[3]) names.add(m[2]);
  }
  return names;
}

/** How many of `lines` declare the resource property `name` as Stainless's client did. */
function declarations(lines: string[], name: string): number {
  return lines.filter((line) => DECLARATION.exec(line)?.[1] === name).length;
}

/**
 * `target` (sdkgen's module) with each callable resource the owners took out of Stainless's client (its property
 * deleted, its method kept: `base` → `edited`) made the method alone.
 */
export function withOwnersDroppedResources(base: string, edited: string, target: string): string {
  const names = callables(target);
  if (names.size === 0 || base === edited) return target;
  const [baseLines, theirs] = [base.split('\n'), edited.split('\n')];
  const dropped = [...names].filter((name) => {
    const method = new RegExp(`^\\s*(?:async\\s+)?${name.replace(/\$/g, '\\$')}\\(`);
    return (
      declarations(baseLines, name) > declarations(theirs, name) &&
      baseLines.some((line) => method.test(line)) &&
      theirs.some((line) => method.test(line))
    );
  });
  if (dropped.length === 0) return target;
  const made = target.split('\n').map((line) => {
    const m = CALLABLE.exec(line);
    return m && dropped.includes(m[2]) ? `${m[1]}${m[2]} = this.#${m[2]}.bind(this);` : line;
  });
  // The helper's import goes with its last use.
  if (made.some((line) => CALLABLE.test(line))) return made.join('\n');
  return made
    .flatMap((line) => {
      if (!/^import \{[^}]*\bcallableResource\b[^}]*\} from /.test(line)) return [line];
      const rest = line.replace(/\bcallableResource,\s*|,?\s*\bcallableResource\b/, '');
      return /^import \{\s*\} from /.test(rest) ? [] : [rest];
    })
    .join('\n');
}

/**
 * Whether a hunk only takes out Stainless's declarations of resources sdkgen's module (`target`) declares callable:
 * withOwnersDroppedResources has made them the method alone there.
 */
export function droppedResourceDone(removed: string[], added: string[], target: string): boolean {
  if (added.some((line) => line.trim() !== '')) return false;
  const declared = removed.filter((line) => line.trim() !== '');
  if (declared.length === 0) return false;
  const names = callables(target);
  return declared.every((line) => names.has(DECLARATION.exec(line)?.[1] ?? ''));
}
