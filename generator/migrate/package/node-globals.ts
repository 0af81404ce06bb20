/**
 * Code of the owners' that uses Node's own globals (`process.env`, `Buffer`) or its `NodeJS` namespace
 * (`let timer: NodeJS.Timeout`) was type-checked with Node's types, which sdkgen's tsconfig (`types: []`) lets in
 * only once relaxed for it: their own modules (plan.ts), and the lines their edits carry into sdkgen's modules
 * (fashn's `subscribe` polling loop added to Stainless's `predictions.ts`).
 */
import { importsOf } from '../repository/imports';

/** Node's own globals and namespace, which only Node's types declare. */
const NODE_GLOBALS =
  /\b(?:process\.(?:env|argv|exit|cwd|platform|versions)|Buffer\.|__dirname|__filename)\b|\bNodeJS\.[A-Z]/;

/** Whether a module of the owners' uses Node's globals or imports Node's modules (`node:fs`). */
export function usesNode(text: string): boolean {
  return NODE_GLOBALS.test(text) || importsOf(text).some((specifier) => specifier.startsWith('node:'));
}

/**
 * Whether the lines the owners' edits carried into sdkgen's modules use Node's globals: those of each module the
 * edits were re-applied to (`reapplied`) that sdkgen's own text of it does not have.
 */
export function carriedLinesUseNode(
  writes: ReadonlyArray<{ path: string; contents: string }>,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
  reapplied: ReadonlySet<string>,
): boolean {
  return writes.some((write) => {
    if (!reapplied.has(write.path) || !/\.[cm]?tsx?$/.test(write.path)) return false;
    const ours = new Map<string, number>();
    for (const line of rendered.find((f) => f.path === write.path)?.contents.split('\n') ?? [])
      ours.set(line, (ours.get(line) ?? 0) + 1);
    const added = write.contents.split('\n').filter((line) => {
      const left = ours.get(line) ?? 0;
      if (left === 0) return true;
      ours.set(line, left - 1);
      return false;
    });
    return NODE_GLOBALS.test(added.join('\n'));
  });
}
