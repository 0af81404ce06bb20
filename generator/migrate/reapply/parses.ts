/**
 * Whether a module parses, as the TypeScript compiler reads it: what a re-applied owners' edit must leave. Brackets
 * that pair (brackets.ts) are not enough: an owners' line added to Stainless's multi-line export list, placed after
 * sdkgen's one-line list, leaves a name where a statement must be (openai-node's `type ContentRetrieveResponse as
 * ContentRetrieveResponse,` after `export { … };`). Such a module is never written: the hunk goes to a person.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TS from 'typescript';
import type { Reapplied } from './hunks';

type Compiler = typeof TS;

let loaded: Compiler | null | undefined;

/**
 * The TypeScript compiler: sdkgen's own, else the migrated repository's (its working directory's); null when neither
 * can be loaded (then only brackets are checked).
 */
function compiler(): Compiler | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  for (const from of [import.meta.url, path.join(process.cwd(), 'noop.js')]) {
    try {
      loaded = createRequire(from)('typescript') as Compiler;
      break;
    } catch {
      // not installed there
    }
  }
  return loaded;
}

/**
 * Whether `text` parses as the module at `file` (TypeScript or JavaScript, JSX by its extension); null for another
 * kind of file, or when no TypeScript compiler can be loaded.
 */
export function moduleParses(file: string, text: string): boolean | null {
  const kind = /\.[cm]?ts$/.test(file)
    ? 'TS'
    : /\.tsx$/.test(file)
      ? 'TSX'
      : /\.[cm]?js$/.test(file)
        ? 'JS'
        : /\.jsx$/.test(file)
          ? 'JSX'
          : null;
  const ts = kind === null ? null : compiler();
  if (ts === null || kind === null) return null;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind[kind]);
  // The parser's own diagnostics (syntax alone), which the compiler keeps on the source file.
  const diagnostics = (source as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics;
  return diagnostics === undefined ? null : diagnostics.length === 0;
}

/**
 * The re-applied module as written, unless the carried edits leave it unparseable where sdkgen's module and the
 * owners' parse (a later step's doing, after each hunk was placed with the check: hunks.ts): then sdkgen's module
 * is written and every owners' edit of the file goes to a person, as hunks of Stainless's file.
 */
export function parsedOrForAPerson(
  file: string,
  written: Reapplied,
  sdkgens: string,
  edited: string,
  editsAsHunks: () => string[],
): Reapplied {
  if (moduleParses(file, written.text) !== false) return written;
  if (moduleParses(file, sdkgens) !== true || moduleParses(file, edited) !== true) return written;
  return { text: sdkgens, applied: 0, rejected: editsAsHunks() };
}
