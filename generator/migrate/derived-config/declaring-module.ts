/**
 * The module that declares a type api.md lists. api.md links the module users import it from, which may only re-export
 * it: openai-node's `src/resources/webhooks.ts` is `export * from './webhooks/index'`, whose `index.ts` is
 * `export * from './webhooks'`, where `BatchCancelledWebhookEvent` is declared. Its declaration (its shape, what it
 * refers to) is read there.
 */
import { posix } from 'node:path';
import { escapeRegExp } from '../../escape-regexp';

/** How many re-exports are followed from the module api.md links. */
const MAX_HOPS = 6;

/**
 * The path (as `text` reads it: `src/resources/webhooks/webhooks.ts`) of the module declaring `name`, starting at
 * `module` and following its `export * from '…'` and `export { name } from '…'` re-exports; `module` itself where it
 * declares the name or re-exports nothing that leads to a declaration.
 */
export function declaringModule(name: string, module: string, text: (path: string) => string | null): string {
  const declares = new RegExp(
    `^export (?:declare )?(?:interface|type|namespace|class|const) ${escapeRegExp(name)}\\b`,
    'm',
  );
  const seen = new Set<string>();
  const visit = (path: string, hops: number): string | null => {
    if (seen.has(path)) return null;
    seen.add(path);
    const source = text(path);
    if (source === null) return null;
    if (declares.test(source)) return path;
    if (hops >= MAX_HOPS) return null;
    for (const target of reexportTargets(source, name)) {
      for (const candidate of modulePaths(posix.join(posix.dirname(path), target))) {
        const found = visit(candidate, hops + 1);
        if (found !== null) return found;
      }
    }
    return null;
  };
  return visit(module, 0) ?? module;
}

/** The specifiers of the re-exports in `source` that may carry `name`: every `export *`, and the lists naming it. */
function reexportTargets(source: string, name: string): string[] {
  const targets: string[] = [];
  for (const m of source.matchAll(/^export (?:type )?(?:\*|\{([^}]*)\}) from ['"](\.{1,2}\/[^'"]*)['"]/gm)) {
    const list = m[1];
    const names = list?.split(',').map((entry) => entry.trim().replace(/^type\s+/, ''));
    // (`export { A as B }` re-exports `A` under another name: not the declaration of `B` by its own name.)
    if (list === undefined || names!.includes(name)) targets.push(m[2]);
  }
  return targets;
}

/** The files an import specifier may name: itself with `.ts` (or `.js` read as `.ts`), or its `index.ts`. */
export function modulePaths(specifier: string): string[] {
  const bare = specifier.replace(/\.(?:m?js|ts)$/, '');
  return [`${bare}.ts`, `${bare}/index.ts`];
}
