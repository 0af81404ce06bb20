/**
 * Python files formatted by Ruff's formatter, in its WebAssembly build: no Python needed to generate. Line length
 * 120, as Stainless's pyproject.toml sets it. A file Ruff cannot parse is a generator bug, reported with its path.
 */
import { createRequire } from 'node:module';

type RuffModule = typeof import('@astral-sh/ruff-wasm-nodejs');

let workspace: { format(text: string): string } | null = null;

function ruffWorkspace(): { format(text: string): string } {
  if (!workspace) {
    const ruff = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as RuffModule;
    workspace = new ruff.Workspace({ 'line-length': 120, format: {} }, ruff.PositionEncoding.Utf16);
  }
  return workspace;
}

/** `text` formatted by Ruff; `file` names it in the error when Ruff cannot parse it. */
export function formatPython(text: string, file: string): string {
  try {
    return ruffWorkspace().format(text);
  } catch (error) {
    throw new Error(`generator bug: Ruff cannot format ${file}: ${String(error)}`, { cause: error });
  }
}
