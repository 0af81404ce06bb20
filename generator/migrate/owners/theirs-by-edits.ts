/**
 * Files of Stainless's that the owners' edits made theirs: from then on they are the owners' files, kept as they are
 * (plan.ts), never removed with their edits left for a person. Two kinds, both where sdkgen writes nothing in their
 * place:
 *
 * - a placeholder the owners rewrote (`src/lib/.keep`): it holds nothing but their text;
 * - an example program under `examples/` they edited: it is their documentation of the SDK, a program that uses the
 *   package as its users do, not part of the runtime sdkgen replaces (together-ai's `examples/streaming.ts`, which
 *   Stainless's repository once held and the owners rewrote for a renamed client);
 * - a module under `src/lib/` they edited: the folder Stainless's own CONTRIBUTING.md gives the owners ("modify the
 *   contents of the `src/lib/` and `examples/` directories"), which its generator never writes into; a file there
 *   that Stainless's branch holds came with the owners' code (groq's `src/lib/streaming.ts`, an old streaming module
 *   of theirs that they later made `export * from '../core/streaming'`).
 *
 * An edited placeholder sdkgen writes one of too stays Stainless's, as plan.ts has always treated it (sdkgen's is
 * written; the placeholder's text is in git).
 */

/** A file that only keeps its folder in git. */
export const PLACEHOLDER = /(^|\/)\.(git)?keep$/;

/** The repository's example programs, and the owners' folder of the package's source. */
const EXAMPLE = /^(?:examples|src\/lib)\//;

/**
 * Whether the owners' edits made this file of Stainless's theirs: an example program or a `src/lib/` module they
 * edited, where sdkgen writes no file of that path. (A rewritten placeholder is decided where it is kept, in plan.ts.)
 */
export function exampleMadeTheirs(path: string, edited: boolean, written: ReadonlySet<string>): boolean {
  return edited && EXAMPLE.test(path) && !PLACEHOLDER.test(path) && !written.has(path);
}
