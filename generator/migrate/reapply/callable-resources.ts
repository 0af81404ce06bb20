/**
 * Issue 89: a top-level resource named as a method of the client's own (a `$client` method of its name). Stainless's
 * client declared both, the method `namespaces(…)` and the property `namespaces: API.Namespaces = new
 * API.Namespaces(this);`, a class TypeScript refuses (TS2300); sdkgen's client has one property that is both
 * (`namespaces = callableResource(this.#namespaces.bind(this), new API.Namespaces(this));`, Resource.callable).
 * Owners who made theirs compile chose one of the two, and sdkgen's property becomes that one alone:
 * - they deleted Stainless's property and kept the method (turbopuffer's, who then renamed the class and reach it
 *   through a method of their own, `client.namespace(ns)`): sdkgen's property becomes the method
 *   (`namespaces = this.#namespaces.bind(this);`), and their deletion is done;
 * - they deleted the method and kept the resource: sdkgen's property becomes the resource, declared as any other
 *   (`namespaces: API.Namespaces = new API.Namespaces(this);`), the method's private body and its doc comment gone,
 *   and their deletion of Stainless's method is done (droppedMethodDone).
 */

/** sdkgen's declaration of a callable resource: its indent, property and method. */
const CALLABLE = /^(\s*)([\w$]+) = callableResource\(this\.#([\w$]+)\.bind\(this\), new ([\w$.]+)\(this\)\);\s*$/;
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
  const method = (name: string) => new RegExp(`^\\s*(?:async\\s+)?${name.replace(/\$/g, '\\$')}\\(`);
  const dropped = [...names].filter(
    (name) =>
      declarations(baseLines, name) > declarations(theirs, name) &&
      baseLines.some((line) => method(name).test(line)) &&
      theirs.some((line) => method(name).test(line)),
  );
  // (The other way: the method taken out, the resource kept.)
  const methodDropped = [...names].filter(
    (name) =>
      declarations(theirs, name) > 0 &&
      declarations(baseLines, name) === declarations(theirs, name) &&
      baseLines.some((line) => method(name).test(line)) &&
      !theirs.some((line) => method(name).test(line)),
  );
  if (dropped.length === 0 && methodDropped.length === 0) return target;
  const made = withoutPrivateMethods(target.split('\n'), methodDropped).map((line) => {
    const m = CALLABLE.exec(line);
    if (m && methodDropped.includes(m[2])) return `${m[1]}${m[2]}: ${m[4]} = new ${m[4]}(this);`;
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

/**
 * `lines` without each of `names`' private method (`#namespaces(…) { … }`, its overloads' signatures and a doc comment
 * above it, and the blank line before it) and without the doc comment of its callable property (the method's docs,
 * which a resource's declaration does not have).
 */
function withoutPrivateMethods(lines: string[], names: string[]): string[] {
  if (names.length === 0) return lines;
  const out: string[] = [];
  const docStart = () => {
    let at = out.length;
    if (out[at - 1]?.trim() !== '*/') return at;
    while (at > 0 && !out[at - 1].trim().startsWith('/**')) at--;
    return at > 0 ? at - 1 : out.length;
  };
  for (let i = 0; i < lines.length; i++) {
    const callable = CALLABLE.exec(lines[i]);
    if (callable && names.includes(callable[2])) out.length = docStart();
    const header = /^(\s*)(?:async\s+)?#([\w$]+)\(/.exec(lines[i]);
    if (!header || !names.includes(header[2])) {
      out.push(lines[i]);
      continue;
    }
    out.length = docStart();
    if (out[out.length - 1]?.trim() === '' && /^\s*$/.test(lines[i + 1] ?? '') === false) out.pop();
    // (A signature of an overload ends at its `;`; the implementation at the brace closing it, at its indent.)
    let end = i;
    if (!/;\s*$/.test(lines[i])) while (end < lines.length && lines[end] !== `${header[1]}}`) end++;
    i = end;
  }
  return out;
}

/**
 * Whether a hunk only takes out Stainless's methods (doc comments and all) named as resources sdkgen's module
 * (`target`) declares callable: withOwnersDroppedResources has made those the resource alone there.
 */
export function droppedMethodDone(removed: string[], added: string[], target: string): boolean {
  if (added.some((line) => line.trim() !== '')) return false;
  const names = callables(target);
  let indent: string | null = null;
  let methods = 0;
  for (const raw of removed) {
    const line = raw.replace(/\n$/, '');
    if (indent !== null) {
      if (line === `${indent}}`) indent = null;
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '' || /^(\/\*\*|\*)/.test(trimmed)) continue;
    const header = /^(\s*)(?:async\s+)?([\w$]+)\(/.exec(line);
    if (!header || !names.has(header[2])) return false;
    methods++;
    if (!/;\s*$/.test(line)) indent = header[1];
  }
  return methods > 0 && indent === null;
}
