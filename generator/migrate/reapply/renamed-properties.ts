/**
 * A resource whose property sdkgen names otherwise than Stainless did: one named as a member of the client itself
 * (`client.options` → `client.optionsResource`, stainless/plan.ts), or, before sdkgen's client made such a property
 * callable (callable-resources.ts), turbopuffer's `namespaces` beside the client's method `namespaces()`. The owners'
 * edits of Stainless's lines that name it (`client.namespaces.deleteAll({ namespace })` in a test, the client's
 * `namespaces: API.Namespaces = new API.Namespaces(this);` they deleted) are looked for in sdkgen's text under
 * sdkgen's name (reapply/hunks.ts, `asSdkgenNames`); the owners' own lines are carried as they wrote them.
 */
import { parseApiMd, resourceOf, type ApiMdReader } from '../../diff/api-md';

export interface RenamedProperty {
  /** The resource's chain as Stainless's api.md calls it: `namespaces`, `beta.threads`. */
  stainless: string;
  /** As sdkgen's: `namespacesResource`. */
  sdkgen: string;
}

/**
 * The resources whose property alone sdkgen renamed: every method of the resource that both api.md files list for one
 * endpoint (by the same name) is under another property of the same parent. Empty without both api.md files.
 */
export function renamedProperties(stainless: ApiMdReader, sdkgen: ApiMdReader): RenamedProperty[] {
  const [theirs, ours] = [stainless('api.md'), sdkgen('api.md')];
  if (theirs === null || ours === null) return [];
  const sdkgenMethods = parseApiMd(ours, sdkgen).methods;
  const renamedTo = new Map<string, Set<string>>();
  for (const method of parseApiMd(theirs, stainless).methods) {
    if (method.endpoint === '') continue;
    const name = method.chain.slice(method.chain.lastIndexOf('.') + 1);
    const from = resourceOf(method.chain);
    const same = sdkgenMethods.find(
      (m) => m.endpoint === method.endpoint && m.chain.slice(m.chain.lastIndexOf('.') + 1) === name,
    );
    // (A method sdkgen has not, for an endpoint the spec lacks, says nothing of the resource's name.)
    if (same !== undefined) renamedTo.set(from, (renamedTo.get(from) ?? new Set()).add(resourceOf(same.chain)));
  }
  const parent = (chain: string) => chain.slice(0, Math.max(0, chain.lastIndexOf('.')));
  return [...renamedTo].flatMap(([from, to]) => {
    const [only] = to;
    return from !== '' && to.size === 1 && only !== from && only !== '' && parent(only) === parent(from)
      ? [{ stainless: from, sdkgen: only }]
      : [];
  });
}

/**
 * A line of Stainless's as sdkgen's text would have it with these properties renamed: a call through the client
 * (`client.namespaces.deleteAll(` → `client.namespacesResource.deleteAll(`; not the client's method
 * `client.namespaces(`) and the property's declaration (`namespaces: API.Namespaces = new API.Namespaces(this);`).
 * Null where none is renamed.
 */
export function asSdkgenNames(renamed: RenamedProperty[]): ((line: string) => string) | null {
  if (renamed.length === 0) return null;
  const escape = (text: string) => text.replace(/[.$]/g, (c) => `\\${c}`);
  const rules = renamed.map(({ stainless, sdkgen }) => {
    const [from, to] = [stainless, sdkgen].map((chain) => chain.slice(chain.lastIndexOf('.') + 1));
    return {
      call: new RegExp(`(?<![\\w$.])client\\.${escape(stainless)}(?=\\.[A-Za-z_$])`, 'g'),
      callTo: `client.${sdkgen}`,
      declaration: new RegExp(`^(\\s*)${escape(from)}(\\??: [\\w$.]+ = new [\\w$.]+\\()`),
      declarationTo: `$1${to}$2`,
    };
  });
  return (line) =>
    rules.reduce(
      (text, rule) => text.replace(rule.call, rule.callTo).replace(rule.declaration, rule.declarationTo),
      line,
    );
}
