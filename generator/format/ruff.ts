/**
 * Python files formatted by Ruff's formatter, in its WebAssembly build: no Python needed to generate. Line length
 * 120, as Stainless's pyproject.toml sets it. A file Ruff cannot parse is a generator bug, reported with its path.
 * (A generation formats on threads: ruff-pool.ts, with the same settings.)
 */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';

type RuffModule = typeof import('@astral-sh/ruff-wasm-nodejs');

/** Ruff's settings: its defaults but the line length. */
export const RUFF_SETTINGS = { 'line-length': 120, format: {} };

/**
 * How V8 compiles Ruff's module, for a run that formats one SDK: no compiling for speed (TurboFan) once a function has
 * run a while, which cost three times what formatting did (Smithery's SDK: ~0.8 s of CPU of ~1 s), and each function
 * validated when first called rather than all ~10 MB at once (~35 ms). The flags are set while Ruff's instance is
 * created and set back after it, so that other WebAssembly in the process is compiled as before (V8 reads them when
 * it compiles a module and creates an instance). The thread source of ruff-pool.ts does the same.
 */
export const RUFF_V8_FLAGS = ['--wasm-tiering-budget=2000000000', '--wasm-lazy-validation'];

/** The flags to set back: the process's own (`node --wasm-tiering-budget=…`), else V8's defaults. */
export function defaultV8Flags(): string[] {
  const own = (name: string, fallback: string) =>
    process.execArgv
      .filter((arg) => arg === name || arg.startsWith(`${name}=`) || arg === `--no-${name.slice(2)}`)
      .at(-1) ?? fallback;
  return [
    own('--wasm-tiering-budget', '--wasm-tiering-budget=1800000'),
    own('--wasm-lazy-validation', '--no-wasm-lazy-validation'),
  ];
}

let workspace: { format(text: string): string } | null = null;

function ruffWorkspace(): { format(text: string): string } {
  if (!workspace) {
    for (const flag of RUFF_V8_FLAGS) setFlagsFromString(flag);
    try {
      const ruff = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as RuffModule;
      workspace = new ruff.Workspace(RUFF_SETTINGS, ruff.PositionEncoding.Utf16);
    } finally {
      for (const flag of defaultV8Flags()) setFlagsFromString(flag);
    }
  }
  return workspace;
}

/** Whether Ruff was loaded on this thread (a run whose files are all in Ruff's layout never loads it). */
export function ruffLoaded(): boolean {
  return workspace !== null;
}

/** `text` formatted by Ruff; `file` names it in the error when Ruff cannot parse it. */
export function formatPython(text: string, file: string): string {
  try {
    return ruffWorkspace().format(text);
  } catch (error) {
    throw new Error(`generator bug: Ruff cannot format ${file}: ${String(error)}`, { cause: error });
  }
}
