/**
 * Whether a module parses, as the TypeScript compiler reads it: what a re-applied owners' edit must leave. Brackets
 * that pair (brackets.ts) are not enough: an owners' line added to Stainless's multi-line export list, placed after
 * sdkgen's one-line list, leaves a name where a statement must be (openai-node's `type ContentRetrieveResponse as
 * ContentRetrieveResponse,` after `export { … };`). Such a module is never written: the hunk goes to a person.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TS from 'typescript';
import type { Reapplied } from './hunks';

type Compiler = typeof TS;

const loaded = new Map<string, Compiler | null>();

/**
 * The TypeScript compiler, looked for where an owner running migrate has one: sdkgen's own dependencies (an optional
 * peer, often not installed with sdkgen), the migrated repository's (a Stainless SDK's devDependencies have it, once
 * installed; migrate may run from another folder), the working directory's, and npm's global packages. Null when
 * none has it: then only brackets are checked, and migrate says so (`parserLoads`).
 */
function compiler(repo?: string): Compiler | null {
  const key = repo ?? '';
  if (!loaded.has(key)) {
    const places = [fileURLToPath(new URL('.', import.meta.url)), ...(repo === undefined ? [] : [repo]), process.cwd()];
    loaded.set(key, compilerFrom(places) ?? compilerFrom(globalPackages()));
  }
  return loaded.get(key) ?? null;
}

/** The `typescript` the first of these folders resolves (as a module of that folder would), else null. */
export function compilerFrom(folders: readonly string[]): Compiler | null {
  for (const folder of folders) {
    try {
      return createRequire(path.join(folder, 'noop.js'))('typescript') as Compiler;
    } catch {
      // not installed there
    }
  }
  return null;
}

/** npm's global node_modules (`npm root -g`), where `npm install -g typescript` puts it; none when npm cannot say. */
function globalPackages(): string[] {
  const npm = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['root', '-g'], {
    encoding: 'utf8',
    timeout: 10_000,
    shell: process.platform === 'win32',
  });
  const root = npm.status === 0 ? npm.stdout.trim() : '';
  // (A folder whose node_modules is the global root: createRequire looks in <folder>/node_modules.)
  return root === '' ? [] : [path.dirname(root)];
}

/**
 * Whether re-applied modules are checked with TypeScript's parser (else with paired brackets alone, which let a
 * misplaced line through: migrate then tells the owner how to have the parser).
 */
export function parserLoads(repo?: string): boolean {
  return compiler(repo) !== null;
}

/**
 * Whether `text` parses as the module at `file` (TypeScript or JavaScript, JSX by its extension); null for another
 * kind of file, or when no TypeScript compiler can be loaded (from sdkgen's or the repository's dependencies, `repo`).
 */
export function moduleParses(file: string, text: string, repo?: string): boolean | null {
  const kind = /\.[cm]?ts$/.test(file)
    ? 'TS'
    : /\.tsx$/.test(file)
      ? 'TSX'
      : /\.[cm]?js$/.test(file)
        ? 'JS'
        : /\.jsx$/.test(file)
          ? 'JSX'
          : null;
  const ts = kind === null ? null : compiler(repo);
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
  repo?: string,
): Reapplied {
  if (moduleParses(file, written.text, repo) !== false) return written;
  if (moduleParses(file, sdkgens, repo) !== true || moduleParses(file, edited, repo) !== true) return written;
  return { text: sdkgens, applied: 0, rejected: editsAsHunks() };
}
