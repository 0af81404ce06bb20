/**
 * The owners' documentation of a runtime patch that sdkgen's runtime makes needless. An owner who patches Stainless's
 * runtime (browserbase: Node's global `fetch` in place of node-fetch) also rewrites the prose that describes it: the
 * doc comments of the client options it changes, Stainless's `_shims/README.md`. Where the same migration judged the
 * patch itself done by sdkgen's runtime (owners/runtime-behaviours.ts), those doc edits describe a runtime that goes,
 * in files sdkgen removes or writes its own of, whose documentation describes sdkgen's runtime: nothing is left to
 * carry, and they are listed with the patch, under the test that shows the behaviour.
 */

import type { MigrationPlan } from '../migration-plan';
import { changedLines } from './changed-lines';

/** A comment line of a source module: `/**`, ` * …`, ` *\/`, `// …`. */
const COMMENT_LINE = /^\s*(?:\/\*|\*|\/\/)/;
/** A source module, whose edits count as documentation only when every changed line is a comment. */
const SOURCE_FILE = /\.[cm]?[jt]sx?$/;
/** A Markdown file, documentation whole. */
const MARKDOWN_FILE = /\.(?:md|mdx|markdown)$/i;
/** A term set in backticks (`globalThis.fetch`, `node-fetch`). */
const BACKTICKED = /`([^`\n]+)`/g;
/** Literals a term may hold (`stream: true`), which say nothing of what it is about. */
const LITERALS = new Set(['true', 'false', 'null', 'undefined']);

/** The words (four letters or more) of the terms a text sets in backticks: `globalThis.fetch` gives globalThis, fetch. */
function backtickedWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [, term] of text.matchAll(BACKTICKED))
    for (const word of term.split(/[^A-Za-z0-9_$]+/))
      if (word.length >= 4 && !LITERALS.has(word.toLowerCase())) words.add(word.toLowerCase());
  return words;
}

/** Whether a hunk of `path` changes documentation only: any hunk of a Markdown file, or comment lines of a module. */
function documentationOnly(path: string, removed: string[], added: string[]): boolean {
  if (added.length === 0) return false;
  if (MARKDOWN_FILE.test(path)) return true;
  if (!SOURCE_FILE.test(path)) return false;
  return [...removed, ...added].every((line) => line.trim() === '' || COMMENT_LINE.test(line));
}

/**
 * The rejected hunks without the owners' documentation of a runtime patch listed in `doneBySdkgen`: a hunk changing
 * only documentation, in a file the migration removes or writes its own of, whose added prose
 * names in backticks what such a patch's behaviour is about (a word of the terms its description sets in backticks:
 * `fetch` in `globalThis.fetch`). Each is listed in `doneBySdkgen` with the patch's test.
 */
export function dropRuntimeDocs(
  plan: Pick<MigrationPlan, 'rejected' | 'doneBySdkgen' | 'removed' | 'writes'>,
): Array<{ path: string; hunks: string[] }> {
  const { rejected, doneBySdkgen } = plan;
  const removed = new Set(plan.removed);
  const written = new Set(plan.writes.map((f) => f.path));
  const patches = [...new Map(doneBySdkgen.map((d) => [`${d.does}\n${d.test}`, d])).values()].map((done) => ({
    done,
    words: backtickedWords(done.does),
  }));
  if (patches.length === 0) return rejected;
  return rejected
    .map(({ path, hunks }) => {
      if (!removed.has(path) && !written.has(path)) return { path, hunks };
      const kept = hunks.filter((hunk) => {
        const { removed: cut, added } = changedLines(hunk);
        if (!documentationOnly(path, cut, added)) return true;
        const named = backtickedWords(added.join('\n'));
        const patch = patches.find(({ words }) =>
          [...named].some((word) => words.has(word) || [...words].some((w) => word.endsWith(w))),
        );
        if (patch === undefined) return true;
        doneBySdkgen.push({
          path,
          does: `documents an edit of Stainless's runtime listed here, which goes: ${patch.done.does}`,
          test: patch.done.test,
        });
        return false;
      });
      return { path, hunks: kept };
    })
    .filter(({ hunks }) => hunks.length > 0);
}
